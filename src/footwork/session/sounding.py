"""The cues of a plan that will actually sound: one sound at a time, by priority.

The engine fires every cue of the plan; the player then follows :func:`footwork.cues.admits`
(a cue due while a higher one still sounds is skipped). :func:`one_sound_at_a_time` applies
the same rule to the whole plan ahead of time, with the real length of each cue's sound
(``sounding``: seconds from its first audible sample to its last, read from the clips of one
language), so ``footwork plan`` shows the cues that play and, per phase, those that are
``dropped``. Moments are the plan's nominal ones: a phase that ends on taps, early or on an
answer moves everything after it, and the player decides again as the workout runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from footwork import cues
from footwork.session.plan import CueAt, Plan

Sounding = Callable[[str], float]  # cue -> seconds its sound lasts from its moment


def timeline(plan: Plan) -> list[tuple[int, CueAt, float]]:
    """Every cue of ``plan`` as (phase index, cue, moment from the start), in moment order."""
    found = [(i, cue, phase.start + cue.offset) for i, phase in enumerate(plan.phases)
             for cue in phase.cues]
    return sorted(found, key=lambda item: item[2])


def one_sound_at_a_time(plan: Plan, sounding: Sounding) -> Plan:
    """``plan`` with only the cues that play in each phase; the others go to its ``dropped``."""
    cues_in_order = timeline(plan)
    plays = cues.audible_cues(
        [cues.TimedCue(cue.cue, moment, sounding(cue.cue)) for _, cue, moment in cues_in_order]
    )
    kept: dict[int, list[CueAt]] = {}
    dropped: dict[int, list[CueAt]] = {}
    for (index, cue, _), play in zip(cues_in_order, plays, strict=True):
        (kept if play else dropped).setdefault(index, []).append(cue)
    phases = tuple(
        replace(phase, cues=tuple(kept.get(i, ())), dropped=tuple(dropped.get(i, ())))
        for i, phase in enumerate(plan.phases)
    )
    return replace(plan, phases=phases)


def overlaps(plan: Plan, sounding: Sounding) -> list[tuple[str, float, str, float]]:
    """Pairs of successive cues of ``plan`` whose sounds overlap: (cue, moment, the next cue,
    its moment), where the next one starts before the first has finished sounding."""
    found = []
    moments = [(cue.cue, moment) for _, cue, moment in timeline(plan)]
    for (cue, at), (after, later) in pairwise(moments):
        if later < at + sounding(cue) - 1e-9:
            found.append((cue, at, after, later))
    return found
