"""The tray icon and the reminder timer: a notification at the set time, a click opens Today.

:class:`ReminderTimer` only asks :func:`footwork.services.reminders.wake` what to do, with
the time its clock reads when it fires; it never counts its own ticks. :class:`Tray` wraps
:class:`QSystemTrayIcon` and says whether the desktop has a tray at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from footwork.platform.desktop import APP_ID, ICON_SIZES, icon_file
from footwork.services.reminders import Schedule, Wake, wake

SHOW_MS = 30_000  # how long the desktop may keep the notification up


class ReminderTimer(QObject):
    """Emits ``due`` at each reminder of ``schedule()``, reading the time from ``now``.

    ``now`` returns naive local time (``datetime.now``); tests pass a fake clock.
    Call :meth:`rearm` whenever the schedule changed.
    """

    due = Signal()

    def __init__(self, schedule: Callable[[], Schedule],
                 now: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._schedule, self._now = schedule, now
        self.pending: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.timeout.connect(self.check)
        self.rearm()

    def rearm(self) -> None:
        """Wait for the next reminder of the current schedule (none shown now)."""
        self._apply(wake(self._schedule(), None, self._now()))

    def check(self) -> None:
        """The timer fired (or the computer woke): show the reminder if it is due."""
        step = wake(self._schedule(), self.pending, self._now())
        self._apply(step)
        if step.show:
            self.due.emit()

    def stop(self) -> None:
        self.timer.stop()
        self.pending = None

    def _apply(self, step: Wake) -> None:
        self.pending = step.pending
        if step.sleep is None:
            self.timer.stop()
        else:
            self.timer.start(max(1, round(step.sleep.total_seconds() * 1000)))


def app_icon() -> QIcon:
    """Footwork's icon: the desktop theme's, else the one shipped in ``assets/desktop``."""
    shipped = QIcon()
    for size in ICON_SIZES:
        shipped.addFile(str(icon_file(size)))
    return QIcon.fromTheme(APP_ID, shipped)


class Tray(QObject):
    """The tray icon: its menu opens Footwork or quits; a click on it or on a notification
    emits ``openRequested``. ``available`` is False on a desktop without a tray; then
    nothing is shown and :meth:`notify` does nothing."""

    openRequested = Signal()
    quitRequested = Signal()

    def __init__(self, available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = bool(available())
        self.icon: QSystemTrayIcon | None = None
        self.last_message: tuple[str, str] | None = None  # the latest notification shown
        if not self.available:
            return
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.tr("Footwork"))
        self.menu = QMenu()
        open_action = QAction(self.tr("Open Footwork"), self.menu)
        open_action.triggered.connect(self.openRequested.emit)
        quit_action = QAction(self.tr("Quit Footwork"), self.menu)
        quit_action.triggered.connect(self.quitRequested.emit)
        self.menu.addAction(open_action)
        self.menu.addAction(quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.openRequested.emit)

    def show(self) -> None:
        if self.icon is not None:
            self.icon.show()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    @property
    def shown(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    def notify(self, title: str, text: str) -> None:
        """A desktop notification from the tray icon (shown first if it was hidden)."""
        if self.icon is None:
            return
        self.icon.show()
        self.icon.showMessage(title, text, self.icon.icon(), SHOW_MS)
        self.last_message = (title, text)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openRequested.emit()
