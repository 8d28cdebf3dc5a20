"""A plan as rows of text, one per phase: what ``footwork plan`` prints and the editor shows."""

from __future__ import annotations

from footwork.domain import minutes_seconds
from footwork.i18n import translate
from footwork.session.plan import CueAt, Plan


def headers() -> list[str]:
    """Start, length, exercise, phase, side, set, rep and cues."""
    return [
        translate("cli", "start"),
        translate("cli", "length"),
        translate("cli", "exercise"),
        translate("cli", "phase"),
        translate("cli", "side"),
        translate("cli", "set"),
        translate("cli", "rep"),
        translate("cli", "cues"),
    ]


def _cue(cue: CueAt) -> str:
    return cue.cue if cue.offset == 0 else f"{cue.cue}@{cue.offset:g}"


def rows(plan: Plan) -> list[list[str]]:
    """One row of cells per phase, in the order of :func:`headers`; a cue one sound at a time
    drops is shown in brackets."""
    found = []
    for p in plan.phases:
        length = f"{p.seconds:g}s" + ("~" if p.nominal else "")
        rep = p.item or (f"{p.rep}/{p.reps}" if p.rep else "")
        cues = " ".join([_cue(c) for c in p.cues] + [f"[{_cue(c)}]" for c in p.dropped])
        found.append(
            [
                minutes_seconds(p.start),
                length,
                p.exercise.id,
                p.kind,
                p.side or "",
                f"{p.set}/{p.sets}",
                rep,
                cues,
            ]
        )
    return found


def total_text(plan: Plan) -> str:
    """``Total: 29:44 (1784 s) in 214 phases``."""
    return translate("cli", "Total: {time} ({seconds:g} s) in {n} phases").format(
        time=minutes_seconds(plan.total), seconds=plan.total, n=len(plan.phases)
    )
