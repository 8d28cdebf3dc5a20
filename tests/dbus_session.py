"""A private D-Bus session bus for tests: its own dbus-daemon, never the desktop's."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def stop_process(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


@contextmanager
def private_session_bus(folder: Path, config: Path | None = None) -> Iterator[str]:
    """Runs ``dbus-daemon --session`` (or with ``config``) until the block ends; yields its
    address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.fail("dbus-daemon is not installed: the D-Bus tests need it "
                    "(Debian/Ubuntu: apt-get install dbus-daemon)")
    errors = folder / "dbus-daemon.log"
    which = f"--config-file={config}" if config else "--session"
    with errors.open("w") as stderr:
        process = subprocess.Popen([daemon, which, "--nofork", "--print-address"],
                                   stdout=subprocess.PIPE, stderr=stderr, text=True)
    address = process.stdout.readline().strip() if process.stdout else ""
    if not address:
        stop_process(process)
        pytest.fail(f"dbus-daemon did not start: {errors.read_text()}")
    try:
        yield address
    finally:
        stop_process(process)
