"""A run is saved as it goes, and ends completed, partial or interrupted."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from footwork.history.recorder import SafeRecorder
from footwork.history.store import Store
from footwork.routine.library import resolve
from footwork.services.workout_run import WorkoutRun, end_status
from footwork.session.results import ExerciseResult, SideResult

from ..history.factories import UTC_START


@pytest.mark.parametrize(("how", "closing", "status"), [
    ("completed", False, "completed"), ("completed", True, "completed"),
    ("stopped", False, "partial"), ("stopped", True, "interrupted")])
def test_end_status(how: str, closing: bool, status: str) -> None:
    assert end_status(how, closing) == status


def _stored(path: Path) -> list[tuple[str, int]]:
    with Store.open(path) as store:
        return [(s.status, len(store.results(s.id))) for s in store.sessions()]


def test_a_run_stopped_by_the_runner_is_partial_and_one_closed_by_the_app_interrupted(
        tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    run = WorkoutRun(SafeRecorder(path), now=lambda: UTC_START.astimezone())
    routine = resolve("foot-strength")
    assert run.begin(routine)
    side = SideResult(None, 1, 1, 1, 1, 30.0, 30.0)
    assert run.record(ExerciseResult(routine.exercises[0].id, "check", 0, (side,)))
    assert run.end("stopped") and run.problem == "" and run.pending == 0
    assert run.begin(routine)
    run.closing = True
    assert run.end("stopped")
    run.close()
    assert _stored(path) == [("partial", 1), ("interrupted", 0)]


def test_beginning_again_forgets_that_the_app_was_closing(tmp_path: Path) -> None:
    run = WorkoutRun(SafeRecorder(tmp_path / "h.sqlite3"), now=lambda: datetime.now().astimezone())
    run.closing = True
    run.begin(resolve("marbles"))
    assert run.closing is False
    run.close()
