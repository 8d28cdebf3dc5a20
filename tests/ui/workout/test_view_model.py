"""What the workout page shows for a state: words, digits and colours."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from footwork.session.engine import Engine
from footwork.session.plan import compile_plan
from footwork.ui.workout.view_model import clock_text, describe, gap_text
from tests.conftest import FakeClock
from tests.session.routines import small


def test_each_kind_of_phase_has_its_own_colour(qapp: QApplication, clock: FakeClock) -> None:
    engine = Engine(compile_plan(small()), clock)
    engine.start()
    colours: dict[str, str] = {}
    while engine.state().status.value == "running":
        state = engine.state()
        kind = "work" if state.phase.kind in ("hold", "rep", "item", "work") else state.phase.kind
        colours.setdefault(kind, describe(state).colour)
        assert describe(state).colour == colours[kind]  # the same kind, the same colour
        if state.phase.kind == "check":
            engine.answer(0)
        elif state.phase.ends == "taps":
            engine.count_rep()
        else:
            clock.advance(0.5)
            engine.poll()
    assert set(colours) == {"prepare", "check", "switch", "work", "release", "rest"}
    assert len(set(colours.values())) == len(colours)


def test_digits_round_up_and_show_minutes_past_a_minute() -> None:
    assert [clock_text(s) for s in (0.0, 0.2, 1.0, 4.01, 59.5, 60.0, 90.0, 754.0)] == [
        "0", "1", "1", "5", "1:00", "1:00", "1:30", "12:34"]


def test_how_long_the_machine_slept_in_words(qapp: QApplication) -> None:
    assert [gap_text(s) for s in (12, 61, 45 * 60, 3 * 3600 + 5 * 60)] == [
        "12 s", "1 min", "45 min", "3 h 5 min"]
