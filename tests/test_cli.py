"""The command line: plan as a table and as JSON, routines, bad input without tracebacks."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from footwork import __version__, paths
from footwork.cli import main
from footwork.history import Store
from tests.session import routines


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"footwork {__version__}\n", "")


def test_plan_table_shows_every_phase_and_the_total(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "foot-strength")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Foot strength and mobility (foot-strength), week 1 of 6"
    assert "Total: 29:44 (1784 s) in 214 phases" in out
    switch = next(line for line in lines if " switch " in line and "ball-roll" in line)
    assert switch.split()[:5] == ["1:50", "5s", "ball-roll", "switch", "right"]
    assert any("toe-spelling" in line and " Z " in line and "letter_z" in line for line in lines)


def test_plan_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "foot-strength", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["routine"] == "foot-strength"
    assert data["total_seconds"] == 1784
    first = data["phases"][0]
    assert {"exercise", "phase", "side", "set", "rep", "start", "duration", "cues"} <= set(first)
    assert first["cues"] == ["name_tripod-check", "get_ready"]
    holds = [p for p in data["phases"] if p["exercise"] == "toe-spread" and p["phase"] == "hold"]
    assert [p["side"] for p in holds] == ["left"] * 10 + ["right"] * 10
    assert data["phases"][-1]["cues"][-1] == "workout_complete"


def test_plan_for_a_later_week_moves_up_the_ranges(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "plan", "foot-strength", "--week", "6", "--json")
    data = json.loads(out)
    assert data["level"] == 1.0
    drops = [p for p in data["phases"] if p["exercise"] == "calf-drops" and p["phase"] == "rep"]
    balance = [p for p in data["phases"]
               if p["exercise"] == "single-leg-balance" and p["phase"] == "work"]
    assert len(drops) == 12
    assert [p["duration"] for p in balance] == [60, 60]
    _, out, _ = run(capsys, "plan", "foot-strength", "--week", "4", "--weeks", "4")
    assert out.splitlines()[0].endswith("week 4 of 4")


def test_bad_routine_exits_2_with_problem_lines(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\nid = "bad"\nname = "Bad"\n\n[[exercises]]\nid = "x"\n'
                   'name = "X"\nkind = "hold"\nhold = -2\nreps = 3\n')
    code, out, err = run(capsys, "plan", str(bad))
    assert (code, out) == (2, "")
    assert err == f"{bad}:9: exercises[x].hold: must be greater than zero\n"
    assert "Traceback" not in err


def test_unknown_routine_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "plan", "nope")
    assert code == 2
    assert err.startswith("nope:1: routine: no routine with this id")


def test_routines_lists_builtin_and_broken_user_files(capsys: pytest.CaptureFixture[str]) -> None:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text("format = 1\nid = 'mine'\n")
    code, out, _ = run(capsys, "routines")
    assert code == 0
    assert any(line.startswith("foot-strength") and "29:44" in line for line in out.splitlines())
    assert "mine" in out
    assert "BROKEN" in out
    assert f"{folder / 'mine.toml'}:1: name: is required" in out


def _saved_session() -> None:
    from datetime import UTC, datetime

    from footwork.history import Store
    from footwork.session.results import ExerciseResult, SideResult

    with Store.open(paths.history_path()) as store:
        session = store.begin_session("foot-strength", "abc", datetime(2026, 11, 2, 7, 30,
                                                                       tzinfo=UTC))
        side = SideResult("left", 1, 1, 10, 9, 50.0, 45.0)
        store.record(session, ExerciseResult("toe-spread", "hold", 2, (side,)))
        store.record(session, ExerciseResult("=HYPERLINK(\"x\")", "hold", 3, (side,)))
        store.finish_session(session, "completed", datetime(2026, 11, 2, 8, 0, tzinfo=UTC))


def test_export_csv_to_a_file_reads_back_with_formulas_neutralised(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import csv

    _saved_session()
    out = tmp_path / "history.csv"
    code, stdout, err = run(capsys, "export", "-o", str(out))
    assert (code, stdout) == (0, "")
    assert err == f"2 rows written to {out}\n"
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["exercise_id"] for r in rows] == ["toe-spread", "'=HYPERLINK(\"x\")"]
    assert rows[0]["achieved_count"] == "9"
    assert rows[0]["session_status"] == "completed"
    assert rows[0]["routine_id"] == "foot-strength"
    assert rows[0]["side"] == "left"


def test_export_json_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    _saved_session()
    code, stdout, _ = run(capsys, "export", "--format", "json")
    assert code == 0
    data = json.loads(stdout)
    assert json.dumps(data).count("toe-spread") == 1


def test_export_to_an_unwritable_place_says_so(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "out.csv"
    code, _, err = run(capsys, "export", "-o", str(target))
    assert code == 1
    assert err.startswith(f"{target}: cannot write (No such file or directory)")


def test_export_of_a_damaged_history_says_so_and_changes_nothing(
        capsys: pytest.CaptureFixture[str]) -> None:
    history = paths.history_path()
    history.parent.mkdir(parents=True, exist_ok=True)
    damaged = b"\x00not a database" * 300
    history.write_bytes(damaged)
    code, out, err = run(capsys, "export")
    assert code == 1
    assert out == ""
    assert f"Your history at {history} could not be read" in err
    assert history.read_bytes() == damaged
    assert not any(p.name.startswith("history.sqlite3.") for p in history.parent.iterdir())


def test_export_with_no_history_yet_writes_the_header_and_creates_nothing(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export")
    assert code == 0
    assert out.startswith("session_id,session_started")
    assert not paths.history_path().exists()


def test_help_lists_the_desktop_commands_and_the_self_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "install-desktop" in out
    assert "uninstall-desktop" in out
    assert "--self-check" in out


def test_install_desktop_says_what_it_wrote_and_uninstall_what_it_removed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    code, out, _ = run(capsys, "install-desktop")
    entry = tmp_path / "applications" / "io.github.footwork.Footwork.desktop"
    assert code == 0
    assert f"wrote {entry}" in out.splitlines()
    assert entry.is_file()
    code, out, _ = run(capsys, "uninstall-desktop")
    assert code == 0
    assert f"removed {entry}" in out.splitlines()
    assert not entry.exists()
    assert run(capsys, "uninstall-desktop") == (
        0, "Footwork was not installed on the desktop.\n", "")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def test_import_adds_a_good_file_to_the_routines_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shared = tmp_path / "friend.toml"
    shared.write_text('# from a friend\nformat = 1\nid = "friend"\nname = "Friend\'s feet"\n\n'
                      '[[exercises]]\nid = "roll"\nname = "Roll"\nkind = "timed"\nseconds = 40\n')
    code, out, err = run(capsys, "import", str(shared))
    assert (code, err) == (0, "")
    assert str(paths.user_routines_dir() / "friend.toml") in out
    _, listing, _ = run(capsys, "routines")
    line = next(line for line in listing.splitlines() if line.startswith("friend "))
    assert line.split()[1:3] == ["0:45", "yours"]
    assert "Friend's feet" in line
    shared.write_text(shared.read_text().replace("seconds = 40", "seconds = 50"))
    before = _snapshot(paths.user_routines_dir())
    code, _, err = run(capsys, "import", str(shared))
    assert code == 2
    assert 'id "friend" is already used by' in err
    assert "--replace" in err
    assert _snapshot(paths.user_routines_dir()) == before
    assert run(capsys, "import", str(shared), "--replace")[0] == 0
    assert "seconds = 50" in (paths.user_routines_dir() / "friend.toml").read_text()


def test_import_of_a_bad_file_exits_2_and_leaves_the_folder_unchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "kept.toml").write_text('format = 1\nid = "kept"\nname = "Kept"\n\n[[exercises]]\n'
                                      'id = "a"\nname = "A"\nkind = "timed"\nseconds = 9\n')
    before = _snapshot(folder)
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\nid = "kept"\nname = "Bad"\n\n[[exercises]]\nid = "a"\n'
                   'name = "A"\nkind = "hold"\nhold = 5\n')
    code, out, err = run(capsys, "import", str(bad))
    assert (code, out) == (2, "")
    assert err == f'{bad}:5: exercises[a].reps: is required for kind "hold"\n'
    assert _snapshot(folder) == before
    code, _, err = run(capsys, "import", str(tmp_path / "missing.toml"))
    assert code == 2
    assert "missing.toml:1: file: cannot be read" in err
    assert _snapshot(folder) == before


def _history(data_dir: Path, sessions: int) -> None:
    with Store.open(data_dir / "history.sqlite3") as store:
        for day in range(sessions):
            store.begin_session("foot-strength", "h",
                                datetime(2026, 5, 4, tzinfo=UTC) + timedelta(days=day))


def _session_count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
    finally:
        conn.close()


def test_backup_then_restore_on_the_command_line(capsys: pytest.CaptureFixture[str],
                                                 data_dir: Path) -> None:
    assert run(capsys, "backup") == (0, "", "There is no history to back up yet.\n")
    _history(data_dir, 3)
    code, out, _ = run(capsys, "backup")
    (backup,) = (data_dir / "backups").iterdir()
    assert code == 0
    assert out == f"History backed up to {backup}\n"
    _history(data_dir, 2)  # two more sessions after the backup

    code, out, err = run(capsys, "restore", str(backup))
    assert (code, err) == (0, "")
    (kept,) = data_dir.glob("history.sqlite3.before-restore-*")
    assert out == f"Restored 3 sessions from {backup}.\nThe history before was kept as {kept}.\n"
    assert _session_count(data_dir / "history.sqlite3") == 3
    assert _session_count(kept) == 5


def test_restore_refuses_a_file_that_is_no_history(capsys: pytest.CaptureFixture[str],
                                                   data_dir: Path, tmp_path: Path) -> None:
    _history(data_dir, 1)
    before = (data_dir / "history.sqlite3").stat().st_mtime_ns
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    code, out, err = run(capsys, "restore", str(junk))
    assert code == 2
    assert out == ""
    assert err.startswith(f"{junk} cannot be restored: ")
    assert (data_dir / "history.sqlite3").stat().st_mtime_ns == before
    assert _session_count(data_dir / "history.sqlite3") == 1


def test_restore_refuses_while_footwork_runs(capsys: pytest.CaptureFixture[str],
                                             data_dir: Path) -> None:
    _history(data_dir, 2)
    assert run(capsys, "backup")[0] == 0
    (backup,) = (data_dir / "backups").iterdir()
    holder = textwrap.dedent("""
        import sys
        from pathlib import Path
        from footwork.platform.single_instance import InstanceLock
        lock = InstanceLock(Path(sys.argv[1]))
        print(lock.acquire(), flush=True)
        sys.stdin.readline()
    """)
    with subprocess.Popen([sys.executable, "-c", holder, str(data_dir)], text=True,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE) as app:
        assert app.stdout is not None
        assert app.stdin is not None
        assert app.stdout.readline() == "True\n"
        code, out, err = run(capsys, "restore", str(backup))
        assert (code, out) == (1, "")
        assert err == f"Footwork is running (process {app.pid}): quit it, then restore again.\n"
        app.stdin.write("\n")
        app.stdin.close()
    assert run(capsys, "restore", str(backup))[0] == 0



def test_plan_shows_the_cue_one_sound_at_a_time_drops(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    routine = tmp_path / "short-holds.toml"
    routine.write_text(routines.SHORT_HOLDS)
    _, out, _ = run(capsys, "plan", str(routine))  # English: "last one" ends before the tick
    assert "[" not in out
    _, out, _ = run(capsys, "plan", str(routine), "--lang", "de")  # "Letzte Wiederholung"
    last = [line for line in out.splitlines() if " hold " in line][-1]
    assert last.endswith("last_one beep_tick@2 beep_tick@3 workout_complete@4 [beep_tick@1]")
    assert "[cue]: not played, one sound at a time" in out
    _, out, _ = run(capsys, "plan", str(routine), "--lang", "de", "--json")
    holds = [p for p in json.loads(out)["phases"] if p["phase"] == "hold"]
    assert holds[-1]["cues"] == ["last_one", "beep_tick", "beep_tick", "workout_complete"]
    assert holds[-1]["dropped"] == [{"cue": "beep_tick", "offset": 1.0}]
    assert all(p["dropped"] == [] for p in holds[:-1])


def test_hidden_starts_the_app_in_the_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    import footwork.app

    asked: list[tuple[str | None, bool]] = []
    monkeypatch.setattr(footwork.app, "run",
                        lambda start=None, debug=False, hidden=False:
                        asked.append((start, hidden)) or 0)
    assert main(["--hidden"]) == 0
    assert main([]) == 0
    assert asked == [(None, True), (None, False)]
