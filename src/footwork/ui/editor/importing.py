"""Importing routine files in the window: by a file dialog or by dropping ``.toml`` files.

The rules are :mod:`footwork.services.routine_import`'s: the file is checked first, a bad one
is shown as ``PATH:LINE: FIELD: problem`` and changes nothing, a taken id asks before
replacing (a built-in one is refused). ``imported(path)`` says a routine arrived.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from footwork.routine.problems import RoutineError


def toml_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local ``.toml`` files a drag carries."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    found = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in found if path.suffix.lower() == ".toml"]


class RoutineImporter(QObject):
    imported = Signal(object)  # Path written in the user's routines folder

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def choose(self) -> None:
        """Ask for files with a dialog, then import each."""
        from PySide6.QtWidgets import QFileDialog  # not needed to paint Today

        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import routines"), str(Path.home()),
            self.tr("Routines (*.toml)"))
        for name in names:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> Path | None:
        # the writer (tomlkit) loads on the first import, not before Today is painted
        from footwork.services.routine_import import IdTaken, import_routine, inspect

        try:
            check = inspect(path)
        except RoutineError as exc:
            self.refuse(self.tr("This file cannot be imported; nothing was changed:") + "\n\n"
                        + str(exc))
            return None
        replace = False
        if check.taken_by is not None:
            if check.built_in:
                self.refuse(check.taken_message)
                return None
            replace = self.ask_replace(check.taken_message)
            if not replace:
                return None
        try:
            target = import_routine(check, replace)
        except (IdTaken, OSError) as exc:
            self.refuse(str(exc))
            return None
        self.imported.emit(target)
        return target

    def refuse(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, self.tr("Not imported"), text)

    def ask_replace(self, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window, self.tr("Replace the routine?"),
            text + "\n\n" + self.tr("Replace it with the imported one?"),
            buttons.Yes | buttons.Cancel, buttons.Cancel)
        return answer == buttons.Yes

    def accept_drops_on(self, widget: QWidget) -> None:
        """Import the ``.toml`` files dropped on ``widget``."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDropEvent) and event.type() in (
                QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            files = toml_files(event)
            if not files:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                for path in files:
                    self.import_file(path)
            return True
        return super().eventFilter(watched, event)
