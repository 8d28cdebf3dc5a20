"""When to remind the runner of a workout, and what the reminder says. No Qt, no clock.

A :class:`Schedule` is a time of day and days of the week, in the runner's wall-clock time
(naive local datetimes: 18:30 stays 18:30 across a change of daylight saving time). The shell
asks :func:`wake` what to do each time its timer fires, with the time it reads then: whether
a reminder is due now, the next one, and how long to sleep before asking again (never more
than ``MAX_SLEEP``, so a laptop that slept or a clock set by hand is noticed within a minute).
A reminder found more than ``GRACE`` late (the computer was off at the time) is not shown,
nor one on a day that already has a workout (:attr:`Standing.done_today`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from footwork.i18n import translate

if TYPE_CHECKING:  # the history package loads SQLite, after the first paint
    from footwork.history.rows import SessionSummary

MAX_SLEEP = timedelta(minutes=1)
GRACE = timedelta(minutes=30)
EVERY_DAY = frozenset(range(7))  # Monday is 0, as in date.weekday()


@dataclass(frozen=True)
class Schedule:
    """Remind at ``at`` on each weekday in ``days`` (0 Monday ... 6 Sunday) when ``on``."""

    on: bool = False
    at: time = time(18, 0)
    days: frozenset[int] = EVERY_DAY

    def __post_init__(self) -> None:
        wrong = [d for d in self.days if d not in EVERY_DAY]
        if wrong:
            raise ValueError(f"days of the week are 0 (Monday) to 6 (Sunday), got {wrong}")


def next_after(schedule: Schedule, now: datetime) -> datetime | None:
    """The first reminder strictly after ``now`` (naive local time); None when there is none."""
    if not schedule.on or not schedule.days:
        return None
    for ahead in range(8):
        day = now.date() + timedelta(days=ahead)
        moment = datetime.combine(day, schedule.at)
        if day.weekday() in schedule.days and moment > now:
            return moment
    return None  # unreachable: a week always holds one of the days


@dataclass(frozen=True)
class Wake:
    """What a timer that fired at ``now`` does: ``show`` a reminder or not, then sleep
    ``sleep`` (None: no reminder is set) waiting for ``pending``."""

    show: bool
    pending: datetime | None
    sleep: timedelta | None


def wake(schedule: Schedule, pending: datetime | None, now: datetime) -> Wake:
    """The step after a timer fired at ``now`` while waiting for ``pending``.

    Pass ``pending=None`` to arm a new schedule (nothing is shown then).
    """
    show = pending is not None and pending <= now and now - pending <= GRACE
    if pending is None or pending <= now:
        pending = next_after(schedule, now)
    if pending is None:
        return Wake(show, None, None)
    return Wake(show, pending, min(pending - now, MAX_SLEEP))


@dataclass(frozen=True)
class Standing:
    """Where the runner stands, for the reminder: the program's week and this week's count,
    and whether a workout already counts today (then there is nothing to remind of)."""

    week: int
    weeks: int
    sessions: int
    goal: int
    done_today: bool = False


def standing(summaries: Iterable[SessionSummary], today: date, *, goal: int,
             start: date | None = None, weeks: int = 6, first_weekday: int = 0) -> Standing:
    """The program week and the sessions counted this calendar week, for ``today``."""
    from footwork.history.adherence import counted_days, program_week, week_start

    found = list(summaries)
    days = counted_days(found)
    this_week = week_start(today, first_weekday)
    done = sum(1 for day in days if week_start(day, first_weekday) == this_week)
    return Standing(program_week(found, today, start=start, weeks=weeks), weeks, done, goal,
                    today in days)


def message(where: Standing) -> str:
    """The reminder's line: "Week 3 of 6 — 2 of 5 sessions this week"."""
    return translate("Reminder", "Week {week} of {weeks} — {done} of {goal} sessions this week"
                     ).format(week=where.week, weeks=where.weeks, done=where.sessions,
                              goal=where.goal)


def title() -> str:
    """The reminder's heading."""
    return translate("Reminder", "Time for your foot workout")
