"""One exercise's fields: those every kind has, then only the chosen kind's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from footwork.domain import ExerciseKind, Sides
from footwork.ui.editor.fields import ChoiceField, NumberField, ProseField, TextField
from footwork.ui.editor.form import Form, ProblemLabel
from footwork.ui.editor.kind_forms import KIND_FORMS, kind_names
from footwork.ui.editor.list_field import TextListField


class ExerciseForm(QWidget):
    """Shows one exercise's table; ``edited(key, value)`` and ``kindChosen(kind)`` say what
    the runner changed."""

    edited = Signal(str, object)
    kindChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseForm")
        self.common = Form()
        self.common.add(self.tr("Name"), TextField("name"))
        self.common.add(self.tr("Id"), TextField("id"))
        kind_field = ChoiceField("kind", kind_names(), ExerciseKind.TIMED)
        self.common.add(self.tr("Kind"), kind_field)
        self.kind = kind_field.combo
        self.kind_problem = ProblemLabel()
        sides = {
            str(Sides.BOTH): self.tr("Both feet together"),
            str(Sides.EACH_FOOT): self.tr("Each foot"),
            str(Sides.EACH_LEG): self.tr("Each leg"),
        }
        self.common.add(self.tr("Sides"), ChoiceField("sides", sides, Sides.BOTH))
        self.common.add(self.tr("Sets"), NumberField("sets", 1, seconds=False))
        self.common.add(self.tr("Rest between sets"), NumberField("rest", 0))
        self.kinds = QStackedWidget()
        self.forms: dict[ExerciseKind, Form] = {}
        for kind, make in KIND_FORMS.items():
            form = make()
            form.edited.connect(self.edited)
            self.forms[kind] = form
            self.kinds.addWidget(form)
        self.details = Form()
        self.details.add(self.tr("Equipment"), TextListField("equipment", optional=True))
        self.details.add(self.tr("Instructions"), ProseField("instructions"))
        self.common.edited.connect(self._common_edited)
        self.details.edited.connect(self.edited)
        self.edited.connect(self._follow_pace)

        layout = QVBoxLayout(self)
        layout.addWidget(self.common)
        layout.addWidget(self.kinds)
        layout.addWidget(self.kind_problem)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def _common_edited(self, key: str, value: object) -> None:
        if key == "kind":
            self.kindChosen.emit(str(value))
        else:
            self.edited.emit(key, value)

    def current_form(self) -> Form | None:
        word = self.kind.currentData()
        return self.forms.get(ExerciseKind(word)) if word else None

    def load(self, table: dict[str, Any]) -> None:
        """Show ``table``: the fields of every kind, then its own kind's."""
        self.common.load(table)
        self.details.load(table)
        form = self.current_form()
        if form is not None:
            form.load(table)
            self.kinds.setCurrentWidget(form)
            for other in self.forms.values():  # the stack is as tall as the kind shown
                shown = other is form
                policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
                other.setSizePolicy(policy, policy)
        self._follow_pace("pace", table.get("pace"))

    def _follow_pace(self, key: str, value: object) -> None:
        """The tempo shows only while reps are paced by it."""
        if key == "pace":
            self.forms[ExerciseKind.REPS].set_visible("tempo", value != "self")

    def show_problems(self, problems: dict[str, str]) -> None:
        left = self.common.show_problems(problems)
        left = self.details.show_problems({k: problems[k] for k in left})
        form = self.current_form()
        if form is not None:
            left = form.show_problems({k: problems[k] for k in left})
        self.kind_problem.show_problem("\n".join(f"{k}: {problems[k]}" if k != "kind" else
                                                 problems[k] for k in sorted(left)))
