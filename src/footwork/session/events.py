"""What the engine tells the outside world: its state, and the events it emits."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from footwork.domain import Side
from footwork.routine.model import Exercise
from footwork.session.plan import Phase
from footwork.session.results import ExerciseResult


class Status(Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


PAUSED_BY_USER = "user"
PAUSED_BY_SLEEP = "sleep"  # the machine slept: a poll came much later than the one before


@dataclass(frozen=True)
class State:
    """Everything a view needs to draw the session at one moment."""

    status: Status
    pause_reason: str | None
    phase_index: int
    phase: Phase
    phase_elapsed: float
    time_left: float | None  # in the phase; None when it ends on a tap or an answer
    taps: int  # reps counted so far in a self-paced phase
    next_phase: Phase | None  # the first phase of the next segment
    progress: float  # 0..1 of the session's nominal time
    remaining: float  # nominal seconds left in the session
    elapsed: float  # active seconds so far (pauses excluded)
    routine_name: str = ""

    @property
    def exercise(self) -> Exercise:
        return self.phase.exercise

    @property
    def side(self) -> Side | None:
        return self.phase.side


@dataclass(frozen=True)
class CueDue:
    """A cue to play now; ``due`` is the clock time it was due (lateness = now - due)."""

    cue: str
    due: float


@dataclass(frozen=True)
class PhaseStarted:
    index: int
    phase: Phase


@dataclass(frozen=True)
class ExerciseFinished:
    result: ExerciseResult


@dataclass(frozen=True)
class PartFinished:
    """One side of an exercise, or one set of a side, ended: ``result`` holds only that side.

    Its ``sets_ended`` says how many of the side's sets had ended. The exercise's
    :class:`ExerciseFinished` follows, with every side (``sets_ended`` None: saved whole).
    """

    result: ExerciseResult


@dataclass(frozen=True)
class Paused:
    reason: str
    gap: float | None = None  # for a sleep: how long the machine was away


@dataclass(frozen=True)
class Resumed:
    pass


@dataclass(frozen=True)
class SessionFinished:
    pass


@dataclass(frozen=True)
class SessionStopped:
    pass


Event = (
    CueDue
    | PhaseStarted
    | PartFinished
    | ExerciseFinished
    | Paused
    | Resumed
    | SessionFinished
    | SessionStopped
)
