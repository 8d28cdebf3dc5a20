"""Daily backups of the history through SQLite's online backup API, and restoring one.

Once a day, at the first start, the open history is copied page by page by SQLite itself
(``sqlite3.Connection.backup``: consistent while the app writes, and no ``open()`` of the live
file) to ``backups/history-YYYY-MM-DD.sqlite3``; the newest :data:`KEEP` are kept. A backup is
a plain SQLite file (rollback journal, no ``-wal``) that any SQLite tool reads.

Restoring goes through SQLite too: the backup is checked first (``integrity_check``, a
schema this Footwork reads), the current history is copied aside
(``history.sqlite3.before-restore-<time>``) unless it holds no session, and then the backup is
copied into the open history's own connection, which the recorder and the History page go on
using.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from footwork.history.errors import HistoryError
from footwork.history.schema import LATEST, version
from footwork.i18n import translate

KEEP = 14
NAME = re.compile(r"^history-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    """One backup file and the day it was made."""

    path: Path
    day: date


class BackupUnusable(HistoryError):
    """A file offered for restoring that is not a history this Footwork can read."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(translate("history", "{path} cannot be restored: {reason}.").format(
            path=path, reason=reason))


def backup_name(day: date) -> str:
    return f"history-{day.isoformat()}.sqlite3"


def backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first (an unreadable folder has none)."""
    found = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        match = NAME.match(name)
        if match:
            try:
                found.append(Backup(folder / name, date.fromisoformat(match[1])))
            except ValueError:
                continue
    return sorted(found, key=lambda b: b.day, reverse=True)


def copy_out(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the database of ``conn`` to ``target`` (complete or not at all) through SQLite."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    for leftover in (part, Path(f"{part}-journal")):
        leftover.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(part, isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def prune(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups; the paths removed."""
    removed = []
    for old in backups(folder)[keep:]:
        try:
            old.path.unlink()
        except OSError:
            continue
        removed.append(old.path)
    return removed


def sessions_in(conn: sqlite3.Connection) -> int:
    """How many sessions the database of ``conn`` holds (0 before any table exists)."""
    if version(conn) == 0:
        return 0
    return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])


def daily(conn: sqlite3.Connection, folder: Path, today: date, keep: int = KEEP, *,
          replace: bool = False) -> Path | None:
    """Today's backup of ``conn``'s history, made unless it exists (``replace``: made again)
    or the history is empty.

    The path made, or None. Raises ``OSError`` or ``sqlite3.Error`` when it cannot be written.
    """
    target = folder / backup_name(today)
    if (target.exists() and not replace) or sessions_in(conn) == 0:
        return None
    copy_out(conn, target)
    prune(folder, keep)
    return target


def check(path: Path) -> int:
    """Check that ``path`` is a history this Footwork can restore; its number of sessions.

    Read through SQLite only, read-only. Raises :class:`BackupUnusable` naming the problem.
    """
    if not path.is_file():
        raise BackupUnusable(path, os.strerror(errno.EISDIR if path.exists() else errno.ENOENT))
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                               isolation_level=None)
    except sqlite3.Error as exc:
        raise BackupUnusable(path, str(exc)) from exc
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(3)")]
        if problems != ["ok"]:
            raise BackupUnusable(path, " ".join(" ".join(problems).split())[:200])
        found = version(conn)
        if found > LATEST:
            raise BackupUnusable(path, translate(
                "history", "it was made by a newer version of Footwork"))
        if found == 0:
            raise BackupUnusable(path, translate("history", "it holds no Footwork history"))
        return sessions_in(conn)
    except sqlite3.DatabaseError as exc:
        raise BackupUnusable(path, str(exc)) from exc
    finally:
        conn.close()


def restore_into(conn: sqlite3.Connection, backup: Path, history: Path, now: datetime
                 ) -> Path | None:
    """Replace the database of ``conn`` (the history at ``history``) by ``backup``'s content.

    :func:`check` it first. The history's current content is copied aside first unless it
    holds no session; the copy's path is returned (None: nothing to keep). ``conn`` must
    be in autocommit mode; the caller migrates afterwards (a backup may be of an older schema).
    """
    check(backup)
    kept = None
    if sessions_in(conn):
        stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
        kept = history.with_name(f"{history.name}.before-restore-{stamp}")
        number = 1
        while kept.exists():
            number += 1
            kept = history.with_name(f"{history.name}.before-restore-{stamp}-{number}")
        copy_out(conn, kept)
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        source.backup(conn)
    finally:
        source.close()
    return kept
