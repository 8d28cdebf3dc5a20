"""What happens to an error nobody expected: its traceback goes to the log, and a dialog tells
the runner where the log is and that the exercises already saved are safe."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

logger = logging.getLogger("footwork")
translate = QCoreApplication.translate  # found by pyside6-lupdate as translate("ctx", "text")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_text(log: Path | None) -> str:
    where = (
        translate("Crash", "The details are in the log file:\n{path}").format(path=log)
        if log is not None
        else translate("Crash", "The details could not be written to a log file.")
    )
    return (
        translate("Crash", "Footwork ran into an error it did not expect.")
        + "\n\n"
        + where
        + "\n\n"
        + translate("Crash", "The exercises already saved in your history are safe.")
    )


def install_excepthook(log: Path | None) -> Hook:
    """Make ``sys.excepthook`` log and tell; returns the hook it replaced."""
    previous = sys.excepthook
    dialogs: list[QWidget] = []  # kept alive while shown

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        logger.critical("Unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is None:
            return
        from PySide6.QtWidgets import QMessageBox  # its enums cost a millisecond at start-up

        dialog = QMessageBox(
            QMessageBox.Icon.Critical, translate("Crash", "Unexpected error"), crash_text(log),
            QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        dialog.setObjectName("crashDialog")
        dialog.finished.connect(lambda _result: dialogs.remove(dialog))
        dialogs.append(dialog)
        dialog.open()

    sys.excepthook = hook
    return previous
