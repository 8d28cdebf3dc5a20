"""The routine model: frozen dataclasses built by the loader, read by the plan."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("timed", "hold", "reps", "sequence", "check")
SIDES = ("both", "each-foot", "each-leg")
SELF_PACED_SECONDS_PER_REP = 4.0  # nominal time of one self-paced rep, for the plan's totals


@dataclass(frozen=True)
class Exercise:
    """One exercise of a routine. Only the fields of its ``kind`` are meaningful."""

    id: str
    name: str
    kind: str
    instructions: str = ""
    equipment: tuple[str, ...] = ()
    sides: str = "both"
    sets: int = 1
    rest: float = 0.0
    # timed
    seconds: float | None = None
    max_seconds: float | None = None
    open_ended: bool = False
    # hold
    hold: float | None = None
    release: float = 3.0
    # hold and reps
    reps: int | None = None
    max_reps: int | None = None
    tempo: tuple[float, ...] | None = None
    self_paced: bool = False
    # sequence
    items: tuple[str, ...] = ()
    seconds_per_item: float | None = None
    # check
    question: str = ""
    choices: tuple[str, ...] = ()

    @property
    def side_names(self) -> tuple[str | None, ...]:
        """The sides worked in order: ``("left", "right")``, or ``(None,)`` for both together."""
        return (None,) if self.sides == "both" else ("left", "right")

    @property
    def limb(self) -> str:
        """``"foot"`` or ``"leg"``: what changes at a switch."""
        return "leg" if self.sides == "each-leg" else "foot"


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
        return hashlib.sha256(self.content).hexdigest()[:16]

    def exercise(self, exercise_id: str) -> Exercise:
        for ex in self.exercises:
            if ex.id == exercise_id:
                return ex
        raise KeyError(exercise_id)
