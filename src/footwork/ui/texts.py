"""Short texts about routines and exercises, shared by the pages that list them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from footwork.routine.model import Exercise
from footwork.session.plan import target_reps, target_seconds

translate = QCoreApplication.translate  # found by pyside6-lupdate as translate("ctx", "text")


def duration(seconds: float) -> str:
    """``1:45`` style for a minute or more, ``45 s`` below."""
    whole = round(seconds)
    if whole >= 60:
        return f"{whole // 60}:{whole % 60:02d}"
    return translate("Texts", "{n} s").format(n=whole)


def _num(value: float | None) -> str:
    return f"{value:g}" if value is not None else "?"


def summary(ex: Exercise, level: float = 0.0) -> str:
    """What an exercise asks, in a few words: "10 × 5 s hold · each foot".

    A range shows what ``level`` plans now, then the whole range: "40 s (30–60 s)".
    """
    if ex.kind == "timed":
        if ex.max_seconds:
            what = translate("Texts", "{now} s ({low}–{high} s)").format(
                now=_num(target_seconds(ex, level)),
                low=_num(ex.seconds),
                high=_num(ex.max_seconds),
            )
        elif ex.open_ended:
            what = translate("Texts", "up to {n} s").format(n=_num(ex.seconds))
        else:
            what = translate("Texts", "{n} s").format(n=_num(ex.seconds))
    elif ex.kind == "hold":
        what = translate("Texts", "{reps} × {n} s hold").format(reps=ex.reps, n=_num(ex.hold))
    elif ex.kind == "reps":
        now = target_reps(ex, level)
        reps = f"{now} ({ex.reps}–{ex.max_reps})" if ex.max_reps else str(ex.reps)
        pace = (
            translate("Texts", "at your own pace")
            if ex.self_paced
            else translate("Texts", "paced {tempo} s").format(
                tempo="-".join(_num(t) for t in ex.tempo or ())
            )
        )
        what = translate("Texts", "{reps} reps, {pace}").format(reps=reps, pace=pace)
    elif ex.kind == "sequence":
        span = f"{ex.items[0]}–{ex.items[-1]}" if ex.items else ""
        what = translate("Texts", "{span}, {n} s each").format(
            span=span, n=_num(ex.seconds_per_item)
        )
    else:
        what = " / ".join(translate("Routine", c) for c in ex.choices)
    parts = [what]
    if ex.sets > 1:
        parts.insert(0, translate("Texts", "{n} sets").format(n=ex.sets))
        if ex.rest:
            parts.append(translate("Texts", "{n} s rest").format(n=_num(ex.rest)))
    if ex.sides == "each-foot":
        parts.append(translate("Texts", "each foot"))
    elif ex.sides == "each-leg":
        parts.append(translate("Texts", "each leg"))
    return " · ".join(parts)


def routine_text(text: str) -> str:
    """A routine's own text in the runner's language: built-in routines' texts are translated
    (tools/routine_texts.py marks them), a runner's own routine keeps its words."""
    return translate("Routine", text) if text else text
