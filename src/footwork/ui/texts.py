"""Short texts about routines and exercises, shared by the pages that list them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from footwork.domain import Sides, minutes_seconds
from footwork.routine.model import Check, Exercise, Hold, Reps, Sequence, Timed
from footwork.session.plan import target_reps, target_seconds

translate = QCoreApplication.translate  # found by pyside6-lupdate as translate("ctx", "text")


def duration(seconds: float) -> str:
    """``1:45`` style for a minute or more, ``45 s`` below."""
    if round(seconds) >= 60:
        return minutes_seconds(seconds)
    return translate("Texts", "{n} s").format(n=round(seconds))


def _num(value: float) -> str:
    return f"{value:g}"


def _what(ex: Exercise, level: float, target: float | None) -> str:
    """What one set of ``ex`` asks: "10 × 5 s hold", "40 s (30–60 s)"."""
    match ex:
        case Timed(max_seconds=top) if top:
            return translate("Texts", "{now} s ({low}–{high} s)").format(
                now=_num(target_seconds(ex, level, target)), low=_num(ex.seconds), high=_num(top)
            )
        case Timed(open_ended=True):
            return translate("Texts", "up to {n} s").format(n=_num(ex.seconds))
        case Timed():
            return translate("Texts", "{n} s").format(n=_num(ex.seconds))
        case Hold():
            return translate("Texts", "{reps} × {n} s hold").format(reps=ex.reps, n=_num(ex.hold))
        case Reps():
            now = target_reps(ex, level, target)
            reps = f"{now} ({ex.reps}–{ex.max_reps})" if ex.max_reps else str(ex.reps)
            pace = (
                translate("Texts", "at your own pace")
                if ex.self_paced
                else translate("Texts", "paced {tempo} s").format(
                    tempo="-".join(_num(t) for t in ex.tempo)
                )
            )
            return translate("Texts", "{reps} reps, {pace}").format(reps=reps, pace=pace)
        case Sequence():
            span = f"{ex.items[0]}–{ex.items[-1]}"
            return translate("Texts", "{span}, {n} s each").format(
                span=span, n=_num(ex.seconds_per_item)
            )
        case Check():
            return " / ".join(translate("Routine", c) for c in ex.choices)


def summary(ex: Exercise, level: float = 0.0, target: float | None = None) -> str:
    """What an exercise asks, in a few words: "10 × 5 s hold · each foot".

    A range shows what ``level`` (or the exercise's own ``target``) plans now, then the whole
    range: "40 s (30–60 s)".
    """
    parts = [_what(ex, level, target)]
    if ex.sets > 1:
        parts.insert(0, translate("Texts", "{n} sets").format(n=ex.sets))
        if ex.rest:
            parts.append(translate("Texts", "{n} s rest").format(n=_num(ex.rest)))
    if ex.sides is Sides.EACH_FOOT:
        parts.append(translate("Texts", "each foot"))
    elif ex.sides is Sides.EACH_LEG:
        parts.append(translate("Texts", "each leg"))
    return " · ".join(parts)


def routine_text(text: str) -> str:
    """A routine's own text in the runner's language: built-in routines' texts are translated
    (tools/routine_texts.py marks them), a runner's own routine keeps its words."""
    return translate("Routine", text) if text else text
