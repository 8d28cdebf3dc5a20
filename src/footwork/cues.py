"""The cue catalogue: every sound Footwork can play, by name.

A cue is a plain string; its clip is ``assets/sounds/<lang>/<cue>.wav``. The plan emits only
names from this catalogue (plus ``name_<exercise-id>`` for custom exercises, which the player
replaces with :data:`NEXT` and a tone when no clip exists).
"""

from __future__ import annotations

import string

GET_READY = "get_ready"
GO = "go"
HOLD = "hold"
RELEASE = "release"
REST = "rest"
SWITCH_FEET = "switch_feet"
SWITCH_LEGS = "switch_legs"
HALFWAY = "halfway"
LAST_ONE = "last_one"
NEXT = "next"
WORKOUT_COMPLETE = "workout_complete"
PAUSED = "paused"
RESUMED = "resumed"

BEEP_TICK = "beep_tick"
BEEP_GO = "beep_go"
BEEP_END = "beep_end"

TONES = (BEEP_TICK, BEEP_GO, BEEP_END)
WORDS = (
    GET_READY,
    GO,
    HOLD,
    RELEASE,
    REST,
    SWITCH_FEET,
    SWITCH_LEGS,
    HALFWAY,
    LAST_ONE,
    NEXT,
    WORKOUT_COMPLETE,
    PAUSED,
    RESUMED,
)
MAX_COUNT = 20

# The exercises of the built-in routines that have a spoken name clip.
BUILTIN_EXERCISES = (
    "tripod-check",
    "ball-roll",
    "toe-spread",
    "calf-drops",
    "plantar-stretch",
    "toe-lifts",
    "toe-spelling",
    "towel-curls",
    "heel-walks",
    "toe-walks",
    "single-leg-balance",
    "calf-stretch",
    "marble-pickup",
)


def count(n: int) -> str:
    """The cue that says the number ``n`` (1 to 20)."""
    if not 1 <= n <= MAX_COUNT:
        raise ValueError(f"no count cue for {n}")
    return f"count_{n}"


def letter(item: str) -> str | None:
    """The cue that says a single letter, or None when ``item`` is not one letter A to Z."""
    if len(item) == 1 and item.lower() in string.ascii_lowercase:
        return f"letter_{item.lower()}"
    return None


def exercise_name(exercise_id: str) -> str:
    """The cue that says an exercise's name."""
    return f"name_{exercise_id}"


def is_tone(cue: str) -> bool:
    return cue in TONES


def catalogue() -> tuple[str, ...]:
    """Every cue that has a clip in each language, in a stable order."""
    return (
        WORDS
        + tuple(count(n) for n in range(1, MAX_COUNT + 1))
        + tuple(f"letter_{c}" for c in string.ascii_lowercase)
        + tuple(exercise_name(e) for e in BUILTIN_EXERCISES)
        + TONES
    )
