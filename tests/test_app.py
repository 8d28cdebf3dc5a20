"""Starting the app: ``--start`` opens straight into a workout, or shows why it cannot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footwork.app import create_window, open_window
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound


def test_start_opens_straight_into_the_workout(qtbot: QtBot) -> None:
    window = create_window("ball-roll")
    qtbot.addWidget(window)
    assert window.workout is not None
    assert window.pages.currentWidget() is window.workout
    assert window.workout.exercise.text() == "Ball roll"
    assert window.windowTitle() == "Footwork"
    window.close()


def test_a_bad_start_routine_shows_its_problems_on_today(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\nid = 'bad'\nname = 'Bad'\n[[exercises]]\nid = 'x'\n")
    window = create_window(str(bad))
    qtbot.addWidget(window)
    assert window.workout is None
    assert window.pages.currentWidget() is window.today
    notice = window.today.notice.text()
    assert notice.startswith(f"Cannot start {bad}:")
    assert f"{bad}:4: exercises[x].name: is required" in notice
    window.close()


KILL_ROUTINE = """\
format = 1
id = "kill-test"
name = "Kill test"
prepare = 0.5

[[exercises]]
id = "roll"
name = "Roll"
kind = "timed"
seconds = 1

[[exercises]]
id = "spread"
name = "Spread"
kind = "hold"
hold = 60
reps = 1
"""


def test_killed_mid_workout_keeps_the_first_exercise_and_offers_to_resume(
        qtbot: QtBot, tmp_path: Path) -> None:
    import contextlib
    import os
    import signal
    import sqlite3
    import subprocess
    import sys

    from footwork import paths
    from footwork.history import Store

    routine = paths.user_routines_dir() / "kill-test.toml"
    routine.parent.mkdir(parents=True)
    routine.write_text(KILL_ROUTINE)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "footwork.cli", "--start", "kill-test"],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def results_saved() -> int:
        if not paths.history_path().exists():
            return 0
        with sqlite3.connect(f"file:{paths.history_path()}?mode=ro", uri=True) as db:
            try:
                saved = db.execute("SELECT count(*) FROM results").fetchone()[0]
            except sqlite3.OperationalError:
                saved = 0  # not created yet
        db.close()
        return int(saved)

    try:
        with contextlib.suppress(qtbot.TimeoutError):  # the assert below says so
            qtbot.waitUntil(lambda: app.poll() is not None or results_saved() > 0,
                            timeout=30_000)
        assert results_saved(), (app.stderr.read() if app.poll() is not None
                                 else "no result in 30 s")
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        app.stderr.close()
    assert app.returncode == -signal.SIGKILL

    with Store.open(paths.history_path()) as store:
        (session,) = store.sessions()
        assert session.status == "running"
        assert [r.exercise_id for r in store.results()] == ["roll"]

    window = create_window()
    qtbot.addWidget(window)
    today = window.today
    assert today.resume_box.isVisibleTo(today)
    assert "interrupted after 1 of 2 exercises" in today.resume_text.text()
    assert today.resume_button.text() == "Resume from Spread"
    today.resume_button.click()
    assert window.workout is not None
    assert window.workout.exercise.text() == "Spread"
    assert window.controller is not None
    window.controller.skip()  # prepare
    window.controller.skip()  # the hold: the session ends
    window.close()
    with Store.open(paths.history_path()) as store:
        (session,) = store.sessions()
        assert session.status == "completed"
        assert [r.exercise_id for r in store.results()] == ["roll", "spread"]


def test_keeping_an_interrupted_workout_marks_it_partial(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from footwork import paths
    from footwork.history import Store

    with Store.open(paths.history_path()) as store:
        session = store.begin_session("foot-strength", "x", datetime(2026, 11, 20, 7,
                                                                     tzinfo=UTC))
    window = create_window()
    qtbot.addWidget(window)
    assert window.today.resume_button.text() == "Resume from Tripod check"
    window.today.keep_button.click()
    assert not window.today.resume_box.isVisibleTo(window.today)
    window.close()
    with Store.open(paths.history_path()) as store:
        assert store.session(session).status == "partial"


def test_a_corrupt_history_is_kept_aside_and_the_runner_told(qtbot: QtBot) -> None:
    from footwork import paths

    paths.history_path().parent.mkdir(parents=True, exist_ok=True)
    paths.history_path().write_bytes(b"this is not a database" * 100)
    window = create_window()
    qtbot.addWidget(window)
    notice = window.today.notice.text()
    assert notice.startswith("Your history file could not be read")
    kept = list(paths.history_path().parent.glob("history.sqlite3.corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == b"this is not a database" * 100
    assert str(kept[0]) in notice
    window.close()


def test_the_program_week_starts_the_ranges_and_results_move_them(qtbot: QtBot) -> None:
    """Week 3 plans the balance at 40 s (no result yet); the calf drops stay at the 10 the
    last session did: one full session is not yet two."""
    from datetime import UTC, datetime, timedelta

    from footwork import paths
    from footwork.history import Store
    from footwork.session.results import ExerciseResult, SideResult

    started = datetime.now(UTC) - timedelta(days=15)  # the first workout: week 3 today
    with Store.open(paths.history_path()) as store:
        session = store.begin_session("foot-strength", "x", started, 12)
        side = SideResult(None, 1, 1, 10, 10, 60.0, 60.0)
        store.record(session, ExerciseResult("calf-drops", "reps", 3, (side,)))
        store.finish_session(session, "completed", started + timedelta(minutes=30))
    window = create_window()
    qtbot.addWidget(window)
    assert window.today.week.text() == "Program: week 3 of 6"
    window.today.select("foot-strength")
    assert "10 (10–12) reps" in window.today.details.text()
    assert "40 s (30–60 s)" in window.today.details.text()
    controller = window.start_workout(window.today.current())  # type: ignore[arg-type]
    drops = [p for p in controller.plan.phases if p.exercise.id == "calf-drops"
             and p.kind == "rep"]
    assert len(drops) == 10
    assert window.today.progression.isHidden()
    window.close()


def test_today_selects_the_main_routine_then_the_one_started_last(qtbot: QtBot) -> None:
    window = create_window()
    qtbot.addWidget(window)
    assert window.today.current().id == "foot-strength"  # type: ignore[union-attr]
    window.today.select("marbles")
    window.today.start_button.click()
    window.close()
    again = create_window()
    qtbot.addWidget(again)
    assert again.today.current().id == "marbles"  # type: ignore[union-attr]
    again.close()


class PaintSpy(QObject):
    """Notes, at the window's first paint event, what had already been opened."""

    def __init__(self, window: QWidget, note: Callable[[], object]) -> None:
        super().__init__(window)
        self.seen: list[object] = []
        self._note = note
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen.append(self._note())
        return False


def silent_sound() -> Sound:
    from footwork.audio.base import SilentPlayer

    return Sound(Settings(), lambda preferred, language: SilentPlayer("no sound in this test"))


def test_today_is_painted_before_the_history_and_the_sound_are_opened(qtbot: QtBot) -> None:
    from footwork import paths

    made: list[Sound] = []
    window, painted = open_window(None, lambda: made.append(silent_sound()) or made[0],
                                  Settings())
    qtbot.addWidget(window)
    spy = PaintSpy(window, lambda: (window.today.title.text(), window.today.details.text(),
                                    paths.history_path().exists(), len(made), window.program))
    with qtbot.waitSignal(painted.painted):
        pass
    # Today painted with its routine, before the history file, the program's week or the
    # sound: the exercises come with the week, once (no numbers of the wrong week first)
    assert spy.seen == [("Foot strength and mobility", "", False, 0, None)]
    assert paths.history_path().exists()
    assert window.program is not None
    assert window.today.week.text() == "Program: week 1 of 6"
    assert "10 (10–12) reps" in window.today.details.text()
    assert window.sound is made[0]
    assert window.today.notice.text() == "no sound in this test"
    assert window.today.history_button.isEnabled()
    window.close()
