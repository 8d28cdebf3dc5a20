"""A second ``footwork`` during a workout hands its request over and exits; the first one
keeps running and saves everything (real processes, offscreen, one data folder)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.app_process import DRILL_PARTS, AppProcess, app_env, drill_routine, saved_parts


def _second(data: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "footwork", *args], env=app_env(data),
                          cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def test_a_second_start_during_a_workout_exits_and_the_first_saves_everything(
        tmp_path: Path) -> None:
    routine = drill_routine(tmp_path, hold=1.5)  # about ten seconds
    data = tmp_path / "data"
    with AppProcess(data, ["--start", str(routine)]) as first:
        (begun,) = first.wait_for(r"session \d+ begun")
        session = int(begun.split("session ")[1].split()[0])

        plain = _second(data, cwd=tmp_path)
        assert plain.returncode == 0, plain.stderr
        assert "Footwork is already running; its window was brought up." in \
            plain.stderr.splitlines()
        first.wait_for(r"a second start asked for Request\(start=None\)")

        again = _second(data, "--start", "drill.toml", cwd=tmp_path)  # relative to its folder
        assert again.returncode == 0, again.stderr
        assert "Footwork is already running; it was asked to start drill.toml." in \
            again.stderr.splitlines()
        first.wait_for(rf"a second start asked for Request\(start='{routine}'\)")

        first.wait_for(rf"session {session} finished as completed")
        assert first.process.poll() is None  # still running, on its end screen
        assert len(first.wait_for(r"session \d+ begun")) == 1  # asked, never replaced
        assert saved_parts(first.lines, session) == set(DRILL_PARTS)

    conn = sqlite3.connect(f"{(data / 'history.sqlite3').as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT id, status FROM sessions").fetchall() == [
            (session, "completed")]
        assert conn.execute("SELECT count(*) FROM results").fetchone() == (5,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_a_stale_lock_after_a_crash_never_blocks_a_start(tmp_path: Path) -> None:
    routine = drill_routine(tmp_path)
    data = tmp_path / "data"
    with AppProcess(data, ["--start", str(routine)]) as crashed:
        crashed.wait_for(r"session \d+ begun")
        crashed.kill()
    with AppProcess(data, ["--start", str(routine)]) as next_start:
        next_start.wait_for(r"session 2 begun")  # it became the running one
