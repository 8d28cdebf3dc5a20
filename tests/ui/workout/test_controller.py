"""The controller: a real QTimer asks the engine for the state; it never counts ticks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footwork.routine.loader import parse
from footwork.session.plan import compile_plan
from footwork.ui.workout.controller import WorkoutController
from tests.conftest import FakeClock
from tests.session.routines import small

QUICK = b"""
format = 1
id = "quick"
name = "Quick"
prepare = 0.3
switch = 0.2

[[exercises]]
id = "spread"
name = "Spread"
kind = "hold"
sides = "each-foot"
hold = 0.4
reps = 2
release = 0.2
"""


def test_a_routine_runs_to_the_end_on_the_real_event_loop_and_clock(qtbot: QtBot) -> None:
    """How late each cue is handed on is a figure of benchmarks/workout_timing.py."""
    plan = compile_plan(parse(QUICK, Path("quick.toml")))
    controller = WorkoutController(plan)
    cues: list[tuple[str, float, float]] = []
    controller.cueDue.connect(lambda cue, due: cues.append((cue, due, time.monotonic())))
    with qtbot.waitSignal(controller.ended, timeout=10_000) as ended:
        controller.start()
    assert ended.args == ["completed"]
    said = [c for c, _, _ in cues]
    assert said[:3] == ["name_spread", "hold", "release"]
    assert said[-1] == "workout_complete"
    assert "switch_feet" in said
    # due at the plan's moments on the monotonic clock: prepare 0.3, holds 0.4, releases
    # 0.2, the switch 0.2
    began = cues[0][1]
    assert [due - began for _, due, _ in cues] == pytest.approx(
        [0, 0.3, 0.7, 0.9, 1.3, 1.5, 1.9, 2.1, 2.5], abs=1e-9)
    assert plan.total == pytest.approx(2.5)
    early = [(cue, due - heard) for cue, due, heard in cues if heard < due]
    assert not early, f"cues handed on before their moment: {early}"


def test_the_timer_is_armed_for_the_next_change_not_a_fixed_tick(qtbot: QtBot,
                                                                 clock: FakeClock) -> None:
    controller = WorkoutController(compile_plan(small()), clock, start_at=1)
    controller.start()
    clock.advance(4 + 0.7)  # 0.7 s into a 5 s hold: the digits change in 0.3 s
    controller.tick()
    assert controller._timer.isActive()
    assert controller._timer.interval() == pytest.approx(302, abs=2)
    controller.pause()
    assert not controller._timer.isActive()  # nothing changes while paused
    controller.resume()
    assert controller._timer.isActive()
    controller.stop()
    assert not controller._timer.isActive()


def test_cues_are_handed_ahead_of_their_moment_and_the_timer_wakes_for_them(
        qtbot: QtBot, clock: FakeClock) -> None:
    from footwork.ui.workout.controller import LOOKAHEAD

    controller = WorkoutController(compile_plan(small()), clock, start_at=1)
    ahead: list[list[tuple[str, float]]] = []
    controller.cuesAhead.connect(ahead.append)
    controller.start()
    start = clock()
    clock.advance(3.0)  # "hold" comes at 4 s, the end of the prepare
    controller.tick()
    assert ahead[-1] == []
    assert controller._timer.interval() == pytest.approx((1.0 - LOOKAHEAD) * 1000, abs=3)
    clock.advance(1.0 - LOOKAHEAD)
    controller.tick()
    assert ahead[-1] == [("hold", pytest.approx(start + 4.0))]
    controller.pause()
    assert ahead[-1] == [], "a pause cancels what was handed ahead"
