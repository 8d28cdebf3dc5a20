"""German, Spanish and French: every text translated, placeholders kept, and loaded by the app."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from footwork import i18n
from footwork.app import install_translations
from footwork.routine.library import resolve
from footwork.session.engine import Engine
from footwork.session.plan import compile_plan
from footwork.ui.workout.view_model import describe

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "es", "fr")
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ROOT / "translations" / f"footwork_{lang}.ts")
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg)
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 250
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                context, source, form)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_files_match_their_sources(lang: str, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    built = tmp_path / f"footwork_{lang}.qm"
    subprocess.run([str(lrelease), "-silent", str(ROOT / "translations" / f"footwork_{lang}.ts"),
                    "-qm", str(built)], check=True)
    assert built.read_bytes() == (ROOT / "translations" / f"footwork_{lang}.qm").read_bytes(), (
        "run tools/update-translations.sh")


def test_in_german_the_workout_speaks_german(qapp: QApplication) -> None:
    translators = install_translations(qapp, QLocale("de_DE"))
    try:
        assert translators
        plan = compile_plan(resolve("foot-strength"))
        engine = Engine(plan, lambda: 0.0, start_at=2)  # toe spread, getting ready
        engine.start()
        view = describe(engine.state())
        assert view.side == "LINKER FUSS"
        assert view.phase == "MACH DICH BEREIT"
        assert view.exercise == QCoreApplication.translate("Routine", "Toe spread") != "Toe spread"
        assert "Gummiband" in view.info  # the instructions and equipment, in German
        assert engine.state().exercise.name == "Toe spread"  # the model keeps its own words
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.install(None)


def _status_tool():
    spec = importlib.util.spec_from_file_location("translation_status",
                                                  ROOT / "tools" / "translation_status.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_text_marked_in_the_source_reaches_the_ts_files() -> None:
    # Python's own parser reads every translate()/tr() call, f-strings included: a text that
    # pyside6-lupdate did not see is missing from the .ts files and stays English in the app.
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "translation_status.py"),
                             "--list"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_the_status_tool_sees_a_text_inside_an_f_string(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text(
        "class Page:\n"
        "    def show(self):\n"
        "        return f\"<b>{self.tr('You need:')}</b> {translate('Ctx', 'About {time}')}\"\n",
        encoding="utf-8")
    assert _status_tool().source_messages(tmp_path) == {("Page", "You need:"),
                                                         ("Ctx", "About {time}")}


def test_unfinished_texts_go_out_as_a_template_and_come_back_filled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _status_tool()
    for lang in LANGUAGES:  # a copy where one text is new: unfinished, nothing translated
        text = (ROOT / "translations" / f"footwork_{lang}.ts").read_text(encoding="utf-8")
        text = re.sub(r"(<source>Unexpected error</source>\s*<translation)>[^<]*<",
                      r'\1 type="unfinished"><', text)
        (tmp_path / f"footwork_{lang}.ts").write_text(text, encoding="utf-8")
    monkeypatch.setattr(tool, "TRANSLATIONS", tmp_path)
    todo = tool.template()
    assert todo == [{"context": "Crash", "source": "Unexpected error",
                     "de": "", "es": "", "fr": ""}]
    todo[0].update(de="Unerwarteter Fehler", es="Error inesperado", fr="Erreur : inattendue")
    assert tool.fill(todo) == 3
    assert tool.template() == []
    assert not tool.status("fr").unfinished
    french = {(e.context, e.source): e for e in tool.ts_entries("fr", tmp_path)}
    assert french[("Crash", "Unexpected error")].finished
    assert "Erreur\u00a0: inattendue" in (tmp_path / "footwork_fr.ts").read_text(encoding="utf-8")
