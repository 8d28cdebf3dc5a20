"""One instance per data folder, with real processes: a second start hands its request over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

FIRST = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from footwork.platform.single_instance import SingleInstance

    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    later = len(sys.argv) > 2  # take the lock now, listen once "listen" is read on stdin
    print("claimed" if instance.claim(listen=not later) else "taken", flush=True)
    if later:
        waiting = QTimer()
        waiting.timeout.connect(lambda: sys.stdin.readline() == "listen\\n" and (
            instance.listen(), print("listening", flush=True), waiting.stop()))
        waiting.start(0)

    def got(request):
        print(f"request {request.start}", flush=True)
        if request.start == "quit":
            instance.release()
            app.quit()

    instance.requested.connect(got)
    app.exec()
""")

SECOND = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from footwork.platform.single_instance import Request, SingleInstance

    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    if instance.claim():
        print("claimed", flush=True)
    else:
        print("sending", flush=True)
        print("sent" if instance.send(Request(sys.argv[2] or None)) else "not sent", flush=True)
""")


def _first(folder: Path, *later: str) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", FIRST, str(folder), *later], text=True,
                               stdout=subprocess.PIPE, stdin=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stdout.readline() == "claimed\n"
    return process


def _second(folder: Path, start: str = "") -> str:
    done = subprocess.run([sys.executable, "-c", SECOND, str(folder), start],
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip().removeprefix("sending\n")


def test_a_second_start_hands_its_request_to_the_first(tmp_path: Path) -> None:
    with _first(tmp_path) as first:
        assert first.stdout is not None
        assert _second(tmp_path) == "sent"
        assert first.stdout.readline() == "request None\n"  # only: show the window
        assert _second(tmp_path, "/home/runner/feet.toml") == "sent"
        assert first.stdout.readline() == "request /home/runner/feet.toml\n"
        assert _second(tmp_path / "elsewhere") == "claimed"  # another data folder, another one
        assert _second(tmp_path, "quit") == "sent"
        assert first.wait(timeout=60) == 0
    assert _second(tmp_path) == "claimed"  # the first one has quit


def test_the_lock_of_a_killed_instance_never_blocks_a_start(tmp_path: Path) -> None:
    with _first(tmp_path) as first:
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=60)
    assert _second(tmp_path) == "claimed"


def test_a_second_start_before_the_first_listens_waits_for_it(tmp_path: Path) -> None:
    """The app takes the lock before its window and listens after the first paint."""
    with _first(tmp_path, "later") as first:
        assert first.stdout is not None
        assert first.stdin is not None
        second = subprocess.Popen([sys.executable, "-c", SECOND, str(tmp_path), "quit"],
                                  stdout=subprocess.PIPE, text=True)
        assert second.stdout is not None
        assert second.stdout.readline() == "sending\n"  # found the lock, no server yet
        first.stdin.write("listen\n")
        first.stdin.flush()
        assert first.stdout.readline() == "listening\n"
        assert second.communicate(timeout=60)[0] == "sent\n"
        assert first.stdout.readline() == "request quit\n"
        assert first.wait(timeout=60) == 0
