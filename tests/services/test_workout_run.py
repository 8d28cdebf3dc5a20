"""A run is saved as it goes, and ends completed, partial or interrupted."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from footwork.domain import Side
from footwork.history.recorder import SafeRecorder
from footwork.history.store import Store
from footwork.services.workout_run import Saving, WorkoutRun, end_status
from footwork.session.engine import Engine
from footwork.session.plan import compile_plan

from ..conftest import FakeClock
from ..history.factories import UTC_START
from ..session.routines import small


@pytest.mark.parametrize(("how", "closing", "status"), [
    ("completed", False, "completed"), ("completed", True, "completed"),
    ("stopped", False, "partial"), ("stopped", True, "interrupted")])
def test_end_status(how: str, closing: bool, status: str) -> None:
    assert end_status(how, closing) == status


def _stored(path: Path) -> list[tuple[str, list[str]]]:
    with Store.open(path) as store:
        return [(s.status, [r.exercise_id for r in store.results(s.id)])
                for s in store.sessions()]


def _run(clock: FakeClock, start_at: int = 0) -> WorkoutRun:
    return WorkoutRun(Engine(compile_plan(small(), 0.0), clock, start_at=start_at))


def test_each_exercise_is_saved_when_it_ends_and_stopping_keeps_the_session_partial(
        tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "history.sqlite3"
    saving = Saving(SafeRecorder(path), now=lambda: UTC_START.astimezone())
    run = _run(clock)
    assert run.save_to(saving)
    run.start()
    assert run.on_disk is None  # nothing finished yet
    run.skip()  # the prepare
    run.answer(1)  # the check, left foot
    run.skip()  # the switch to the right foot
    assert run.on_disk is None
    run.answer(0)  # right foot: the check ends and is saved
    assert run.on_disk is True
    assert _stored(path) == [("running", ["check", "check"])]
    run.stop()
    assert run.on_disk is True
    assert _stored(path) == [("partial", ["check", "check"])]
    run.skip()  # the session is over: nothing more is saved to it
    assert run.on_disk is None
    saving.close()


def test_a_run_the_app_closes_is_interrupted_and_a_resumed_one_can_complete(
        tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "history.sqlite3"
    saving = Saving(SafeRecorder(path), now=lambda: datetime.now().astimezone())
    run = _run(clock, start_at=5)  # the marbles, the last exercise
    run.save_to(saving)
    run.start()
    saving.closing = True
    run.stop()
    with Store.open(path) as store:
        (session_id,) = [s.id for s in store.sessions()]
    assert _stored(path)[0][0] == "interrupted"
    again = _run(clock, start_at=5)
    assert again.save_to(saving, resume_session=session_id)
    assert saving.closing is False  # beginning again forgets that the app was closing
    again.start()
    again.skip()  # the prepare
    for _ in range(3):
        again.finish_step()  # three taps: the run completes
    assert _stored(path) == [("completed", ["marbles"])]
    assert saving.may_quit()
    assert saving.problem == ""
    saving.close()


def _answers(path: Path) -> list[tuple[str | None, str | None, bool]]:
    with Store.open(path) as store:
        return [(r.side, r.answer, r.skipped) for r in store.results() if r.kind == "check"]


def test_a_check_nobody_answers_is_saved_not_answered_and_can_be_answered_afterwards(
        tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "history.sqlite3"
    saving = Saving(SafeRecorder(path), now=lambda: UTC_START.astimezone())
    run = _run(clock)
    run.save_to(saving)
    run.start()
    for _ in range(round((4 + 20 + 3 + 20) / 0.25)):  # no key: prepare, left, switch, right
        clock.advance(0.25)
        run.poll()
    assert run.engine.state().phase.exercise.id == "spread"
    assert _answers(path) == [("left", None, False), ("right", None, False)]  # not answered
    run.stop()
    assert saving.answer_late(0, Side.RIGHT, "inside")  # on the end screen
    assert _answers(path) == [("left", None, False), ("right", "inside", False)]
    saving.close()


def test_a_session_keeps_the_numbers_its_plan_was_given(tmp_path: Path,
                                                         clock: FakeClock) -> None:
    """The numbers the runner accepted on Today are saved with the session (for resume)."""
    path = tmp_path / "history.sqlite3"
    saving = Saving(SafeRecorder(path), now=lambda: UTC_START.astimezone())
    run = WorkoutRun(Engine(compile_plan(small(), 0.0, {"curls": 3}), clock))
    assert run.save_to(saving)
    saving.close()
    with Store.open(path) as store:
        (session,) = store.sessions()
        assert store.plan_targets(session.id) == {"curls": 3.0}
