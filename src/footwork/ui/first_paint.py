"""Knowing when a window is first on screen, so the work it does not need can wait until then.

:class:`FirstPaint` emits ``painted`` once, on the turn of the event loop after the window's
first paint event: by then Qt has painted every child and flushed the pixels to the screen.
When nothing paints (a window started minimized, a platform that paints late), it emits after
``fallback_ms`` all the same, so the work waiting on it always runs.

With ``FOOTWORK_REPORT_FIRST_PAINT=1`` in the environment the app prints
``first-paint <time.monotonic()> <time.process_time()>`` on stdout at that moment
(``benchmarks/startup.py`` reads it): when, and how much CPU time the process had used.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

REPORT = "FOOTWORK_REPORT_FIRST_PAINT"
FALLBACK_MS = 2000


class FirstPaint(QObject):
    """Watches ``window`` (install before ``show()``); ``painted`` comes once."""

    painted = Signal()

    def __init__(self, window: QWidget, fallback_ms: int = FALLBACK_MS) -> None:
        super().__init__(window)
        self.done = False
        self._window = window
        window.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(fallback_ms)
        self._fallback.timeout.connect(self._emit)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint and not self.done:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._emit)  # after the children and the flush
        return False

    def _emit(self) -> None:
        if self.done:
            return
        self.done = True
        self._fallback.stop()
        self._window.removeEventFilter(self)
        if os.environ.get(REPORT):
            sys.stdout.write(f"first-paint {time.monotonic():.6f} {time.process_time():.6f}\n")
            sys.stdout.flush()
        self.painted.emit()
