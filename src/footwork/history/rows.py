"""Plain rows read back from the history: what adherence, charts and export work on.

No SQLite and no Qt here, so the figures can be computed (and tested) from hand-made rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple

from footwork.domain import ExerciseKind, SessionStatus, Side


def local_time(utc: datetime, utc_offset_minutes: int) -> datetime:
    """``utc`` as the runner's clock showed it (aware, with the offset of that day)."""
    return utc.astimezone(timezone(timedelta(minutes=utc_offset_minutes)))


@dataclass(frozen=True)
class SessionRow:
    """One workout session. ``local_date`` is the day it belongs to where it was started."""

    id: int
    routine_id: str
    routine_hash: str
    local_date: date
    started_utc: datetime
    ended_utc: datetime | None
    utc_offset_minutes: int
    status: SessionStatus
    planned_exercises: int | None = None

    @property
    def started_local(self) -> datetime:
        """The start as the runner's clock showed it (aware, with the offset of that day)."""
        return local_time(self.started_utc, self.utc_offset_minutes)


@dataclass(frozen=True)
class ResultRow:
    """What one exercise achieved on one side (``side`` None: both feet together)."""

    session_id: int
    exercise_index: int
    exercise_id: str
    kind: ExerciseKind
    side: Side | None
    planned_sets: int
    achieved_sets: int
    planned_count: int
    achieved_count: int
    planned_seconds: float
    achieved_seconds: float
    bouts: tuple[float, ...] = ()
    answer: str | None = None
    skipped: bool = False
    recorded_utc: datetime | None = None
    sets_ended: int | None = None  # sets ended when saved alone; None: saved whole


@dataclass(frozen=True)
class Rating:
    """How a session felt: effort and pain from 0 to 10 (None: not given), a free note."""

    session_id: int
    effort: int | None
    pain: int | None
    note: str = ""


class SessionSummary(NamedTuple):
    """One session in a few figures: what the adherence figures and the session list need.

    ``recorded`` counts the exercises with a result, ``done`` those with at least one side
    not skipped; ``effort``, ``pain`` and ``note`` come from its rating (None, None, "" when
    unrated). Built by ``Store.summaries`` in one SQL query, or by
    :func:`footwork.history.adherence.summarise` from a :class:`History` (the same figures).
    A named tuple, as thousands are made at once.
    """

    id: int
    routine_id: str
    local_date: date
    started_utc: datetime
    utc_offset_minutes: int
    status: SessionStatus
    planned_exercises: int | None
    recorded: int
    done: int
    effort: int | None = None
    pain: int | None = None
    note: str = ""

    @property
    def planned(self) -> int:
        """Exercises planned: the routine's count when recorded, never fewer than recorded."""
        return max(self.planned_exercises or 0, self.recorded)

    @property
    def started_local(self) -> datetime:
        """The start as the runner's clock showed it."""
        return local_time(self.started_utc, self.utc_offset_minutes)


class ResultPoint(NamedTuple):
    """The part of a :class:`ResultRow` that trends and answers read (a light named tuple)."""

    exercise_id: str
    kind: ExerciseKind
    side: Side | None
    achieved_count: int
    achieved_seconds: float
    bouts: tuple[float, ...]
    answer: str | None
    skipped: bool


@dataclass(frozen=True)
class History:
    """Everything in the history at one moment: sessions oldest first, their results, ratings."""

    sessions: tuple[SessionRow, ...] = ()
    results: tuple[ResultRow, ...] = ()
    ratings: Mapping[int, Rating] = field(default_factory=dict)

    def results_by_session(self) -> dict[int, list[ResultRow]]:
        """Results grouped by session id, in exercise order (sessions without any are absent)."""
        grouped: dict[int, list[ResultRow]] = {}
        for row in self.results:
            grouped.setdefault(row.session_id, []).append(row)
        return grouped


def aware_check(moment: datetime, name: str) -> None:
    """Refuse a naive datetime: history times must know their offset."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got {moment!r}")
