"""Importing in the window: a dropped file, a bad one shown and nothing changed, a taken id."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.routine.library import discover
from footwork.ui.editor.importing import RoutineImporter
from tests.routine.test_writer import HAND_WRITTEN


class Recorder:
    """Stands in for the message boxes: records what was said, answers as told."""

    def __init__(self, importer: RoutineImporter, replace: bool = False) -> None:
        self.said: list[str] = []
        self.asked: list[str] = []
        importer.refuse = self.said.append
        importer.ask_replace = lambda text: self.asked.append(text) or replace


def drop(importer: RoutineImporter, widget: QWidget, *files: Path) -> bool:
    """Drop ``files`` on ``widget``. Qt delivers drag and drop events only from a real drag
    (QApplication refuses them from sendEvent), so the event goes to the filter the importer
    installed on the widget, as Qt would pass it."""
    assert widget.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    importer.eventFilter(widget, event)
    return event.isAccepted()


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_dropped_routine_file_is_imported(qtbot: QtBot, window: QWidget,
                                            tmp_path: Path) -> None:
    importer = RoutineImporter(window)
    importer.accept_drops_on(window)
    shared = tmp_path / "morning.toml"
    shared.write_text(HAND_WRITTEN)
    with qtbot.waitSignal(importer.imported) as imported:
        assert drop(importer, window, shared)
    assert imported.args[0] == paths.user_routines_dir() / "morning.toml"
    assert any(e.routine and e.routine.id == "morning" for e in discover())


def test_a_bad_file_is_shown_by_line_and_changes_nothing(window: QWidget,
                                                         tmp_path: Path) -> None:
    importer = RoutineImporter(window)
    recorder = Recorder(importer)
    bad = tmp_path / "bad.toml"
    bad.write_text(HAND_WRITTEN.replace('kind = "hold"', 'kind = "hop"'))
    assert importer.import_file(bad) is None
    assert f"{bad}:17: exercises[spread].kind: must be one of:" in recorder.said[0]
    assert not paths.user_routines_dir().exists()


@pytest.mark.parametrize("replace", [False, True])
def test_a_taken_id_asks_before_replacing(window: QWidget, tmp_path: Path,
                                          replace: bool) -> None:
    importer = RoutineImporter(window)
    recorder = Recorder(importer, replace)
    shared = tmp_path / "morning.toml"
    shared.write_text(HAND_WRITTEN)
    importer.import_file(shared)
    shared.write_text(HAND_WRITTEN.replace("Morning feet", "Other feet"))
    assert (importer.import_file(shared) is not None) is replace
    assert "already used by" in recorder.asked[0]
    text = (paths.user_routines_dir() / "morning.toml").read_text()
    assert ("Other feet" in text) is replace


def test_a_built_in_id_is_refused_without_asking(window: QWidget, tmp_path: Path) -> None:
    importer = RoutineImporter(window)
    recorder = Recorder(importer, replace=True)
    shared = tmp_path / "mine.toml"
    shared.write_text(HAND_WRITTEN.replace('id = "morning"', 'id = "marbles"'))
    assert importer.import_file(shared) is None
    assert recorder.asked == []
    assert "built-in" in recorder.said[0]


def test_a_drop_of_other_files_is_not_taken(window: QWidget, tmp_path: Path) -> None:
    importer = RoutineImporter(window)
    importer.accept_drops_on(window)
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    assert not drop(importer, window, other)
