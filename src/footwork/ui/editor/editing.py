"""The routine editor's place in the main window: the Today buttons, the editor page, import
and export, and the routine list kept up to date after each save or import."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from footwork.routine.library import Entry, discover
from footwork.routine.loader import load
from footwork.routine.problems import RoutineError
from footwork.ui.editor.importing import RoutineImporter
from footwork.ui.editor.routine_actions import RoutineActions
from footwork.ui.today_page import TodayPage

if TYPE_CHECKING:  # the editor page and the writer (tomlkit) load when first used, after the
    # first paint of Today
    from footwork.services.routine_edit import RoutineDraft
    from footwork.ui.editor.page import EditorPage


def _drafts() -> type[RoutineDraft]:
    from footwork.services.routine_edit import RoutineDraft

    return RoutineDraft


class RoutineEditing(QObject):
    """Opens the editor page from Today and brings Today up to date afterwards."""

    leaveRequested = Signal()  # the editor is done: back to Today
    entriesChanged = Signal(object)  # list[Entry], after a save or an import

    def __init__(self, window: QWidget, pages: QStackedWidget, today: TodayPage,
                 level: Callable[[], float] = lambda: 0.0) -> None:
        super().__init__(window)
        self.window, self.pages, self.today, self.level = window, pages, today, level
        self.page: EditorPage | None = None
        self.actions = RoutineActions(today.current_entry)
        today.add_side_widget(self.actions)
        today.routines.currentItemChanged.connect(self.actions.update_for_current)
        self.importer = RoutineImporter(window)
        self.importer.imported.connect(self._arrived)
        self.actions.newRequested.connect(lambda: self.edit(_drafts().new(discover())))
        self.actions.editRequested.connect(
            lambda entry: self.edit(_drafts().open(entry, discover())))
        self.actions.duplicateRequested.connect(
            lambda entry: self.edit(_drafts().duplicate(entry, discover())))
        self.actions.importRequested.connect(self.importer.choose)
        self.actions.exportRequested.connect(self.export)

    def edit(self, draft: RoutineDraft) -> EditorPage:
        """Show the editor page on ``draft``; unsaved edits of another (the page was left
        without Back, as when a workout started from a remote) are asked about first."""
        if self.page is not None and self.page.draft is not None and not self.page.may_leave():
            self.pages.setCurrentWidget(self.page)  # back to the edits kept
            return self.page
        if self.page is None:
            from footwork.services.routine_edit import exercise_library
            from footwork.ui.editor.page import EditorPage

            self.page = EditorPage(exercise_library(discover()))
            self.page.backRequested.connect(self.leaveRequested)
            self.page.saved.connect(self._arrived)
            self.pages.addWidget(self.page)
        self.page.level = self.level()
        self.page.edit(draft)
        self.pages.setCurrentWidget(self.page)
        return self.page

    def may_leave(self) -> bool:
        """False when the editor holds unsaved changes the runner chose to keep editing."""
        return self.page is None or self.page.may_leave()

    def export(self, entry: Entry) -> None:
        """Write a routine's file where the runner chooses, to share it."""
        assert entry.routine is not None
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # not needed to paint Today

        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the routine"),
            str(Path.home() / f"{entry.routine.id}.toml"), self.tr("Routines (*.toml)"))
        if not name:
            return
        from footwork.services.routine_edit import write_atomically

        try:
            write_atomically(Path(name), entry.path.read_bytes())
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Not exported"), str(exc))

    def _arrived(self, path: Path) -> None:
        """A routine was saved or imported: list it and select it on Today."""
        entries = discover()
        self.today.set_entries(entries)
        with contextlib.suppress(RoutineError):  # a broken file is listed with its problems
            self.today.select(load(path).id)
        self.entriesChanged.emit(entries)
