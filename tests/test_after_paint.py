"""The start-up work after the first paint: in order, and only then are SQLite, D-Bus and the
sound libraries loaded."""

from __future__ import annotations

import subprocess
import sys

from pytestqt.qtbot import QtBot

from footwork.app import open_window
from footwork.ui.settings_store import Settings
from tests.test_app import PaintSpy, silent_sound


def test_a_started_workout_comes_after_the_first_paint_with_the_sound(qtbot: QtBot) -> None:
    window, painted = open_window("ball-roll", silent_sound, Settings())
    qtbot.addWidget(window)
    spy = PaintSpy(window, lambda: window.workout)
    started: list[bool] = []
    window.workout_started.append(lambda controller, page: started.append(
        window.sound is not None and window.program is not None))
    with qtbot.waitSignal(painted.painted):
        pass
    assert spy.seen == [None]  # Today was painted, not the workout
    assert started == [True]  # the workout started with the history and the sound open
    assert window.workout is not None
    assert window.pages.currentWidget() is window.workout
    assert window.workout.exercise.text() == "Ball roll"
    window.close()


BEFORE_PAINT = """
import sys
from PySide6.QtWidgets import QApplication
from footwork.app import create_window
app = QApplication([])
later = []
window = create_window(later=later.append)
heavy = ("sqlite3", "hashlib", "PySide6.QtMultimedia", "PySide6.QtDBus", "pyqtgraph",
         "footwork.ui.workout.page", "footwork.ui.editor.page", "tomlkit")
print(sorted(m for m in heavy if m in sys.modules))
later[0]()
print(sorted(m for m in heavy if m in sys.modules))
"""


def test_what_today_does_not_need_loads_after_the_window_is_built() -> None:
    done = subprocess.run([sys.executable, "-c", BEFORE_PAINT], capture_output=True, text=True,
                          check=True)
    before, after = done.stdout.splitlines()
    assert before == "[]", done.stdout  # the history's SQLite, the D-Bus and sound libraries
    assert after == "['PySide6.QtDBus', 'sqlite3']", done.stdout  # no sound was asked for
