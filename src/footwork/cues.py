"""The cue catalogue: every sound Footwork can play, by name.

A cue is a plain string; its clip is ``assets/sounds/<lang>/<cue>.wav``. The plan emits only
names from this catalogue (plus ``name_<exercise-id>`` for custom exercises, which the player
replaces with :data:`NEXT` and a tone when no clip exists).

**Priorities** (the players follow them): only one clip sounds at a time; cues never mix.
Each cue has a priority, higher wins:

=====  ===============================================================================
 5     orientation: the exercise's name, ``next``, ``switch_feet``/``switch_legs``,
       ``workout_complete``, ``paused``, ``resumed``
 4     the phase changes: ``get_ready``, ``go``, ``hold``, ``release``, ``rest``, a check's
       question (``question_<exercise-id>``) and the ``beep_go``/``beep_end`` tones
 3     ``last_one`` and ``halfway``
 2     counts, letters and a check's choices (``count_N``, ``letter_X``,
       ``choice_<exercise-id>_N``)
 1     the ``beep_tick`` of a countdown
=====  ===============================================================================

The rule (:func:`admits`): a cue whose moment falls while another cue still *sounds* (from
its moment, its first audible sample, to its last audible sample) plays only if its
priority is at least as high; it then cuts the one sounding (the latest instruction of the
same weight counts). A cue of lower priority is skipped, never mixed in, and never cuts the
higher one. A cue whose moment comes after the other's sound is over always plays.

:func:`audible_cues` applies the rule to a whole timeline (given the cues' moments, their
priorities and the lengths of their sound), so the plan can show only the cues that play.
"""

from __future__ import annotations

import functools
import string
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass

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


@functools.cache
def builtin_checks() -> dict[str, tuple[str, tuple[str, ...]]]:
    """The checks of the built-in routines, id to their English question and choices: each
    has clips of its question and numbered choices in every language. A routine's own check
    with the same id but other words falls back to a tone."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for path in sorted(paths.builtin_routines_dir().glob("*.toml")):
        with path.open("rb") as file:
            for exercise in tomllib.load(file).get("exercises", []):
                if exercise.get("kind") == "check":
                    words = (exercise["question"], tuple(exercise["choices"]))
                    found.setdefault(exercise["id"], words)
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


def check_question(exercise_id: str) -> str:
    """The cue that asks a built-in check's question."""
    return f"question_{exercise_id}"


def check_choice(exercise_id: str, number: int) -> str:
    """The cue that says a built-in check's choice ``number`` (1-based) with its number."""
    return f"choice_{exercise_id}_{number}"


def check_speech(exercise_id: str, question: str, choices: tuple[str, ...]) -> tuple[str, ...]:
    """The question's cue then each choice's, for a built-in check; () for any other check."""
    if builtin_checks().get(exercise_id) != (question, tuple(choices)):
        return ()
    numbers = range(1, len(choices) + 1)
    return (check_question(exercise_id), *(check_choice(exercise_id, n) for n in numbers))


def is_tone(cue: str) -> bool:
    return cue in TONES


def catalogue() -> tuple[str, ...]:
    """Every cue that has a clip in each language, in a stable order."""
    return (
        WORDS
        + tuple(count(n) for n in range(1, MAX_COUNT + 1))
        + tuple(f"letter_{c}" for c in string.ascii_lowercase)
        + tuple(exercise_name(e) for e in builtin_exercises())
        + tuple(c for e, (q, ch) in builtin_checks().items() for c in check_speech(e, q, ch))
        + TONES
    )


# ----- priorities: one sound at a time ----------------------------------------------------

ORIENTATION, PHASE, LAST, COUNT, TICK = 5, 4, 3, 2, 1

_PRIORITIES = {
    NEXT: ORIENTATION,
    SWITCH_FEET: ORIENTATION,
    SWITCH_LEGS: ORIENTATION,
    WORKOUT_COMPLETE: ORIENTATION,
    PAUSED: ORIENTATION,
    RESUMED: ORIENTATION,
    GET_READY: PHASE,
    GO: PHASE,
    HOLD: PHASE,
    RELEASE: PHASE,
    REST: PHASE,
    BEEP_GO: PHASE,
    BEEP_END: PHASE,
    LAST_ONE: LAST,
    HALFWAY: LAST,
    BEEP_TICK: TICK,
}


def priority(cue: str) -> int:
    """The priority of a cue (see the module's table); unknown cues count as counts."""
    if cue.startswith("name_"):
        return ORIENTATION
    if cue.startswith("question_"):
        return PHASE
    return _PRIORITIES.get(cue, COUNT)


def admits(cue_priority: int, moment: float, sounding_priority: int | None,
           sounding_until: float) -> bool:
    """Whether a cue of ``cue_priority`` due at ``moment`` may play while the last admitted
    cue (``sounding_priority``, None when there was none) sounds until ``sounding_until``."""
    if sounding_priority is None or moment >= sounding_until:
        return True
    return cue_priority >= sounding_priority


@dataclass(frozen=True)
class TimedCue:
    """A cue at its moment, and how long its clip sounds from its first audible sample."""

    cue: str
    moment: float
    length: float


def audible_cues(timeline: Sequence[TimedCue]) -> list[bool]:
    """For each cue of ``timeline`` (any order), whether it plays under :func:`admits`.

    A cue cut by a later one still counts as played; a skipped cue does not cut anything.
    """
    order = sorted(range(len(timeline)), key=lambda i: timeline[i].moment)
    plays = [False] * len(timeline)
    sounding: int | None = None
    until = float("-inf")
    for i in order:
        cue = timeline[i]
        if admits(priority(cue.cue), cue.moment, sounding, until):
            plays[i] = True
            sounding, until = priority(cue.cue), cue.moment + cue.length
    return plays
