"""On the end screen: the checks nobody answered during the workout, to answer now.

A check whose wait ran out was saved as "not answered" and the workout went on by itself.
Each such check and side gets a row here with its question and its numbered choices; the
keys 1, 2, 3 answer the first row still open, or a click answers any row. ``answered`` tells
the history (which replaces the stored "not answered" with the answer).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from footwork.domain import PhaseKind
from footwork.routine.model import Check
from footwork.services.remote import side_words
from footwork.session.plan import Phase, Plan
from footwork.session.results import ExerciseResult
from footwork.ui.texts import routine_text


class _Row:
    """One check on one side: its label, its choice buttons, and the answer once given."""

    def __init__(self, phase: Phase, check: Check, label: QLabel,
                 buttons: list[QPushButton]) -> None:
        self.phase, self.check = phase, check
        self.index, self.side = phase.exercise_index, phase.side
        self.label, self.buttons = label, buttons
        self.answer: str | None = None


class LateAnswers(QWidget):
    """The end screen's rows of checks left not answered (hidden when there are none)."""

    answered = Signal(int, object, str)  # exercise index, side (None: both feet), answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lateAnswers")
        self.rows: list[_Row] = []
        self._grid = QGridLayout(self)
        self.title = QLabel(self.tr("Not answered during the workout: answer now if you like"))
        self.title.setObjectName("lateAnswersTitle")
        self._grid.addWidget(self.title, 0, 0, 1, 4)

    def add(self, result: ExerciseResult, plan: Plan) -> None:
        """Offer each side of ``result`` (of ``plan``'s check) that was left not answered."""
        for side in result.unanswered:
            phase = next(p for p in plan.phases if p.kind is PhaseKind.CHECK
                         and p.exercise_index == result.index and p.side == side)
            check = phase.exercise
            assert isinstance(check, Check)
            label = QLabel()
            buttons = []
            for number, choice in enumerate(check.choices, start=1):
                button = QPushButton(f"{number}  {routine_text(choice)}")
                buttons.append(button)
            row = _Row(phase, check, label, buttons)
            for number, button in enumerate(buttons):
                button.clicked.connect(lambda _=False, r=row, n=number: self._answer(r, n))
            line = len(self.rows) + 1
            self._grid.addWidget(label, line, 0)
            for column, button in enumerate(buttons, start=1):
                self._grid.addWidget(button, line, column)
            self.rows.append(row)
            self._label(row)

    @property
    def open_rows(self) -> list[_Row]:
        return [r for r in self.rows if r.answer is None]

    def answer_first(self, choice: int) -> bool:
        """Keys 1, 2, 3: answer the first check still open; False when none is."""
        rows = self.open_rows
        if not rows or not 0 <= choice < len(rows[0].check.choices):
            return False
        self._answer(rows[0], choice)
        return True

    def _answer(self, row: _Row, choice: int) -> None:
        row.answer = row.check.choices[choice]
        self._label(row)
        self.answered.emit(row.index, row.side, row.answer)

    def _label(self, row: _Row) -> None:
        where = routine_text(row.check.name)
        side = side_words(row.phase)
        if side:
            where = f"{where} · {side}"
        question = routine_text(row.check.question)
        if row.answer is None:
            state = self.tr("not answered")
        else:
            state = self.tr("answered: {answer}").format(answer=routine_text(row.answer))
        row.label.setText(f"{where} — {question} ({state})")
        for button, choice in zip(row.buttons, row.check.choices, strict=True):
            button.setEnabled(row.answer is None or row.answer == choice)
            button.setDown(row.answer == choice)
