"""Tests mirror the package: ``src/footwork/a/b.py`` is tested by ``tests/a/test_b.py``.

A module without its mirrored test file is listed in :data:`EXEMPT` with the reason, which
names the test files that do cover it. An ``__init__.py`` that only documents and re-exports
(docstring, imports, ``__all__``, ``__version__``) needs no test file of its own.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "footwork"

_HISTORY_PAGE = ("a part of the History page, tested on the page as a whole: "
                 "tests/ui/history/test_page.py, tests/ui/history/test_charts.py and "
                 "tests/ui/history/test_sessions.py")
_KEEP_AWAKE = ("one file for the package's keeper and back-ends: "
               "tests/platform/test_keep_awake.py")
_PLAYERS = ("every player test runs on each backend at a PulseAudio null sink: "
            "tests/audio/test_players_at_sink.py; chosen in tests/audio/test_choose.py")

_EDITOR_PAGE = ("a part of the routine editor, driven through the whole page: "
                "tests/ui/editor/test_page.py, tests/ui/editor/test_fields.py and "
                "tests/ui/editor/test_editing.py")

EXEMPT: dict[str, str] = {
    "__main__.py": ("runs the command line: `python -m footwork` in tests/test_self_check.py "
                    "and tests/test_wheel.py"),
    "audio/playsound_player.py": _PLAYERS,
    "audio/qt_player.py": _PLAYERS,
    "audio/pulse_stream.py": ("the stream of the default player, which plays every player "
                              "test at the null sink: tests/audio/test_players_at_sink.py, "
                              "tests/audio/test_app_at_sink.py"),
    "history/errors.py": ("the messages for unreadable, locked and damaged files, checked "
                          "where they arise: tests/history/test_opening.py, "
                          "tests/history/test_schema.py"),
    "history/rows.py": ("data classes of the history's rows, built and read back in "
                        "tests/history/test_store.py and tests/history/test_adherence.py"),
    "platform/keep_awake/backends.py": _KEEP_AWAKE,
    "platform/keep_awake/base.py": _KEEP_AWAKE,
    "platform/keep_awake/dbus.py": _KEEP_AWAKE,
    "platform/keep_awake/keeper.py": _KEEP_AWAKE,
    "routine/model.py": ("the routine's data classes, built by the loader and checked (content "
                         "hash included) in tests/routine/test_loader.py"),
    "services/settings.py": ("the protocol the settings store implements (constants and types, "
                             "no code); values and ranges in tests/ui/test_settings_store.py"),
    "session/events.py": "data classes the engine emits: tests/session/test_engine.py",
    "session/results.py": ("data classes of a workout's results, saved and read back in "
                           "tests/history/test_store.py"),
    "session/tally.py": ("the engine's results of each exercise: tests/session/test_engine.py "
                         "and tests/session/test_engine_properties.py"),
    "ui/colours.py": ("two colour constants (pure data); the sides' colours differ in "
                      "tests/ui/workout/test_page.py"),
    "ui/editor/exercise_form.py": _EDITOR_PAGE,
    "ui/editor/exercise_list.py": _EDITOR_PAGE,
    "ui/editor/form.py": _EDITOR_PAGE,
    "ui/editor/kind_forms.py": _EDITOR_PAGE,
    "ui/editor/list_field.py": _EDITOR_PAGE,
    "ui/editor/preview.py": _EDITOR_PAGE,
    "ui/editor/routine_actions.py": _EDITOR_PAGE,
    "ui/editor/routine_form.py": _EDITOR_PAGE,
    "ui/history/chart_column.py": _HISTORY_PAGE,
    "ui/history/chart_style.py": _HISTORY_PAGE,
    "ui/history/date_axis.py": _HISTORY_PAGE,
    "ui/history/exporting.py": _HISTORY_PAGE,
    "ui/history/goal_settings.py": _HISTORY_PAGE,
    "ui/history/loading.py": _HISTORY_PAGE,
    "ui/history/session_list.py": _HISTORY_PAGE,
    "ui/history/sessions_model.py": _HISTORY_PAGE,
    "ui/history/summary_bar.py": _HISTORY_PAGE,
    "ui/history/texts.py": _HISTORY_PAGE,
    "ui/history/trend_chart.py": _HISTORY_PAGE,
    "ui/history/tripod_chart.py": _HISTORY_PAGE,
    "ui/history/weeks_chart.py": _HISTORY_PAGE,
    "ui/texts.py": ("the lines of Today's details and the workout's 'Next' line: "
                    "tests/test_app.py, tests/ui/workout/test_page.py"),
    "ui/workout/rating.py": "rating a finished workout: tests/ui/test_session_log.py",
}


def modules() -> list[str]:
    return sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py"))


def mirror(module: str) -> Path:
    path = Path(module)
    return ROOT / "tests" / path.parent / f"test_{path.name}"


def only_documents_and_reexports(module: str) -> bool:
    if Path(module).name != "__init__.py":
        return False
    tree = ast.parse((PACKAGE / module).read_text())
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        if isinstance(node, ast.Assign) and all(
                isinstance(t, ast.Name) and t.id in ("__all__", "__version__")
                for t in node.targets):
            continue
        return False
    return True


def test_every_module_has_its_mirrored_test_file_or_a_reason() -> None:
    missing = [f"src/footwork/{m} -> {mirror(m).relative_to(ROOT)}" for m in modules()
               if not mirror(m).exists() and m not in EXEMPT
               and not only_documents_and_reexports(m)]
    assert not missing, ("write the test file, or say in EXEMPT why there is none:\n"
                         + "\n".join(missing))


def test_every_exemption_is_still_needed_and_names_test_files_that_exist() -> None:
    known = set(modules())
    for module, reason in EXEMPT.items():
        assert module in known, f"{module} is gone: drop it from EXEMPT"
        assert not mirror(module).exists(), f"{module} has its test file: drop it from EXEMPT"
        named = re.findall(r"tests/[\w/]+\.py", reason)
        assert named, f"the reason for {module} names no test file"
        for test_file in named:
            assert (ROOT / test_file).is_file(), f"{module}: {test_file} does not exist"


def test_the_mirror_of_a_module_is_its_test_file() -> None:
    assert mirror("history/store.py") == ROOT / "tests" / "history" / "test_store.py"
    assert mirror("app.py") == ROOT / "tests" / "test_app.py"
    assert only_documents_and_reexports("history/__init__.py")
    assert not only_documents_and_reexports("cues.py")
