"""The reminder schedule: due at the set time on the set days, never on others; a timer that
fires asks again within a minute; a reminder missed by far is not shown late."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from footwork.history.rows import SessionSummary
from footwork.services.reminders import (
    GRACE,
    MAX_SLEEP,
    Schedule,
    message,
    next_after,
    standing,
    wake,
)

# Tuesday 1 December 2026; Thursday is the 3rd.
TUESDAY = datetime(2026, 12, 1, 9, 0)
TUE_THU = Schedule(on=True, at=time(18, 30), days=frozenset({1, 3}))


def test_the_next_reminder_is_today_at_the_time_on_a_set_day() -> None:
    assert next_after(TUE_THU, TUESDAY) == datetime(2026, 12, 1, 18, 30)


def test_after_the_time_the_next_set_day_follows() -> None:
    assert next_after(TUE_THU, datetime(2026, 12, 1, 18, 30)) == datetime(2026, 12, 3, 18, 30)
    assert next_after(TUE_THU, datetime(2026, 12, 3, 19, 0)) == datetime(2026, 12, 8, 18, 30)


def test_off_or_without_days_there_is_no_reminder() -> None:
    assert next_after(Schedule(on=False, days=frozenset({1})), TUESDAY) is None
    assert next_after(Schedule(on=True, days=frozenset()), TUESDAY) is None
    assert wake(Schedule(), None, TUESDAY).sleep is None


def test_wrong_days_are_refused() -> None:
    with pytest.raises(ValueError, match="0 \\(Monday\\) to 6"):
        Schedule(on=True, days=frozenset({7}))


def run_day(schedule: Schedule, start: datetime, hours: float) -> list[datetime]:
    """Follow the timer as the shell does, on a fake clock: the times a reminder shows."""
    now, shown = start, []
    step = wake(schedule, None, now)
    end = start + timedelta(hours=hours)
    while step.sleep is not None and now < end:
        now += step.sleep
        step = wake(schedule, step.pending, now)
        if step.show:
            shown.append(now)
    return shown


def test_over_a_week_it_shows_at_the_time_on_the_set_days_only() -> None:
    shown = run_day(TUE_THU, datetime(2026, 11, 30, 0, 0), 24 * 7)  # Monday to Sunday
    assert shown == [datetime(2026, 12, 1, 18, 30), datetime(2026, 12, 3, 18, 30)]


def test_the_timer_never_sleeps_more_than_a_minute() -> None:
    step = wake(TUE_THU, None, TUESDAY)
    assert step.sleep == MAX_SLEEP
    assert not step.show
    close = wake(TUE_THU, step.pending, datetime(2026, 12, 1, 18, 29, 45))
    assert close.sleep == timedelta(seconds=15)


def test_woken_late_by_a_little_it_still_shows() -> None:
    late = wake(TUE_THU, datetime(2026, 12, 1, 18, 30), datetime(2026, 12, 1, 18, 50))
    assert late.show
    assert late.pending == datetime(2026, 12, 3, 18, 30)


def test_a_reminder_missed_by_hours_is_not_shown_late() -> None:
    pending = datetime(2026, 12, 1, 18, 30)
    missed = wake(TUE_THU, pending, pending + GRACE + timedelta(hours=2))
    assert not missed.show
    assert missed.pending == datetime(2026, 12, 3, 18, 30)


def test_a_clock_set_back_waits_for_the_time_again() -> None:
    pending = datetime(2026, 12, 1, 18, 30)
    back = wake(TUE_THU, pending, datetime(2026, 12, 1, 12, 0))
    assert not back.show
    assert back.pending == pending


def summary(id_: int, day: date, status: str = "completed") -> SessionSummary:
    started = datetime(day.year, day.month, day.day, 7, tzinfo=UTC)
    return SessionSummary(id_, "foot-strength", day, started, 0, status, 12, 12, 12)


def test_the_message_gives_the_program_week_and_this_weeks_sessions() -> None:
    start = date(2026, 11, 16)  # a Monday: 1 December is in week 3
    sessions = [summary(1, start), summary(2, date(2026, 11, 30)),
                summary(3, date(2026, 12, 1)), summary(4, date(2026, 12, 1), "interrupted")]
    where = standing(sessions, date(2026, 12, 1), goal=5, weeks=6)
    assert message(where) == "Week 3 of 6 — 2 of 5 sessions this week"
    assert where.done_today  # the 1 December workout: no reminder that day
    assert not standing(sessions, date(2026, 12, 2), goal=5, weeks=6).done_today
