"""What the benchmarks share: a measured figure against its target, the table that prints them,
percentiles, an X server of their own (Xvfb) and a process's memory and CPU time.

Not a benchmark itself: ``benchmarks/run.py`` runs them all and prints one table.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Figure:
    """One row of the table: ``value`` against ``target`` (at most), in ``unit``.

    ``detail`` says what the value is made of (Footwork's and the bare window's times for a
    ratio). ``value`` None: not measured, ``detail`` says why.
    """

    name: str
    value: float | None
    target: float | None  # None: a figure printed without a target
    unit: str
    detail: str = ""

    @property
    def ratio(self) -> float | None:
        """The value over its target: 1.0 or less meets it."""
        if self.value is None or self.target is None:
            return None
        return self.value / self.target

    @property
    def met(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value <= self.target


def _number(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "%":
        return f"{value:.2f} %"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table (also how the README shows it)."""
    rows = [("figure", "measured", "target", "ratio", "met", "detail"),
            ("---", "---:", "---:", "---:", ":---:", "---")]
    for f in figures:
        rows.append((
            f.name,
            "–" if f.value is None else _number(f.value, f.unit),
            "–" if f.target is None else "≤ " + _number(f.target, f.unit),
            "–" if f.ratio is None else f"{f.ratio:.2f}",
            "–" if f.met is None else ("yes" if f.met else "NO"),
            f.detail,
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=True)]
        lines.append("| " + " | ".join(cells).rstrip() + " |")
    return "\n".join(lines)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


class Xvfb:
    """An X server of our own (``Xvfb -displayfd``), as the screen test starts one."""

    def __init__(self) -> None:
        program = shutil.which("Xvfb")
        if program is None:
            sys.exit("Xvfb is missing: run tools/system-deps.sh (Debian package xvfb)")
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [program, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten",
             "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            sys.exit("Xvfb did not start")
        self.display = f":{number}"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)

    def __enter__(self) -> Xvfb:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def status_kb(pid: int, field: str) -> int:
    """A ``/proc/PID/status`` figure in kB (``VmHWM``: the peak resident memory)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process, all its threads, so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def machine() -> str:
    """nproc, the CPU model, Python and PySide6: what the README says the table ran on."""
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    import PySide6

    load = os.getloadavg()[0]
    return (f"{os.cpu_count()} cores ({model}), Python {sys.version.split()[0]}, "
            f"PySide6 {PySide6.__version__}, load average {load:.2f} at the start")
