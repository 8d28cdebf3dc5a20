"""One owner of the history file per process: one connection, shared; backups and restore."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from footwork.history.owner import HistoryOwner
from footwork.history.recorder import SafeRecorder
from footwork.history.store import Store

from .factories import UTC_START, exercise

TODAY = date(2026, 11, 24)


def _owner(data: Path, today: date = TODAY) -> HistoryOwner:
    return HistoryOwner(data / "history.sqlite3", data / "backups", today=lambda: today)


def _history_with_sessions(data: Path, n: int) -> None:
    with Store.open(data / "history.sqlite3") as store:
        for i in range(n):
            store.record(store.begin_session("foot-strength", "h",
                                             UTC_START + timedelta(days=i)), exercise(0))


def test_the_recorder_and_the_readers_share_one_store(tmp_path: Path) -> None:
    owner = _owner(tmp_path)
    store = owner.get()
    assert owner.get() is store
    assert owner.current() is store
    recorder = SafeRecorder.sharing(owner)
    assert recorder.begin("foot-strength", "h", UTC_START)
    assert recorder.record(exercise(0))
    recorder.close()  # lets go of the shared store without closing it
    assert [r.exercise_index for r in store.results()] == [0, 0]
    assert recorder.finish("completed", UTC_START)  # and finds it again
    assert store.sessions()[0].status == "completed"
    owner.close()


def test_the_first_open_of_a_day_makes_the_daily_backup(tmp_path: Path) -> None:
    _history_with_sessions(tmp_path, 2)
    owner = _owner(tmp_path)
    owner.get()
    owner.close()
    _owner(tmp_path).get().close()  # a second start that day: no second backup
    _owner(tmp_path, TODAY + timedelta(days=1)).get().close()
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [
        "history-2026-11-24.sqlite3", "history-2026-11-25.sqlite3"]


def test_a_damaged_history_is_kept_and_the_newest_usable_backup_offered(tmp_path: Path) -> None:
    _history_with_sessions(tmp_path, 3)
    _owner(tmp_path, TODAY - timedelta(days=5)).get().close()
    _history_with_sessions(tmp_path, 1)
    _owner(tmp_path, TODAY - timedelta(days=2)).get().close()
    (tmp_path / "backups" / "history-2026-11-23.sqlite3").write_bytes(b"half a file")
    path = tmp_path / "history.sqlite3"
    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    path.write_bytes(damaged)

    owner = _owner(tmp_path)
    store = owner.get()
    assert owner.recovery is not None
    assert owner.recovery.kept_as.read_bytes() == damaged
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [
        "history-2026-11-19.sqlite3", "history-2026-11-22.sqlite3",
        "history-2026-11-23.sqlite3"]  # no backup of the fresh, empty file
    offer = owner.restore_offer()
    assert offer is not None
    assert (offer.backup.day, offer.days_back, offer.sessions) == (date(2026, 11, 22), 2, 4)
    assert owner.restore(offer.backup.path) is None  # the fresh file held nothing
    assert len(store.sessions()) == 4
    owner.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_no_restore_is_offered_for_a_healthy_file(tmp_path: Path) -> None:
    _history_with_sessions(tmp_path, 1)
    owner = _owner(tmp_path)
    owner.get()
    assert owner.restore_offer() is None
    owner.close()


def test_a_folder_that_cannot_be_used_is_tried_again(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    owner = HistoryOwner(blocker / "history.sqlite3")
    assert owner.current() is None
    assert owner.problem is not None
    assert str(blocker / "history.sqlite3") in owner.problem
    blocker.unlink()
    assert owner.current() is not None
    assert owner.problem is None
    owner.close()
