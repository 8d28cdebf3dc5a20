"""The tray in the app: the reminder says the week and this week's sessions, a click on it
opens Today, closing the window keeps Footwork in the tray until Quit; Settings holds the
Reminders; ``--hidden`` stays hidden only where a tray can bring the window back."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.audio.base import SilentPlayer
from footwork.history import Store
from footwork.platform.autostart import Autostart
from footwork.services.reminders import Schedule
from footwork.ui.main_window import MainWindow
from footwork.ui.reminder_settings import ReminderSettings
from footwork.ui.reminding import Reminding
from footwork.ui.settings_dialog import SettingsDialog
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound
from tests.conftest import FakeWallClock

# The offscreen platform has no tray window to follow and cannot raise a window.
NO_TRAY_WINDOW = "No such signal QPlatformNativeInterface::systemTrayWindowChanged"
pytestmark = pytest.mark.qt_log_ignore(NO_TRAY_WINDOW, "This plugin does not support raise")


def made(
    qtbot: QtBot, tmp_path, *, tray: bool = True, hidden: bool = False, now: datetime | None = None
) -> tuple[MainWindow, Reminding, Settings]:
    settings = Settings()
    store = Store.open(paths.history_path())
    window = MainWindow([], sound=Sound(settings, lambda preferred, language: SilentPlayer("")))
    qtbot.addWidget(window)
    window.on_close.append(store.close)
    reminding = Reminding(
        window,
        settings,
        store.summaries,
        hidden=hidden,
        available=lambda: tray,
        now=FakeWallClock(now or datetime.now()),
        autostart=Autostart(tmp_path, ["footwork", "--hidden"], platform="linux"),
    )
    return window, reminding, settings


def test_the_reminder_gives_the_week_and_this_weeks_sessions(qtbot: QtBot, tmp_path) -> None:
    thursday = datetime(2026, 12, 3, 18, 0)
    zone = datetime.now().astimezone().tzinfo

    def workout(day: datetime) -> None:
        with Store.open(paths.history_path()) as store:
            session = store.begin_session("foot-strength", "x", day.replace(tzinfo=zone), 12)
            store.finish_session(session, "completed", day.replace(tzinfo=zone))

    workout(thursday - timedelta(days=15))  # the first workout: week 3 on Thursday
    workout(thursday - timedelta(days=2))  # Tuesday: this week's first
    settings = Settings()
    settings.reminder = Schedule(True, time(18, 0))
    settings.weekly_goal = 4
    window, reminding, _ = made(qtbot, tmp_path, now=thursday)
    assert reminding.tray.shown  # reminders on: the icon is there
    reminding.timer.due.emit()
    assert reminding.tray.last_message == (
        "Time for your foot workout",
        "Week 3 of 6 — 1 of 4 sessions this week",
    )
    reminding.tray.last_message = None
    workout(thursday - timedelta(hours=10))  # done this morning: nothing to remind of
    reminding.timer.due.emit()
    assert reminding.tray.last_message is None
    window.quit()


def test_a_click_on_the_reminder_opens_today(qtbot: QtBot, tmp_path) -> None:
    window, reminding, _ = made(qtbot, tmp_path, hidden=True)
    assert reminding.starts_hidden
    assert not window.isVisible()
    reminding.tray.icon.messageClicked.emit()
    assert window.isVisible()
    assert window.pages.currentWidget() is window.today
    window.quit()


def test_closing_keeps_footwork_in_the_tray_until_quit(qtbot: QtBot, tmp_path) -> None:
    closed: list[bool] = []
    window, reminding, _ = made(qtbot, tmp_path, hidden=True)
    window.on_close.append(lambda: closed.append(True))
    window.show()
    window.close()
    assert not window.isVisible()
    assert closed == []
    assert reminding.tray.shown
    reminding.tray.quitRequested.emit()
    assert closed == [True]
    assert not reminding.tray.shown
    assert not reminding.timer.timer.isActive()


def test_without_a_tray_hidden_still_opens_the_window_and_close_quits(
    qtbot: QtBot, tmp_path
) -> None:
    closed: list[bool] = []
    window, reminding, _ = made(qtbot, tmp_path, tray=False, hidden=True)
    window.on_close.append(lambda: closed.append(True))
    assert not reminding.starts_hidden
    window.show()
    window.close()
    assert closed == [True]


def test_settings_hold_the_reminders_and_turning_them_on_shows_the_icon(
    qtbot: QtBot, tmp_path
) -> None:
    window, reminding, settings = made(qtbot, tmp_path)
    assert not reminding.tray.shown
    assert not reminding.timer.timer.isActive()
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    section = dialog.findChild(ReminderSettings)
    section.on.setChecked(True)
    assert settings.reminder.on
    assert reminding.tray.shown
    assert reminding.timer.timer.isActive()
    section.login.setChecked(True)
    assert (tmp_path / "io.github.footwork.Footwork.desktop").is_file()
    dialog.close()
    window.quit()
