"""The enumerations of the vocabulary; each value is the word files and the history hold."""

from __future__ import annotations

from enum import StrEnum


class ExerciseKind(StrEnum):
    """What an exercise asks (``kind`` in a routine file)."""

    TIMED = "timed"
    HOLD = "hold"
    REPS = "reps"
    SEQUENCE = "sequence"
    CHECK = "check"


class PhaseKind(StrEnum):
    """What one phase of a plan means."""

    PREPARE = "prepare"
    WORK = "work"
    HOLD = "hold"
    RELEASE = "release"
    REP = "rep"
    ITEM = "item"
    REST = "rest"
    SWITCH = "switch"
    CHECK = "check"


class Side(StrEnum):
    """The foot or leg worked (``None`` where one is expected: both together)."""

    LEFT = "left"
    RIGHT = "right"


class Sides(StrEnum):
    """How an exercise is done (``sides`` in a routine file)."""

    BOTH = "both"
    EACH_FOOT = "each-foot"
    EACH_LEG = "each-leg"


class Limb(StrEnum):
    """What changes at a switch of sides."""

    FOOT = "foot"
    LEG = "leg"


class SessionStatus(StrEnum):
    """Where a session of the history stands."""

    RUNNING = "running"
    COMPLETED = "completed"
    PARTIAL = "partial"  # the runner stopped it
    INTERRUPTED = "interrupted"  # the app closed mid-workout

    @classmethod
    def finished(cls) -> tuple[SessionStatus, ...]:
        """The statuses a session can end with."""
        return (cls.COMPLETED, cls.PARTIAL, cls.INTERRUPTED)


class Ends(StrEnum):
    """How a phase ends."""

    TIME = "time"  # when its time is up
    EARLY = "early"  # open-ended: on time or when the runner says
    TAPS = "taps"  # self-paced reps: when every rep was counted
    ANSWER = "answer"  # a check: when answered
