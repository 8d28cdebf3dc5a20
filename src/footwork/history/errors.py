"""Errors of the history store: expected failures the app shows, and bugs.

Like qutebrowser's ``sql.KnownError`` / ``sql.BugError``: :class:`HistoryUnavailable` is an
expected failure (read-only folder, full disk, locked file) that the app reports while the
workout goes on; :class:`HistoryBug` is a programming error that should crash loudly.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from footwork.i18n import translate

# Primary SQLite result codes that the environment causes, not our code.
_KNOWN_CODES = frozenset({
    sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_FULL, sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PROTOCOL, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH,
    sqlite3.SQLITE_NOLFS,
})


class HistoryError(Exception):
    """Base of every history error."""


class HistoryUnavailable(HistoryError):
    """The history file cannot be opened or written right now (an expected failure).

    ``path`` is the file, ``reason`` the operating system's (or SQLite's) explanation.
    ``str(error)`` is a translated sentence for the user naming both.
    """

    def __init__(self, path: Path | None, reason: str, *, reading: bool = False) -> None:
        self.path = path
        self.reason = reason
        if reading:
            text = translate("history", "Your history at {path} could not be read: {reason}.")
        else:
            text = translate("history", "Your history could not be saved to {path}: {reason}.")
        super().__init__(text.format(path=path or ":memory:", reason=reason))


class HistoryBug(HistoryError):
    """A programming error (bad SQL, a broken constraint): not something a user can fix."""


def primary_code(exc: sqlite3.Error) -> int | None:
    """The primary SQLite result code of ``exc``, or None when SQLite did not raise it."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_known(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` comes from the environment (disk, permissions, locks)."""
    return primary_code(exc) in _KNOWN_CODES


def classify(exc: sqlite3.Error, path: Path | None) -> HistoryError:
    """Wrap a sqlite3 error as :class:`HistoryUnavailable` or :class:`HistoryBug`."""
    if is_known(exc):
        reason = os_reason(path) if path is not None else None
        return HistoryUnavailable(path, reason or str(exc))
    return HistoryBug(f"{type(exc).__name__}: {exc}")


def make_folder(path: Path) -> str | None:
    """Create the folder of ``path`` if missing; None, or why it cannot be, in the OS's words."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # the "folder" is a file
        return os.strerror(errno.ENOTDIR)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def os_reason(path: Path) -> str | None:
    """Why the folder or file at ``path`` cannot be written, in the OS's words (None: no idea).

    SQLite only says "unable to open database file"; this probe asks the OS directly. It
    creates nothing but a temporary file in the folder, removed again. It never opens the
    history file itself (see :mod:`footwork.history.opening`): ``os.access`` asks instead.
    """
    if not path.parent.is_dir():
        return os.strerror(errno.ENOTDIR if path.parent.exists() else errno.ENOENT)
    try:
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return os.strerror(errno.EACCES)
    try:
        if os.statvfs(path.parent).f_bavail == 0:
            return os.strerror(errno.ENOSPC)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        pass
    return None


@dataclass(frozen=True)
class Recovery:
    """A history file that could not be used was kept aside and a new one started.

    ``reason`` is ``"corrupt"``, ``"unreadable"`` or ``"newer"``; ``detail`` is the technical
    cause; ``kept_as`` is where the old file now is.
    """

    reason: str
    detail: str
    kept_as: Path

    def message(self) -> str:
        """A translated sentence for the user."""
        if self.reason == "newer":
            cause = translate("history", "it was made by a newer version of Footwork")
        elif self.reason == "unreadable":
            cause = translate("history", "it could not be opened: {detail}")
        else:
            cause = translate("history", "it is damaged: {detail}")
        text = translate("history", "Your history file could not be read ({cause}); it was kept as {path}; a new one was started.")  # noqa: E501 - one literal for lupdate
        return text.format(cause=cause.format(detail=self.detail), path=self.kept_as)
