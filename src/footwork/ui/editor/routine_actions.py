"""The buttons under Today's routine list: new, edit (a copy of a built-in one), duplicate,
import and export."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from footwork.routine.library import BUILT_IN, Entry


class RoutineActions(QWidget):
    newRequested = Signal()
    editRequested = Signal(object)  # Entry
    duplicateRequested = Signal(object)  # Entry
    importRequested = Signal()
    exportRequested = Signal(object)  # Entry

    def __init__(self, current: Callable[[], Entry | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.new_button = QPushButton(self.tr("New routine"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add a routine file (or drop .toml files here)"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write the routine's file, to share it"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, button in enumerate((self.new_button, self.edit_button, self.duplicate_button,
                                    self.import_button, self.export_button)):
            grid.addWidget(button, n // 2, n % 2)
        self.new_button.clicked.connect(self.newRequested.emit)
        self.import_button.clicked.connect(self.importRequested.emit)
        self.edit_button.clicked.connect(lambda: self._with_current(self.editRequested))
        self.duplicate_button.clicked.connect(
            lambda: self._with_current(self.duplicateRequested))
        self.export_button.clicked.connect(lambda: self._with_current(self.exportRequested))
        self.update_for_current()

    def _with_current(self, signal: SignalInstance) -> None:
        entry = self.current()
        if entry is not None and entry.routine is not None:
            signal.emit(entry)

    def update_for_current(self) -> None:
        """A built-in routine is edited as a copy: the button says so."""
        entry = self.current()
        usable = entry is not None and entry.routine is not None
        for button in (self.edit_button, self.duplicate_button, self.export_button):
            button.setEnabled(usable)
        built_in = entry is not None and entry.origin == BUILT_IN
        self.edit_button.setText(self.tr("Edit a copy") if built_in else self.tr("Edit"))
