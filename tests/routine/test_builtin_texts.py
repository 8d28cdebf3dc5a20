"""The texts of the built-in routines are all marked for translation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from footwork.routine.builtin_texts import TEXTS
from footwork.routine.library import discover
from footwork.routine.model import Check

ROOT = Path(__file__).resolve().parents[2]


def test_the_marked_texts_are_up_to_date_with_the_routine_files() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "routine_texts.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_text_a_runner_sees_is_marked() -> None:
    marked = set(TEXTS)
    for entry in discover():
        assert entry.routine is not None
        routine = entry.routine
        assert {routine.name, routine.description} <= marked
        for ex in routine.exercises:
            shown = {ex.name, ex.instructions, *ex.equipment}
            if isinstance(ex, Check):
                shown |= {ex.question, *ex.choices}
            assert shown <= marked, shown - marked
