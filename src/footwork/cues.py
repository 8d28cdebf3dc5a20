"""The cue catalogue: every sound Footwork can play, by name.

A cue is a plain string; its clip is ``assets/sounds/<lang>/<cue>.wav``. The plan emits only
names from this catalogue (plus ``name_<exercise-id>`` for custom exercises, which the player
replaces with :data:`NEXT` and a tone when no clip exists).
"""

from __future__ import annotations

import functools
import string
import tomllib

from footwork import paths

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



@functools.cache
def builtin_exercises() -> dict[str, str]:
    """The exercises of the built-in routines (``assets/routines/*.toml``), id to English
    name, in the order they first appear: each has a spoken name clip in every language."""
    found: dict[str, str] = {}
    for path in sorted(paths.builtin_routines_dir().glob("*.toml")):
        with path.open("rb") as file:
            for exercise in tomllib.load(file).get("exercises", []):
                found.setdefault(exercise["id"], exercise["name"])
    return found


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
        + tuple(exercise_name(e) for e in builtin_exercises())
        + TONES
    )
