"""The proposals of the progression on Today: "Calf drops: 11 reps instead of 10", a one-line
reason, and Accept / Keep. Keep is chosen until the runner accepts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # loaded with the first proposal, after the first paint
    from footwork.services.progression import Proposal, Targets, Unit

translate = QCoreApplication.translate  # found by pyside6-lupdate as translate("ctx", "text")


def amount(value: float, unit: Unit) -> str:
    """``11 reps`` or ``35 s``."""
    from footwork.services.progression import Unit

    if unit is Unit.REPS:
        return translate("Progression", "{n} reps").format(n=round(value))
    return translate("Progression", "{n} s").format(n=f"{value:g}")


def headline(name: str, proposal: Proposal) -> str:
    """"Calf drops: 11 reps instead of 10 reps"."""
    return translate("Progression", "{name}: {proposed} instead of {current}").format(
        name=name, proposed=amount(proposal.proposed, proposal.span.unit),
        current=amount(proposal.current, proposal.span.unit))


def reason(proposal: Proposal) -> str:
    """Why, in one line."""
    from footwork.services.progression import Move

    current = amount(proposal.current, proposal.span.unit)
    if proposal.move is Move.UP:
        return translate(
            "Progression", "Your last two sessions did all {current} on every side: one step up."
        ).format(current=current)
    return translate(
        "Progression", "Your last two sessions fell clearly short of {current}: one step down."
    ).format(current=current)


class ProgressionBox(QWidget):
    """One row per proposal that changes a number; ``choiceChanged`` after Accept or Keep."""

    choiceChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progression")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#progression { background: #e8f5e9; color: #1b3d1f; }")
        self._proposals: list[Proposal] = []
        self._accepted: set[str] = set()
        self._groups: list[QButtonGroup] = []
        self.rows: dict[str, tuple[QLabel, QLabel, QPushButton, QPushButton]] = {}
        self._grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = QLabel(self.tr("Proposed for today"))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        layout.addLayout(self._grid)
        self.hide()

    def show_proposals(self, proposals: list[Proposal], name_of: Callable[[str], str]) -> None:
        """Show what ``proposals`` change (a choice made on the same proposal is kept)."""
        before = {p.exercise_id: p for p in self._proposals}
        self._proposals = list(proposals)
        changing = [p for p in proposals if p.changes]
        self._accepted &= {p.exercise_id for p in changing if before.get(p.exercise_id) == p}
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._groups.clear()
        self.rows.clear()
        for row, proposal in enumerate(changing):
            title = QLabel(f"<b>{_escape(headline(name_of(proposal.exercise_id), proposal))}</b>")
            why = QLabel(reason(proposal))
            why.setWordWrap(True)
            accept = QPushButton(self.tr("Accept"))
            keep = QPushButton(self.tr("Keep {current}").format(
                current=amount(proposal.current, proposal.span.unit)))
            group = QButtonGroup(self)
            for button in (accept, keep):
                button.setCheckable(True)
                group.addButton(button)
            (accept if proposal.exercise_id in self._accepted else keep).setChecked(True)
            accept.toggled.connect(
                lambda on, ex_id=proposal.exercise_id: self._choose(ex_id, on))
            self._groups.append(group)
            self._grid.addWidget(title, 2 * row, 0)
            self._grid.addWidget(accept, 2 * row, 1)
            self._grid.addWidget(keep, 2 * row, 2)
            self._grid.addWidget(why, 2 * row + 1, 0, 1, 3)
            self.rows[proposal.exercise_id] = (title, why, accept, keep)
        self.setVisible(bool(changing))

    def accept(self, exercise_id: str) -> None:
        self.rows[exercise_id][2].setChecked(True)

    def keep(self, exercise_id: str) -> None:
        self.rows[exercise_id][3].setChecked(True)

    def targets(self) -> Targets:
        """The numbers to plan: the proposed ones accepted, the current ones otherwise."""
        from footwork.services.progression import targets

        return targets(self._proposals, self._accepted)

    def _choose(self, exercise_id: str, accepted: bool) -> None:
        if accepted:
            self._accepted.add(exercise_id)
        else:
            self._accepted.discard(exercise_id)
        self.choiceChanged.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
