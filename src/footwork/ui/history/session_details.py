"""What one session did, exercise by exercise and side by side, as rich text for a label."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from footwork.domain import ExerciseKind
from footwork.history.rows import ResultRow, SessionSummary
from footwork.routine.model import Routine
from footwork.ui.history.texts import (
    Names,
    answer_text,
    date_text,
    side_text,
    status_text,
    time_text,
)
from footwork.ui.texts import duration

translate = QCoreApplication.translate  # found by pyside6-lupdate as translate("ctx", "text")


def _seconds(value: float) -> str:
    return duration(value) if value >= 60 else translate("SessionDetails", "{n} s").format(
        n=f"{value:.1f}".rstrip("0").rstrip("."))


def achieved_text(r: ResultRow) -> str:
    """Achieved against planned for one side: "8 of 10 holds", "0:52 of 1:00 · bouts 31 s, 21 s"."""
    if r.skipped:
        return translate("SessionDetails", "skipped")
    if r.kind == ExerciseKind.CHECK:
        return answer_text(r.answer) if r.answer else translate("SessionDetails", "not answered")
    if r.kind == ExerciseKind.TIMED:
        text = translate("SessionDetails", "{done} of {planned}").format(
            done=_seconds(r.achieved_seconds), planned=_seconds(r.planned_seconds))
        if r.bouts:
            text += " · " + translate("SessionDetails", "bouts {list}").format(
                list=", ".join(_seconds(b) for b in r.bouts))
    else:
        units = {ExerciseKind.HOLD: translate("SessionDetails", "{done} of {planned} holds"),
                 ExerciseKind.REPS: translate("SessionDetails", "{done} of {planned} reps"),
                 ExerciseKind.SEQUENCE: translate("SessionDetails", "{done} of {planned} letters")}
        text = units.get(r.kind, translate("SessionDetails", "{done} of {planned}")).format(
            done=r.achieved_count, planned=r.planned_count)
    if r.planned_sets > 1:
        text += " · " + translate("SessionDetails", "{done} of {planned} sets").format(
            done=r.achieved_sets, planned=r.planned_sets)
    return text


def details_html(summary: SessionSummary, results: list[ResultRow], names: Names,
                 routine: Routine | None = None) -> str:
    """The session's heading, rating and a table of its exercises and sides.

    ``routine`` is what the session ran, as its snapshot kept it: its names come first (the
    routine file may have been edited or deleted since), and the exercises it planned that
    were never reached are listed.
    """
    if routine is not None:
        names = Names({**names.routines, summary.routine_id: routine.name},
                      {**names.exercises, **{ex.id: ex.name for ex in routine.exercises}})
    started = summary.started_local
    head = translate("SessionDetails", "{date}, {time}: {routine} ({status})").format(
        date=date_text(summary.local_date), time=time_text(started),
        routine=names.routine(summary.routine_id), status=status_text(summary.status))
    parts = [f"<p><b>{escape(head)}</b></p>"]
    if summary.effort is not None or summary.pain is not None:
        rating = translate("SessionDetails", "Effort {effort} · pain {pain} (of 10)").format(
            effort="–" if summary.effort is None else summary.effort,
            pain="–" if summary.pain is None else summary.pain)
        parts.append(f"<p>{escape(rating)}</p>")
    if summary.note:
        parts.append(f"<p><i>{escape(summary.note)}</i></p>")
    if not results:
        parts.append("<p>" + escape(translate("SessionDetails", "No exercise was saved.")) + "</p>")
    else:
        rows = []
        previous = None
        for r in results:
            name = names.exercise(r.exercise_id) if r.exercise_index != previous else ""
            previous = r.exercise_index
            rows.append(f"<tr><td><b>{escape(name)}</b>&nbsp;&nbsp;</td>"
                        f"<td>{escape(side_text(r.side))}&nbsp;&nbsp;</td>"
                        f"<td>{escape(achieved_text(r))}</td></tr>")
        parts.append("<table cellspacing='2'>" + "".join(rows) + "</table>")
    if routine is not None:
        reached = {r.exercise_index for r in results}
        missing = [names.exercise(ex.id) for i, ex in enumerate(routine.exercises)
                   if i not in reached]
        if missing:
            parts.append("<p>" + escape(translate("SessionDetails", "Not reached: {list}").format(
                list=", ".join(missing))) + "</p>")
    return "".join(parts)
