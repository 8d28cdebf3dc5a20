"""Other programs reading the history while a workout writes it lose nothing.

Real processes on a real file: a workout process records exercises the way the app does
(a reading store open beside the recorder's), another process runs ``footwork export``, a
third opens and closes a read-write ``sqlite3`` connection. Every exercise the workout
finishes afterwards must be in the file, even when the workout process then dies without
closing anything.

Before the fix, the workout process dropped its own SQLite locks by ``open()``-ing and
closing the file, so the other processes' SQLite believed it was the last connection,
checkpointed and deleted the ``-wal`` still in use, and every later write vanished.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

WORKOUT = textwrap.dedent("""
    import os, sys
    from datetime import datetime, timezone
    from pathlib import Path
    from footwork.history import SafeRecorder, Store
    from footwork.session.results import ExerciseResult, SideResult

    path = Path(sys.argv[1])
    reader = Store.open(path)          # the app keeps one open for Today and History
    recorder = SafeRecorder(path)

    def result(index):
        side = SideResult(side=None, planned_sets=1, achieved_sets=1, planned_count=1,
                          achieved_count=1, planned_seconds=10.0, achieved_seconds=10.0)
        return ExerciseResult(f"exercise-{index}", "timed", index, (side,))

    assert recorder.begin("drill", "h", datetime.now(timezone.utc).astimezone(), 6)
    assert recorder.record(result(0))
    reader.summaries()
    print("saved 0", flush=True)
    for index in range(1, 6):
        assert sys.stdin.readline().strip() == "next"
        assert recorder.record(result(index)), recorder.problem
        reader.summaries()
        print(f"saved {index}", flush=True)
    os._exit(0)                        # dies without closing: nothing checkpointed
""")

READ_WRITE = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1])
    conn.execute("SELECT count(*) FROM results").fetchone()
    conn.close()
""")


def _workout(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", WORKOUT, str(path)], text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stdout.readline() == "saved 0\n"
    return process


def _next(process: subprocess.Popen[str], index: int) -> None:
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write("next\n")
    process.stdin.flush()
    assert process.stdout.readline() == f"saved {index}\n"


def _export(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "footwork.cli", "export", "--format", "json"],
                          env=env, capture_output=True, text=True, check=False, timeout=120)


def _saved_exercises(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(
            "SELECT exercise_id FROM results ORDER BY exercise_index")]


def test_export_and_other_connections_during_a_workout_lose_nothing(data_dir: Path) -> None:
    path = data_dir / "history.sqlite3"
    env = {**os.environ, "FOOTWORK_DATA_DIR": str(data_dir)}
    with _workout(path) as workout:
        _next(workout, 1)
        exported = _export(env)
        assert exported.returncode == 0, exported.stderr
        assert '"exercise-1"' in exported.stdout
        _next(workout, 2)
        subprocess.run([sys.executable, "-c", READ_WRITE, str(path)], check=True, timeout=60)
        _next(workout, 3)
        assert _export(env).returncode == 0
        _next(workout, 4)
        _next(workout, 5)
        assert workout.wait(timeout=60) == 0
    assert _saved_exercises(path) == [f"exercise-{i}" for i in range(6)]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_export_leaves_the_workouts_write_ahead_log_alone(data_dir: Path) -> None:
    """``footwork export`` reads: it never checkpoints or removes the ``-wal`` in use."""
    path = data_dir / "history.sqlite3"
    with _workout(path) as workout:
        wal = Path(f"{path}-wal")
        before = wal.stat()
        assert _export({**os.environ, "FOOTWORK_DATA_DIR": str(data_dir)}).returncode == 0
        after = wal.stat()
        assert (after.st_ino, after.st_size) == (before.st_ino, before.st_size)
        for index in range(1, 6):
            _next(workout, index)
        assert workout.wait(timeout=60) == 0
    assert len(_saved_exercises(path)) == 6
