"""The real app in a process of its own: offscreen, in its own data folder, with ``--debug``.

Tests sync on what the app writes to stderr (with ``--debug`` every log line goes there: one
per side saved, per session begun or finished, per notice, per request of a second start),
never on sleeps: :meth:`AppProcess.wait_for` reads lines until one matches, bounded by a
timeout that only ends a test that would otherwise hang.
"""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

DRILL_ROUTINE = """\
format = 1
id = "drill"
name = "Drill"
prepare = 0.2
switch = 0.2

[[exercises]]
id = "spread"
name = "Spread"
kind = "hold"
sides = "each-foot"
hold = {hold}
reps = 2
release = 0.1

[[exercises]]
id = "curls"
name = "Curls"
kind = "reps"
sets = 3
rest = 0.2
reps = 2
tempo = [0.2, 0, 0.2]

[[exercises]]
id = "balance"
name = "Balance"
kind = "timed"
sides = "each-leg"
seconds = 0.3
"""
# Its parts in order, (exercise index, side, set): what is saved one by one.
DRILL_PARTS = [(0, "left", 1), (0, "right", 1), (1, None, 1), (1, None, 2), (1, None, 3),
               (2, "left", 1), (2, "right", 1)]
DRILL_SETS = {0: 1, 1: 3, 2: 1}

SAVED = re.compile(r"saved session (\d+) exercise (\d+) \S+ side (\w+) sets ended (\w+)")
LIMIT = 60.0  # seconds: only a hung app takes this long


def drill_routine(folder: Path, hold: float = 0.3) -> Path:
    """The short drill routine as a file in ``folder``: holds per foot, 3 sets, legs."""
    path = folder / "drill.toml"
    path.write_text(DRILL_ROUTINE.format(hold=hold))
    return path


# As an unprivileged user: the interpreter and Qt start as root (the interpreter may live in
# root's home), every module of Footwork is imported, and the standard modules it imports
# only when first needed (after its first paint), then the process drops to ``uid``.
AS_USER = """
import importlib, os, pkgutil, sys
import hashlib, logging.handlers, subprocess
import footwork
for module in pkgutil.walk_packages(footwork.__path__, "footwork."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
uid = int(os.environ.pop("FOOTWORK_TEST_UID"))
os.setgroups([])
os.setgid(uid)
os.setuid(uid)
from footwork.cli import main
sys.exit(main(sys.argv[1:]))
"""


def app_env(data_dir: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FOOTWORK_DATA_DIR": str(data_dir),
            "FOOTWORK_LOG_DIR": str(data_dir.parent / f"{data_dir.name}-log"), **extra}


class AppProcess:
    """``python -m footwork --debug ARGS`` with its stderr read line by line."""

    def __init__(self, data_dir: Path, args: Sequence[str], *, uid: int | None = None,
                 **env: str) -> None:
        self.lines: list[str] = []
        start = ["-m", "footwork"] if uid is None else ["-c", AS_USER]
        if uid is not None:
            env["FOOTWORK_TEST_UID"] = str(uid)
        self.process = subprocess.Popen(
            [sys.executable, *start, "--debug", *args], env=app_env(data_dir, **env),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert self.process.stderr is not None
        self._fd = self.process.stderr.fileno()
        self._selector = selectors.DefaultSelector()
        self._selector.register(self.process.stderr, selectors.EVENT_READ)
        self._partial = b""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def _read(self, timeout: float) -> bool:
        """Read what is there within ``timeout``; False once stderr is closed."""
        if not self._selector.select(timeout):
            return True
        chunk = os.read(self._fd, 65536)
        if not chunk:
            return False
        self._partial += chunk
        *whole, self._partial = self._partial.split(b"\n")
        self.lines += [line.decode(errors="replace") for line in whole]
        return True

    def wait_for(self, pattern: str, count: int = 1, limit: float = LIMIT) -> list[str]:
        """Read until ``count`` lines in all match ``pattern``; those lines."""
        deadline = time.monotonic() + limit
        regex = re.compile(pattern)
        while True:
            found = [line for line in self.lines if regex.search(line)]
            if len(found) >= count:
                return found
            left = deadline - time.monotonic()
            assert left > 0, f"no {count} x {pattern!r} in {limit} s:\n{self.text}"
            if not self._read(min(left, 0.5)):
                raise AssertionError(f"the app ended before {pattern!r}:\n{self.text}")

    def wait_until(self, check: Callable[[list[str]], bool], what: str,
                   limit: float = LIMIT) -> None:
        """Read until ``check(lines)`` holds."""
        deadline = time.monotonic() + limit
        while not check(self.lines):
            left = deadline - time.monotonic()
            assert left > 0, f"not {what} in {limit} s:\n{self.text}"
            if not self._read(min(left, 0.5)):
                raise AssertionError(f"the app ended before {what}:\n{self.text}")

    def read_for(self, seconds: float) -> None:
        """Go on reading for ``seconds`` (a random moment to act at, not a wait for a state)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0 and self._read(left):
            pass

    def kill(self) -> int:
        """SIGKILL, then read what it wrote before dying; its exit status."""
        self.process.send_signal(signal.SIGKILL)
        code = self.process.wait(timeout=LIMIT)
        while self._read(0.5):
            pass
        return code

    def wait(self) -> int:
        code = self.process.wait(timeout=LIMIT)
        while self._read(0.5):
            pass
        return code

    def close(self) -> None:
        if self.process.poll() is None:
            self.kill()
        self._selector.close()
        assert self.process.stderr is not None
        self.process.stderr.close()

    def __enter__(self) -> AppProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def saved_parts(lines: list[str], session: int | None = None
                ) -> set[tuple[int, str | None, int]]:
    """The drill's parts the app said it saved: ``(exercise, side, set)``."""
    parts = set()
    for line in lines:
        match = SAVED.search(line)
        if match is None or (session is not None and int(match[1]) != session):
            continue
        exercise, side = int(match[2]), None if match[3] == "both" else match[3]
        last = DRILL_SETS.get(exercise, 1) if match[4] == "all" else int(match[4])
        parts |= {(exercise, side, s) for s in range(1, last + 1)}
    return parts
