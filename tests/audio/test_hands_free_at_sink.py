"""Hands-free from Start to the end screen: ``footwork --start PATH`` (a real process, real
clock, real Qt loop, offscreen) runs a routine with a check nobody answers, holds on each foot,
a sequence and paced reps, and no key is pressed. The PulseAudio null sink's monitor (recorded
with parec) shows every cue ``footwork plan`` lists heard, the first one included, each on its
moment, and never one starting while another still sounds."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

from footwork import paths
from footwork.audio.lengths import sounding_of
from footwork.history import Store
from tests.audio.pulse_sink import AUDIBLE, PulseSink, Recorder

pytestmark = pytest.mark.audio

ON_TIME = 0.030  # s: the 95th percentile of |heard - moment| across the cues
ROUTINE = """\
format = 1
id = "hands-free"
name = "Hands free"
prepare = 3
switch = 3

[[exercises]]
id = "tripod-check"
name = "Tripod check"
kind = "check"
sides = "each-foot"
answer_within = 8
question = "Where does your weight rest?"
choices = ["outside", "middle", "inside"]

[[exercises]]
id = "toe-spread"
name = "Toe spread"
kind = "hold"
sides = "each-foot"
hold = 4
reps = 2
release = 2

[[exercises]]
id = "toe-spelling"
name = "Toe spelling"
kind = "sequence"
items = ["A", "B", "C"]
seconds_per_item = 1.5

[[exercises]]
id = "calf-drops"
name = "Calf drops"
kind = "reps"
reps = 3
tempo = [1, 0, 1]
"""
LINE = re.compile(r"cue (\S+) due at ([\d.]+)|workout of \S+ (completed|stopped)")


@dataclass
class Heard:
    cue: str
    moment: float  # monotonic: when its first audible sample is due (the engine's due)
    heard: float | None  # monotonic: the first audible sample the sink played from then


class AppLog:
    """Reads the app's ``--debug`` log as it comes: the cues it played and when it ended."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.cues: list[tuple[str, float]] = []
        self.ended: str | None = None
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._process = process
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stderr is not None
        for line in self._process.stderr:
            with self._changed:
                self.lines.append(line)
                match = LINE.search(line)
                if match and match[1]:
                    self.cues.append((match[1], float(match[2])))
                elif match:
                    self.ended = match[3]
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def close(self) -> None:
        """After the app ended: the last lines read, the pipe closed."""
        self._thread.join(10)
        if self._process.stderr is not None:
            self._process.stderr.close()

    def wait_for_end(self, timeout: float) -> str | None:
        with self._changed:
            self._changed.wait_for(
                lambda: self.ended is not None or self._process.poll() is not None, timeout)
            return self.ended


def planned_cues(routine: Path) -> tuple[list[tuple[str, float, bool]], float]:
    """``footwork plan PATH --json``: every cue the engine fires, with its moment from the start
    and whether it plays (one sound at a time drops the others); and the plan's total."""
    done = subprocess.run([sys.executable, "-m", "footwork.cli", "plan", str(routine), "--json"],
                          capture_output=True, text=True, check=True, timeout=60)
    plan = json.loads(done.stdout)
    found = []
    for phase in plan["phases"]:
        plays = [(offset, cue, True)
                 for cue, offset in zip(phase["cues"], phase["cue_offsets"], strict=True)]
        dropped = [(d["offset"], d["cue"], False) for d in phase["dropped"]]
        found += [(cue, phase["start"] + offset, play)
                  for offset, cue, play in sorted(plays + dropped, key=lambda c: c[0])]
    return found, plan["total_seconds"]


@pytest.fixture
def hands_free(tmp_path: Path, pulse_sink: PulseSink, recorder: Recorder
               ) -> Iterator[tuple[AppLog, Path]]:
    routine = tmp_path / "hands-free.toml"
    routine.write_text(ROUTINE)
    data = tmp_path / "data"
    env = {**os.environ, **pulse_sink.env, "QT_QPA_PLATFORM": "offscreen",
           "FOOTWORK_DATA_DIR": str(data), "LANG": "en_US.UTF-8", "LANGUAGE": "en"}
    env.pop("LC_ALL", None)
    app = subprocess.Popen([sys.executable, "-m", "footwork.cli", "--debug", "--start",
                            str(routine)], env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = AppLog(app)
    try:
        yield log, data
    finally:
        app.terminate()
        app.wait(10)
        log.close()


def test_a_routine_runs_hands_free_and_every_cue_is_heard_on_its_moment(
        hands_free: tuple[AppLog, Path], recorder: Recorder, tmp_path: Path) -> None:
    log, data = hands_free
    planned, total = planned_cues(tmp_path / "hands-free.toml")
    assert log.wait_for_end(timeout=total + 60) == "completed", "".join(log.lines[-30:])
    sounding = sounding_of(paths.sounds_dir("en"))
    last_cue, last_due = log.cues[-1]
    recorder.wait_until(last_due + sounding(last_cue) + 0.3, timeout=10)

    # The engine fired every cue of the plan, in its order, at its planned time: no key
    # was pressed, so the check's waits ran out on time.
    assert [cue for cue, _ in log.cues] == [cue for cue, _, _ in planned]
    start = log.cues[0][1]
    for (cue, due), (_, at, _) in zip(log.cues, planned, strict=True):
        assert due - start == pytest.approx(at, abs=0.005), f"{cue} due off the plan"
    assert "question_tripod-check" in [cue for cue, _, play in planned if play]

    # Each cue the plan lists as played was heard: its first audible sample on its moment.
    heard = [Heard(cue, due, recorder.first_onset(due - 0.1, due + 0.3))
             for (cue, due), (_, _, play) in zip(log.cues, planned, strict=True) if play]
    found = sorted(abs(h.heard - h.moment) for h in heard if h.heard is not None)
    p95 = found[min(len(found) - 1, round(0.95 * (len(found) - 1)))] if found else 1.0
    figures = ", ".join(f"{h.cue} {(h.heard - h.moment) * 1000:+.0f}" if h.heard is not None
                        else f"{h.cue} never" for h in heard)
    print(f"\n{len(heard)} cues heard of {len(log.cues)} fired; |first audible sample - moment|"
          f" p95 {p95 * 1000:.1f} ms, max {found[-1] * 1000:.1f} ms\n(ms per cue: {figures})")
    assert [h.cue for h in heard if h.heard is None] == [], figures
    assert heard[0].cue == "name_tripod-check"  # the first one included
    assert p95 <= ON_TIME, figures

    # One sound at a time: each cue starts after the one before has finished sounding, and the
    # sink is silent just before it.
    for before, after in pairwise(heard):
        until = before.moment + sounding(before.cue)
        assert after.moment >= until, f"{after.cue} starts while {before.cue} sounds"
        assert recorder.peak(after.moment - 0.05, after.moment - 0.01) < AUDIBLE, (
            f"something sounded as {after.cue} began")

    # Nobody answered the check: it is saved as not answered, and the workout completed.
    with Store.open(data / "history.sqlite3") as store:
        (session,) = store.sessions()
        checks = [(r.side, r.answer, r.skipped) for r in store.results(session.id)
                  if r.kind == "check"]
    assert session.status == "completed"
    assert checks == [("left", None, False), ("right", None, False)]
