"""The workout goes on when the history cannot be written, and nothing is lost.

Two failures that hold for root and normal users alike:
- the data "folder" is a regular file (ENOTDIR): opening fails before anything is written;
- the disk fills up mid-session: a small tmpfs the test mounts (as root) is filled up.
A real ``chmod 0o555`` folder is tested too, as an unprivileged user (see unprivileged.py).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from footwork.history.owner import HistoryOwner
from footwork.history.recorder import SafeRecorder
from footwork.history.store import Store
from tests.small_disk import fill, free, small_disk

from .factories import UTC_START, exercise, tripod
from .unprivileged import run_unprivileged, unprivileged_folder  # noqa: F401 - fixture


def _stored(path: Path) -> tuple[list[str], list[tuple[int, str | None]], dict[int, int | None]]:
    with Store.open(path) as store:
        return ([s.status for s in store.sessions()],
                [(r.exercise_index, r.side) for r in store.results()],
                {k: v.effort for k, v in store.ratings().items()})


def test_results_wait_in_memory_until_the_data_folder_can_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    path = blocker / "history.sqlite3"
    recorder = SafeRecorder(path)

    assert recorder.begin("foot-strength", "h", UTC_START, planned_exercises=2) is False
    assert recorder.record(tripod(0, "middle", "inside")) is False
    assert recorder.record(exercise(1)) is False
    assert recorder.finish("completed", UTC_START + timedelta(minutes=20)) is False
    assert recorder.rate(6, 1, "fine") is False

    assert recorder.problem is not None
    assert str(path) in recorder.problem
    assert os.strerror(errno.ENOTDIR) in recorder.problem
    assert recorder.pending == 5
    assert [r.index for r in recorder.pending_results()] == [0, 1]
    assert recorder.session_id is None

    assert recorder.retry() is False  # still broken: still kept
    assert recorder.pending == 5

    blocker.unlink()
    blocker.mkdir()
    assert recorder.retry() is True
    assert recorder.problem is None
    assert recorder.pending == 0
    assert recorder.session_id is not None
    recorder.close()
    statuses, results, ratings = _stored(path)
    assert statuses == ["completed"]
    assert results == [(0, "left"), (0, "right"), (1, "left"), (1, "right")]
    assert ratings == {recorder.session_id: 6}


def test_a_disk_filling_up_mid_session_loses_nothing(tmp_path: Path) -> None:
    """A real full disk: a small tmpfs filled to the last byte mid-session."""
    with small_disk(tmp_path / "data") as data:
        path = data / "history.sqlite3"
        owner = HistoryOwner(path)
        recorder = SafeRecorder.sharing(owner)  # the app's: the one connection of the process
        assert recorder.begin("foot-strength", "h", UTC_START)
        assert recorder.record(exercise(0))
        fill(data)
        long_walk = exercise(1, "heel-walks", "timed", sides=[None], bouts=(1.5,) * 4000)
        assert recorder.record(long_walk) is False
        assert recorder.record(exercise(2, bouts=(2.0,) * 4000)) is False
        assert recorder.problem is not None
        assert str(path) in recorder.problem
        assert os.strerror(errno.ENOSPC) in recorder.problem
        assert recorder.pending == 2
        assert recorder.retry() is False  # still full: still kept

        free(data)  # the runner freed some space
        assert recorder.finish("completed", UTC_START + timedelta(minutes=25)) is True
        owner.close()
        statuses, results, _ = _stored(path)
        assert statuses == ["completed"]
        assert results == [(0, "left"), (0, "right"), (1, None), (2, "left"), (2, "right")]
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()


def test_a_read_only_data_folder(unprivileged_folder: Path) -> None:  # noqa: F811
    """chmod 0o555 on the data folder, as an unprivileged user (root ignores the mode)."""
    out = run_unprivileged(unprivileged_folder, """
        data = FOLDER / "data"
        data.mkdir()
        path = data / "history.sqlite3"
        os.chmod(data, 0o555)
        side = lambda name: SideResult(name, 1, 1, 10, 10, 50.0, 50.0)
        recorder = SafeRecorder(path)
        started = datetime(2026, 5, 4, 7, 0, tzinfo=timezone.utc)
        out["saved"] = [
            recorder.begin("foot-strength", "h", started),
            recorder.record(ExerciseResult("toe-spread", "hold", 0, (side("left"), side("right")))),
            recorder.record(ExerciseResult("calf-drops", "reps", 1, (side(None),))),
        ]
        out["problem"] = recorder.problem
        out["pending"] = recorder.pending
        os.chmod(data, 0o755)
        out["retried"] = recorder.retry()
        recorder.close()
        with Store.open(path) as store:
            out["results"] = [[r.exercise_index, r.side] for r in store.results()]
    """)
    path = unprivileged_folder / "data" / "history.sqlite3"
    assert out["saved"] == [False, False, False]
    assert str(path) in out["problem"]
    assert os.strerror(errno.EACCES) in out["problem"]
    assert out["pending"] == 3
    assert out["retried"] is True
    assert out["results"] == [[0, "left"], [0, "right"], [1, None]]


def test_a_recovered_file_is_reported_by_the_recorder(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"definitely not sqlite" * 20)
    recorder = SafeRecorder(path)
    assert recorder.begin("foot-strength", "h", UTC_START)
    recorder.close()
    assert recorder.recovery is not None
    assert recorder.recovery.kept_as.read_bytes() == b"definitely not sqlite" * 20


def test_resuming_an_interrupted_session_records_into_it(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with Store.open(path) as store:
        session_id = store.begin_session("foot-strength", "h", UTC_START)
        store.record(session_id, exercise(0))
        store.finish_session(session_id, "interrupted", UTC_START + timedelta(minutes=3))
        assert store.resume_point(session_id) == 1
    recorder = SafeRecorder(path)
    assert recorder.resume(session_id)
    assert recorder.record(exercise(1))
    assert recorder.finish("completed", UTC_START + timedelta(minutes=30))
    recorder.close()
    statuses, results, _ = _stored(path)
    assert statuses == ["completed"]
    assert [index for index, _ in results] == [0, 0, 1, 1]


def test_bugs_are_raised_not_kept(tmp_path: Path) -> None:
    recorder = SafeRecorder(tmp_path / "history.sqlite3")
    with pytest.raises(RuntimeError):
        recorder.record(exercise(0))  # no session begun
    recorder.begin("foot-strength", "h", UTC_START)
    with pytest.raises(ValueError, match="cannot finish as 'running'"):
        recorder.finish("running", UTC_START)
    assert recorder.pending == 0  # the bad write is not retried forever
    assert recorder.record(exercise(0))
    recorder.close()
