"""The progression rule: a range moves up after two sessions that met it, down after two
clearly short, never out of the routine's range, on every side."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from footwork.history.rows import ResultRow, SessionSummary
from footwork.routine.library import resolve
from footwork.routine.model import Exercise, Routine
from footwork.services.progression import (
    Move,
    Span,
    Unit,
    Verdict,
    proposals,
    propose,
    recent_results,
    targets,
)
from footwork.session.plan import compile_plan


@pytest.fixture(scope="module")
def routine() -> Routine:
    return resolve("foot-strength")


def exercise(routine: Routine, exercise_id: str) -> Exercise:
    return next(ex for ex in routine.exercises if ex.id == exercise_id)


def reps_session(done: int, planned: int = 10, sides: tuple[str | None, ...] = (None,),
                 skipped: bool = False, sets: int = 1) -> list[ResultRow]:
    """Calf drops (10-12 reps, both feet together) as one session saved them."""
    return [ResultRow(1, 3, "calf-drops", "reps", side, sets, sets, planned * sets,
                      0 if skipped else done * sets, planned * 6.0, done * 6.0,
                      skipped=skipped) for side in sides]


def balance_session(left: float, right: float | None, planned: float = 30.0
                    ) -> list[ResultRow]:
    """Single-leg balance (30-60 s, each leg, open-ended) as one session saved it."""
    rows = []
    for side, held in (("left", left), ("right", right)):
        skipped = held is None
        rows.append(ResultRow(1, 9, "single-leg-balance", "timed", side, 1, 0 if skipped else 1,
                              1, 0 if skipped else 1, planned, held or 0.0,
                              () if skipped else (held,), skipped=skipped))
    return rows


def test_two_sessions_with_every_rep_move_up_one_rep(routine: Routine) -> None:
    calf = exercise(routine, "calf-drops")
    found = propose(calf, 0.0, [reps_session(10), reps_session(10)])
    assert (found.current, found.proposed, found.move) == (10, 11, Move.UP)
    assert found.sessions == 2
    assert found.verdict is Verdict.MET


def test_one_full_session_is_not_enough(routine: Routine) -> None:
    found = propose(exercise(routine, "calf-drops"), 0.0, [reps_session(10)])
    assert (found.current, found.proposed, found.move) == (10, 10, Move.STAY)


def test_a_full_session_after_one_a_rep_short_stays(routine: Routine) -> None:
    found = propose(exercise(routine, "calf-drops"), 0.0, [reps_session(10), reps_session(9)])
    assert found.move is Move.STAY
    assert found.proposed == 10


def test_the_target_met_must_be_the_current_one(routine: Routine) -> None:
    """10 reps twice moved it to 11; one session of 11 is not yet two."""
    found = propose(exercise(routine, "calf-drops"), 0.0,
                    [reps_session(11, planned=11), reps_session(10), reps_session(10)])
    assert (found.current, found.proposed) == (11, 11)


def test_two_sessions_clearly_short_move_down_one_rep(routine: Routine) -> None:
    found = propose(exercise(routine, "calf-drops"), 0.0,
                    [reps_session(7, planned=11), reps_session(8, planned=11)])
    assert (found.current, found.proposed, found.move) == (11, 10, Move.DOWN)
    assert found.verdict is Verdict.SHORT


def test_a_little_short_is_not_clearly_short(routine: Routine) -> None:
    found = propose(exercise(routine, "calf-drops"), 0.0,
                    [reps_session(9, planned=11), reps_session(9, planned=11)])
    assert found.move is Move.STAY
    assert found.verdict is Verdict.BETWEEN


def test_never_above_the_top_of_the_range(routine: Routine) -> None:
    found = propose(exercise(routine, "calf-drops"), 0.0,
                    [reps_session(12, planned=12), reps_session(12, planned=12)])
    assert (found.current, found.proposed, found.move) == (12, 12, Move.STAY)


def test_never_below_the_bottom_of_the_range(routine: Routine) -> None:
    found = propose(exercise(routine, "calf-drops"), 0.0, [reps_session(3), reps_session(2)])
    assert (found.current, found.proposed, found.move) == (10, 10, Move.STAY)


def test_a_number_the_routine_no_longer_allows_comes_back_into_its_range(
        routine: Routine) -> None:
    found = propose(exercise(routine, "calf-drops"), 0.0, [reps_session(15, planned=15)])
    assert found.current == 12


def test_without_sessions_the_program_week_sets_the_start(routine: Routine) -> None:
    calf = exercise(routine, "calf-drops")
    assert propose(calf, 0.0, []).current == 10
    assert propose(calf, 1.0, []).current == 12
    balance = exercise(routine, "single-leg-balance")
    assert propose(balance, 0.4, []).current == 40


def test_held_full_time_on_both_legs_moves_up_five_seconds(routine: Routine) -> None:
    balance = exercise(routine, "single-leg-balance")
    found = propose(balance, 0.0, [balance_session(30, 30), balance_session(30, 30)])
    assert (found.current, found.proposed, found.move) == (30, 35, Move.UP)
    assert found.span == Span(30, 60, 5, Unit.SECONDS)


def test_one_leg_ending_early_keeps_the_number(routine: Routine) -> None:
    """An open-ended bout ended before its end (Enter at 26 s) was not held to the end."""
    balance = exercise(routine, "single-leg-balance")
    found = propose(balance, 0.0, [balance_session(30, 26), balance_session(30, 30)])
    assert found.move is Move.STAY
    assert found.verdict is Verdict.BETWEEN


def test_one_leg_clearly_short_twice_moves_down(routine: Routine) -> None:
    balance = exercise(routine, "single-leg-balance")
    found = propose(balance, 0.0, [balance_session(40, 20, planned=40),
                                   balance_session(40, 30, planned=40)])
    assert (found.current, found.proposed, found.move) == (40, 35, Move.DOWN)


def test_a_skipped_exercise_is_passed_over(routine: Routine) -> None:
    calf = exercise(routine, "calf-drops")
    found = propose(calf, 0.0, [reps_session(0, skipped=True), reps_session(10),
                                reps_session(10)])
    assert found.proposed == 11
    assert found.sessions == 2


def test_a_side_skipped_fell_short_on_that_side(routine: Routine) -> None:
    balance = exercise(routine, "single-leg-balance")
    found = propose(balance, 0.0, [balance_session(35, None, planned=35),
                                   balance_session(35, None, planned=35)])
    assert (found.current, found.proposed, found.move) == (35, 30, Move.DOWN)


def test_every_set_counts(routine: Routine) -> None:
    """Three sets of 10 planned, 25 reps done: not met."""
    calf = replace(exercise(routine, "calf-drops"), sets=3)
    short = [ResultRow(1, 3, "calf-drops", "reps", None, 3, 2, 30, 25, 90, 75)]
    assert propose(calf, 0.0, [short, short]).move is Move.STAY
    full = reps_session(10, sets=3)
    assert propose(calf, 0.0, [full, full]).proposed == 11


def test_a_short_range_steps_to_its_top(routine: Routine) -> None:
    balance = replace(exercise(routine, "single-leg-balance"), seconds=10, max_seconds=12)
    done = balance_session(10, 10, planned=10)
    assert propose(balance, 0.0, [done, done]).proposed == 12


def test_exercises_without_a_range_propose_nothing(routine: Routine) -> None:
    assert propose(exercise(routine, "toe-spread"), 0.0, []) is None
    found = proposals(routine, 0.0, {"calf-drops": [reps_session(10), reps_session(10)]})
    assert [(p.exercise_id, p.proposed) for p in found] == [
        ("calf-drops", 11), ("single-leg-balance", 30)]


def test_accepted_proposals_set_the_plan_kept_ones_do_not(routine: Routine) -> None:
    found = proposals(routine, 0.0, {"calf-drops": [reps_session(10), reps_session(10)]})
    kept = compile_plan(routine, 0.0, targets(found))
    accepted = compile_plan(routine, 0.0, targets(found, accepted=["calf-drops"]))

    def calf_reps(plan) -> int:
        return sum(1 for p in plan.phases if p.exercise.id == "calf-drops" and p.kind == "rep")

    assert (calf_reps(kept), calf_reps(accepted)) == (10, 11)


def summary(id_: int, routine_id: str, day: date, status: str = "completed"
            ) -> SessionSummary:
    started = datetime(day.year, day.month, day.day, 7, tzinfo=UTC)
    return SessionSummary(id_, routine_id, day, started, 0, status, 12, 12, 12)


def test_recent_results_reads_the_routines_finished_sessions_newest_first(
        routine: Routine) -> None:
    day = date(2026, 11, 2)
    summaries = [summary(1, "foot-strength", day), summary(2, "quick-mobility", day),
                 summary(3, "foot-strength", day + timedelta(days=1)),
                 summary(4, "foot-strength", day + timedelta(days=2), "interrupted"),
                 summary(5, "foot-strength", day + timedelta(days=3), "partial")]
    rows = {1: reps_session(10), 3: reps_session(11), 5: reps_session(12)}
    asked: list[int] = []

    def results_of(session_id: int) -> list[ResultRow]:
        asked.append(session_id)
        return rows.get(session_id, [])

    found = recent_results(routine, summaries, results_of)
    assert [r[0].achieved_count for r in found["calf-drops"]] == [12, 11, 10]
    assert found["single-leg-balance"] == []
    assert asked == [5, 3, 1]
    since = recent_results(routine, summaries, results_of, since=day + timedelta(days=1))
    assert [r[0].achieved_count for r in since["calf-drops"]] == [12, 11]
