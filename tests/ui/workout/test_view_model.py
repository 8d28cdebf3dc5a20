"""What the workout page shows for a state: words, digits and colours."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from footwork.session.engine import Engine
from footwork.session.plan import compile_plan
from footwork.ui.workout.view_model import describe, gap_text
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


def test_how_long_the_machine_slept_in_words(qapp: QApplication) -> None:
    assert [gap_text(s) for s in (12, 61, 45 * 60, 3 * 3600 + 5 * 60)] == [
        "12 s", "1 min", "45 min", "3 h 5 min"]


def test_a_check_says_when_it_goes_on_without_an_answer(qapp: QApplication,
                                                        clock: FakeClock) -> None:
    engine = Engine(compile_plan(small()), clock)
    engine.start()
    while engine.state().phase.kind != "check":
        clock.advance(0.5)
        engine.poll()
    wait = engine.state().phase.duration
    view = describe(engine.state())
    assert view.big == "?"
    assert view.info.endswith(f"it goes on by itself in {round(wait)} s")
    for _ in range(round((wait - 3.5) / 0.5)):  # small steps: a long one looks like sleep
        clock.advance(0.5)
        engine.poll()
    assert describe(engine.state()).info.endswith("by itself in 4 s")  # whole seconds, up
