"""Opening a history that cannot be used: kept aside byte for byte, a new one started."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from footwork.history.errors import HistoryUnavailable
from footwork.history.store import Store

from .conftest import FIXED_NOW
from .factories import UTC_START, exercise
from .unprivileged import run_unprivileged, unprivileged_folder  # noqa: F401 - fixture


def _real_history(path: Path, sessions: int = 200) -> bytes:
    """A healthy history file with ``sessions`` sessions; its bytes."""
    with Store.open(path) as store:
        for day in range(sessions):
            session_id = store.begin_session("foot-strength", "h",
                                             UTC_START + timedelta(days=day))
            store.record(session_id, exercise(0))
    return path.read_bytes()


def _works(store: Store) -> None:
    session_id = store.begin_session("foot-strength", "h", UTC_START)
    store.record(session_id, exercise(0))
    assert [s.id for s in store.sessions()] == [session_id]


def _open(path: Path) -> Store:
    return Store.open(path, clock=lambda: FIXED_NOW)


def test_random_bytes_are_kept_aside_and_a_new_history_starts(db_path: Path) -> None:
    db_path.parent.mkdir()
    garbage = b"\x00not a database\xff" + os.urandom(4000)
    db_path.write_bytes(garbage)
    with _open(db_path) as store:
        recovery = store.recovery
        assert recovery is not None
        assert recovery.reason == "corrupt"
        assert re.fullmatch(r"history\.sqlite3\.corrupt-\d{8}-\d{6}", recovery.kept_as.name)
        assert recovery.kept_as.read_bytes() == garbage
        _works(store)
    message = recovery.message()
    assert str(recovery.kept_as) in message
    assert "new one was started" in message


@pytest.mark.parametrize("keep", [0.05, 0.5, 0.99])
def test_a_truncated_history_is_kept_aside_byte_for_byte(db_path: Path, keep: float) -> None:
    db_path.parent.mkdir()
    whole = _real_history(db_path)
    cut = whole[: int(len(whole) * keep)]
    db_path.write_bytes(cut)
    with _open(db_path) as store:
        assert store.recovery is not None
        assert store.recovery.reason == "corrupt"
        assert store.recovery.kept_as.read_bytes() == cut
        _works(store)


def test_an_empty_history_file_is_kept_aside(db_path: Path) -> None:
    """Footwork writes the schema as it creates the file: an empty one lost its content."""
    db_path.parent.mkdir()
    db_path.write_bytes(b"")
    with _open(db_path) as store:
        assert store.recovery is not None
        assert store.recovery.reason == "corrupt"
        assert re.fullmatch(r"history\.sqlite3\.empty-\d{8}-\d{6}", store.recovery.kept_as.name)
        assert "the file is empty" in store.recovery.message()
        _works(store)


def test_a_history_from_a_newer_footwork_is_kept_aside(db_path: Path) -> None:
    db_path.parent.mkdir()
    _real_history(db_path, sessions=3)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    newer = db_path.read_bytes()
    with _open(db_path) as store:
        recovery = store.recovery
        assert recovery is not None
        assert recovery.reason == "newer"
        assert re.fullmatch(r"history\.sqlite3\.newer-v99-\d{8}-\d{6}", recovery.kept_as.name)
        assert recovery.kept_as.read_bytes() == newer
        _works(store)
    assert "newer version" in recovery.message()


def test_the_wal_and_shm_files_move_with_the_database(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(b"garbage" * 100)
    Path(f"{db_path}-wal").write_bytes(b"old wal frames")
    Path(f"{db_path}-shm").write_bytes(b"old shared memory")
    with _open(db_path) as store:
        assert store.recovery is not None
        kept = store.recovery.kept_as
        assert kept.read_bytes() == b"garbage" * 100
        assert Path(f"{kept}-wal").read_bytes() == b"old wal frames"
        # -shm is SQLite's scratch index of the WAL, rebuilt from it on open: it moves too,
        # so the new database never sees it, but SQLite may have refreshed its content.
        assert Path(f"{kept}-shm").exists()
        assert not Path(f"{db_path}-shm").exists() or Path(f"{db_path}-shm").read_bytes() \
            != b"old shared memory"
        _works(store)


def test_a_second_recovery_in_the_same_second_overwrites_nothing(db_path: Path) -> None:
    db_path.parent.mkdir()
    kept = []
    for content in (b"first broken file", b"second broken file"):
        db_path.write_bytes(content * 50)
        with _open(db_path) as store:
            assert store.recovery is not None
            kept.append(store.recovery.kept_as)
    assert kept[0] != kept[1]
    assert kept[0].read_bytes() == b"first broken file" * 50
    assert kept[1].read_bytes() == b"second broken file" * 50


def test_a_folder_in_place_of_the_file_is_kept_aside(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    (db_path / "something.txt").write_text("mine")
    with _open(db_path) as store:
        assert store.recovery is not None
        assert store.recovery.reason == "unreadable"
        assert (store.recovery.kept_as / "something.txt").read_text() == "mine"
        _works(store)


def test_a_missing_data_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "history.sqlite3"
    with _open(path) as store:
        assert store.recovery is None
        _works(store)


def test_a_data_folder_that_is_a_file_is_reported_not_recovered(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be")
    path = tmp_path / "data" / "history.sqlite3"
    with pytest.raises(HistoryUnavailable) as caught:
        _open(path)
    assert str(path) in str(caught.value)
    assert os.strerror(20) in str(caught.value)  # ENOTDIR: "Not a directory"
    assert (tmp_path / "data").read_text() == "a file where the folder should be"


def test_an_unreadable_file_is_kept_aside(unprivileged_folder: Path) -> None:  # noqa: F811
    """Runs as an unprivileged user (root reads any file whatever its mode)."""
    path = unprivileged_folder / "history.sqlite3"
    original = _real_history(path, sessions=3)
    os.chmod(path, 0)
    out = run_unprivileged(unprivileged_folder, """
        with Store.open(FOLDER / "history.sqlite3") as store:
            recovery = store.recovery
            session_id = store.begin_session("foot-strength", "h",
                                              datetime(2026, 5, 4, tzinfo=timezone.utc))
            out = {"reason": recovery.reason, "detail": recovery.detail,
                   "kept": str(recovery.kept_as), "sessions": len(store.sessions())}
    """)
    assert out["reason"] == "unreadable"
    assert out["detail"] == os.strerror(13)  # EACCES: "Permission denied"
    assert out["sessions"] == 1
    kept = Path(out["kept"])
    os.chmod(kept, 0o600)
    assert kept.read_bytes() == original


def test_the_kept_name_uses_the_local_time_of_the_clock(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(b"broken" * 100)
    moment = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)
    with Store.open(db_path, clock=lambda: moment) as store:
        assert store.recovery is not None
        stamp = moment.astimezone().strftime("%Y%m%d-%H%M%S")
        assert store.recovery.kept_as.name == f"history.sqlite3.corrupt-{stamp}"


# -- reading without writing: export and other readers ------------------------------------------


def test_reading_a_missing_history_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    with Store.open_read_only(path) as store:
        assert store.sessions() == []
    assert not path.parent.exists()


def test_reading_an_older_schema_leaves_the_file_byte_for_byte(db_path: Path) -> None:
    from footwork.history.schema import migrate

    db_path.parent.mkdir()
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute("INSERT INTO sessions (routine_id, local_date, started_utc,"
                 " utc_offset_minutes, status) VALUES ('foot-strength', '2026-05-04',"
                 " '2026-05-04T07:00:00+00:00', 60, 'completed')")
    conn.close()
    before = db_path.read_bytes()
    with Store.open_read_only(db_path) as store:
        assert [s.routine_id for s in store.sessions()] == ["foot-strength"]
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("content", [b"\x00not a database" * 300, b"newer"])
def test_a_history_that_cannot_be_read_is_reported_and_left_alone(db_path: Path,
                                                                  content: bytes) -> None:
    db_path.parent.mkdir()
    if content == b"newer":
        _real_history(db_path, sessions=2)
        conn = sqlite3.connect(db_path)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
        content = db_path.read_bytes()
    else:
        db_path.write_bytes(content)
    with pytest.raises(HistoryUnavailable) as caught:
        Store.open_read_only(db_path).sessions()
    assert str(db_path) in str(caught.value)
    assert "could not be read" in str(caught.value)
    others = {p.name for p in db_path.parent.iterdir()} - {"history.sqlite3"}
    assert others <= {"history.sqlite3-wal", "history.sqlite3-shm"}  # SQLite's own, empty
    assert db_path.read_bytes() == content


def test_a_reader_cannot_write(db_path: Path) -> None:
    _real_history(db_path, sessions=1)
    with Store.open_read_only(db_path) as store, pytest.raises(HistoryUnavailable):
        store.begin_session("foot-strength", "h", UTC_START)
    with Store.open(db_path) as store:
        assert len(store.sessions()) == 1
