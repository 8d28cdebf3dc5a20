"""The history schema and its forward migrations.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[n - 1]`` turns a version
``n - 1`` database into version ``n``; each runs in its own transaction together with the
version bump, so a failed migration leaves the file at the version it had. Never edit a
released migration: append a new one.
"""

from __future__ import annotations

import sqlite3

V1_SESSIONS_AND_RESULTS = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL,
    local_date TEXT NOT NULL,             -- ISO date in the local time zone at the start
    started_utc TEXT NOT NULL,            -- ISO 8601, UTC
    ended_utc TEXT,
    utc_offset_minutes INTEGER NOT NULL,  -- local offset at the start
    status TEXT NOT NULL
        CHECK (status IN ('running', 'completed', 'partial', 'interrupted'))
);
CREATE INDEX sessions_by_date ON sessions (local_date);
CREATE INDEX sessions_by_status ON sessions (status);

CREATE TABLE results (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    exercise_index INTEGER NOT NULL,
    exercise_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    side TEXT CHECK (side IN ('left', 'right')),
    planned_sets INTEGER NOT NULL,
    achieved_sets INTEGER NOT NULL,
    planned_count INTEGER NOT NULL,
    achieved_count INTEGER NOT NULL,
    planned_seconds REAL NOT NULL,
    achieved_seconds REAL NOT NULL,
    bouts TEXT NOT NULL DEFAULT '[]',     -- JSON list of seconds
    answer TEXT,                          -- a check's answer id, e.g. 'middle'
    skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
    recorded_utc TEXT NOT NULL
);
-- NULL sides are distinct in a plain UNIQUE constraint, hence the expression.
CREATE UNIQUE INDEX results_slot ON results (session_id, exercise_index, ifnull(side, ''));
"""

V2_RATINGS = """
CREATE TABLE ratings (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    effort INTEGER CHECK (effort BETWEEN 0 AND 10),
    pain INTEGER CHECK (pain BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT '',
    rated_utc TEXT NOT NULL
);
"""

V3_ROUTINE_VERSION = """
ALTER TABLE sessions ADD COLUMN routine_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN planned_exercises INTEGER;
"""

V4_READING_INDEXES = """
-- The History page reads one exercise at a time, and counts the exercises done per session.
CREATE INDEX results_by_exercise ON results (exercise_id, skipped);
CREATE INDEX results_done ON results (session_id, skipped, exercise_index);
"""

V5_WHAT_A_SESSION_RAN = """
-- The routine file as it was run, once per version (sessions.routine_hash names it), so a
-- session can be resumed and shown even after its file was edited, moved or deleted.
CREATE TABLE routine_snapshots (
    hash TEXT PRIMARY KEY,                -- the routine's content hash (sessions.routine_hash)
    content TEXT NOT NULL                 -- the routine's TOML text, as read
);
-- Where in its ranges (10-12 reps, 30-60 s) the session's plan sat: 0 low end, 1 high end.
ALTER TABLE sessions ADD COLUMN plan_level REAL;
-- Each side is saved when it ends, and after each set of a multi-set exercise: how many of
-- its sets had ended then. NULL: saved with the whole exercise, when it ended.
ALTER TABLE results ADD COLUMN sets_ended INTEGER;
-- The rare rows of exercises cut short (killed mid-exercise, not resumed).
CREATE INDEX results_cut_short ON results (session_id, exercise_index)
    WHERE sets_ended IS NOT NULL;
"""

V6_CHOSEN_TARGETS = """
-- The numbers the runner accepted for a session (earned progression: exercise id -> reps or
-- seconds, JSON), so a resumed session plans them again. NULL: the level alone planned it.
ALTER TABLE sessions ADD COLUMN plan_targets TEXT;
"""

MIGRATIONS: tuple[str, ...] = (V1_SESSIONS_AND_RESULTS, V2_RATINGS, V3_ROUTINE_VERSION,
                               V4_READING_INDEXES, V5_WHAT_A_SESSION_RAN, V6_CHOSEN_TARGETS)
LATEST = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    """The schema version of the database ``conn`` is connected to (0: empty)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int | None = None) -> None:
    """Bring the database up to schema ``target`` (default: the latest), one transaction each.

    ``conn`` must be in autocommit mode (``isolation_level=None``) with no open transaction.
    """
    target = len(MIGRATIONS) if target is None else target
    if not 0 <= target <= len(MIGRATIONS):
        raise ValueError(f"no schema version {target}")
    for number in range(version(conn) + 1, target + 1):
        script = MIGRATIONS[number - 1]
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
