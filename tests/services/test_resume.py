"""Resuming: finding the offer only reads; settling and declining write."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from footwork.history.store import Store
from footwork.routine.library import resolve
from footwork.routine.loader import load
from footwork.routine.model import Exercise
from footwork.services.resume import find_resume, keep_as_partial, settle
from footwork.session.parts import part_of
from footwork.session.results import ExerciseResult, SideResult
from tests.session.routines import SMALL

from ..history.factories import UTC_START, exercise


def _done(index: int, exercise: Exercise) -> ExerciseResult:
    """The exercise done on every side it has."""
    return ExerciseResult(exercise.id, exercise.kind, index, tuple(
        SideResult(side, 1, 1, 1, 1, 30.0, 30.0) for side in exercise.side_names))


def test_the_latest_interrupted_session_is_offered_and_the_older_one_settled(
        tmp_path: Path) -> None:
    routine = resolve("foot-strength")
    with Store.open(tmp_path / "history.sqlite3") as store:
        older = store.begin_session(routine.id, "h", UTC_START)
        latest = store.begin_session(routine.id, "h", UTC_START + timedelta(days=1))
        store.record(latest, _done(0, routine.exercises[0]))
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


def _begin(store: Store, path: Path, *, snapshot: bool = True, level: float | None = None,
           days: int = 0) -> int:
    routine = load(path)
    return store.begin_session(routine.id, routine.content_hash,
                               (UTC_START + timedelta(days=days)).astimezone(),
                               len(routine.exercises),
                               snapshot=routine.content.decode() if snapshot else None,
                               level=level)


def test_a_routine_started_from_a_path_resumes_after_its_file_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "feet.toml"
    path.write_text(SMALL)
    with Store.open(tmp_path / "history.sqlite3") as store:
        session = _begin(store, path, level=0.5)
        store.record(session, exercise(0, "check", "check"))
        left, _ = exercise(1, "spread").sides
        store.record(session, exercise(1, "spread", sides=["left"]))
        path.unlink()

        offer = find_resume(store, []).offer  # no routine of that id is known any more
        assert offer is not None
        assert offer.session.id == session
        assert (offer.routine.id, offer.level, offer.next_exercise, offer.done) == (
            "small", 0.5, 1, 1)
        assert offer.resume_at is not None
        phase = offer.plan().phases[offer.resume_at.phase]
        assert (phase.kind, part_of(phase)) == ("switch", (1, "right", 1))
        assert offer.side == "right"
        assert [s.side for s in offer.resume_at.carried] == ["left"]
        assert offer.resume_at.carried[0].achieved_count == left.achieved_count


def test_a_session_without_a_snapshot_is_matched_by_its_routine_id(tmp_path: Path) -> None:
    path = tmp_path / "feet.toml"
    path.write_text(SMALL)
    with Store.open(tmp_path / "history.sqlite3") as store:
        _begin(store, path, snapshot=False)  # as every session before schema v5
        store.record(1, exercise(0, "check", "check"))
        offer = find_resume(store, [load(path)], level=1.0).offer
        assert offer is not None
        assert offer.level == 1.0
        assert offer.next_exercise == 1
        assert offer.side is None


def test_sessions_that_cannot_go_on_are_stale(tmp_path: Path) -> None:
    path = tmp_path / "feet.toml"
    path.write_text(SMALL)
    with Store.open(tmp_path / "history.sqlite3") as store:
        unknown = _begin(store, path, snapshot=False)  # its routine is nowhere
        finished = _begin(store, path, days=1)
        every = [("check", ["left", "right"]), ("spread", ["left", "right"]), ("curls", [None]),
                 ("walk", [None]), ("spell", [None]), ("marbles", [None])]
        for index, (ex, sides) in enumerate(every):
            store.record(finished, exercise(index, ex, sides=sides))
        older = _begin(store, path, days=2)
        latest = _begin(store, path, days=3)
        choice = find_resume(store, [])
        assert choice.offer is not None
        assert choice.offer.session.id == latest
        assert sorted(choice.stale) == [unknown, finished, older]




def test_of_two_sessions_started_in_the_same_second_the_later_one_is_offered(
        tmp_path: Path) -> None:
    """Times are kept to the second: a kill and a restart within it must not swap them."""
    routine = resolve("foot-strength")
    with Store.open(tmp_path / "history.sqlite3") as store:
        first = store.begin_session(routine.id, "h", UTC_START)
        second = store.begin_session(routine.id, "h", UTC_START)
        choice = find_resume(store, [routine])
        assert choice.offer is not None
        assert choice.offer.session.id == second
        assert choice.stale == (first,)


def test_a_resumed_session_plans_the_numbers_the_runner_accepted(tmp_path: Path) -> None:
    """Accepted 11 calf drops (earned progression), killed before them: resumed with 11."""
    routine = resolve("foot-strength")
    with Store.open(tmp_path / "history.sqlite3") as store:
        session = store.begin_session(routine.id, routine.content_hash, UTC_START,
                                      snapshot=routine.content.decode(), level=0.0,
                                      targets={"calf-drops": 11})
        store.record(session, _done(0, routine.exercises[0]))
        offer = find_resume(store, [routine]).offer
        assert offer is not None
        reps = {p.reps for p in offer.plan().phases if p.exercise.id == "calf-drops" and p.reps}
        assert reps == {11}
        assert store.plan_targets(session) == {"calf-drops": 11.0}


def test_a_session_planned_by_its_level_alone_resumes_at_that_level(tmp_path: Path) -> None:
    routine = resolve("foot-strength")
    with Store.open(tmp_path / "history.sqlite3") as store:
        session = store.begin_session(routine.id, routine.content_hash, UTC_START, level=0.0)
        store.record(session, _done(0, routine.exercises[0]))
        offer = find_resume(store, [routine]).offer
        assert offer is not None
        assert store.plan_targets(session) == {}
        reps = {p.reps for p in offer.plan().phases if p.exercise.id == "calf-drops" and p.reps}
        assert reps == {10}
