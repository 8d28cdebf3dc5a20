"""The routine model: frozen dataclasses built by the loader, read by the plan.

An exercise is one of five kinds, each its own class holding only the fields that kind has
(:data:`Exercise` is their union); code that depends on the kind ``match``-es on the class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from footwork.domain import ExerciseKind, Limb, Side, Sides

SELF_PACED_SECONDS_PER_REP = 4.0  # nominal time of one self-paced rep, for the plan's totals
DEFAULT_TEMPO = (2.0, 1.0, 2.0)  # seconds up, hold, down of a paced rep
DEFAULT_RELEASE = 3.0  # seconds between two holds
# Seconds a check waits for its answer, counted from the start of its spoken question: long
# enough for a built-in question and its three choices (about 8 s in every language) and then
# some 12 s to answer.
DEFAULT_ANSWER_WITHIN = 20.0


@dataclass(frozen=True, kw_only=True)
class _Common:
    """The fields every kind of exercise has."""

    kind: ClassVar[ExerciseKind]
    id: str
    name: str
    instructions: str = ""
    equipment: tuple[str, ...] = ()
    sides: Sides = Sides.BOTH
    sets: int = 1
    rest: float = 0.0

    @property
    def side_names(self) -> tuple[Side | None, ...]:
        """The sides worked in order: left then right, or ``(None,)`` for both together."""
        return (None,) if self.sides is Sides.BOTH else (Side.LEFT, Side.RIGHT)

    @property
    def limb(self) -> Limb:
        """What changes at a switch."""
        return Limb.LEG if self.sides is Sides.EACH_LEG else Limb.FOOT


@dataclass(frozen=True, kw_only=True)
class Timed(_Common):
    """Work for ``seconds`` (up to ``max_seconds`` over a program), maybe ended early."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.TIMED
    seconds: float
    max_seconds: float | None = None
    open_ended: bool = False


@dataclass(frozen=True, kw_only=True)
class Hold(_Common):
    """``reps`` holds of ``hold`` seconds with ``release`` seconds between them."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.HOLD
    hold: float
    reps: int
    release: float = DEFAULT_RELEASE


@dataclass(frozen=True, kw_only=True)
class Reps(_Common):
    """``reps`` (up to ``max_reps``) paced by ``tempo``, or counted by the runner."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.REPS
    reps: int
    max_reps: int | None = None
    tempo: tuple[float, ...] = DEFAULT_TEMPO
    self_paced: bool = False


@dataclass(frozen=True, kw_only=True)
class Sequence(_Common):
    """One item (a letter) after another, ``seconds_per_item`` each."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.SEQUENCE
    items: tuple[str, ...]
    seconds_per_item: float


@dataclass(frozen=True, kw_only=True)
class Check(_Common):
    """A question answered with one of ``choices``, or left "not answered" after
    ``answer_within`` seconds (the workout goes on by itself)."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.CHECK
    question: str
    choices: tuple[str, ...]
    answer_within: float = DEFAULT_ANSWER_WITHIN


Exercise = Timed | Hold | Reps | Sequence | Check


@dataclass(frozen=True)
class Routine:
    """A whole routine as read from its TOML file."""

    id: str
    name: str
    exercises: tuple[Exercise, ...]
    description: str = ""
    prepare: float = 5.0
    switch: float = 5.0
    source: Path | None = field(default=None, compare=False)
    content: bytes = field(default=b"", compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        """A short hash of the file's bytes: which version of a routine a session followed."""
        import hashlib  # OpenSSL's libcrypto (4 MB) loads when a workout is saved, not at start

        return hashlib.sha256(self.content).hexdigest()[:16]
