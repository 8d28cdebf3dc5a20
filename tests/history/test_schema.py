"""Schema versions and forward migrations on real SQLite files."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from footwork.history import schema
from footwork.history.errors import HistoryBug
from footwork.history.schema import LATEST, migrate, version
from footwork.history.store import Store

from .factories import exercise


def _old_file(path: Path, at_version: int) -> None:
    """A history written by the Footwork that had schema ``at_version``, with a session."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        migrate(conn, target=at_version)
        if at_version >= 1:
            conn.execute(
                "INSERT INTO sessions (id, routine_id, local_date, started_utc, ended_utc,"
                " utc_offset_minutes, status) VALUES (7, 'foot-strength', '2026-03-29',"
                " '2026-03-29T21:30:00+00:00', '2026-03-29T21:55:00+00:00', 120, 'completed')")
            conn.execute(
                "INSERT INTO results (session_id, exercise_index, exercise_id, kind, side,"
                " planned_sets, achieved_sets, planned_count, achieved_count, planned_seconds,"
                " achieved_seconds, bouts, answer, skipped, recorded_utc) VALUES"
                " (7, 0, 'tripod-check', 'check', 'left', 1, 1, 1, 1, 0, 4.5, '[]', 'middle',"
                " 0, '2026-03-29T21:31:00+00:00')")
        if at_version >= 2:
            conn.execute("INSERT INTO ratings (session_id, effort, pain, note, rated_utc)"
                         " VALUES (7, 6, 1, 'calves tight', '2026-03-29T21:56:00+00:00')")
        if at_version >= 3:
            conn.execute("UPDATE sessions SET routine_hash = 'beef', planned_exercises = 11")
    finally:
        conn.close()


@pytest.mark.parametrize("at_version", range(1, LATEST))  # 0, an empty file: test_opening
def test_a_file_of_every_earlier_version_opens_with_its_rows_intact(tmp_path: Path,
                                                                    at_version: int) -> None:
    path = tmp_path / "history.sqlite3"
    _old_file(path, at_version)

    with Store.open(path) as store:
        assert store.recovery is None
        old = store.sessions()
        if at_version >= 1:
            (session,) = old
            assert (session.id, session.local_date, session.utc_offset_minutes) == (
                7, date(2026, 3, 29), 120)
            if at_version >= 3:
                assert (session.routine_hash, session.planned_exercises) == ("beef", 11)
            else:
                assert session.routine_hash == ""
                assert session.planned_exercises is None
            (row,) = store.results(7)
            assert (row.exercise_id, row.side, row.answer, row.achieved_seconds) == (
                "tripod-check", "left", "middle", 4.5)
            assert row.sets_ended is None  # a side saved before sides were saved alone: whole
            assert store.saved_parts(7) == {(0, "left"): None}
            assert store.what_ran(7) == (None, None)  # no snapshot: found by its id, as before
            assert store.summaries()[0].recorded == 1
        if at_version >= 2:
            assert store.ratings()[7].note == "calves tight"
        # What the newer versions added works on old and new sessions alike.
        new_id = store.begin_session("foot-strength", "c0ffee", datetime(2026, 5, 1, tzinfo=UTC),
                                     planned_exercises=12, snapshot="format = 1\n", level=0.2)
        store.record(new_id, exercise(0, sides=["left"]))
        store.record(new_id, exercise(0, sides=["right"]))
        assert store.what_ran(new_id) == ("format = 1\n", 0.2)
        store.rate(new_id, effort=4, pain=0, note="")
        if at_version >= 1:
            store.rate(7, effort=5, pain=2, note="rated after the upgrade")
        assert store.session(new_id).routine_hash == "c0ffee"
        assert store.session(new_id).planned_exercises == 12

    conn = sqlite3.connect(path)
    try:
        assert version(conn) == LATEST
    finally:
        conn.close()


def test_opening_a_current_file_again_changes_nothing(db_path: Path) -> None:
    Store.open(db_path).close()
    before = db_path.read_bytes()
    Store.open(db_path).close()
    assert db_path.read_bytes() == before


def test_a_failing_migration_leaves_the_file_at_its_version(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    path = tmp_path / "history.sqlite3"
    _old_file(path, 1)
    broken = "CREATE TABLE ratings (session_id INTEGER);\nCREATE TABLE oops (;"
    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn, target=2)
        assert version(conn) == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "ratings" not in tables
        assert conn.execute("SELECT count(*) FROM sessions").fetchone() == (1,)
    finally:
        conn.close()


def test_a_broken_migration_is_reported_as_a_bug_not_as_a_disk_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", ("CREATE TABLE oops (;",))
    conn = sqlite3.connect(tmp_path / "history.sqlite3")
    with pytest.raises(HistoryBug, match="syntax error"):
        Store(conn, path=tmp_path / "history.sqlite3")
    conn.close()


def test_unknown_target_versions_are_refused() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with pytest.raises(ValueError, match="no schema version"):
            migrate(conn, target=LATEST + 1)
    finally:
        conn.close()
