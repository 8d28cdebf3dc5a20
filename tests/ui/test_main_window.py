"""The main window's part in one instance and resuming: asking before a second start replaces
a workout, coming to the front, and going on with an interrupted session at its saved side."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from footwork.history import Store
from footwork.routine.library import resolve
from footwork.services.resume import find_resume
from tests.conftest import FakeClock
from tests.session.routines import small
from tests.ui.test_session_log import run, saved, window_with_log


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_a_second_start_asks_before_it_replaces_the_workout(qtbot: QtBot, clock: FakeClock,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    window, _ = window_with_log(qtbot, clock, path)
    window.show()
    first = window.start_workout(small(), 1)
    run(window, clock, 2)
    assert window.workout_in_progress()
    marbles = resolve("marbles")
    window.ask_to_replace_workout(marbles)
    box = window.replace_box
    assert box is not None
    assert box.isVisible()
    assert box.text() == "Stop the workout under way and start Marble pickup?"
    _button(box, "Keep going").click()
    assert window.controller is first  # nothing changed
    window.ask_to_replace_workout(marbles)
    assert window.replace_box is not None
    _button(window.replace_box, "Start Marble pickup").click()
    assert window.controller is not first
    assert window.controller is not None
    assert window.controller.plan.routine.id == "marbles"
    assert saved(path)[0] == ["partial", "running"]  # the first one ended, kept
    window.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no stacking
def test_a_second_start_brings_the_window_to_the_front(qtbot: QtBot, clock: FakeClock,
                                                       tmp_path: Path) -> None:
    window, _ = window_with_log(qtbot, clock, tmp_path / "history.sqlite3")
    window.hide()
    window.bring_to_front()
    qtbot.waitExposed(window)
    assert window.isVisible()
    window.close()


def test_resuming_goes_on_at_the_first_side_not_saved(qtbot: QtBot, clock: FakeClock,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    window, _ = window_with_log(qtbot, clock, path)
    window.start_workout(small())
    assert window.controller is not None
    run(window, clock, 4)
    window.controller.answer(1)  # the check, left foot
    run(window, clock, 3)
    window.controller.answer(1)  # and right
    run(window, clock, 4 + 19 + 3 + 6)  # spread: the left foot saved, one hold into the right
    window.close()
    with Store.open(path) as store:
        offer = find_resume(store, []).offer  # from the session's own snapshot
    assert offer is not None

    again, _ = window_with_log(qtbot, clock, path)
    controller = again.resume_workout(offer)
    state = controller.state()
    assert (state.phase.exercise.id, state.phase.side, state.phase.kind) == (
        "spread", "right", "switch")
    run(again, clock, 3 + 19 + 1)
    assert saved(path) == (["running"], [("check", "left", 1), ("check", "right", 1),
                                         ("spread", "left", 3), ("spread", "right", 3)])
    again.close()
