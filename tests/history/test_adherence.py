"""Adherence: weeks by the runner's local day, goals, streaks, program progress."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footwork.history.adherence import (
    Week,
    adherence,
    completion,
    counted_sessions,
    program,
    streaks,
    week_start,
    weekly,
)
from footwork.history.rows import History
from footwork.history.store import Store

from .factories import exercise, history_of, result, session

MONDAY, SUNDAY = 0, 6


def _weeks(history: History, today: date, first_weekday: int = MONDAY,
           goal: int = 5) -> dict[date, int]:
    return {w.start: w.sessions
            for w in weekly(history, today, goal=goal, first_weekday=first_weekday)}


def _stored_history(tmp_path: Path, starts: list[datetime]) -> History:
    with Store.open(tmp_path / "history.sqlite3") as store:
        for started in starts:
            session_id = store.begin_session("foot-strength", "h", started)
            store.record(session_id, exercise(0))
            store.finish_session(session_id, "completed", started + timedelta(minutes=20))
        return store.snapshot()


def test_late_sessions_stay_on_their_day_across_the_spring_clock_change(tmp_path: Path) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    history = _stored_history(tmp_path, [
        datetime(2026, 3, 28, 23, 30, tzinfo=berlin),  # Saturday, winter time (UTC+1)
        datetime(2026, 3, 29, 23, 30, tzinfo=berlin),  # Sunday, the clocks went forward
        datetime(2026, 3, 30, 0, 30, tzinfo=berlin),   # Monday 00:30 = Sunday 22:30 UTC
    ])
    assert [s.local_date for s in history.sessions] == [
        date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)]
    assert [s.utc_offset_minutes for s in history.sessions] == [60, 120, 120]
    today = date(2026, 4, 1)
    assert _weeks(history, today, MONDAY) == {date(2026, 3, 23): 2, date(2026, 3, 30): 1}
    assert _weeks(history, today, SUNDAY) == {date(2026, 3, 22): 1, date(2026, 3, 29): 2}


def test_a_trip_to_another_time_zone_moves_no_session(tmp_path: Path) -> None:
    history = _stored_history(tmp_path, [
        datetime(2026, 6, 7, 23, 30, tzinfo=ZoneInfo("America/New_York")),  # Sun; Mon in UTC
        datetime(2026, 6, 9, 6, 0, tzinfo=ZoneInfo("Asia/Tokyo")),          # Tue; Mon in UTC
        datetime(2026, 6, 15, 0, 30, tzinfo=ZoneInfo("Europe/Berlin")),     # Mon; Sun in UTC
    ])
    assert [s.local_date.isoformat() for s in history.sessions] == [
        "2026-06-07", "2026-06-09", "2026-06-15"]
    assert [s.started_utc.date().isoformat() for s in history.sessions] == [
        "2026-06-08", "2026-06-08", "2026-06-14"]  # by UTC all three would share one week
    assert _weeks(history, date(2026, 6, 16)) == {
        date(2026, 6, 1): 1, date(2026, 6, 8): 1, date(2026, 6, 15): 1}


def test_iso_week_53_is_one_week_across_new_year() -> None:
    days = [date(2026, 12, 28), date(2026, 12, 31), date(2027, 1, 2), date(2027, 1, 3)]
    assert {d.isocalendar()[:2] for d in days} == {(2026, 53)}
    history = history_of([date(2026, 12, 22), *days, date(2027, 1, 5)])
    assert _weeks(history, date(2027, 1, 6), MONDAY) == {
        date(2026, 12, 21): 1, date(2026, 12, 28): 4, date(2027, 1, 4): 1}
    assert _weeks(history, date(2027, 1, 6), SUNDAY) == {
        date(2026, 12, 20): 1, date(2026, 12, 27): 3, date(2027, 1, 3): 2}


def test_weeks_without_sessions_are_listed_up_to_today() -> None:
    history = history_of([date(2026, 5, 4)])
    weeks = weekly(history, date(2026, 5, 20))
    assert [(w.start, w.sessions, w.current) for w in weeks] == [
        (date(2026, 5, 4), 1, False), (date(2026, 5, 11), 0, False), (date(2026, 5, 18), 0, True)]
    assert weekly(History(), date(2026, 5, 20)) == []


def test_which_sessions_count() -> None:
    day = date(2026, 5, 4)
    sessions = (session(1, day, "completed"), session(2, day, "partial"),
                session(3, day, "partial"), session(4, day, "running"),
                session(5, day, "interrupted"))
    results = (result(1), result(2, 0), result(2, 1, skipped=True),
               result(3, 0, skipped=True), result(4), result(5))
    history = History(sessions, results, {})
    assert [s.id for s in counted_sessions(history)] == [1, 2]


def _goal_weeks(pattern: str, *, current: bool = True) -> list[Week]:
    """Weeks from a pattern such as "xx.x": x met the goal, . did not; the last is current."""
    start = date(2026, 1, 5)
    return [Week(start + timedelta(weeks=i), 5 if c == "x" else 2, 5,
                 current and i == len(pattern) - 1) for i, c in enumerate(pattern)]


@pytest.mark.parametrize(("pattern", "current", "longest"), [
    ("", 0, 0),
    ("xxx.xx", 2, 3),    # this week met the goal already: it counts
    ("xxx.xx.", 2, 3),   # this week is not over: it does not break the streak
    ("xx..", 0, 2),      # last week missed: the streak is over
    ("xxxx", 4, 4),
    (".", 0, 0),
])
def test_streaks(pattern: str, current: int, longest: int) -> None:
    result = streaks(_goal_weeks(pattern))
    assert (result.current, result.longest) == (current, longest)


def test_a_streak_runs_across_week_53() -> None:
    five_a_week = [date(2026, 12, 14) + timedelta(days=d) for d in range(28) if d % 7 < 5]
    history = history_of(five_a_week)
    during = streaks(weekly(history, date(2027, 1, 12)))  # a new week has just begun
    assert (during.current, during.longest) == (4, 4)
    later = streaks(weekly(history, date(2027, 1, 19)))  # then a whole week was missed
    assert (later.current, later.longest) == (0, 4)


def test_the_goal_decides_which_weeks_were_met() -> None:
    history = history_of([date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6)])
    assert [w.met for w in weekly(history, date(2026, 5, 10), goal=3)] == [True]
    assert [w.met for w in weekly(history, date(2026, 5, 10), goal=5)] == [False]
    with pytest.raises(ValueError, match="weekly goal must be at least 1"):
        weekly(history, date(2026, 5, 10), goal=0)


def test_program_progress_week_n_of_6() -> None:
    history = history_of([date(2026, 5, 6), date(2026, 5, 8)])
    assert program(history, date(2026, 5, 6)).week == 1
    assert program(history, date(2026, 5, 12)).week == 1
    assert program(history, date(2026, 5, 13)).week == 2
    sixth = program(history, date(2026, 6, 16))
    assert (sixth.start, sixth.week, sixth.weeks, sixth.finished) == (
        date(2026, 5, 6), 6, 6, False)
    after = program(history, date(2026, 6, 17))
    assert (after.week, after.finished) == (6, True)


def test_program_start_and_length_can_be_set() -> None:
    history = history_of([date(2026, 5, 6)])
    chosen = program(history, date(2026, 5, 20), start=date(2026, 5, 18), weeks=4)
    assert (chosen.week, chosen.weeks) == (1, 4)
    before = program(history, date(2026, 5, 10), start=date(2026, 5, 18))
    assert (before.week, before.finished) == (0, False)
    assert program(History(), date(2026, 5, 10)).week == 0
    with pytest.raises(ValueError, match="the program lasts 4 to 6 weeks"):
        program(history, date(2026, 5, 20), weeks=8)


def test_share_of_planned_exercises_done() -> None:
    sessions = (session(1, date(2026, 5, 4), planned=12),
                session(2, date(2026, 5, 5), "partial", planned=12),
                session(3, date(2026, 5, 6), "running", planned=12))
    results = (*(result(1, i) for i in range(12)),
               result(2, 0), result(2, 1, skipped=True), *(result(3, i) for i in range(3)))
    done = completion(History(sessions, results, {}))
    assert (done.done, done.planned) == (13, 24)
    assert done.share == pytest.approx(13 / 24)
    assert completion(History()).share is None


def test_all_figures_at_once() -> None:
    history = history_of([date(2026, 5, 4) + timedelta(days=d) for d in range(12)])
    figures = adherence(history, date(2026, 5, 15), goal=5, program_weeks=4)
    assert [w.sessions for w in figures.weeks] == [7, 5]
    assert (figures.streaks.current, figures.streaks.longest) == (2, 2)
    assert figures.completion.share == 1.0
    assert (figures.program.week, figures.program.weeks) == (2, 4)


statuses = st.sampled_from(["completed", "partial", "running", "interrupted"])
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@given(st.lists(st.tuples(days, statuses, st.booleans()), max_size=60),
       days, st.integers(0, 6), st.integers(1, 7))
def test_weekly_counts_add_up_to_the_counted_sessions(
        entries: list[tuple[date, str, bool]], today: date, first_weekday: int,
        goal: int) -> None:
    sessions = tuple(session(i, d, status) for i, (d, status, _) in enumerate(entries))
    results = tuple(result(i, skipped=skipped) for i, (_, _, skipped) in enumerate(entries))
    history = History(sessions, results, {})
    weeks = weekly(history, today, goal=goal, first_weekday=first_weekday)
    assert sum(w.sessions for w in weeks) == len(counted_sessions(history))
    gaps = {b.start - a.start for a, b in pairwise(weeks)}
    assert gaps <= {timedelta(days=7)}
    assert all(w.start.weekday() == first_weekday for w in weeks)
    found = streaks(weeks)
    assert 0 <= found.current <= found.longest <= len(weeks)


@given(days, st.integers(0, 6))
def test_a_day_lies_in_the_week_that_starts_on_the_first_weekday(day: date,
                                                                 first_weekday: int) -> None:
    start = week_start(day, first_weekday)
    assert start.weekday() == first_weekday
    assert 0 <= (day - start).days < 7
