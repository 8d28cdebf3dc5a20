"""Daily backups through SQLite's backup API, kept 14 days, and restoring one in place."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from footwork.history.backups import KEEP, BackupUnusable, backups, check
from footwork.history.schema import LATEST, migrate
from footwork.history.store import Store

from .conftest import FIXED_NOW
from .factories import UTC_START, exercise

DAY = date(2026, 11, 24)


def _with_sessions(store: Store, n: int) -> list[int]:
    ids = []
    for i in range(n):
        session = store.begin_session("foot-strength", "h", UTC_START + timedelta(days=i))
        store.record(session, exercise(0))
        ids.append(session)
    return ids


def test_a_backup_a_day_made_by_sqlite_while_the_history_is_open(store: Store,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert store.back_up(folder, DAY) is None  # nothing to keep yet
    _with_sessions(store, 2)
    made = store.back_up(folder, DAY)
    assert made == folder / "history-2026-11-24.sqlite3"
    _with_sessions(store, 1)
    assert store.back_up(folder, DAY) is None  # once a day
    assert sorted(p.name for p in folder.iterdir()) == ["history-2026-11-24.sqlite3"]
    assert check(made) == 2
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT count(*) FROM results").fetchone() == (4,)
    finally:
        conn.close()


def test_the_newest_fourteen_backups_are_kept(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    _with_sessions(store, 1)
    for days in range(20):
        store.back_up(folder, DAY + timedelta(days=days))
    kept = backups(folder)
    assert len(kept) == KEEP
    assert kept[0].day == DAY + timedelta(days=19)
    assert kept[-1].day == DAY + timedelta(days=6)


def test_restoring_brings_back_the_backup_and_keeps_the_current_history(
        store: Store, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = _with_sessions(store, 2)
    backup = store.back_up(folder, DAY)
    assert backup is not None
    store.delete_session(first[0])
    later = _with_sessions(store, 1)

    kept = store.restore(backup)
    assert [s.id for s in store.sessions()] == first
    assert kept is not None
    assert kept.name == "history.sqlite3.before-restore-" + \
        FIXED_NOW.astimezone().strftime("%Y%m%d-%H%M%S")
    with Store.open(kept) as before:
        assert sorted(s.id for s in before.sessions()) == [first[1], *later]
    # The same connection goes on writing, in WAL mode; another connection sees it all.
    assert store._conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    store.record(store.begin_session("foot-strength", "h", UTC_START), exercise(0))
    other = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        assert other.execute("SELECT count(*) FROM sessions").fetchone() == (3,)
        assert other.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        other.close()


def test_a_backup_of_an_older_schema_is_restored_and_migrated(store: Store,
                                                              tmp_path: Path) -> None:
    old = tmp_path / "history-2026-01-01.sqlite3"
    conn = sqlite3.connect(old, isolation_level=None)
    migrate(conn, target=2)
    conn.execute("INSERT INTO sessions (id, routine_id, local_date, started_utc,"
                 " utc_offset_minutes, status) VALUES (3, 'foot-strength', '2026-01-01',"
                 " '2026-01-01T07:00:00+00:00', 60, 'completed')")
    conn.close()
    assert store.restore(old) is None  # the current history held nothing to keep
    assert [s.id for s in store.sessions()] == [3]
    assert store._conn.execute("PRAGMA user_version").fetchone() == (LATEST,)


@pytest.mark.parametrize("content", [b"", b"not a database" * 100, "folder", "missing",
                                     "newer", "not footwork"])
def test_a_file_that_is_no_history_is_refused_and_nothing_changes(
        store: Store, tmp_path: Path, content: bytes | str) -> None:
    ids = _with_sessions(store, 1)
    bad = tmp_path / "bad.sqlite3"
    if content == "folder":
        bad.mkdir()
    elif content in ("newer", "not footwork"):
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        if content == "newer":
            conn.execute(f"PRAGMA user_version = {LATEST + 1}")
        conn.commit()
        conn.close()
    elif isinstance(content, bytes):
        bad.write_bytes(content)
    with pytest.raises(BackupUnusable, match="cannot be restored"):
        store.restore(bad)
    assert [s.id for s in store.sessions()] == ids
    assert not list(store.path.parent.glob("*before-restore*"))  # type: ignore[union-attr]
