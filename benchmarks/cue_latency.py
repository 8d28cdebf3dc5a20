"""Cue latency: from the ``play()`` call to the first audible sample at the sound server.

Starts a private PulseAudio server with a null sink (``tests/audio/pulse_sink.py``, never the
user's), records the sink's monitor with ``parec`` and plays cues through each backend, one
at a time with silence between them, after one warm-up cue. A clip's own lead-in (the 150 ms
of silence before a word) is subtracted, so the figure is the player's delay alone. Also
printed: how long ``play()`` itself took (the time the GUI thread is held).

    .venv/bin/python benchmarks/cue_latency.py [--cues 60] [--backend pulse|qt|playsound]

Target: p95 <= 30 ms for the default backend (the PulseAudio stream). That backend skips the
lead silence of a cue played late (here: at once), so nothing is subtracted for it; placed
ahead (``--ahead``), its figure is from the cue's moment to the first audible sample.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import wave
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.audio.pulse_sink import PulseSink, Recorder, clip_onset  # noqa: E402

CUES = ("beep_tick", "go", "count_1", "beep_go", "hold", "count_7", "rest", "letter_b")
GAP = 0.25  # s of silence after each clip


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def clip_seconds(path: Path) -> float:
    with wave.open(str(path)) as clip:
        return clip.getnframes() / clip.getframerate()


def measure(backend: str, count: int, recorder: Recorder, folder: Path,
            ahead: float = 0.0) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from footwork.audio.playsound_player import PlaysoundCuePlayer
    from footwork.audio.qt_player import QtCuePlayer
    from footwork.audio.stream_player import StreamCuePlayer

    def spin_until(instant: float) -> None:
        """Run Qt's event loop (idle, not spinning) until the recording covers ``instant``."""
        loop = QEventLoop()
        QTimer.singleShot(max(0, round((instant - time.monotonic()) * 1000)) + 5, loop.quit)
        loop.exec()
        recorder.wait_until(instant)

    player = {"qt": QtCuePlayer, "pulse": StreamCuePlayer,
              "playsound": PlaysoundCuePlayer}[backend](folder)
    if not player.available():
        sys.exit(f"{backend}: {player.why_unavailable}")
    player.prepare()
    deadline = time.monotonic() + 5
    while not player.is_ready():
        if time.monotonic() > deadline:
            sys.exit(f"{backend}: not ready within 5 s")
        spin_until(time.monotonic() + 0.01)
    player.play("beep_tick")  # warm-up: the first sound of a new stream comes late
    spin_until(time.monotonic() + 1.0)

    latencies, call_times, missed = [], [], 0
    for i in range(count):
        cue = CUES[i % len(CUES)]
        path = folder / f"{cue}.wav"
        window = clip_seconds(path) + GAP
        start = time.monotonic()
        if ahead:
            start += ahead
            player.schedule([(cue, start)])
            call_times.append(time.monotonic() - start + ahead)
        else:
            player.play(cue, due=start)
            call_times.append(time.monotonic() - start)
        spin_until(start + window)
        onset = recorder.first_onset(start - 0.05, start + window)
        if onset is None:
            missed += 1
        else:
            lead = 0.0 if backend == "pulse" else clip_onset(path)
            latencies.append(onset - start - lead)
    player.close()
    ms = [1000 * x for x in latencies]
    calls = [1000 * x for x in call_times]
    label = f"{backend}{' ahead' if ahead else ''}"
    print(f"{label:14} cues {count:3}  heard {len(ms):3}  missed {missed}  "
          f"latency p50 {percentile(ms, 50):6.1f} ms  p95 {percentile(ms, 95):6.1f} ms  "
          f"max {max(ms):6.1f} ms  mean {statistics.fmean(ms):6.1f} ms   "
          f"play() p50 {percentile(calls, 50):.2f} ms  p95 {percentile(calls, 95):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description="cue latency at a PulseAudio null sink")
    parser.add_argument("--cues", type=int, default=60, help="cues per backend (>= 50)")
    parser.add_argument("--backend", choices=("pulse", "qt", "playsound"), action="append")
    parser.add_argument("--ahead", type=float, default=0.0,
                        help="s before its moment a cue is handed to the player (pulse)")
    args = parser.parse_args()

    sink = PulseSink()
    sink.start()
    os.environ.update(sink.env)  # before Qt Multimedia connects to a sound server
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    recorder = Recorder(sink)
    try:
        from PySide6.QtWidgets import QApplication

        from footwork import paths

        app = QApplication([])  # noqa: F841 - QSoundEffect needs the application
        from footwork.audio import environment

        environment.prepare()
        for backend in args.backend or ("pulse", "qt", "playsound"):
            measure(backend, args.cues, recorder, paths.sounds_dir("en"),
                    args.ahead if backend == "pulse" else 0.0)
    finally:
        recorder.close()
        sink.remove()


if __name__ == "__main__":
    main()
