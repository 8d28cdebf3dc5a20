"""Settings opens even with no sound device: the language and the log file are there."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from footwork.platform.keep_awake import KeepAwake, NullBackend
from footwork.ui.main_window import MainWindow
from footwork.ui.settings_dialog import SettingsDialog
from footwork.ui.settings_store import Settings
from tests.conftest import FakeClock


def test_with_no_sound_the_language_can_still_be_chosen(
        qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    log = tmp_path / "footwork.log"
    window = MainWindow([], clock, KeepAwake(NullBackend()), settings=Settings(), log_path=log)
    qtbot.addWidget(window)
    assert window.today.settings_button.isEnabled()
    window.today.settings_button.click()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.voice.isEnabled()
    assert not dialog.test.isEnabled()
    assert dialog.language.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert Settings().language == "de"
    assert dialog.restart.isVisibleTo(dialog)
    assert str(log) in dialog.log.text()
    dialog.close()
    window.close()


def test_without_a_log_file_the_dialog_says_so(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.log.text() == "No log file could be written."
