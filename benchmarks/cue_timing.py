"""Cue timing over a whole workout: when each cue's first audible sample reaches the sink,
against the cue's moment in the plan.

Runs a routine in real time through the app's controller and sound (``WorkoutController``
and ``Sound``, the way the workout page does) into a private PulseAudio null sink
(``tests/audio/pulse_sink.py``), records the sink's monitor with ``parec`` and matches every
cue the engine emitted with the onset heard nearest its moment. Phases that wait for the
runner are answered by the benchmark (a tap every 2 s, the first answer of a check).

    .venv/bin/python benchmarks/cue_timing.py [--backend pulse|qt|playsound] [--load]
        [--routine PATH_OR_ID] [--window SECONDS]

Default routine: ``benchmarks/three_minutes.toml`` (169 s, 93 cues). ``--load`` runs two
busy processes (one per core) beside it. Printed: the error (onset - moment): its median
(signed: early is negative) and the 95th and 99th percentiles of its size, over all heard
cues, words and tones apart, per window of the run; the drift (the last window's median less
the first's); and the cues not heard (skipped by the priority rules, or dropped late). The
seed routine: ``--routine foot-strength --window 300`` (29 min).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.audio.pulse_sink import PulseSink, Recorder  # noqa: E402

MATCH = 0.25  # s around its moment (plus the clip's lead) an onset counts as the cue's


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def figures(label: str, errors: list[float]) -> str:
    if not errors:
        return f"{label:14} none"
    ms = [e * 1000 for e in errors]
    size = [abs(e) for e in ms]
    return (f"{label:14} n {len(ms):4}  p50 {percentile(ms, 50):+6.1f}  p95 "
            f"{percentile(size, 95):6.1f}  p99 {percentile(size, 99):6.1f}  max "
            f"{max(ms, key=abs):+6.1f} ms")


def run(backend: str, routine_arg: str) -> tuple:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from footwork import cues
    from footwork.domain import Ends
    from footwork.routine.library import discover, resolve
    from footwork.routine.loader import load
    from footwork.session.plan import compile_plan
    from footwork.ui.settings_store import Settings
    from footwork.ui.sound import Sound
    from footwork.ui.workout.controller import WorkoutController

    app = QApplication.instance() or QApplication([])  # noqa: F841 - lives through the run
    path = Path(routine_arg)
    routine = load(path) if path.is_file() else resolve(routine_arg, discover())
    settings = Settings()
    settings.audio_backend = backend
    sound = Sound(settings)
    if sound.player.backend != backend:
        sys.exit(f"{backend}: {sound.notice}")
    controller = WorkoutController(compile_plan(routine), time.monotonic)
    emitted: list[tuple[str, float]] = []
    controller.cueDue.connect(lambda cue, due: emitted.append((cue, due)))
    controller.cueDue.connect(sound.play)
    controller.cuesAhead.connect(sound.schedule)
    done = QEventLoop()
    controller.ended.connect(lambda _how: done.quit())
    answered: set[int] = set()

    def runner(state: object) -> None:  # the runner's taps and answers
        index, ends = state.phase_index, state.phase.ends  # type: ignore[attr-defined]
        if index in answered or ends not in (Ends.TAPS, Ends.ANSWER):
            return
        answered.add(index)
        if ends is Ends.ANSWER:
            QTimer.singleShot(2000, lambda: controller.answer(0))
            return
        tap = QTimer(controller)
        tap.timeout.connect(lambda: controller.enter() if controller.state().phase_index == index
                            else tap.stop())
        tap.start(2000)

    controller.stateChanged.connect(runner)
    sound.when_ready(controller.start)
    done.exec()
    end = time.monotonic() + 3
    QTimer.singleShot(3000, done.quit)
    done.exec()
    return emitted, end, sound, cues


def main() -> None:
    parser = argparse.ArgumentParser(description="cue timing over a workout at a null sink")
    parser.add_argument("--backend", default="pulse", choices=("pulse", "qt", "playsound"))
    parser.add_argument("--routine", default=str(REPO / "benchmarks" / "three_minutes.toml"))
    parser.add_argument("--window", type=float, default=60.0, help="s per line of figures")
    parser.add_argument("--load", action="store_true", help="two busy processes beside it")
    parser.add_argument("--hogs", type=int, default=2,
                        help="how many busy processes --load runs (2: one per core)")
    args = parser.parse_args()

    sink = PulseSink()
    sink.start()
    os.environ.update(sink.env)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FOOTWORK_DATA_DIR"] = str(sink.dir / "data")
    from footwork import paths
    from footwork.audio import environment
    from footwork.audio.clips import read_clip

    environment.prepare()
    recorder = Recorder(sink)
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
            for _ in range(args.hogs if args.load else 0)]
    try:
        recorder.wait_until(time.monotonic() + 1.0)
        emitted, end, sound, cues = run(args.backend, args.routine)
        recorder.wait_until(end, timeout=10)
    finally:
        for hog in hogs:
            hog.terminate()
            hog.wait(5)
    folder = paths.sounds_dir("en")
    leads = {}
    heard: list[tuple[float, str, float]] = []  # moment, cue, error
    missing: list[str] = []
    for cue, due in emitted:
        name = cue if (folder / f"{cue}.wav").is_file() else cues.BEEP_TICK
        lead = leads.setdefault(name, read_clip(folder / f"{name}.wav").lead)
        expected = due if args.backend == "pulse" else due + lead
        # around each cue alone: the recorder's clock is estimated from nearby samples
        near = recorder.onsets(expected - MATCH, expected + MATCH)
        near = [o for o in near if o > expected - MATCH + 0.01]  # not a sound going on
        if near:
            heard.append((due, cue, min(near, key=lambda o: abs(o - expected)) - due))
        else:
            missing.append(cue)
    start = emitted[0][1]
    print(f"backend {args.backend}  routine {Path(args.routine).stem}  load "
          f"{f'{args.hogs} busy processes' if args.load else 'idle'}  cues {len(emitted)}  "
          f"{(end - start) / 60:.1f} min   error = first audible sample - moment")
    print(figures("all", [e for _, _, e in heard]))
    print(figures("words", [e for _, c, e in heard if not cues.is_tone(c)]))
    print(figures("tones", [e for _, c, e in heard if cues.is_tone(c)]))
    w, medians = 0, []
    while start + w * args.window < end - 3:
        lo, hi = start + w * args.window, start + (w + 1) * args.window
        window = [e for d, _, e in heard if lo <= d < hi]
        print(figures(f"{w * args.window / 60:4.0f}-{(w + 1) * args.window / 60:.0f} min",
                      window))
        if window:
            medians.append(percentile(window, 50) * 1000)
        w += 1
    if len(medians) > 1:
        print(f"drift {medians[-1] - medians[0]:+.1f} ms (the last window's median less the "
              f"first's)")
    print(f"not heard: {len(missing)} {sorted(set(missing))}")
    sound.close()
    recorder.close()
    sink.remove()


if __name__ == "__main__":
    main()
