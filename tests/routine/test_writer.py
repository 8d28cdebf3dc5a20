"""The writer: routines written as TOML read back equal, and a hand-written file keeps its
comments and layout through an edit."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from footwork import paths
from footwork.domain import Sides
from footwork.routine.loader import parse
from footwork.routine.model import Reps, Timed
from footwork.routine.writer import exercise_table, render, routine_table

BUILT_IN = sorted(paths.builtin_routines_dir().glob("*.toml"))

HAND_WRITTEN = '''# My morning feet, written by hand.
format = 1
id = "morning"
name = "Morning feet"   # short on purpose
prepare = 3

# Warm up first.
[[exercises]]
id = "roll"
name = "Roll"
kind = "timed"
seconds = 40   # a bit less than the book

[[exercises]]
id = "spread"
name = "Spread"
kind = "hold"
hold = 5
reps = 8
'''


@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.stem)
def test_a_routine_written_fresh_reads_back_equal(path: Path) -> None:
    routine = parse(path.read_bytes(), path)
    text = render(routine_table(routine))
    assert parse(text.encode(), path) == routine


@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.stem)
def test_an_unchanged_file_is_written_byte_for_byte(path: Path) -> None:
    text = path.read_text()
    data = tomllib.loads(text)
    assert render(data, text, range(len(data["exercises"]))) == text


def test_an_edit_keeps_the_comments_and_the_untouched_lines() -> None:
    data = tomllib.loads(HAND_WRITTEN)
    data["exercises"][1]["reps"] = 10
    data["exercises"][0]["sides"] = "each-foot"
    text = render(data, HAND_WRITTEN, [0, 1])
    for line in ("# My morning feet, written by hand.", "# Warm up first.",
                 'name = "Morning feet"   # short on purpose',
                 "seconds = 40   # a bit less than the book"):
        assert line in text.splitlines()
    assert "reps = 10" in text
    assert "reps = 8" not in text
    assert tomllib.loads(text)["exercises"][0]["sides"] == "each-foot"


def test_moving_removing_and_adding_tables_keeps_each_tables_comments() -> None:
    data = tomllib.loads(HAND_WRITTEN)
    roll, spread = data["exercises"]
    new = {"id": "walk", "name": "Walk", "kind": "timed", "seconds": 60}
    data["exercises"] = [spread, new, roll]
    text = render(data, HAND_WRITTEN, [1, None, 0])
    routine = parse(text.encode(), Path("morning.toml"))
    assert [ex.id for ex in routine.exercises] == ["spread", "walk", "roll"]
    assert "seconds = 40   # a bit less than the book" in text
    assert "\n\n\n" not in text
    assert text.count("[[exercises]]") == 3
    data["exercises"] = [spread]
    text = render(data, HAND_WRITTEN, [1])
    assert "roll" not in text
    assert "# My morning feet, written by hand." in text


def test_prose_the_loader_reads_the_same_keeps_its_line_breaks() -> None:
    path = paths.builtin_routines_dir() / "foot-strength.toml"
    text = path.read_text()
    routine = parse(path.read_bytes(), path)
    data = routine_table(replace(routine, name="Renamed"))  # tidied prose, one line each
    out = render(data, text, range(len(routine.exercises)))
    assert out.count('"""') == text.count('"""')
    assert parse(out.encode(), path) == replace(routine, name="Renamed")


def test_whole_numbers_are_written_as_whole_numbers() -> None:
    data = {"format": 1, "id": "x", "name": "X", "prepare": 5.0,
            "exercises": [{"id": "a", "name": "A", "kind": "reps", "reps": 10,
                           "tempo": [2.0, 0.5, 2.0]}]}
    text = render(data)
    assert "prepare = 5\n" in text
    assert "tempo = [2, 0.5, 2]" in text


def test_an_exercise_table_leaves_defaults_out_and_writes_pace_as_the_file_does() -> None:
    counted = Reps(id="pick", name="Pick", reps=10, self_paced=True, tempo=(1.0, 1.0, 1.0),
                   equipment=("marbles",))
    assert exercise_table(counted) == {"id": "pick", "name": "Pick", "kind": "reps",
                                       "reps": 10, "pace": "self", "equipment": ["marbles"]}
    walk = Timed(id="walk", name="Walk", seconds=60.0, sides=Sides.EACH_LEG, rest=30.0)
    assert exercise_table(walk) == {"id": "walk", "name": "Walk", "kind": "timed",
                                    "sides": "each-leg", "rest": 30, "seconds": 60}
