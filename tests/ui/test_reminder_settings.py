"""Settings' Reminders: the time and days are saved and re-arm the timer; the login option
writes and removes the autostart file; without a tray the options say why they are off."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from footwork.platform.autostart import Autostart
from footwork.services.reminders import Schedule
from footwork.ui.reminder_settings import ReminderSettings


class Store:
    def __init__(self) -> None:
        self.reminder = Schedule()


def panel(qtbot: QtBot, tmp_path: Path, *, tray: bool = True,
          platform: str = "linux") -> tuple[ReminderSettings, Store, Autostart]:
    store = Store()
    autostart = Autostart(tmp_path / "autostart", ["/opt/footwork", "--hidden"],
                          platform=platform)
    widget = ReminderSettings(store, autostart, tray)
    qtbot.addWidget(widget)
    return widget, store, autostart


def test_time_and_days_are_saved_and_announced(qtbot: QtBot, tmp_path: Path) -> None:
    widget, store, _ = panel(qtbot, tmp_path)
    assert not widget.time.isEnabled()  # off until asked for
    with qtbot.waitSignal(widget.changed):
        widget.on.setChecked(True)
    widget.time.setTime(QTime(7, 30))
    for day in (5, 6):  # no reminder at the weekend
        widget.days[day].setChecked(False)
    assert store.reminder == Schedule(True, time(7, 30), frozenset(range(5)))
    assert widget.time.isEnabled()
    assert widget.days[0].isEnabled()


def test_the_login_option_writes_and_removes_the_autostart_file(
        qtbot: QtBot, tmp_path: Path) -> None:
    widget, _, autostart = panel(qtbot, tmp_path)
    widget.login.setChecked(True)
    entry = (tmp_path / "autostart" / "io.github.footwork.Footwork.desktop").read_text()
    assert "Exec=/opt/footwork --hidden" in entry
    widget.login.setChecked(False)
    assert not autostart.path.exists()


def test_a_failing_login_option_says_why_and_stays_off(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("not a folder")
    widget, _, _ = panel(qtbot, tmp_path)
    widget.login.setChecked(True)
    assert not widget.login.isChecked()
    assert "io.github.footwork.Footwork.desktop" in widget.why.text()
    assert not widget.why.isHidden()


def test_without_a_tray_the_options_are_off_and_say_why(qtbot: QtBot, tmp_path: Path) -> None:
    widget, _, _ = panel(qtbot, tmp_path, tray=False)
    assert not widget.on.isEnabled()
    assert not widget.login.isEnabled()
    assert "no system tray" in widget.why.text()


def test_on_other_systems_the_login_option_points_to_the_readme(
        qtbot: QtBot, tmp_path: Path) -> None:
    widget, _, _ = panel(qtbot, tmp_path, platform="darwin")
    assert widget.on.isEnabled()
    assert not widget.login.isEnabled()
    assert "README" in widget.why.text()
