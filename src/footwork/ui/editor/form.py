"""A column of fields, each with its label and, beside it, the loader's problem with it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from footwork.ui.editor.fields import Field

LABEL_WIDTH = 110  # the same in every form, so that stacked forms line up
PROBLEM_STYLE = "color: #b00020; font-weight: bold;"


class ProblemLabel(QLabel):
    """What is wrong with a field, in the loader's words; hidden while nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem")
        self.setStyleSheet(PROBLEM_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class Form(QWidget):
    """Rows of label, field and problem; ``edited(key, value)`` from any field."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        self.fields: dict[str, Field] = {}  # by each key a field holds
        self.problems: dict[str, ProblemLabel] = {}
        self.captions: dict[str, QLabel] = {}

    def add(self, label: str, field: Field) -> Field:
        row = self.grid.rowCount()
        problem = ProblemLabel()
        caption = QLabel(label)
        caption.setBuddy(field)
        self.grid.addWidget(caption, row, 0)
        self.grid.addWidget(field, row, 1)
        self.grid.addWidget(problem, row + 1, 1)
        for key in field.keys:
            self.fields[key] = field
            self.problems[key] = problem
            self.captions[key] = caption
        field.edited.connect(self.edited)
        return field

    def set_visible(self, key: str, visible: bool) -> None:
        """Show or hide the row of ``key`` (a field that does not apply now)."""
        self.fields[key].setVisible(visible)
        self.captions[key].setVisible(visible)

    def load(self, table: dict[str, Any]) -> None:
        for field in dict.fromkeys(self.fields.values()):
            field.load(table)

    def show_problems(self, problems: dict[str, str]) -> set[str]:
        """Show each problem beside its field; returns the keys no field here holds."""
        for label in set(self.problems.values()):
            texts = [problems[k] for k, lab in self.problems.items() if lab is label
                     and k in problems]
            label.show_problem("\n".join(texts))
        return set(problems) - set(self.problems)
