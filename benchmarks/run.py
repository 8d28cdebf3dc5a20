"""Every benchmark in one run, and one table of each figure against its target.

    make bench        (the same as: .venv/bin/python benchmarks/run.py)
    .venv/bin/python benchmarks/run.py [--rounds 7] [--cues 60] [--long] [--only NAME ...]
                                       [--readme]

Runs, in this order (each also runs alone, ``python benchmarks/NAME.py``, and says how it
measures in its docstring):

- ``startup``: start to first painted window and peak memory (VmHWM), Footwork against a
  bare PySide6 window, alternated, median of ``--rounds`` (targets <= 1.3x and <= 1.5x).
- ``cpu``: CPU of a running workout over 60 s (``workout_cpu.py``; <= 2 % of a core).
- ``latency``: cue latency per backend, from the play call to the first sample at a null
  sink (``cue_latency.py``; Qt Multimedia's p95 <= 20 ms).
- ``timing``: cue timing over a real-time run of a 3-minute routine at a null sink, idle and
  with both cores loaded by two busy processes (``cue_timing.py``; p99 <= 10 ms and <= 25 ms).
  ``--long`` adds the whole seed routine (about 30 minutes), the error per 5-minute window.
- ``history``: ten years of daily history (``history_scale.py``; the targets it names).

The table goes to stdout after the machine it ran on; progress and each benchmark's own
output go to stderr. ``--readme`` also writes the table into the README's "Performance"
section. A benchmark that cannot run here (a missing tool, a file not written yet) gets a row
without a figure saying why, and the others still run.
"""

from __future__ import annotations

import argparse
import datetime
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from figures import REPO, Figure, machine, table  # noqa: E402

LATENCY_TARGETS = {"qt": 20.0, "pulse": 30.0}  # ms, p95 (the issue; cue_latency.py for pulse)
TIMING_IDLE, TIMING_LOADED = 10.0, 25.0  # ms, p99 of the error's size
LATENCY_LINE = re.compile(r"^(?P<backend>\S.*?)\s+cues\s+\d+\s+heard\s+(?P<heard>\d+)\s+"
                          r"missed\s+(?P<missed>\d+)\s+latency p50\s+(?P<p50>[-\d.]+) ms\s+"
                          r"p95\s+(?P<p95>[-\d.]+) ms")
TIMING_LINE = re.compile(r"^\s*(?P<label>.+?)\s+n\s+(?P<n>\d+)\s+p50\s+(?P<p50>[-+\d.]+)\s+"
                         r"p95\s+(?P<p95>[-+\d.]+)\s+p99\s+(?P<p99>[-+\d.]+)\s+"
                         r"max\s+(?P<max>[-+\d.]+) ms")


def log(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def script(name: str, *args: str, timeout: float) -> str:
    """Run ``benchmarks/NAME`` alone; its output (also copied to stderr)."""
    done = subprocess.run([sys.executable, str(HERE / name), *args], capture_output=True,
                          text=True, timeout=timeout, cwd=REPO)
    sys.stderr.write(done.stdout + done.stderr)
    if done.returncode != 0:
        raise RuntimeError(f"{name} exited with status {done.returncode}: "
                           f"{(done.stderr.strip().splitlines() or ['?'])[-1]}")
    return done.stdout


def startup(args: argparse.Namespace) -> list[Figure]:
    import startup as bench

    return bench.measure(args.rounds)


def cpu(args: argparse.Namespace) -> list[Figure]:
    import workout_cpu

    return workout_cpu.measure(60.0)


def latency(args: argparse.Namespace) -> list[Figure]:
    out = script("cue_latency.py", "--cues", str(args.cues), timeout=1800)
    figures = []
    for line in out.splitlines():
        found = LATENCY_LINE.match(line)
        if found:
            backend = found["backend"].strip()
            figures.append(Figure(
                f"cue latency p95, {backend} (play call to first sample)", float(found["p95"]),
                LATENCY_TARGETS.get(backend), "ms",
                f"p50 {found['p50']} ms, {found['heard']} heard, {found['missed']} missed"))
    if not figures:
        raise RuntimeError("cue_latency.py printed no figure")
    return figures


def _timing_lines(out: str) -> list[re.Match[str]]:
    return [m for m in map(TIMING_LINE.match, out.splitlines()) if m]


def _backend(out: str) -> str:
    found = re.search(r"backend (\S+)", out)
    return found[1] if found else "?"


def timing(args: argparse.Namespace) -> list[Figure]:
    if not (HERE / "cue_timing.py").is_file():
        why = "benchmarks/cue_timing.py is not there yet (the audio work writes it)"
        return [Figure("cue timing p99, 3-minute routine, idle", None, TIMING_IDLE, "ms", why),
                Figure("cue timing p99, 3-minute routine, both cores loaded", None,
                       TIMING_LOADED, "ms", why)]
    figures = []
    for name, extra, target in (("idle", (), TIMING_IDLE),
                                ("both cores loaded", ("--load",), TIMING_LOADED)):
        out = script("cue_timing.py", *extra, timeout=900)
        lines = {m["label"]: m for m in _timing_lines(out)}
        every = lines.get("all")
        if every is None:
            raise RuntimeError("cue_timing.py printed no figure for all cues")
        missed = re.search(r"not heard: (\d+)", out)
        figures.append(Figure(
            f"cue timing p99, 3-minute routine, {name}", abs(float(every["p99"])), target,
            "ms", f"{_backend(out)}: error = onset - moment, p50 {every['p50']}, max "
            f"{every['max']} ms, {every['n']} heard, {missed[1] if missed else '?'} not heard"))
    if args.long:
        out = script("cue_timing.py", "--routine", "foot-strength", "--window", "300",
                     timeout=3600)
        for m in _timing_lines(out):
            if "min" in m["label"]:
                figures.append(Figure(
                    f"cue timing p99, seed routine, {m['label'].strip()}",
                    abs(float(m["p99"])), TIMING_IDLE, "ms",
                    f"{_backend(out)}: p50 {m['p50']}, max {m['max']} ms, {m['n']} heard"))
        drift = re.search(r"^drift ([-+\d.]+) ms", out, re.MULTILINE)
        figures.append(Figure(
            "cue timing drift, seed routine: last 5-min window's median less the first's",
            abs(float(drift[1])) if drift else None, TIMING_IDLE, "ms",
            "" if drift else "cue_timing.py printed no drift"))
    return figures


def history(args: argparse.Namespace) -> list[Figure]:
    import history_scale

    return [Figure(f"ten-year history: {name}", seconds * 1000, target * 1000, "ms")
            for name, seconds, target in history_scale.measure(out=log)]


BENCHMARKS: dict[str, Callable[[argparse.Namespace], list[Figure]]] = {
    "startup": startup, "cpu": cpu, "latency": latency, "timing": timing, "history": history,
}
README_START = "<!-- bench:table -->"
README_END = "<!-- bench:end -->"


def write_readme(text: str) -> None:
    """Put ``text`` between the README's markers (its Performance section)."""
    readme = REPO / "README.md"
    content = readme.read_text(encoding="utf-8")
    start, end = content.index(README_START), content.index(README_END)
    readme.write_text(content[:start + len(README_START)] + "\n" + text + "\n"
                      + content[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="start-up rounds (>= 7)")
    parser.add_argument("--cues", type=int, default=60, help="cues per backend for latency")
    parser.add_argument("--long", action="store_true",
                        help="also the whole seed routine's cue timing (about 30 minutes)")
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), metavar="NAME",
                        help=f"run only these: {', '.join(BENCHMARKS)}")
    parser.add_argument("--readme", action="store_true",
                        help="write the table into README.md's Performance section")
    args = parser.parse_args(argv)
    ran_on = machine()
    figures: list[Figure] = []
    for name in args.only or BENCHMARKS:
        log(f"== {name}")
        try:
            figures += BENCHMARKS[name](args)
        except (RuntimeError, OSError, SystemExit, subprocess.TimeoutExpired) as exc:
            figures.append(Figure(f"{name}: did not run", None, None, "", str(exc)))
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = f"Ran on {ran_on}; {when}.\n\n{table(figures)}"
    print(text)
    if args.readme:
        write_readme(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
