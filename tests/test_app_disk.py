"""A data folder that cannot be written, and a disk that fills up, during a real workout:
the workout goes on, results wait in memory, the runner is told, and everything is saved
once writing works again (the real app in a process of its own, offscreen).

The read-only folder runs the app as an unprivileged user (root writes anywhere); the full
disk is a small tmpfs the test mounts and fills to the last byte.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from footwork.history.store import Store
from tests.app_process import DRILL_PARTS, AppProcess, drill_routine, saved_parts
from tests.history.unprivileged import NOBODY, unprivileged_folder  # noqa: F401 - fixture
from tests.small_disk import fill, free, small_disk

KEPT = r"saving: .*Your results are kept in memory and saved as soon as this works again"


def _old_history(path: Path) -> None:
    with Store.open(path) as store:
        store.begin_session("foot-strength", "h", datetime(2026, 5, 4, tzinfo=UTC))


def _sessions(path: Path) -> list[tuple[int, str, int]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT s.id, s.status, (SELECT count(*) FROM results r WHERE"
                            " r.session_id = s.id) FROM sessions s ORDER BY s.id").fetchall()
    finally:
        conn.close()


def test_a_read_only_data_folder(unprivileged_folder: Path) -> None:  # noqa: F811
    data = unprivileged_folder / "data"
    logs = unprivileged_folder / "data-log"
    data.mkdir()
    logs.mkdir()
    routine = drill_routine(unprivileged_folder, hold=1.0)
    for made in (data, logs, routine):
        os.chown(made, NOBODY, NOBODY)
    path = data / "history.sqlite3"
    _old_history(path)
    for made in data.iterdir():
        os.chown(made, NOBODY, NOBODY)
    data.chmod(0o555)
    with AppProcess(data, ["--start", str(routine)], uid=NOBODY) as app:
        app.wait_for(r"history: Your history could not be saved to .*history\.sqlite3")
        app.wait_for(r"writes wait in memory", count=2)  # the session begun, a side ended
        assert app.process.poll() is None  # the workout goes on
        assert not saved_parts(app.lines)
        data.chmod(0o755)  # the runner makes the folder writable
        app.wait_for(r"session \d+ finished as completed")
        assert saved_parts(app.lines) == set(DRILL_PARTS)
    assert _sessions(path) == [(1, "running", 0), (2, "completed", 5)]


def test_a_disk_that_fills_up_mid_workout(tmp_path: Path) -> None:
    routine = drill_routine(tmp_path, hold=1.0)
    with small_disk(tmp_path / "data", "2m") as data:
        path = data / "history.sqlite3"
        _old_history(path)
        with AppProcess(data, ["--start", str(routine)]) as app:
            app.wait_until(lambda lines: len(saved_parts(lines)) >= 1, "a side saved")
            fill(data)
            app.wait_for(r"writes wait in memory")
            app.wait_for(KEPT)  # the runner is told
            assert app.process.poll() is None  # the workout goes on
            free(data)
            app.wait_for(r"session \d+ finished as completed")
            assert saved_parts(app.lines) == set(DRILL_PARTS)
            assert any("No space left on device" in line for line in app.lines)
        assert _sessions(path) == [(1, "running", 0), (2, "completed", 5)]
