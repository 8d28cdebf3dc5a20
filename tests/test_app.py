"""Starting the app: ``--start`` opens straight into a workout, or shows why it cannot."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from footwork.app import create_window


def test_start_opens_straight_into_the_workout(qtbot: QtBot) -> None:
    window = create_window("ball-roll")
    qtbot.addWidget(window)
    assert window.workout is not None and window.pages.currentWidget() is window.workout
    assert window.workout.exercise.text() == "Ball roll"
    assert window.windowTitle() == "Footwork"
    window.close()


def test_a_bad_start_routine_shows_its_problems_on_today(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\nid = 'bad'\nname = 'Bad'\n[[exercises]]\nid = 'x'\n")
    window = create_window(str(bad))
    qtbot.addWidget(window)
    assert window.workout is None and window.pages.currentWidget() is window.today
    notice = window.today.notice.text()
    assert notice.startswith(f"Cannot start {bad}:")
    assert f"{bad}:4: exercises[x].name: is required" in notice
    window.close()
