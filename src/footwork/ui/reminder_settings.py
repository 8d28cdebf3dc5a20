"""The Reminders part of Settings: a time, days of the week, and starting at login.

Each change is saved at once (the settings' ``reminder``) and ``changed`` is emitted so the
reminder timer re-arms. Without a tray on the desktop the options are off and say why.
"""

from __future__ import annotations

from datetime import time
from typing import Protocol

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from footwork.platform.autostart import Autostart, AutostartError, unsupported_text
from footwork.services.reminders import Schedule


class ReminderStore(Protocol):
    reminder: Schedule


class ReminderSettings(QGroupBox):
    changed = Signal()  # the schedule changed

    def __init__(self, settings: ReminderStore, autostart: Autostart, tray_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.settings, self.autostart = settings, autostart
        schedule = settings.reminder
        self.on = QCheckBox(self.tr("Remind me of my workout at"))
        self.on.setChecked(schedule.on)
        self.time = QTimeEdit(QTime(schedule.at.hour, schedule.at.minute))
        self.time.setDisplayFormat("HH:mm")
        locale = QLocale()
        self.days: list[QCheckBox] = []
        day_row = QHBoxLayout()
        for day in range(7):  # Monday first, as the schedule counts them
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(day in schedule.days)
            box.toggled.connect(self._save)
            self.days.append(box)
            day_row.addWidget(box)
        self.login = QCheckBox(self.tr("Start Footwork at login, hidden in the tray"))
        self.login.setChecked(autostart.enabled)
        self.why = QLabel()
        self.why.setObjectName("reminderWhy")
        self.why.setWordWrap(True)
        self.why.hide()
        self.on.toggled.connect(self._save)
        self.time.timeChanged.connect(self._save)
        self.login.toggled.connect(self._login_toggled)

        time_row = QHBoxLayout()
        time_row.addWidget(self.on)
        time_row.addWidget(self.time)
        time_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(time_row)
        layout.addLayout(day_row)
        layout.addWidget(self.login)
        layout.addWidget(self.why)
        if not tray_available:
            for widget in (self.on, self.time, self.login, *self.days):
                widget.setEnabled(False)
            self._explain(self.tr(
                "This desktop has no system tray, so Footwork cannot show reminders or wait "
                "hidden at login."))
        elif not autostart.supported:
            self.login.setEnabled(False)
            self._explain(unsupported_text())
        self._sync_enabled()

    def schedule(self) -> Schedule:
        at = self.time.time()
        return Schedule(self.on.isChecked(), time(at.hour(), at.minute()),
                        frozenset(d for d, box in enumerate(self.days) if box.isChecked()))

    def _save(self) -> None:
        self.settings.reminder = self.schedule()
        self._sync_enabled()
        self.changed.emit()

    def _sync_enabled(self) -> None:
        usable = self.on.isEnabled()
        for widget in (self.time, *self.days):
            widget.setEnabled(usable and self.on.isChecked())

    def _login_toggled(self, on: bool) -> None:
        try:
            self.autostart.set_enabled(on)
        except AutostartError as exc:
            self.login.blockSignals(True)
            self.login.setChecked(self.autostart.enabled)
            self.login.blockSignals(False)
            self._explain(str(exc))

    def _explain(self, text: str) -> None:
        self.why.setText(text)
        self.why.show()
