"""What the workout page shows for an engine state: texts and colours, no widgets.

Kept apart from the widgets so the rules of what a runner sees (which words, which colour,
when the letter shows) are tested without painting anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from footwork.domain import Ends, Limb, PhaseKind, Side, countdown, seconds_left
from footwork.routine.model import Check
from footwork.services.remote import side_words
from footwork.session.events import PAUSED_BY_SLEEP, State, Status
from footwork.session.plan import Phase
from footwork.ui import colours
from footwork.ui.texts import routine_text

translate = QCoreApplication.translate  # found by pyside6-lupdate as translate("ctx", "text")

# Phase colours: saturated, with white text, readable across a room in light or dark schemes.
PHASE_COLOURS = {
    PhaseKind.PREPARE: "#b26a00",  # amber: get ready
    PhaseKind.WORK: "#1b7a3a",
    PhaseKind.HOLD: "#1b7a3a",
    PhaseKind.REP: "#1b7a3a",
    PhaseKind.ITEM: "#1b7a3a",  # green: work
    PhaseKind.RELEASE: "#00707a",  # teal: let go
    PhaseKind.REST: "#1f4fa3",  # blue: rest
    PhaseKind.SWITCH: "#6a2c91",  # purple: change sides
    PhaseKind.CHECK: "#4a5560",  # slate: answer a question
}
FINISHED_COLOUR = "#1b7a3a"
PAUSED_COLOUR = "#3a3a3a"


def side_text(phase: Phase) -> str:
    limb = phase.exercise.limb
    if phase.side is None:
        return translate("Workout", "BOTH FEET")
    if phase.side is Side.LEFT:
        return (
            translate("Workout", "LEFT LEG")
            if limb is Limb.LEG
            else translate("Workout", "LEFT FOOT")
        )
    return (
        translate("Workout", "RIGHT LEG")
        if limb is Limb.LEG
        else translate("Workout", "RIGHT FOOT")
    )


def phase_word(phase: Phase) -> str:
    words = {
        PhaseKind.PREPARE: translate("Workout", "GET READY"),
        PhaseKind.HOLD: translate("Workout", "HOLD"),
        PhaseKind.RELEASE: translate("Workout", "RELEASE"),
        PhaseKind.REST: translate("Workout", "REST"),
        PhaseKind.ITEM: translate("Workout", "SPELL"),
        PhaseKind.CHECK: translate("Workout", "CHECK"),
        PhaseKind.SWITCH: translate("Workout", "SWITCH LEGS")
        if phase.exercise.limb is Limb.LEG
        else translate("Workout", "SWITCH FEET"),
    }
    if phase.kind in words:
        return words[phase.kind]
    if phase.ends is Ends.TAPS:
        return translate("Workout", "COUNT YOUR REPS")
    return translate("Workout", "GO")


def gap_text(seconds: float) -> str:
    """How long the machine was away, in words: "3 min", "2 h 5 min"."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return translate("Workout", "{n} s").format(n=round(seconds))
    if minutes < 60:
        return translate("Workout", "{n} min").format(n=minutes)
    return translate("Workout", "{h} h {m} min").format(h=minutes // 60, m=minutes % 60)


def _describe_phase(phase: Phase) -> str:
    """A short line for "next": exercise, side, what happens."""
    parts = [routine_text(phase.exercise.name)]
    side = side_words(phase)
    if side:
        parts.append(side)
    if phase.kind is PhaseKind.REST:
        parts.append(translate("Workout", "Rest"))
    elif phase.kind is PhaseKind.CHECK:
        parts.append(translate("Workout", "Check"))
    elif phase.kind is PhaseKind.SWITCH:
        leg = phase.exercise.limb is Limb.LEG
        parts.append(
            translate("Workout", "Switch legs") if leg else translate("Workout", "Switch feet")
        )
    if phase.sets > 1 and phase.kind is not PhaseKind.PREPARE:
        parts.append(
            translate("Workout", "set {n} of {total}").format(n=phase.set, total=phase.sets)
        )
    return " · ".join(parts)


@dataclass(frozen=True)
class WorkoutView:
    exercise: str
    side: str
    side_colour: str
    phase: str
    colour: str
    big: str  # the digits (or the tap count, or "?" for a check)
    letter: str  # the current letter of a sequence, or ""
    rep: str
    set: str
    info: str
    choices: tuple[str, ...]
    next: str
    progress: float
    remaining: str
    banner: str
    action: str  # what Enter does now, "" when it does nothing
    paused: bool
    finished: bool


def describe(state: State, gap: float | None = None) -> WorkoutView:
    """The page's content for ``state`` (``gap``: how long the machine slept, if it did)."""
    phase = state.phase
    ex = phase.exercise
    finished = state.status in (Status.FINISHED, Status.STOPPED)
    paused = state.status is Status.PAUSED
    if state.status is Status.FINISHED:
        big, word = "✓", translate("Workout", "WORKOUT COMPLETE")
    elif state.status is Status.STOPPED:
        big, word = "■", translate("Workout", "WORKOUT STOPPED")
    elif phase.ends is Ends.TAPS:
        big, word = str(state.taps), phase_word(phase)
    elif phase.ends is Ends.ANSWER:
        big, word = "?", phase_word(phase)
    else:
        big, word = countdown(state.time_left or 0.0), phase_word(phase)

    rep = ""
    counted = (PhaseKind.HOLD, PhaseKind.RELEASE, PhaseKind.REP, PhaseKind.ITEM)
    if phase.kind in counted and (phase.reps or 0) > 1:
        rep = f"{phase.rep} / {phase.reps}"
    elif phase.ends is Ends.TAPS:
        rep = f"{state.taps} / {phase.reps}"
    elif phase.kind is PhaseKind.WORK and ex.sets > 1:
        rep = f"{phase.set} / {ex.sets}"
    set_text = (
        translate("Workout", "set {n} / {total}").format(n=phase.set, total=ex.sets)
        if ex.sets > 1
        else ""
    )

    info = ""
    choices: tuple[str, ...] = ()
    if phase.kind is PhaseKind.PREPARE:
        info = routine_text(ex.instructions.strip())
        if ex.equipment:
            info += "\n" + translate("Workout", "You need: {items}").format(
                items=", ".join(routine_text(e) for e in ex.equipment)
            )
    elif isinstance(ex, Check):
        info = routine_text(ex.question)
        if phase.ends is Ends.ANSWER and phase.duration is not None and not finished:
            info += "\n" + translate("Workout", "No answer: it goes on by itself in {n} s").format(
                n=seconds_left(phase.duration - state.phase_elapsed))
        choices = tuple(
            f"{n}  {translate('Routine', c)}" for n, c in enumerate(ex.choices, start=1)
        )

    banner = ""
    if paused and state.pause_reason == PAUSED_BY_SLEEP:
        away = gap_text(gap) if gap is not None else ""
        banner = translate(
            "Workout", "Paused: the computer was asleep{away}. Press Space to go on."
        ).format(away=translate("Workout", " for {time}").format(time=away) if away else "")
    elif paused:
        banner = translate("Workout", "Paused. Press Space to go on.")

    action = ""
    if not finished and phase.ends is Ends.TAPS:
        action = translate("Workout", "Count rep")
    elif not finished and phase.ends is Ends.EARLY:
        action = translate("Workout", "Done early")

    nxt = (
        translate("Workout", "Next: {what}").format(what=_describe_phase(state.next_phase))
        if (state.next_phase and not finished)
        else ""
    )
    colour = PAUSED_COLOUR if paused else FINISHED_COLOUR if finished else PHASE_COLOURS[phase.kind]
    return WorkoutView(
        exercise=routine_text(state.routine_name if finished else ex.name),
        side="" if finished else side_text(phase),
        side_colour=colours.SIDES[phase.side],
        phase=word,
        colour=colour,
        big=big,
        letter=phase.item or "" if phase.kind is PhaseKind.ITEM and not finished else "",
        rep="" if finished else rep,
        set="" if finished else set_text,
        info=info,
        choices=choices,
        next=nxt,
        progress=state.progress,
        remaining=translate("Workout", "{time} of exercise").format(time=countdown(state.elapsed))
        if finished
        else translate("Workout", "{time} left").format(time=countdown(state.remaining)),
        banner=banner,
        action=action,
        paused=paused,
        finished=finished,
    )
