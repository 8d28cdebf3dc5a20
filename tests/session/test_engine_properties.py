"""Properties of the engine under any sequence of commands and clock steps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from footwork.session.engine import Engine
from footwork.session.events import ExerciseFinished, Status
from footwork.session.plan import compile_plan
from tests.conftest import FakeClock
from tests.session.routines import small

PLAN = compile_plan(small())
COMMANDS = ("poll", "pause", "resume", "skip", "back", "count_rep", "finish_step", "answer",
            "stop")

steps = st.lists(
    st.tuples(st.sampled_from(COMMANDS),
              st.one_of(st.floats(0, 3, allow_nan=False), st.sampled_from([0.0, 10.0, 400.0])),
              st.integers(0, 3)),
    max_size=80,
)


@settings(max_examples=300)
@given(steps)
def test_time_left_never_negative_exercises_finish_once_progress_only_back_on_back(
        script: list[tuple[str, float, int]]) -> None:
    clock = FakeClock()
    engine = Engine(PLAN, clock)
    engine.start()
    finished_this_pass: set[int] = set()
    progress = engine.state().progress
    for command, step, choice in script:
        clock.advance(step)
        events = engine.answer(choice) if command == "answer" else getattr(engine, command)()
        if command == "back":
            finished_this_pass.clear()
        for event in events:
            if isinstance(event, ExerciseFinished):
                index = event.result.index
                assert index not in finished_this_pass, f"exercise {index} finished twice"
                finished_this_pass.add(index)
        state = engine.state()
        assert state.time_left is None or state.time_left >= 0
        assert state.remaining >= 0
        assert 0 <= state.progress <= 1
        if command != "back":
            assert state.progress >= progress - 1e-9, (command, progress, state.progress)
        progress = state.progress
        if engine.status in (Status.FINISHED, Status.STOPPED):
            break


@settings(max_examples=200)
@given(st.lists(st.tuples(st.sampled_from(("pause", "resume", "skip", "back")),
                          st.floats(0, 2, allow_nan=False)), max_size=30),
       st.floats(0.1, 4, allow_nan=False))
def test_paused_time_never_counts(script: list[tuple[str, float]], pause_for: float) -> None:
    """Whatever was done before, a pause of any length leaves the time left unchanged."""
    clock = FakeClock()
    engine = Engine(PLAN, clock, start_at=1)
    engine.start()
    for command, step in script:
        clock.advance(step)
        getattr(engine, command)()
    engine.pause()
    before = engine.state()
    clock.advance(pause_for)
    engine.poll()
    after = engine.state()
    assert (after.phase_index, after.time_left, after.elapsed) == (
        before.phase_index, before.time_left, before.elapsed)
