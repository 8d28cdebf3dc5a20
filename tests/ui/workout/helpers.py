"""A main window on a fake clock, for driving whole routines through the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from footwork.platform.keep_awake import KeepAwake
from footwork.routine.model import Routine
from footwork.ui.main_window import MainWindow
from footwork.ui.workout.controller import WorkoutController
from footwork.ui.workout.page import WorkoutPage
from tests.conftest import FakeClock


class FakeScreenSaver:
    """Stands in for org.freedesktop.ScreenSaver: records inhibit and uninhibit calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.cookie = 0

    def inhibit(self, reason: str) -> int:
        self.cookie += 1
        self.calls.append("inhibit")
        return self.cookie

    def uninhibit(self, token: object) -> None:
        self.calls.append("uninhibit")


class Driver:
    def __init__(self, qtbot: QtBot, clock: FakeClock, routine: Routine,
                 start_at: int = 0) -> None:
        self.qtbot, self.clock = qtbot, clock
        self.awake = FakeScreenSaver()
        self.window = MainWindow([], clock, KeepAwake(self.awake))
        qtbot.addWidget(self.window)
        with qtbot.waitActive(self.window):  # shortcuts need the active window
            self.window.show()
            self.window.activateWindow()
        self.controller: WorkoutController = self.window.start_workout(routine, start_at)
        self.cues: list[str] = []
        self.controller.cueDue.connect(lambda cue, _due: self.cues.append(cue))

    @property
    def page(self) -> WorkoutPage:
        assert self.window.workout is not None
        return self.window.workout

    def run(self, seconds: float, step: float = 0.25) -> None:
        """Let ``seconds`` pass on the clock, ticking as the timer would."""
        for _ in range(round(seconds / step)):
            self.clock.advance(step)
            self.controller.tick()

    def key(self, key, modifier=None) -> None:
        from PySide6.QtCore import Qt

        self.qtbot.keyClick(self.window, key, modifier or Qt.KeyboardModifier.NoModifier)

    def media_key(self, key, widget=None) -> None:
        """Press and release a media key: it has no text (QTest would warn computing one)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(action, widget or self.window, key, "",
                               Qt.KeyboardModifier.NoModifier)

    def colour(self, label) -> str:
        return label.palette().color(label.foregroundRole()).name()


@contextmanager
def driven(qtbot: QtBot, clock: FakeClock, routine: Routine,
           start_at: int = 0) -> Iterator[Driver]:
    driver = Driver(qtbot, clock, routine, start_at)
    try:
        yield driver
    finally:
        driver.window.close()
