"""The program's week and level come from the history and the settings; plans follow them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from footwork.history.errors import HistoryError
from footwork.history.rows import SessionSummary
from footwork.routine.library import resolve
from footwork.services.program import Program, ProgramChoice, ProgramDay, choose_program

from .fakes import MemorySettings

TODAY = date(2026, 11, 24)


def summary(day: date) -> SessionSummary:
    return SessionSummary(id=1, routine_id="foot-strength", local_date=day,
                          started_utc=datetime.combine(day, time(7), UTC), utc_offset_minutes=0,
                          status="completed", planned_exercises=12, recorded=12, done=12)


def test_without_a_history_the_program_is_in_week_one_at_the_bottom_of_each_range() -> None:
    program = Program(MemorySettings(), None, lambda: TODAY)
    assert program.day == ProgramDay(1, 6, 0.0)


def test_fifteen_days_after_the_first_workout_it_is_week_three_and_plans_are_longer() -> None:
    first = [summary(TODAY - timedelta(days=15))]
    settings = MemorySettings()
    program = Program(settings, lambda: first, lambda: TODAY)
    assert (program.day.week, program.day.weeks) == (3, 6)
    routine = resolve("foot-strength")
    week_one = Program(settings, None, lambda: TODAY).plan(routine)
    assert program.plan(routine).total > week_one.total
    settings.program_weeks = 4
    assert program.refresh().weeks == 4
    assert program.level > 0.4


def test_a_history_that_cannot_be_read_counts_as_no_workout_yet() -> None:
    def broken() -> list[SessionSummary]:
        raise HistoryError("database is locked")

    assert Program(MemorySettings(), broken, lambda: TODAY).day.week == 1


def test_a_choice_on_history_is_kept_and_moves_the_week() -> None:
    settings = MemorySettings()
    first = [summary(TODAY - timedelta(days=15))]
    program = Program(settings, lambda: first, lambda: TODAY)
    choose_program(settings, ProgramChoice(goal=3, weeks=4, start=TODAY - timedelta(days=1)))
    assert (settings.weekly_goal, settings.program_weeks) == (3, 4)
    assert program.refresh() == ProgramDay(1, 4, 0.0)  # started yesterday: week 1


def test_results_move_the_ranges_from_where_the_week_started_them() -> None:
    """Week 3 would plan 11 calf drops; the last two sessions did all of their 10: the
    program plans 10 and proposes 11. A new program starts from its week again."""
    from dataclasses import replace

    from footwork.history.rows import ResultRow

    days = [TODAY - timedelta(days=15), TODAY - timedelta(days=14)]
    sessions = [summary(day)._replace(id=n) for n, day in enumerate(days, start=1)]
    calf = [ResultRow(0, 3, "calf-drops", "reps", None, 1, 1, 10, 10, 60.0, 60.0)]
    settings = MemorySettings()
    program = Program(settings, lambda: sessions, lambda: TODAY, results=lambda _id: calf)
    routine = resolve("foot-strength")
    found = {p.exercise_id: p for p in program.proposals(routine)}
    assert (found["calf-drops"].current, found["calf-drops"].proposed) == (10, 11)
    assert found["single-leg-balance"].current == 40  # no result: the week's level

    def reps(plan) -> int:
        return sum(1 for p in plan.phases if p.exercise.id == "calf-drops" and p.kind == "rep")

    assert reps(program.plan(routine)) == 10  # nothing accepted
    assert reps(program.plan(routine, {"calf-drops": 11})) == 11
    calf[0] = replace(calf[0], planned_count=12, achieved_count=12)
    assert reps(program.plan(routine)) == 12  # at the top now
    settings.program_start = TODAY  # a new program: its week 1 starts at the bottom again
    program.refresh()
    assert reps(program.plan(routine)) == 10
