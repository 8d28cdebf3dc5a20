"""The History page's SQL reads give the same figures as the pure functions on a snapshot."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footwork.history.adherence import adherence, adherence_of, summarise
from footwork.history.rows import SessionSummary
from footwork.history.store import Store
from footwork.history.trends import answers, answers_of, trends, trends_of
from footwork.session.results import ExerciseResult

from .factories import exercise, side_result

CATALOGUE = {  # exercise id: (kind, sides)
    "tripod-check": ("check", ("left", "right")),
    "toe-spread": ("hold", ("left", "right")),
    "calf-drops": ("reps", (None,)),
    "single-leg-balance": ("timed", ("left", "right")),
    "heel-walks": ("timed", (None,)),
}
FIRST_DAY = datetime(2026, 3, 2, tzinfo=UTC)

sides = st.fixed_dictionaries({
    "count": st.integers(0, 30),
    "seconds": st.floats(0, 200, allow_nan=False).map(lambda s: round(s, 2)),
    "bouts": st.lists(st.floats(0.5, 60, allow_nan=False).map(lambda s: round(s, 2)),
                      max_size=3).map(tuple),
    "answer": st.sampled_from(("outside", "middle", "inside")),
    "skipped": st.booleans(),
})
exercises = st.tuples(st.integers(0, 6), st.sampled_from(sorted(CATALOGUE)),
                      st.lists(sides, min_size=2, max_size=2),
                      st.sampled_from(("whole", "first side", "one set")))  # what was saved
sessions = st.fixed_dictionaries({
    "hours": st.integers(0, 24 * 60),  # from FIRST_DAY
    "offset": st.sampled_from((-300, 0, 60, 120, 540)),
    "status": st.sampled_from(("running", "completed", "partial", "interrupted")),
    "planned": st.none() | st.integers(1, 12),
    "exercises": st.lists(exercises, max_size=5),
    "rating": st.none() | st.tuples(st.none() | st.integers(0, 10),
                                    st.none() | st.integers(0, 10), st.sampled_from(("", "ok"))),
})


def _result(index: int, exercise_id: str, specs: list[dict], saved: str = "whole"
            ) -> ExerciseResult:
    """An exercise as the engine reports it: whole, or cut short after a side or a set."""
    kind, names = CATALOGUE[exercise_id]
    result = ExerciseResult(exercise_id, kind, index, tuple(
        side_result(side, count=spec["count"], seconds=spec["seconds"],
                    bouts=spec["bouts"] if kind == "timed" else (),
                    answer=spec["answer"] if kind == "check" else None,
                    skipped=spec["skipped"])
        for side, spec in zip(names, specs, strict=False)))
    if saved == "first side":
        return replace(result, sides=(replace(result.sides[0], sets_ended=1),))
    if saved == "one set":
        return replace(result, sides=tuple(replace(s, sets_ended=1) for s in result.sides))
    return result


def _write(store: Store, specs: list[dict]) -> None:
    for spec in specs:
        zone = timezone(timedelta(minutes=spec["offset"]))
        started = (FIRST_DAY + timedelta(hours=spec["hours"])).astimezone(zone)
        session = store.begin_session("foot-strength", "h", started, spec["planned"])
        for index, exercise_id, sides_, saved in spec["exercises"]:
            store.record(session, _result(index, exercise_id, sides_, saved))
        if spec["status"] != "running":
            store.finish_session(session, spec["status"], started + timedelta(minutes=20))
        if spec["rating"] is not None:
            store.rate(session, *spec["rating"])


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sessions, max_size=8), st.integers(0, 80), st.integers(1, 7),
       st.integers(0, 6), st.sampled_from((4, 5, 6)))
def test_sql_reads_match_the_pure_functions(specs: list[dict], today_offset: int, goal: int,
                                            first_weekday: int, weeks: int) -> None:
    with Store(sqlite3.connect(":memory:")) as store:
        _write(store, specs)
        snapshot = store.snapshot()
        summaries = store.summaries()
        assert summaries == summarise(snapshot)
        today = FIRST_DAY.date() + timedelta(days=today_offset)
        figures = {"goal": goal, "first_weekday": first_weekday, "program_weeks": weeks}
        assert adherence_of(summaries, today, **figures) == adherence(snapshot, today, **figures)
        assert adherence_of(summaries, today, program_start=date(2026, 3, 9), **figures) == \
            adherence(snapshot, today, program_start=date(2026, 3, 9), **figures)
        listed = store.exercises_with_results()
        assert {ex for ex, _ in listed} == {
            r.exercise_id for r in snapshot.results if not r.skipped}
        for exercise_id in CATALOGUE:
            rows = store.exercise_results(exercise_id)
            assert trends_of(rows) == [t for t in trends(snapshot)
                                       if t.exercise_id == exercise_id]
            assert answers_of(rows) == answers(snapshot, exercise_id)
            since = FIRST_DAY.date() + timedelta(days=today_offset // 2)
            assert store.exercise_results(exercise_id, since) == [
                row for row in rows if row[0] >= since]


def test_a_summary_counts_exercises_done_and_recorded(store: Store) -> None:
    started = datetime(2026, 6, 1, 7, 0, tzinfo=timezone(timedelta(hours=2)))
    session = store.begin_session("foot-strength", "h", started, planned_exercises=12)
    store.record(session, exercise(0))
    store.record(session, exercise(1, skipped=True))
    store.record(session, ExerciseResult("toe-spread", "hold", 2, (
        side_result("left", skipped=True), side_result("right"))))
    store.finish_session(session, "partial", started + timedelta(minutes=9))
    store.rate(session, effort=6, pain=None, note="cold feet")
    (summary,) = store.summaries()
    assert summary == SessionSummary(
        session, "foot-strength", date(2026, 6, 1), started.astimezone(UTC), 120, "partial",
        12, recorded=3, done=2, effort=6, pain=None, note="cold feet")
    assert summary.planned == 12
    assert summary.started_local == started


def test_an_exercise_cut_short_is_recorded_but_not_done(store: Store) -> None:
    """A workout killed after the left foot, or after one set, and not resumed."""
    started = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
    session = store.begin_session("foot-strength", "h", started, planned_exercises=12)
    store.record(session, exercise(0))
    left = exercise(1, sides=["left"])  # saved as it ended; the right foot never came
    store.record(session, replace(left, sides=(replace(left.sides[0], sets_ended=1),)))
    store.record(session, replace(exercise(2, "towel-curls", "reps", sides=[None]), sides=(
        replace(side_result(None), sets_ended=1),)))  # 1 of its 3 sets
    store.finish_session(session, "partial", started + timedelta(minutes=9))
    (summary,) = store.summaries()
    assert (summary.recorded, summary.done) == (3, 1)
    assert summarise(store.snapshot()) == [summary]

    store.record(session, exercise(1))  # resumed: the exercise ended, saved whole
    assert store.summaries()[0].done == 2


def test_exercises_with_results_come_in_routine_order(store: Store) -> None:
    started = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
    session = store.begin_session("foot-strength", "h", started)
    store.record(session, exercise(3, "toe-spread"))
    store.record(session, exercise(0, "tripod-check", "check", answer="middle"))
    store.record(session, exercise(1, "ball-roll", "timed", skipped=True))
    assert store.exercises_with_results() == [("tripod-check", "check"), ("toe-spread", "hold")]
