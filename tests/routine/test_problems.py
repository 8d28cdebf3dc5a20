"""A refused routine file says every problem as PATH:LINE: FIELD: problem."""

from __future__ import annotations

from pathlib import Path

from footwork.routine.problems import Problem, RoutineError


def test_each_problem_is_one_line_naming_the_file_line_and_field() -> None:
    problem = Problem(Path("mine.toml"), 4, "exercises[x].name", "is required")
    assert str(problem) == "mine.toml:4: exercises[x].name: is required"


def test_the_error_keeps_every_problem_and_says_them_one_per_line() -> None:
    found = [Problem(Path("a.toml"), 1, "format", "must be 1"),
             Problem(Path("a.toml"), 3, "id", "is required")]
    error = RoutineError(found)
    found.clear()
    assert [p.field for p in error.problems] == ["format", "id"]
    assert str(error) == "a.toml:1: format: must be 1\na.toml:3: id: is required"
