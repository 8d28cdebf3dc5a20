"""Opening the history file without ever losing it.

Before the store writes anything, the file is inspected through a read-only SQLite
connection (``PRAGMA quick_check`` and the schema version). Nothing here ever ``open()``s the
history file or its companions: closing any descriptor of a file drops every POSIX lock the
process holds on it, so another process's SQLite would think it is the last connection,
checkpoint and delete the ``-wal`` still in use, and later writes would vanish (sqlite.org,
"How To Corrupt An SQLite Database File", 2.2). Only ``os.stat``/``os.access`` look at it.

A file that is not a database, is damaged, cannot be read, or comes from a newer Footwork is
renamed aside together with its ``-wal``, ``-shm`` and ``-journal`` companions (nothing is
deleted or overwritten; only ``-shm``, SQLite's rebuildable index of the WAL, may have been
refreshed by the check) and a new file is started; the caller gets a :class:`Recovery` to show.
A folder that cannot be written raises :class:`HistoryUnavailable` instead: there is nothing
wrong with the file itself.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from footwork.history.errors import (
    HistoryUnavailable,
    Recovery,
    classify,
    make_folder,
    os_reason,
    primary_code,
)
from footwork.history.schema import LATEST, migrate, version
from footwork.i18n import translate

COMPANIONS = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT = 5.0  # seconds to wait for another connection's write lock


def open_checked(path: Path, now: datetime) -> tuple[sqlite3.Connection, Recovery | None]:
    """A read-write connection to ``path`` (autocommit mode) and what was recovered, if anything.

    ``now`` (aware) stamps the name of a file kept aside. Raises :class:`HistoryUnavailable`
    when the folder or file cannot be used and nothing can be done about it.
    """
    recovery = None
    problem = inspect(path)
    if problem is not None:
        reason, detail, label = problem
        recovery = Recovery(reason, detail, set_aside(path, label, now))
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc
    return conn, recovery


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads the history at ``path``, at the latest schema.

    It never writes the database, checkpoints, moves or deletes anything: SQLite opens the
    file read-only (``mode=ro``, ``query_only``), and a read-only connection leaves the
    ``-wal`` to the writer (beside a file of no writer SQLite may leave an empty ``-wal`` and
    ``-shm`` of its own). A missing file reads as an empty history; a file of an older
    schema is read through a migrated copy in memory. A damaged file or one of a newer
    Footwork raises :class:`HistoryUnavailable` naming it (the app, not a reader, keeps such a
    file aside).
    """
    if not os.path.lexists(path):
        return _in_memory_at_latest(None)
    if path.is_dir():
        raise HistoryUnavailable(path, os.strerror(errno.EISDIR), reading=True)
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT, isolation_level=None)
    except sqlite3.Error as exc:
        raise HistoryUnavailable(path, str(exc), reading=True) from exc
    try:
        conn.execute("PRAGMA query_only = ON")
        found = version(conn)
        if found > LATEST:
            raise HistoryUnavailable(path, translate(
                "history", "it was made by a newer version of Footwork"), reading=True)
        if found < LATEST:
            copy = _in_memory_at_latest(conn)
            conn.close()
            return copy
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise HistoryUnavailable(path, str(exc), reading=True) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _in_memory_at_latest(source: sqlite3.Connection | None) -> sqlite3.Connection:
    copy = sqlite3.connect(":memory:", isolation_level=None)
    if source is not None:
        source.backup(copy)
    migrate(copy)
    return copy


def inspect(path: Path) -> tuple[str, str, str] | None:
    """None when ``path`` is missing or usable, else ``(reason, detail, label)``.

    ``reason`` is ``"corrupt"``, ``"unreadable"`` or ``"newer"``; ``label`` names the file
    kept aside (``corrupt``, ``empty``, ``unreadable``, ``newer-v7``).
    """
    if not os.path.lexists(path):
        reason = make_folder(path) or os_reason(path)
        if reason is not None:
            raise HistoryUnavailable(path, reason)
        return None
    if path.is_dir():
        return "unreadable", os.strerror(errno.EISDIR), "unreadable"
    if not os.access(path, os.R_OK):
        return "unreadable", os.strerror(errno.EACCES), "unreadable"
    if os.stat(path).st_size == 0 and not any(
            os.path.lexists(f"{path}{suffix}") for suffix in COMPANIONS):
        # Footwork writes the schema the moment it creates the file: an empty one was
        # truncated (or cut short at its very start). Kept aside, so a backup can be offered.
        return "corrupt", translate("history", "the file is empty"), "empty"
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
        found = version(conn)
    except sqlite3.DatabaseError as exc:
        if primary_code(exc) in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            return "corrupt", str(exc), "corrupt"
        raise classify(exc, path) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        return "corrupt", " ".join(" ".join(problems).split())[:200], "corrupt"
    if found > LATEST:
        return "newer", f"schema version {found}", f"newer-v{found}"
    return None


def set_aside(path: Path, label: str, now: datetime) -> Path:
    """Rename ``path`` and its companions to ``<name>.<label>-<local time>``; the new path.

    Companions move first: a ``-wal`` left beside a new database would be replayed into it.
    """
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    base = f"{path.name}.{label}-{stamp}"
    target = path.with_name(base)
    number = 1
    while any(os.path.lexists(f"{target}{suffix}") for suffix in ("", *COMPANIONS)):
        number += 1
        target = path.with_name(f"{base}-{number}")
    moved: list[tuple[str, str]] = []
    try:
        for suffix in (*COMPANIONS, ""):
            source = f"{path}{suffix}"
            if os.path.lexists(source):
                os.rename(source, f"{target}{suffix}")
                moved.append((source, f"{target}{suffix}"))
    except OSError as exc:
        for source, kept in reversed(moved):  # put back what already moved
            with suppress(OSError):
                os.rename(kept, source)
        raise HistoryUnavailable(path, exc.strerror or str(exc)) from exc
    return target
