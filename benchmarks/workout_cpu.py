"""CPU used by a running workout: ``footwork --start foot-strength`` for a minute.

Footwork runs under an Xvfb of its own (its window visible and redrawn every tick) and plays
its cues into a private PulseAudio null sink (``tests/audio/pulse_sink.py``), on a data folder
of its own. The routine opens on the tripod check, which waits for an answer: the benchmark
answers it for both feet with ``xdotool`` (key 1 every half second for the first 25 s, which
the other steps ignore), as a runner would, so the minute measured is the routine running
(the ball roll, its cues and the big digits every second). The clock starts ``--warm`` seconds
after the first paint (the start-up and the clips' loading are over by then) and runs for
``--seconds``; the figure is the process's user
and system CPU time over that time (all its threads: Qt's audio thread included; the sound
server's own work is not counted), as a share of one core.

    .venv/bin/python benchmarks/workout_cpu.py [--seconds 60] [--warm 5]

Target: <= 2 % of a core.
"""

from __future__ import annotations

import argparse
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import REPO, Figure, Xvfb, cpu_seconds
from startup import TIMEOUT, compile_bytecode, environment

TARGET = 2.0  # % of a core


def answer_the_check(env: dict[str, str], seconds: float = 25.0) -> None:
    """Focus Footwork's window (there is no window manager) and answer both feet's check."""
    xdotool = shutil.which("xdotool")
    if xdotool is None:
        sys.exit("xdotool is missing: apt-get install xdotool")
    window = subprocess.run([xdotool, "search", "--sync", "--name", "^Footwork$"], env=env,
                            capture_output=True, text=True, check=True, timeout=30)
    wid = window.stdout.split()[0]
    subprocess.run([xdotool, "windowfocus", "--sync", wid], env=env, check=True, timeout=30)
    until = time.monotonic() + seconds  # get ready 10 s, left foot, switch 5 s, right foot
    while time.monotonic() < until:
        subprocess.run([xdotool, "key", "--window", wid, "1"], env=env, check=True)
        time.sleep(0.5)


def measure(seconds: float = 60.0, warm: float = 5.0) -> list[Figure]:
    sys.path.insert(0, str(REPO))
    from tests.audio.pulse_sink import PulseSink, SinkError

    compile_bytecode()
    sink = PulseSink()
    try:
        sink.start()
        sound = "a PulseAudio null sink"
    except SinkError as exc:
        sound, sink = f"no sound ({exc})", None
    try:
        with Xvfb() as xvfb, tempfile.TemporaryDirectory(prefix="footwork-cpu-") as folder:
            env = environment(xvfb.display, Path(folder))
            if sink is not None:
                env.update(sink.env)
            process = subprocess.Popen(
                [sys.executable, "-m", "footwork", "--start", "foot-strength"], env=env,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            assert process.stdout is not None
            try:
                ready, _, _ = select.select([process.stdout], [], [], TIMEOUT)
                if not ready or not process.stdout.readline().startswith("first-paint"):
                    sys.exit(f"footwork --start: no first paint within {TIMEOUT} s")
                answer_the_check(env)
                time.sleep(warm)
                start, used = time.monotonic(), cpu_seconds(process.pid)
                time.sleep(seconds)
                used = cpu_seconds(process.pid) - used
                elapsed = time.monotonic() - start
                if process.poll() is not None:
                    sys.exit(f"footwork --start ended during the measurement ({process.poll()})")
            finally:
                process.terminate()
                process.wait(10)
                process.stdout.close()
    finally:
        if sink is not None:
            sink.remove()
    share = 100 * used / elapsed
    return [Figure(f"CPU of a running workout ({seconds:.0f} s of foot-strength)", share,
                   TARGET, "%", f"{used:.2f} s of CPU in {elapsed:.0f} s, cues to {sound}")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--warm", type=float, default=5.0)
    args = parser.parse_args(argv)
    from figures import table

    print(table(measure(args.seconds, args.warm)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
