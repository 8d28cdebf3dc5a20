"""The editor in the main window: opened from Today, saved routines listed, leaving asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.platform.keep_awake import KeepAwake
from footwork.routine.library import discover, resolve
from footwork.routine.loader import load
from footwork.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.routine.test_writer import HAND_WRITTEN
from tests.ui.editor.helpers import field
from tests.ui.workout.helpers import FakeScreenSaver


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock) -> MainWindow:
    window = MainWindow(discover(), clock, KeepAwake(FakeScreenSaver()))
    qtbot.addWidget(window)
    window.show()
    return window


def listed(window: MainWindow) -> list[str]:
    names = window.today.routines
    return [names.item(row).text() for row in range(names.count())]


def test_a_built_in_is_edited_as_a_copy_and_the_copy_is_listed(qtbot: QtBot,
                                                                 window: MainWindow) -> None:
    window.today.select("marbles")
    actions = window.editing.actions
    assert actions.edit_button.text() == "Edit a copy"
    qtbot.mouseClick(actions.edit_button, Qt.MouseButton.LeftButton)
    page = window.editing.page
    assert window.pages.currentWidget() is page
    name = page.routine_form.fields["name"].edit
    name.clear()
    qtbot.keyClicks(name, "My marbles")
    field(page, "reps").low.setValue(12)
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "My marbles" in listed(window)
    assert "Marble pickup" in listed(window)
    assert window.today.current().name == "My marbles"
    assert window.editing.actions.edit_button.text() == "Edit"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.today
    assert (paths.builtin_routines_dir() / "marbles.toml").read_text().count("reps = 10") == 1


def test_a_new_routine_starts_empty_and_cannot_be_saved_until_it_has_an_exercise(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.editing.actions.new_button, Qt.MouseButton.LeftButton)
    page = window.editing.page
    assert page.exercises.list.count() == 0
    assert not page.save_button.isEnabled()
    assert page.exercises.problem.text() == "is required: at least one [[exercises]] table"


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window.today.select("ball-roll")
    window.editing.actions.duplicate_button.click()
    page = window.editing.page
    field(page, "seconds").low.setValue(50)
    monkeypatch.setattr(page, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert window.pages.currentWidget() is page
    monkeypatch.setattr(page, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_an_imported_routine_is_listed_and_selected(window: MainWindow, tmp_path: Path) -> None:
    shared = tmp_path / "morning.toml"
    shared.write_text(HAND_WRITTEN)
    assert window.acceptDrops()
    window.editing.importer.import_file(shared)
    assert "Morning feet" in listed(window)
    assert window.today.current().id == "morning"


def test_export_writes_the_routines_file_where_chosen(window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "to-share.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    window.today.select("quick-mobility")
    window.editing.actions.export_button.click()
    assert out.read_bytes() == (paths.builtin_routines_dir() / "quick-mobility.toml").read_bytes()


def test_save_as_shares_a_routine_whose_id_is_taken_here(qtbot: QtBot, window: MainWindow,
                                                         tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "shared.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    window.today.select("ball-roll")
    window.editing.actions.duplicate_button.click()
    page = window.editing.page
    routine_id = page.routine_form.fields["id"].edit
    routine_id.clear()
    qtbot.keyClicks(routine_id, "ball-roll")
    assert not page.save_button.isEnabled()
    assert page.save_as_button.isEnabled()
    page.save_as_button.click()
    assert load(out).exercises == resolve("ball-roll").exercises
    assert not paths.user_routines_dir().exists()
    monkeypatch.setattr(page, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)


def test_opening_another_routine_over_unsaved_edits_asks_first(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.today.select("ball-roll")
    window.editing.actions.duplicate_button.click()
    page = window.editing.page
    field(page, "seconds").low.setValue(50)
    window.show_today()  # as a workout started from a remote would leave the page
    monkeypatch.setattr(page, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    window.today.select("marbles")
    window.editing.actions.edit_button.click()
    assert window.pages.currentWidget() is page
    assert page.draft.exercise(0)["seconds"] == 50
    window.show_today()
    asked: list[bool] = []
    monkeypatch.setattr(page, "ask_unsaved",
                        lambda: asked.append(True) or QMessageBox.StandardButton.Cancel)
    assert not window.close()  # the edits are asked about though the page is not shown
    monkeypatch.setattr(page, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.editing.actions.new_button.click()
    assert page.draft.exercises == []
    assert asked == [True]
