"""Compiling a routine into its timeline: the phases a session walks through and their cues.

A phase is one stretch of time with one meaning (get ready, hold, release, a rep, a letter,
rest, switch sides, a check). Its ``start`` and ``duration`` are nominal: a phase that ends
on a tap, an answer or early on the runner's word (``ends`` is not ``Ends.TIME``) may take a
different time when the session runs. Cues are fired at offsets from the phase's start.

A check lasts its ``answer_within`` seconds unless answered sooner (``Ends.ANSWER``). Its wait
counts from the start of its question: a built-in check speaks the question at 0 and its
numbered choices from :data:`FIRST_CHOICE_AT`, :data:`CHOICE_EVERY` apart (all spoken within
8 s, so the default 20 s leaves 12 s to answer); a shorter ``answer_within`` cuts the choices
that would come after it. Any other check sounds a tone and shows its question.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from footwork import cues
from footwork.domain import Ends, Limb, PhaseKind, Side
from footwork.routine.model import (
    SELF_PACED_SECONDS_PER_REP,
    Check,
    Exercise,
    Hold,
    Reps,
    Routine,
    Sequence,
    Timed,
)

# Phases whose completion counts toward what an exercise achieved.
COUNTING = frozenset(
    {PhaseKind.WORK, PhaseKind.HOLD, PhaseKind.REP, PhaseKind.ITEM, PhaseKind.CHECK}
)
HALFWAY_FROM = 40.0  # timed work this long or longer gets a "halfway" cue
COUNTDOWN = 3  # ticks in the last seconds of holds, timed work and rests
GET_READY_AT = 1.5  # after the exercise's name
FIRST_CHOICE_AT = 2.5  # s after a check's spoken question starts, its first choice is said
CHOICE_EVERY = 1.75  # s between the starts of two spoken choices


@dataclass(frozen=True)
class CueAt:
    offset: float
    cue: str


@dataclass(frozen=True)
class Phase:
    kind: PhaseKind
    exercise_index: int
    exercise: Exercise
    side: Side | None
    set: int
    sets: int
    rep: int | None
    reps: int | None
    start: float
    duration: float | None
    cues: tuple[CueAt, ...]
    segment: int
    item: str | None = None
    ends: Ends = Ends.TIME
    dropped: tuple[CueAt, ...] = ()  # cues one sound at a time silences (session.sounding)

    @property
    def nominal(self) -> bool:
        """True when the duration is only the plan's estimate."""
        return self.ends is not Ends.TIME

    @property
    def seconds(self) -> float:
        """The duration counted in totals."""
        return self.duration or 0.0


@dataclass(frozen=True)
class Plan:
    routine: Routine
    phases: tuple[Phase, ...]
    level: float = 0.0  # where in its ranges the plan sits (see compile_plan)
    targets: Mapping[str, float] = field(default_factory=dict)  # numbers set per exercise

    @property
    def total(self) -> float:
        return sum(p.seconds for p in self.phases)


def _countdown(duration: float) -> list[CueAt]:
    if duration <= COUNTDOWN:
        return []
    return [CueAt(duration - n, cues.BEEP_TICK) for n in range(COUNTDOWN, 0, -1)]


def _check_cues(ex: Check) -> list[CueAt]:
    """A built-in check's question and numbered choices, or a tone for any other check."""
    speech = cues.check_speech(ex.id, ex.question, ex.choices)
    if not speech:
        return [CueAt(0.0, cues.BEEP_GO)]
    question, *choices = speech
    return [CueAt(0.0, question)] + [
        CueAt(FIRST_CHOICE_AT + n * CHOICE_EVERY, c) for n, c in enumerate(choices)
    ]


class _Builder:
    def __init__(
        self, routine: Routine, level: float = 0.0, targets: Mapping[str, float] | None = None
    ) -> None:
        self.level = min(max(level, 0.0), 1.0)
        self.targets = dict(targets or {})
        self.routine = routine
        self.phases: list[Phase] = []
        self.clock = 0.0
        self.segment = -1

    def add(
        self,
        kind: PhaseKind,
        ex_index: int,
        ex: Exercise,
        side: Side | None,
        set_: int,
        duration: float | None,
        at: list[CueAt],
        *,
        rep: int | None = None,
        reps: int | None = None,
        item: str | None = None,
        ends: Ends = Ends.TIME,
        new_segment: bool = True,
    ) -> None:
        if new_segment:
            self.segment += 1
        self.phases.append(
            Phase(
                kind,
                ex_index,
                ex,
                side,
                set_,
                ex.sets,
                rep,
                reps,
                self.clock,
                duration,
                tuple(sorted(at, key=lambda c: c.offset)),
                self.segment,
                item,
                ends,
            )
        )
        self.clock += duration or 0.0

    def exercise(self, index: int, ex: Exercise) -> None:
        prep = [CueAt(0.0, cues.exercise_name(ex.id))]
        if self.routine.prepare >= 2 * GET_READY_AT:
            prep.append(CueAt(GET_READY_AT, cues.GET_READY))
        self.add(PhaseKind.PREPARE, index, ex, ex.side_names[0], 1, self.routine.prepare, prep)
        for side_index, side in enumerate(ex.side_names):
            if side_index:
                word = cues.SWITCH_LEGS if ex.limb is Limb.LEG else cues.SWITCH_FEET
                at = [CueAt(0.0, word)]
                self.add(PhaseKind.SWITCH, index, ex, side, 1, self.routine.switch, at)
            for set_ in range(1, ex.sets + 1):
                if set_ > 1 and ex.rest > 0:
                    at = [CueAt(0.0, cues.REST), *_countdown(ex.rest)]
                    self.add(PhaseKind.REST, index, ex, side, set_, ex.rest, at)
                self.body(index, ex, side, set_)

    def body(self, index: int, ex: Exercise, side: Side | None, set_: int) -> None:
        match ex:
            case Timed():
                self.timed(index, ex, side, set_)
            case Hold():
                self.hold(index, ex, side, set_)
            case Reps(self_paced=True):
                reps = target_reps(ex, self.level, self.targets.get(ex.id))
                self.add(
                    PhaseKind.WORK,
                    index,
                    ex,
                    side,
                    set_,
                    reps * SELF_PACED_SECONDS_PER_REP,
                    [CueAt(0.0, cues.GO)],
                    rep=0,
                    reps=reps,
                    ends=Ends.TAPS,
                )
            case Reps():
                self.paced_reps(index, ex, side, set_)
            case Sequence():
                self.sequence(index, ex, side, set_)
            case Check():
                at = [c for c in _check_cues(ex) if c.offset < ex.answer_within]
                self.add(
                    PhaseKind.CHECK, index, ex, side, set_, ex.answer_within, at, ends=Ends.ANSWER
                )

    def timed(self, index: int, ex: Timed, side: Side | None, set_: int) -> None:
        seconds = target_seconds(ex, self.level, self.targets.get(ex.id))
        at = [CueAt(0.0, cues.GO), *_countdown(seconds)]
        if seconds >= HALFWAY_FROM:
            at.append(CueAt(seconds / 2, cues.HALFWAY))
        ends = Ends.EARLY if ex.open_ended else Ends.TIME
        self.add(
            PhaseKind.WORK, index, ex, side, set_, seconds, at, rep=set_, reps=ex.sets, ends=ends
        )

    def hold(self, index: int, ex: Hold, side: Side | None, set_: int) -> None:
        reps, hold = ex.reps, float(ex.hold)
        for rep in range(1, reps + 1):
            word = cues.LAST_ONE if rep == reps and reps > 1 else cues.HOLD
            self.add(
                PhaseKind.HOLD,
                index,
                ex,
                side,
                set_,
                hold,
                [CueAt(0.0, word), *_countdown(hold)],
                rep=rep,
                reps=reps,
                new_segment=rep == 1,
            )
            if rep < reps and ex.release > 0:
                self.add(
                    PhaseKind.RELEASE,
                    index,
                    ex,
                    side,
                    set_,
                    ex.release,
                    [CueAt(0.0, cues.RELEASE)],
                    rep=rep,
                    reps=reps,
                    new_segment=False,
                )

    def paced_reps(self, index: int, ex: Reps, side: Side | None, set_: int) -> None:
        reps, tempo = target_reps(ex, self.level, self.targets.get(ex.id)), ex.tempo
        ticks, mark = [], 0.0
        for part in tempo[:-1]:
            mark += part
            if part > 0 and mark < sum(tempo):
                ticks.append(CueAt(mark, cues.BEEP_TICK))
        for rep in range(1, reps + 1):
            if rep == reps and reps > 1:
                word = cues.LAST_ONE
            else:
                word = cues.count(rep) if rep <= cues.MAX_COUNT else cues.BEEP_GO
            self.add(
                PhaseKind.REP,
                index,
                ex,
                side,
                set_,
                sum(tempo),
                [CueAt(0.0, word), *ticks],
                rep=rep,
                reps=reps,
                new_segment=rep == 1,
            )

    def sequence(self, index: int, ex: Sequence, side: Side | None, set_: int) -> None:
        count = len(ex.items)
        for number, item in enumerate(ex.items, start=1):
            cue = cues.letter(item) or cues.BEEP_TICK
            self.add(
                PhaseKind.ITEM,
                index,
                ex,
                side,
                set_,
                ex.seconds_per_item,
                [CueAt(0.0, cue)],
                rep=number,
                reps=count,
                item=item,
                new_segment=number == 1,
            )


def target_reps(ex: Reps, level: float, target: float | None = None) -> int:
    """Reps at ``level`` (0: ``reps``, 1: ``max_reps``) of a range such as 10 to 12.

    ``target`` (the progression's number for the exercise) replaces the level, kept in range.
    """
    low = ex.reps
    high = max(ex.max_reps or low, low)
    if target is not None:
        return min(max(round(target), low), high)
    return low + round((high - low) * level)


def target_seconds(ex: Timed, level: float, target: float | None = None) -> float:
    """Seconds at ``level`` of a range such as 30 to 60 s, in whole steps of 5 s.

    ``target`` (the progression's number for the exercise) replaces the level, kept in range.
    """
    low = float(ex.seconds)
    high = float(ex.max_seconds or low)
    if high <= low:
        return low
    if target is not None:
        return min(max(float(target), low), high)
    return min(high, low + 5 * round((high - low) * level / 5))


def level_for_week(week: int, weeks: int) -> float:
    """How far along a range a program's week is: week 1 at the start, the last at the top."""
    if weeks <= 1:
        return 1.0
    return min(max((week - 1) / (weeks - 1), 0.0), 1.0)


def compile_plan(
    routine: Routine, level: float = 0.0, targets: Mapping[str, float] | None = None
) -> Plan:
    """The routine's phases in order, with start times, durations and cues.

    ``level`` (0 to 1) places every range of the routine: 0 plans ``reps`` and ``seconds``,
    1 plans ``max_reps`` and ``max_seconds`` (the progression over a program's weeks).
    ``targets`` (exercise id -> reps per set or seconds per bout, see
    ``services.progression``) sets an exercise's number instead of the level.
    """
    builder = _Builder(routine, level, targets)
    for index, exercise in enumerate(routine.exercises):
        builder.exercise(index, exercise)
    phases = builder.phases
    if phases:
        last = phases[-1]
        end = CueAt(last.seconds, cues.WORKOUT_COMPLETE)
        phases[-1] = replace(last, cues=(*last.cues, end))
    return Plan(routine, tuple(phases), builder.level, builder.targets)
