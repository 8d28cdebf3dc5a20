"""The end screen offers the checks nobody answered; an answer there reaches the history file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footwork.history import Store
from footwork.routine.loader import parse
from footwork.routine.model import Routine
from tests.conftest import FakeClock
from tests.ui.test_session_log import run, window_with_log

ONLY_A_CHECK = """\
format = 1
id = "tripod"
name = "Tripod"
prepare = 2
switch = 2

[[exercises]]
id = "tripod-check"
name = "Tripod check"
kind = "check"
sides = "each-foot"
answer_within = 5
question = "Where does your weight rest?"
choices = ["outside", "middle", "inside"]
"""


def only_a_check() -> Routine:
    return parse(ONLY_A_CHECK.encode(), Path("tripod.toml"))


def answers(path: Path) -> list[tuple[str | None, str | None]]:
    with Store.open(path) as store:
        return [(r.side, r.answer) for r in store.results()]


def test_a_check_left_unanswered_is_answered_on_the_end_screen(
        qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    window, _ = window_with_log(qtbot, clock, path)
    with qtbot.waitActive(window):  # the keys need the active window
        window.show()
        window.activateWindow()
    window.start_workout(only_a_check())
    page = window.workout
    assert page is not None
    assert not page.late.isVisibleTo(page)
    run(window, clock, 2 + 5 + 2 + 5)  # nobody answers: the workout ends by itself
    assert page.view is not None
    assert page.view.finished
    assert answers(path) == [("left", None), ("right", None)]  # saved as not answered
    assert page.late.isVisibleTo(page)
    left, right = page.late.rows
    assert "Left foot" in left.label.text()
    assert "not answered" in left.label.text()
    assert [b.text() for b in right.buttons] == ["1  outside", "2  middle", "3  inside"]

    qtbot.keyClick(window, Qt.Key.Key_2)  # the first check still open: the left foot
    assert answers(path) == [("left", "middle"), ("right", None)]
    assert "answered: middle" in left.label.text()
    right.buttons[2].click()
    assert answers(path) == [("left", "middle"), ("right", "inside")]
    assert not page.late.open_rows
    assert not any(b.isEnabled() for b in right.buttons[:2])
    qtbot.keyClick(window, Qt.Key.Key_1)  # nothing left to answer: nothing changes
    assert answers(path) == [("left", "middle"), ("right", "inside")]
    window.close()


def test_an_answered_check_is_not_offered_again(
        qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    window, _ = window_with_log(qtbot, clock, tmp_path / "history.sqlite3")
    controller = window.start_workout(only_a_check())
    run(window, clock, 2 + 1)
    controller.answer(0)  # the left foot, in time
    run(window, clock, 2 + 5)  # the right foot's wait runs out
    page = window.workout
    assert page is not None
    assert [(r.side, r.answer) for r in page.late.rows] == [("right", None)]
    window.close()
