"""The routine's exercises in order: pick one to edit, add, remove, reorder.

Reordering is by drag and drop or by Alt+Up / Alt+Down; Delete removes. The list only says
what the runner asked for (``moved``, ``removeRequested``, ``addRequested``...): the draft
changes, then the page shows it again.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footwork.routine.model import Exercise
from footwork.ui.editor.form import ProblemLabel
from footwork.ui.editor.kind_forms import kind_names
from footwork.ui.texts import routine_text

PROBLEM_COLOUR = QColor("#b00020")


class ExerciseList(QWidget):
    moved = Signal(int, int)  # from, to
    removeRequested = Signal(int)
    blankRequested = Signal(str)  # kind
    copyRequested = Signal(object)  # Exercise from the library
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("exerciseList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._rows_moved)
        self.list.currentRowChanged.connect(self.currentChanged)
        self.problem = ProblemLabel()
        self.add_button = QPushButton(self.tr("Add exercise"))
        self.add_menu = QMenu(self)
        self.library_menu = self.add_menu.addMenu(self.tr("From the built-in routines"))
        blank = self.add_menu.addMenu(self.tr("Blank"))
        for word, label in kind_names().items():
            action = blank.addAction(label)
            action.triggered.connect(partial(self.blankRequested.emit, word))
        self.add_button.setMenu(self.add_menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.up_button = QPushButton("\u2191")
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("\u2193")
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.installEventFilter(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down move the current exercise, Delete removes it."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self._remove()
                return True
        return super().eventFilter(watched, event)

    def set_library(self, exercises: list[Exercise]) -> None:
        self.library_menu.clear()
        for ex in exercises:
            action = self.library_menu.addAction(routine_text(ex.name))
            action.triggered.connect(partial(self.copyRequested.emit, ex))

    def show_exercises(self, tables: list[dict[str, object]], current: int,
                       with_problems: set[int]) -> None:
        """Show the exercises' names and kinds; those with problems in red."""
        names = kind_names()
        self.list.blockSignals(True)
        self.list.clear()
        for index, table in enumerate(tables):
            name = str(table.get("name") or table.get("id") or "?")
            item = QListWidgetItem(f"{name}  ·  {names.get(str(table.get('kind')), '?')}")
            if index in with_problems:
                item.setForeground(QBrush(PROBLEM_COLOUR))
            self.list.addItem(item)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(bool(tables))

    def current(self) -> int:
        return self.list.currentRow()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        if row >= 0 and 0 <= row + step < self.list.count():
            self.moved.emit(row, row + step)

    def _remove(self) -> None:
        if self.list.currentRow() >= 0:
            self.removeRequested.emit(self.list.currentRow())

    def _rows_moved(self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex,
                    row: int) -> None:
        # after the drop has finished: the list is filled again when the draft has moved
        to = row if row < start else row - 1
        QTimer.singleShot(0, lambda: self.moved.emit(start, to))
