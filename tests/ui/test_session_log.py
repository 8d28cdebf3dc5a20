"""Each finished side and set reaches the history file the moment it ends, whatever happens."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from footwork.history import SafeRecorder, Store
from footwork.platform.keep_awake import KeepAwake, NullBackend
from footwork.ui.main_window import MainWindow
from footwork.ui.session_log import SessionLog
from tests.conftest import FakeClock
from tests.session.routines import small


def window_with_log(qtbot: QtBot, clock: FakeClock, path: Path) -> tuple[MainWindow, SessionLog]:
    log = SessionLog(SafeRecorder(path))
    window = MainWindow([], clock, KeepAwake(NullBackend()), session_log=log)
    qtbot.addWidget(window)
    window.on_close.append(log.recorder.close)
    return window, log


def run(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds / 0.25)):
        clock.advance(0.25)
        assert window.controller is not None
        window.controller.tick()


def saved(path: Path) -> tuple[list[str], list[tuple[str, str | None, int]]]:
    with Store.open(path) as store:
        statuses = [s.status for s in store.sessions()]
        rows = [(r.exercise_id, r.side, r.achieved_count) for r in store.results()]
    return statuses, rows


def test_each_side_is_on_disk_when_it_ends(qtbot: QtBot, clock: FakeClock,
                                          tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    window, _ = window_with_log(qtbot, clock, path)
    window.start_workout(small(), 1)
    run(window, clock, 4 + 19 - 1)
    assert saved(path) == (["running"], [])
    run(window, clock, 1.5)  # the left foot's last hold ended
    assert saved(path) == (["running"], [("spread", "left", 3)])
    run(window, clock, 3 + 19 - 1.5)
    assert saved(path) == (["running"], [("spread", "left", 3)])
    run(window, clock, 1.5)
    assert saved(path) == (["running"], [("spread", "left", 3), ("spread", "right", 3)])
    assert window.controller is not None
    window.controller.stop()
    assert saved(path)[0] == ["partial"]
    window.close()


def test_a_finished_workout_is_completed_and_rated(qtbot: QtBot, clock: FakeClock,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    window, _ = window_with_log(qtbot, clock, path)
    window.start_workout(small(), 5)  # the marbles: three taps
    run(window, clock, 4)
    for _ in range(3):
        window.controller.enter()  # type: ignore[union-attr]
    assert saved(path) == (["completed"], [("marbles", None, 3)])
    page = window.workout
    assert page is not None
    assert page.rating.isVisibleTo(page)
    page.rating.effort.setValue(7)
    page.rating.pain.setValue(1)
    page.rating.note.setText("=left arch tight")
    page.rating.save.click()
    with Store.open(path) as store:
        (rating,) = store.ratings().values()
    assert (rating.effort, rating.pain, rating.note) == (7, 1, "=left arch tight")
    window.close()


def test_closing_mid_workout_keeps_the_session_as_interrupted(qtbot: QtBot, clock: FakeClock,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    window, _ = window_with_log(qtbot, clock, path)
    window.start_workout(small(), 1)
    run(window, clock, 4 + 19 + 3 + 6)  # one hold into the right foot
    window.close()
    statuses, rows = saved(path)
    assert statuses == ["interrupted"]
    assert rows == [("spread", "left", 3)]  # the right foot is done again on resuming


def test_a_read_only_data_folder_keeps_results_in_memory_and_says_so(
        qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    # A "folder" that is a file cannot hold a database, for root and normal users alike.
    blocked = tmp_path / "data"
    blocked.write_text("not a folder")
    path = blocked / "history.sqlite3"
    window, log = window_with_log(qtbot, clock, path)
    window.start_workout(small(), 1)
    page = window.workout
    assert page is not None
    assert page.problem.isVisibleTo(page)
    assert str(path) in page.problem.text()
    run(window, clock, 4 + 19 + 3 + 19 + 1)  # the spread is done: kept in memory
    assert page.big.text() != ""  # the workout goes on
    assert log.recorder.pending >= 2
    blocked.unlink()  # the runner fixes the folder; the next retry saves everything
    os.makedirs(blocked)
    log.retry()
    assert not page.problem.isVisibleTo(page)
    assert log.recorder.pending == 0
    assert saved(path) == (["running"], [("spread", "left", 3), ("spread", "right", 3)])
    window.close()
    shutil.rmtree(blocked)


def test_quitting_with_results_only_in_memory_asks_first(
        qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    blocked = tmp_path / "data"
    blocked.write_text("not a folder")
    window, log = window_with_log(qtbot, clock, blocked / "history.sqlite3")
    window.show()
    window.start_workout(small(), 1)
    run(window, clock, 4 + 19 + 3 + 19 + 1)
    assert log.recorder.pending >= 2
    asked: list[str] = []

    def answer(choice):
        def warning(parent, title, text, *args):
            asked.append(text)
            return choice
        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()  # the runner keeps the app open
    assert window.isVisible()
    assert window.controller is not None
    assert asked
    assert asked[0].startswith(f"{log.recorder.pending} results could not be saved")
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Discard))
    assert window.close()
