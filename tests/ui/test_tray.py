"""The reminder fires at the set time on a set day and not on other days (a fake clock and a
real QTimer re-armed from the schedule); the tray's notification opens Footwork."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from footwork.services.reminders import MAX_SLEEP, Schedule
from footwork.ui.tray import ReminderTimer, Tray
from tests.conftest import FakeWallClock

TUE_THU = Schedule(on=True, at=time(18, 30), days=frozenset({1, 3}))  # Tuesday and Thursday
TUESDAY_AT = datetime(2026, 12, 1, 18, 30)
# The offscreen platform has no tray window to follow; a real desktop's does.
NO_TRAY_WINDOW = "No such signal QPlatformNativeInterface::systemTrayWindowChanged"


def test_the_reminder_fires_at_the_set_time_on_a_set_day(qtbot: QtBot) -> None:
    clock = FakeWallClock(TUESDAY_AT - timedelta(milliseconds=5))
    reminder = ReminderTimer(lambda: TUE_THU, clock)
    assert reminder.pending == TUESDAY_AT
    assert reminder.timer.isActive()
    assert reminder.timer.interval() == 5
    fired: list[datetime] = []
    reminder.due.connect(lambda: fired.append(clock.now))
    woken: list[datetime] = []
    reminder.timer.timeout.connect(lambda: woken.append(clock.now))
    # The timer fires while the clock still reads 18:29:59.995: not yet, it re-arms.
    qtbot.waitUntil(lambda: len(woken) >= 2)
    assert fired == []
    assert reminder.timer.isActive()
    with qtbot.waitSignal(reminder.due, timeout=2000):
        clock.now = TUESDAY_AT
    assert fired == [TUESDAY_AT]
    assert reminder.pending == datetime(2026, 12, 3, 18, 30)  # Thursday
    assert reminder.timer.interval() == MAX_SLEEP.total_seconds() * 1000
    reminder.stop()


def test_not_on_a_day_that_is_not_set(qtbot: QtBot) -> None:
    wednesday = datetime(2026, 12, 2, 18, 29)
    clock = FakeWallClock(wednesday)
    reminder = ReminderTimer(lambda: TUE_THU, clock)
    fired: list[datetime] = []
    reminder.due.connect(lambda: fired.append(clock.now))
    assert reminder.pending == datetime(2026, 12, 3, 18, 30)
    for minute in range(1, 4):  # the timer fires each minute around Wednesday's 18:30
        clock.now = wednesday + timedelta(minutes=minute)
        reminder.check()
    assert fired == []
    assert reminder.pending == datetime(2026, 12, 3, 18, 30)
    reminder.stop()


def test_turning_reminders_off_stops_the_timer(qtbot: QtBot) -> None:
    schedule = TUE_THU
    reminder = ReminderTimer(lambda: schedule, FakeWallClock(TUESDAY_AT - timedelta(hours=1)))
    assert reminder.timer.isActive()
    schedule = Schedule(on=False)
    reminder.rearm()
    assert not reminder.timer.isActive()
    assert reminder.pending is None


def test_without_a_tray_nothing_is_shown(qtbot: QtBot) -> None:
    tray = Tray(available=lambda: False)
    tray.notify("Time for your foot workout", "Week 1 of 6")
    assert not tray.available
    assert not tray.shown


@pytest.mark.qt_log_ignore(NO_TRAY_WINDOW)
def test_a_click_on_the_notification_opens_footwork(qtbot: QtBot) -> None:
    tray = Tray(available=lambda: True)
    tray.notify("Time for your foot workout", "Week 3 of 6 — 2 of 5 sessions this week")
    assert tray.shown
    with qtbot.waitSignal(tray.openRequested, timeout=1000):
        tray.icon.messageClicked.emit()
    labels = [a.text() for a in tray.menu.actions()]
    assert labels == ["Open Footwork", "Quit Footwork"]
    tray.hide()
