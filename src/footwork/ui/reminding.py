"""Wiring the tray, the reminder timer and Settings' Reminders to the main window.

While the tray icon is shown (reminders on, or started with ``--hidden``), closing the window
keeps Footwork in the tray; the icon's Quit ends it. A click on the icon or on a reminder
opens Today.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from footwork.history.errors import HistoryError
from footwork.history.rows import SessionSummary
from footwork.platform.autostart import Autostart
from footwork.services.reminders import message, standing, title
from footwork.ui.main_window import MainWindow
from footwork.ui.reminder_settings import ReminderSettings, ReminderStore
from footwork.ui.tray import ReminderTimer, Tray


class ProgramStore(ReminderStore, Protocol):
    weekly_goal: int
    program_start: date | None
    program_weeks: int


class Reminding:
    """The tray and the reminders of ``window``; ``hidden``: Footwork started in the tray."""

    def __init__(self, window: MainWindow, settings: ProgramStore,
                 summaries: Callable[[], list[SessionSummary]] | None, *, hidden: bool = False,
                 available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
                 now: Callable[[], datetime] = datetime.now,
                 autostart: Autostart | None = None) -> None:
        self.window, self.settings, self._summaries = window, settings, summaries
        self.hidden = hidden
        self.autostart = autostart or Autostart()
        self.tray = Tray(available, window)
        self.timer = ReminderTimer(lambda: settings.reminder, now, window)
        self._now = now
        self.timer.due.connect(self.remind)
        self.tray.openRequested.connect(self.open_today)
        self.tray.quitRequested.connect(self.quit)
        window.keep_in_tray = lambda: self.tray.shown
        window.settings_sections.append(self._section)
        window.on_close.append(self.close)
        self._update_icon()

    @property
    def starts_hidden(self) -> bool:
        """Whether the window stays closed at start: only when the tray can bring it back."""
        return self.hidden and self.tray.available

    def remind(self) -> None:
        """Show the reminder (the program's week and this week's sessions), unless a workout
        already counts today."""
        try:
            found = self._summaries() if self._summaries is not None else []
        except HistoryError:
            found = []
        where = standing(found, self._now().date(), goal=self.settings.weekly_goal,
                         start=self.settings.program_start, weeks=self.settings.program_weeks)
        if not where.done_today:
            self.tray.notify(title(), message(where))

    def open_today(self) -> None:
        window = self.window
        if window.workout is None:
            window.show_today()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def quit(self) -> None:
        """The tray's Quit: close the window for good and leave the event loop."""
        self.window.quit()
        if not self.window.isVisible():
            QCoreApplication.quit()

    def close(self) -> None:
        self.timer.stop()
        self.tray.hide()

    def _section(self) -> QWidget:
        section = ReminderSettings(self.settings, self.autostart, self.tray.available)
        section.changed.connect(self._schedule_changed)
        return section

    def _schedule_changed(self) -> None:
        self.timer.rearm()
        self._update_icon()

    def _update_icon(self) -> None:
        if self.settings.reminder.on or self.hidden:
            self.tray.show()
        else:
            self.tray.hide()
