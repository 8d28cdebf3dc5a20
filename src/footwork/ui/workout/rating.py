"""After a workout: how hard it was, whether anything hurt, and a note for the history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget


class RatingRow(QWidget):
    """After a workout: how hard it was and whether anything hurt (0 to 10), and a note."""

    rated = Signal(int, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.effort = QSpinBox()
        self.pain = QSpinBox()
        for box in (self.effort, self.pain):
            box.setRange(0, 10)
        self.effort.setValue(5)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note for your history (optional)"))
        self.save = QPushButton(self.tr("Save rating"))
        self.save.clicked.connect(self._save)
        self.thanks = QLabel(self.tr("Saved. Well done!"))
        self.thanks.hide()
        row = QHBoxLayout(self)
        row.addWidget(QLabel(self.tr("Effort (0-10):")))
        row.addWidget(self.effort)
        row.addWidget(QLabel(self.tr("Pain (0-10):")))
        row.addWidget(self.pain)
        row.addWidget(self.note, 1)
        row.addWidget(self.save)
        row.addWidget(self.thanks)

    def _save(self) -> None:
        self.rated.emit(self.effort.value(), self.pain.value(), self.note.text().strip())
        self.save.setEnabled(False)
        self.thanks.show()
