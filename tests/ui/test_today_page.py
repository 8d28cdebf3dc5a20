"""The Today page's progression: two full sessions of calf drops, saved through the real
engine and history file, lead Today to propose 11 reps with its reason; Accept plans and
records 11, Keep plans 10. (Start, resume, the week and the details: tests/test_app.py.)"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.app import create_window
from footwork.history import Store
from footwork.routine.model import Routine
from footwork.ui.history.session_details import achieved_text
from footwork.ui.main_window import MainWindow
from tests.conftest import FakeClock

CALF_DROPS = 3  # its index in foot-strength


def calf_drops(window: MainWindow) -> int:
    assert window.controller is not None
    return sum(1 for p in window.controller.plan.phases
               if p.exercise.id == "calf-drops" and p.kind == "rep")


def do_calf_drops(window: MainWindow, clock: FakeClock, routine: Routine) -> None:
    """Start at the calf drops, do every rep on the clock, stop after them (a partial)."""
    controller = window.start_workout(routine, CALF_DROPS)
    while controller.state().phase.exercise_index == CALF_DROPS:
        clock.advance(0.25)
        controller.tick()
    controller.stop()
    window.show_today()


def test_two_full_sessions_propose_the_next_step(qtbot: QtBot) -> None:
    clock = FakeClock()
    window = create_window()
    qtbot.addWidget(window)
    window.clock = clock
    window.today.select("foot-strength")
    routine = window.today.current()
    assert routine is not None
    assert window.today.progression.isHidden()  # nothing to go on yet
    do_calf_drops(window, clock, routine)
    assert window.today.progression.isHidden()  # one session is not two
    do_calf_drops(window, clock, routine)

    box = window.today.progression
    assert not box.isHidden()
    assert list(box.rows) == ["calf-drops"]
    title, why, accept, keep = box.rows["calf-drops"]
    assert "Calf drops: 11 reps instead of 10 reps" in title.text()
    assert why.text() == "Your last two sessions did all 10 reps on every side: one step up."
    assert keep.isChecked()
    assert keep.text() == "Keep 10 reps"
    assert "10 (10–12) reps" in window.today.details.text()

    keep.click()
    window.start_workout(routine)
    assert calf_drops(window) == 10
    window.show_today()

    accept.click()
    assert "11 (10–12) reps" in window.today.details.text()
    window.today.start_button.click()
    assert calf_drops(window) == 11
    window.show_today()
    do_calf_drops(window, clock, routine)  # the session does the 11 it planned
    window.close()

    with Store.open(paths.history_path()) as store:
        last = store.sessions()[-1]
        rows = [r for r in store.results(last.id) if r.exercise_id == "calf-drops"]
    assert [(r.planned_count, r.achieved_count) for r in rows] == [(11, 11)]
    assert achieved_text(rows[0]) == "11 of 11 reps"  # as History shows the session
