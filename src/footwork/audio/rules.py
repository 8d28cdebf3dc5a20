"""Which cue may sound when: the priorities of cues and the one-sound-at-a-time rule. Qt-free.

Only one clip sounds at a time; cues never mix. Each cue has a priority (higher wins):

=====  ===============================================================================
 5     orientation: the exercise's name, ``next``, ``switch_feet``/``switch_legs``,
       ``workout_complete``, ``paused``, ``resumed``
 4     the phase changes: ``get_ready``, ``go``, ``hold``, ``release``, ``rest`` and the
       ``beep_go``/``beep_end`` tones
 3     ``last_one`` and ``halfway``
 2     counts and letters (``count_N``, ``letter_X``)
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

from collections.abc import Sequence
from dataclasses import dataclass

from footwork import cues

ORIENTATION, PHASE, LAST, COUNT, TICK = 5, 4, 3, 2, 1

_PRIORITIES = {
    cues.NEXT: ORIENTATION,
    cues.SWITCH_FEET: ORIENTATION,
    cues.SWITCH_LEGS: ORIENTATION,
    cues.WORKOUT_COMPLETE: ORIENTATION,
    cues.PAUSED: ORIENTATION,
    cues.RESUMED: ORIENTATION,
    cues.GET_READY: PHASE,
    cues.GO: PHASE,
    cues.HOLD: PHASE,
    cues.RELEASE: PHASE,
    cues.REST: PHASE,
    cues.BEEP_GO: PHASE,
    cues.BEEP_END: PHASE,
    cues.LAST_ONE: LAST,
    cues.HALFWAY: LAST,
    cues.BEEP_TICK: TICK,
}


def priority(cue: str) -> int:
    """The priority of a cue (see the module's table); unknown cues count as counts."""
    if cue.startswith("name_"):
        return ORIENTATION
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
