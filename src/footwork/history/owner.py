"""The one owner of the history file in a process: one SQLite connection that all share.

The recorder, the History page, the program figures and the restore offer all get their
:class:`~footwork.history.store.Store` from :meth:`HistoryOwner.get`: the app process holds
exactly one connection to the file (only a reader thread, such as the History page's export,
may hold a read-only one beside it). The first open of a day makes the daily backup.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from footwork.history import backups
from footwork.history.backups import Backup, BackupUnusable
from footwork.history.errors import HistoryUnavailable, Recovery
from footwork.history.store import Clock, Store, utc_now

logger = logging.getLogger("footwork.history")


@dataclass(frozen=True)
class RestoreOffer:
    """The newest usable backup, offered when the history file was found damaged."""

    backup: Backup
    sessions: int
    days_back: int  # how many days old the backup is


class HistoryOwner:
    """Opens the history at ``path`` once and hands the same store to everyone.

    ``backups_folder`` (None: no backups) receives the daily backup at the first open of
    the day, unless the file had to be kept aside (a fresh file must not stand in for the
    real backups).
    """

    def __init__(self, path: Path, backups_folder: Path | None = None, *,
                 clock: Clock = utc_now, today: Callable[[], date] = date.today) -> None:
        self.path = Path(path)
        self.backups_folder = backups_folder
        self._clock = clock
        self._today = today
        self._store: Store | None = None
        self.recovery: Recovery | None = None
        self.problem: str | None = None  # why the file could not be opened, if it could not
        self.backup_problem: str | None = None

    def get(self) -> Store:
        """The store, opened on first use. Raises :class:`HistoryUnavailable` (and tries again
        on the next call) while the file cannot be opened."""
        if self._store is None:
            try:
                store = Store.open(self.path, clock=self._clock)
            except HistoryUnavailable as exc:
                self.problem = str(exc)
                raise
            self._store, self.problem = store, None
            self.recovery = store.recovery or self.recovery
            self._back_up(store)
        return self._store

    def current(self) -> Store | None:
        """The store, or None while the file cannot be opened (see :attr:`problem`)."""
        try:
            return self.get()
        except HistoryUnavailable:
            return None

    def opener(self, _path: Path) -> Store:
        """For :class:`~footwork.history.recorder.SafeRecorder`: the shared store."""
        return self.get()

    def _back_up(self, store: Store) -> None:
        if self.backups_folder is None or store.recovery is not None:
            return
        try:
            made = store.back_up(self.backups_folder, self._today())
        except HistoryUnavailable as exc:
            self.backup_problem = str(exc)
            logger.warning("daily backup failed: %s", exc)
            return
        if made is not None:
            logger.info("daily backup made: %s", made)

    def restore_offer(self) -> RestoreOffer | None:
        """After a damaged file was kept aside: the newest backup that can be restored."""
        if self.recovery is None or self.backups_folder is None:
            return None
        for backup in backups.backups(self.backups_folder):
            try:
                sessions = backups.check(backup.path)
            except BackupUnusable as exc:
                logger.warning("backup not usable: %s", exc)
                continue
            return RestoreOffer(backup, sessions, (self._today() - backup.day).days)
        return None

    def restore(self, backup: Path) -> Path | None:
        """Restore ``backup`` into the shared store; the copy of what it held (None: empty)."""
        kept = self.get().restore(backup)
        logger.info("history restored from %s; the one before kept as %s", backup, kept)
        return kept

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
