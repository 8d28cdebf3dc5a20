"""Adherence figures: sessions per week against a goal, streaks, program progress.

Pure functions over :class:`History` rows: no SQLite, no Qt, no clock (the caller passes
``today``, and the locale's first day of the week as 0 = Monday ... 6 = Sunday).

Every figure is computed from :class:`SessionSummary` rows (a session in a few numbers).
:func:`summarise` makes them from a :class:`History`; ``Store.summaries`` reads the same
figures with one SQL query, so the History page never loads the whole history. The rules
below live here only: the store just counts.

Rules:
- A session belongs to its ``local_date``, the day on the runner's clock when it started, so
  a daylight-saving change or a trip to another time zone never moves it to another day.
- A session *counts* when it is ``completed``, or ``partial`` with at least one exercise
  done (an exercise is done when it was saved whole, all its sides with all their sets, and
  at least one side was not skipped). ``running``
  and ``interrupted`` sessions count once they are resumed and finished, or kept as partial.
- Every counted session counts, two on one day included.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from footwork.domain import SessionStatus
from footwork.history.rows import History, ResultRow, SessionRow, SessionSummary

DEFAULT_GOAL = 5
PROGRAM_WEEKS = (4, 5, 6)


def exercises_done(results: list[ResultRow]) -> set[int]:
    """Indexes of the exercises done: saved whole, with at least one side not skipped.

    A side saved as it ended (``sets_ended`` set) is replaced when its exercise ends; one
    still there belongs to an exercise cut short (killed there and not resumed).
    """
    started = {r.exercise_index for r in results if not r.skipped}
    return started - {r.exercise_index for r in results if r.sets_ended is not None}


def summarise(history: History) -> list[SessionSummary]:
    """Every session of ``history`` as a :class:`SessionSummary`, in the history's order."""
    by_session = history.results_by_session()
    summaries = []
    for s in history.sessions:
        results = by_session.get(s.id, [])
        rating = history.ratings.get(s.id)
        summaries.append(SessionSummary(
            s.id, s.routine_id, s.local_date, s.started_utc, s.utc_offset_minutes, s.status,
            s.planned_exercises, recorded=len({r.exercise_index for r in results}),
            done=len(exercises_done(results)),
            effort=rating.effort if rating else None, pain=rating.pain if rating else None,
            note=rating.note if rating else ""))
    return summaries


def counts(status: SessionStatus, done: int) -> bool:
    """Whether a session with ``status`` and ``done`` exercises done counts (module rules)."""
    return status == SessionStatus.COMPLETED or (status == SessionStatus.PARTIAL and done > 0)


def counted_days(summaries: Iterable[SessionSummary]) -> list[date]:
    """The day of each session that counts, in the given order."""
    return [s.local_date for s in summaries if counts(s.status, s.done)]


def counted_sessions(history: History) -> list[SessionRow]:
    """The sessions that count toward adherence (see the module's rules), oldest first."""
    by_session = history.results_by_session()
    return [s for s in history.sessions
            if counts(s.status, len(exercises_done(by_session.get(s.id, []))))]


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding ``day`` (weeks start on ``first_weekday``)."""
    if not 0 <= first_weekday <= 6:
        raise ValueError(f"first_weekday must be 0 (Monday) to 6 (Sunday), got {first_weekday}")
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


@dataclass(frozen=True)
class Week:
    """One calendar week: its first day, its counted sessions, the goal, whether it is today's."""

    start: date
    sessions: int
    goal: int
    current: bool = False

    @property
    def met(self) -> bool:
        return self.sessions >= self.goal

    @property
    def end(self) -> date:
        """The week's last day."""
        return self.start + timedelta(days=6)


def weekly(history: History, today: date, *, goal: int = DEFAULT_GOAL,
           first_weekday: int = 0) -> list[Week]:
    """Every week from the first counted session's to today's (empty weeks included)."""
    days = [s.local_date for s in counted_sessions(history)]
    return weeks_of(days, today, goal=goal, first_weekday=first_weekday)


def weeks_of(days: Iterable[date], today: date, *, goal: int = DEFAULT_GOAL,
             first_weekday: int = 0) -> list[Week]:
    """The weeks of :func:`weekly` from the days of the counted sessions."""
    if goal < 1:
        raise ValueError(f"the weekly goal must be at least 1, got {goal}")
    per_week = Counter(week_start(day, first_weekday) for day in days)
    if not per_week:
        return []
    this_week = week_start(today, first_weekday)
    start, last = min(per_week), max(max(per_week), this_week)
    weeks = []
    while start <= last:
        weeks.append(Week(start, per_week.get(start, 0), goal, start == this_week))
        start += timedelta(days=7)
    return weeks


@dataclass(frozen=True)
class Streaks:
    """Runs of consecutive weeks that met the goal: the one still going, and the longest."""

    current: int
    longest: int


def streaks(weeks: list[Week]) -> Streaks:
    """Current and longest streak of goal-meeting weeks.

    The current week counts once it met the goal; until then it does not break the streak
    (the streak is the run that ended last week).
    """
    longest = run = 0
    for week in weeks:
        run = run + 1 if week.met else 0
        longest = max(longest, run)
    current = 0
    for index, week in enumerate(reversed(weeks)):
        if week.met:
            current += 1
        elif not (index == 0 and week.current):
            break
    return Streaks(current, longest)


@dataclass(frozen=True)
class Completion:
    """Exercises done out of exercises planned."""

    done: int
    planned: int

    @property
    def share(self) -> float | None:
        """``done / planned`` (None when nothing was planned)."""
        return self.done / self.planned if self.planned else None


def completion(history: History, *, since: date | None = None) -> Completion:
    """Share of planned exercises done, over completed and partial sessions from ``since``.

    A session plans its routine's exercise count when recorded (``planned_exercises``),
    otherwise the exercises it recorded.
    """
    return completion_of(summarise(history), since=since)


def completion_of(summaries: Iterable[SessionSummary], *, since: date | None = None
                  ) -> Completion:
    """:func:`completion` from session summaries."""
    done = planned = 0
    for session in summaries:
        if session.status not in (SessionStatus.COMPLETED, SessionStatus.PARTIAL):
            continue
        if since is not None and session.local_date < since:
            continue
        planned += session.planned
        done += session.done
    return Completion(done, planned)


@dataclass(frozen=True)
class Program:
    """Where the runner is in the 4-6 week program: ``week`` of ``weeks`` (0: not started)."""

    start: date | None
    week: int
    weeks: int
    finished: bool


def program(history: History, today: date, *, start: date | None = None,
            weeks: int = 6) -> Program:
    """Program progress: week N of ``weeks`` counted in 7-day blocks from ``start``.

    ``start`` defaults to the first counted session's date. After the last week, ``week``
    stays at ``weeks`` and ``finished`` is True.
    """
    if start is None:
        start = min((s.local_date for s in counted_sessions(history)), default=None)
    return program_of(start, today, weeks=weeks)


def program_of(start: date | None, today: date, *, weeks: int = 6) -> Program:
    """:func:`program` once the start is known (None: nothing counted yet)."""
    if weeks not in PROGRAM_WEEKS:
        raise ValueError(f"the program lasts 4 to 6 weeks, got {weeks}")
    if start is None or today < start:
        return Program(start, 0, weeks, False)
    week = (today - start).days // 7 + 1
    return Program(start, min(week, weeks), weeks, week > weeks)


@dataclass(frozen=True)
class Adherence:
    """All adherence figures of the History page at once."""

    weeks: list[Week]
    streaks: Streaks
    completion: Completion
    program: Program


def adherence(history: History, today: date, *, goal: int = DEFAULT_GOAL,
              first_weekday: int = 0, program_start: date | None = None,
              program_weeks: int = 6) -> Adherence:
    """Weekly bars, streaks, completion share and program progress for ``today``."""
    return adherence_of(summarise(history), today, goal=goal, first_weekday=first_weekday,
                        program_start=program_start, program_weeks=program_weeks)


def adherence_of(summaries: Sequence[SessionSummary], today: date, *,
                 goal: int = DEFAULT_GOAL, first_weekday: int = 0,
                 program_start: date | None = None, program_weeks: int = 6) -> Adherence:
    """:func:`adherence` from session summaries (e.g. ``Store.summaries()``)."""
    days = counted_days(summaries)
    weeks = weeks_of(days, today, goal=goal, first_weekday=first_weekday)
    start = program_start if program_start is not None else min(days, default=None)
    return Adherence(weeks, streaks(weeks), completion_of(summaries),
                     program_of(start, today, weeks=program_weeks))


def program_week(summaries: Iterable[SessionSummary], today: date, *,
                 start: date | None = None, weeks: int = 6) -> int:
    """The program's week for ``today`` (1 before anything counted; the last once it is over).

    ``start`` is the runner's chosen start; None starts the program on the first counted day.
    """
    if start is None:
        days = counted_days(summaries)
        start = min(days) if days else None
    current = program_of(start, today, weeks=weeks)
    return max(1, min(current.week, weeks)) if not current.finished else weeks
