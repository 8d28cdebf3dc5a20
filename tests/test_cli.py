"""The command line: plan as a table and as JSON, routines, bad input without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footwork import __version__, paths
from footwork.cli import main


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
    assert lines[0] == "Foot strength and mobility (foot-strength)"
    assert "Total: 29:04 (1744 s) in 214 phases" in out
    switch = next(line for line in lines if " switch " in line and "ball-roll" in line)
    assert switch.split()[:5] == ["1:10", "5s", "ball-roll", "switch", "right"]
    assert any("toe-spelling" in line and " Z " in line and "letter_z" in line for line in lines)


def test_plan_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "foot-strength", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["routine"] == "foot-strength" and data["total_seconds"] == 1744
    first = data["phases"][0]
    assert {"exercise", "phase", "side", "set", "rep", "start", "duration", "cues"} <= set(first)
    assert first["cues"] == ["name_tripod-check", "get_ready"]
    holds = [p for p in data["phases"] if p["exercise"] == "toe-spread" and p["phase"] == "hold"]
    assert [p["side"] for p in holds] == ["left"] * 10 + ["right"] * 10
    assert data["phases"][-1]["cues"][-1] == "workout_complete"


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
    assert code == 2 and err.startswith("nope:1: routine: no routine with this id")


def test_routines_lists_builtin_and_broken_user_files(capsys: pytest.CaptureFixture[str]) -> None:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text("format = 1\nid = 'mine'\n")
    code, out, _ = run(capsys, "routines")
    assert code == 0
    assert any(line.startswith("foot-strength") and "29:04" in line for line in out.splitlines())
    assert "mine" in out and "BROKEN" in out
    assert f"{folder / 'mine.toml'}:1: name: is required" in out
