"""Export from the History page: a save dialog, then CSV or JSON written off the GUI thread.

The file is written by ``footwork.history.export`` in a worker thread with its own connection
to the history file (SQLite connections stay in the thread that made them), first to a
``.part`` file that replaces the target only when complete. ``finished`` or ``failed`` come
back in the GUI thread.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from footwork.history.errors import HistoryError
from footwork.history.export import FORMATS, export
from footwork.history.store import Store


def target_and_format(path: str, chosen_filter: str) -> tuple[Path, str]:
    """The file to write and its format: the name's suffix decides, else the chosen filter."""
    target = Path(path)
    suffix = target.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return target, suffix
    fmt = "json" if "json" in chosen_filter.lower() else "csv"
    return target.with_name(f"{target.name}.{fmt}"), fmt


def write(store: Store, target: Path, fmt: str) -> int:
    """Write the export to ``target`` (complete or not at all); returns rows or sessions."""
    part = target.with_name(target.name + ".part")
    try:
        with open(part, "w", newline="", encoding="utf-8") as handle:
            count = export(store, fmt, handle)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return count


class _Job(QRunnable):
    def __init__(self, exporter: Exporter, source: Path, target: Path, fmt: str) -> None:
        super().__init__()
        self.exporter, self.source, self.target, self.fmt = exporter, source, target, fmt

    def run(self) -> None:
        try:
            store = Store.open_read_only(self.source)  # a reader thread's own, read-only
            try:
                count = write(store, self.target, self.fmt)
            finally:
                store.close()
        except (OSError, HistoryError, sqlite3.Error) as exc:
            self.exporter.failed.emit(str(self.target), _reason(exc))
        else:
            self.exporter.finished.emit(str(self.target), count)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


class Exporter(QObject):
    """Asks where to save, then writes; one export at a time."""

    finished = Signal(str, int)  # path, rows (CSV) or sessions (JSON) written
    failed = Signal(str, str)  # path, reason

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.busy = False
        self._job: _Job | None = None
        self.finished.connect(self._done)
        self.failed.connect(self._done)

    def ask_and_export(self, parent: QWidget, today: date) -> bool:
        """Show the save dialog and start writing; False when the runner cancelled."""
        suggested = Path.home() / f"footwork-history-{today.isoformat()}.csv"
        filters = ";;".join((self.tr("CSV, for spreadsheets (*.csv)"),
                             self.tr("JSON, for programs (*.json)")))
        path, chosen = QFileDialog.getSaveFileName(
            parent, self.tr("Export history"), str(suggested), filters)
        if not path:
            return False
        target, fmt = target_and_format(path, chosen)
        self.start(target, fmt)
        return True

    def start(self, target: Path, fmt: str) -> None:
        self.busy = True
        if self.store.path is None:  # an in-memory history: only this thread can read it
            try:
                count = write(self.store, target, fmt)
            except (OSError, HistoryError) as exc:
                self.failed.emit(str(target), _reason(exc))
            else:
                self.finished.emit(str(target), count)
            return
        self._job = _Job(self, self.store.path, target, fmt)
        QThreadPool.globalInstance().start(self._job)

    def _done(self, *_: object) -> None:
        self.busy = False
        self._job = None
