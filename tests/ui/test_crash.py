"""An error nobody expected, raised in a slot: logged with its traceback, and the runner told
where the log is and that the saved exercises are safe."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from footwork.logs import close_logging, setup_logging
from footwork.ui.crash import install_excepthook


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(path=tmp_path / "footwork.log")
    assert path is not None
    yield path
    close_logging()


def _crash_dialog() -> QMessageBox | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "crashDialog" and w.isVisible()]
    return found[0] if found else None


def test_an_error_in_a_slot_is_logged_and_the_runner_told_where(qtbot: QtBot, log: Path) -> None:
    button = QPushButton("Start")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise RuntimeError("the slot broke")

    button.clicked.connect(broken_slot)
    previous = install_excepthook(log)
    try:
        button.click()
        qtbot.waitUntil(lambda: _crash_dialog() is not None)
    finally:
        sys.excepthook = previous
    dialog = _crash_dialog()
    assert dialog is not None
    assert str(log) in dialog.text()
    assert "The exercises already saved in your history are safe." in dialog.text()
    text = log.read_text(encoding="utf-8")
    assert "CRITICAL footwork: Unexpected error" in text
    assert "Traceback" in text
    assert "in broken_slot" in text
    assert "RuntimeError: the slot broke" in text
    dialog.accept()
    qtbot.waitUntil(lambda: _crash_dialog() is None)
