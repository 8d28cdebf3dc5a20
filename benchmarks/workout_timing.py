"""Workout timing: how late the controller hands each cue on, and how fast the engine runs.

1. A short routine (holds and releases on both feet, about 20 cues) runs through
   ``WorkoutController`` on the real monotonic clock and Qt's event loop (offscreen); for each
   cue, the time from its moment to the ``cueDue`` signal is printed as p50, p95 and max,
   with how long the whole run took against the plan's total.
2. The whole built-in foot-strength routine (about 29 minutes) runs through the ``Engine`` on
   a fake clock, polled every 0.2 s as the timer would, checks answered; the wall time is
   printed.

    .venv/bin/python benchmarks/workout_timing.py [--reps 5] [--repeat 5]

Targets: every cue handed on within 10 ms of its moment (the player then has up to 100 ms);
the 29-minute routine in well under a second.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def routine(reps: int) -> bytes:
    return f"""
format = 1
id = "timing"
name = "Timing"
prepare = 0.3
switch = 0.2

[[exercises]]
id = "spread"
name = "Spread"
kind = "hold"
sides = "each-foot"
hold = 0.4
reps = {reps}
release = 0.2
""".encode()


def controller_lateness(reps: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from footwork.routine.loader import parse
    from footwork.session.plan import compile_plan
    from footwork.ui.workout.controller import WorkoutController

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the timers need it
    plan = compile_plan(parse(routine(reps), Path("timing.toml")))
    controller = WorkoutController(plan)
    late: list[float] = []
    controller.cueDue.connect(lambda _cue, due: late.append(time.monotonic() - due))
    loop = QEventLoop()
    controller.ended.connect(loop.quit)
    QTimer.singleShot(round(plan.total * 1000) + 10_000, loop.quit)  # never hang
    began = time.monotonic()
    controller.start()
    loop.exec()
    took = time.monotonic() - began
    ms = [1000 * x for x in late]
    print(f"controller  cues {len(ms):3}  handed on late by p50 {percentile(ms, 50):5.2f} ms  "
          f"p95 {percentile(ms, 95):5.2f} ms  max {max(ms):5.2f} ms   "
          f"run {took:.3f} s for a plan of {plan.total:.3f} s")


def engine_on_a_fake_clock(repeat: int) -> None:
    from footwork.routine.library import resolve
    from footwork.session.engine import Engine
    from footwork.session.events import Status
    from footwork.session.plan import compile_plan

    plan = compile_plan(resolve("foot-strength"))
    best = float("inf")
    for _ in range(repeat):
        clock = FakeClock()
        engine = Engine(plan, clock)
        began = time.perf_counter()
        engine.start()
        while engine.status is Status.RUNNING:
            clock.now += 0.2
            engine.poll()
            if engine.state().phase.kind == "check":
                engine.answer(1)
        best = min(best, time.perf_counter() - began)
    print(f"engine      foot-strength ({plan.total / 60:.0f} min) on a fake clock, polled every "
          f"0.2 s: best of {repeat}: {best * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description="cue hand-off lateness and engine speed")
    parser.add_argument("--reps", type=int, default=5, help="holds per foot (4 cues each)")
    parser.add_argument("--repeat", type=int, default=5, help="engine runs (best is printed)")
    args = parser.parse_args()
    controller_lateness(args.reps)
    engine_on_a_fake_clock(args.repeat)


if __name__ == "__main__":
    main()
