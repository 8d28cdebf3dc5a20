"""The fields of each kind of exercise, one form per kind (:data:`KIND_FORMS`).

To give a kind a new field (as a check's ``answer_within``), add one ``form.add`` line to its
function here; the exercise form shows, loads and checks it like the others.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from footwork.domain import ExerciseKind
from footwork.routine.model import DEFAULT_ANSWER_WITHIN, DEFAULT_RELEASE, DEFAULT_TEMPO
from footwork.ui.editor.fields import (
    ChoiceField,
    FlagField,
    NumberField,
    RangeField,
    TempoField,
    TextField,
)
from footwork.ui.editor.form import Form
from footwork.ui.editor.list_field import TextListField

translate = QCoreApplication.translate


def timed_form() -> Form:
    form = Form()
    form.add(translate("Editor", "Seconds"), RangeField("seconds", "max_seconds"))
    form.add("", FlagField("open_ended", translate("Editor", "May end early (Enter)")))
    return form


def hold_form() -> Form:
    form = Form()
    form.add(translate("Editor", "Hold"), NumberField("hold"))
    form.add(translate("Editor", "Reps"), NumberField("reps", 0, seconds=False))
    form.add(translate("Editor", "Release"), NumberField("release", DEFAULT_RELEASE))
    return form


def reps_form() -> Form:
    form = Form()
    form.add(translate("Editor", "Reps"), RangeField("reps", "max_reps", seconds=False))
    pace = {"tempo": translate("Editor", "By the tempo"),
            "self": translate("Editor", "Self-paced (count taps)")}
    form.add(translate("Editor", "Pace"), ChoiceField("pace", pace, "tempo"))
    form.add(translate("Editor", "Tempo"), TempoField("tempo", DEFAULT_TEMPO))
    return form


def sequence_form() -> Form:
    form = Form()
    form.add(translate("Editor", "Items"), TextListField("items"))
    form.add(translate("Editor", "Each item"), NumberField("seconds_per_item"))
    return form


def check_form() -> Form:
    form = Form()
    form.add(translate("Editor", "Question"), TextField("question"))
    form.add(translate("Editor", "Choices"), TextListField("choices"))
    form.add(translate("Editor", "Answer within"),
             NumberField("answer_within", DEFAULT_ANSWER_WITHIN))
    return form


KIND_FORMS: dict[ExerciseKind, Callable[[], Form]] = {
    ExerciseKind.TIMED: timed_form,
    ExerciseKind.HOLD: hold_form,
    ExerciseKind.REPS: reps_form,
    ExerciseKind.SEQUENCE: sequence_form,
    ExerciseKind.CHECK: check_form,
}


def kind_names() -> dict[str, str]:
    return {
        ExerciseKind.TIMED: translate("Editor", "Timed"),
        ExerciseKind.HOLD: translate("Editor", "Hold"),
        ExerciseKind.REPS: translate("Editor", "Reps"),
        ExerciseKind.SEQUENCE: translate("Editor", "Sequence"),
        ExerciseKind.CHECK: translate("Editor", "Check"),
    }
