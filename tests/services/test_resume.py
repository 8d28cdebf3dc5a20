"""Resuming: finding the offer only reads; settling and declining write."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from footwork.history.store import Store
from footwork.routine.library import resolve
from footwork.services.resume import find_resume, keep_as_partial, settle
from footwork.session.results import ExerciseResult, SideResult

from ..history.factories import UTC_START


def _done(index: int, exercise_id: str) -> ExerciseResult:
    return ExerciseResult(exercise_id, "timed", index,
                          (SideResult(None, 1, 1, 1, 1, 30.0, 30.0),))


def test_the_latest_interrupted_session_is_offered_and_the_older_one_settled(
        tmp_path: Path) -> None:
    routine = resolve("foot-strength")
    with Store.open(tmp_path / "history.sqlite3") as store:
        older = store.begin_session(routine.id, "h", UTC_START)
        latest = store.begin_session(routine.id, "h", UTC_START + timedelta(days=1))
        store.record(latest, _done(0, routine.exercises[0].id))
        choice = find_resume(store, [routine])
        assert choice.offer is not None
        assert choice.offer.session.id == latest
        assert choice.offer.done == 1
        assert choice.stale == (older,)
        assert store.session(older).status == "running"  # finding wrote nothing
        settle(store, choice)
        assert store.session(older).status == "partial"
        assert store.session(latest).status == "running"
        keep_as_partial(store, choice.offer)
        assert store.session(latest).status == "partial"
        assert find_resume(store, [routine]).offer is None


def test_a_session_whose_routine_is_gone_is_not_offered(tmp_path: Path) -> None:
    with Store.open(tmp_path / "history.sqlite3") as store:
        gone = store.begin_session("deleted-routine", "h", UTC_START)
        choice = find_resume(store, [resolve("foot-strength")])
        assert choice.offer is None
        assert choice.stale == (gone,)
