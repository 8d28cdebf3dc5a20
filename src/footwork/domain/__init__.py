"""Footwork's one vocabulary: the words routines, plans, sessions and the history share.

Every value is a ``StrEnum`` whose value is the word written in routine files, printed by
``footwork plan --json`` and stored in the history's SQLite file, so members compare equal to
those words and files written before these enums existed read back unchanged.
"""

from footwork.domain.clock import countdown, minutes_seconds, seconds_left
from footwork.domain.vocabulary import (
    Ends,
    ExerciseKind,
    Limb,
    PhaseKind,
    SessionStatus,
    Side,
    Sides,
)

__all__ = [
    "Ends",
    "ExerciseKind",
    "Limb",
    "PhaseKind",
    "SessionStatus",
    "Side",
    "Sides",
    "countdown",
    "minutes_seconds",
    "seconds_left",
]
