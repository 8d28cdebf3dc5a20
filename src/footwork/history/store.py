"""The history store: one SQLite file, every finished side and set committed the moment it ends.

WAL journal, ``synchronous=FULL`` (a commit survives a power cut), foreign keys on, schema
version in ``user_version`` (see :mod:`footwork.history.schema`). Times are stored in UTC
with the local date and offset the session started with. Only ids are stored, never
translated text. Errors come out as :class:`HistoryUnavailable` (expected: disk, folder,
lock) or :class:`HistoryBug`; wrong arguments raise ``ValueError``/``KeyError``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from footwork.domain import ExerciseKind, SessionStatus, Side
from footwork.history import backups, reading
from footwork.history.errors import HistoryUnavailable, Recovery, classify
from footwork.history.opening import open_checked, open_read_only
from footwork.history.rows import (
    History,
    Rating,
    ResultRow,
    SessionRow,
    SessionSummary,
    aware_check,
)
from footwork.history.schema import migrate
from footwork.history.trends import DatedResult
from footwork.session.results import ExerciseResult, SideResult

Clock = Callable[[], datetime]
SIDES = (None, *Side)  # None: both feet together


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class Store:
    """Sessions, per-side exercise results and ratings in one SQLite database.

    Build one with :meth:`open` (a file path) or hand the constructor a connection (tests may
    pass ``sqlite3.connect(":memory:")``); the store owns it and closes it in :meth:`close`.
    ``recovery`` is set when :meth:`open` had to keep a broken file aside: show its message.
    """

    def __init__(self, conn: sqlite3.Connection, *, path: Path | None = None,
                 clock: Clock = utc_now, recovery: Recovery | None = None,
                 read_only: bool = False) -> None:
        self._conn = conn
        self.path = path
        self.recovery = recovery
        self._clock = clock
        conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
        if read_only:
            return  # open_read_only made it query-only, at the latest schema
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            migrate(conn)
        except sqlite3.Error as exc:
            raise classify(exc, path) from exc

    @classmethod
    def open(cls, path: Path | str, *, clock: Clock = utc_now) -> Store:
        """Open (or create) the history at ``path``; broken files are kept aside, see ``recovery``.

        Raises :class:`HistoryUnavailable` when the folder or file cannot be used.
        """
        path = Path(path)
        conn, recovery = open_checked(path, clock())
        try:
            return cls(conn, path=path, clock=clock, recovery=recovery)
        except BaseException:
            conn.close()
            raise

    @classmethod
    def open_read_only(cls, path: Path | str) -> Store:
        """Read the history at ``path`` without ever writing it (export, other programs).

        See :func:`footwork.history.opening.open_read_only`: no checkpoint, nothing created
        or moved; a missing file reads as empty. Raises :class:`HistoryUnavailable` for a
        file that cannot be read. Its write methods fail.
        """
        path = Path(path)
        return cls(open_read_only(path), path=path, read_only=True)

    def back_up(self, folder: Path, today: date, *, replace: bool = False) -> Path | None:
        """Today's backup in ``folder`` unless made already or empty (see ``backups.daily``).

        Raises :class:`HistoryUnavailable` when it cannot be written.
        """
        try:
            return backups.daily(self._conn, folder, today, replace=replace)
        except OSError as exc:
            raise HistoryUnavailable(folder, exc.strerror or str(exc)) from exc
        except sqlite3.Error as exc:
            raise classify(exc, folder) from exc

    def restore(self, backup: Path) -> Path | None:
        """Replace this history by the backup at ``backup`` (checked first), in place.

        The current content is copied aside first (the copy's path is returned; None when it
        held no session). Every holder of this store goes on with the restored history.
        Raises ``backups.BackupUnusable`` for a file that cannot be restored.
        """
        if self.path is None:
            raise ValueError("only a history file can be restored")
        try:
            kept = backups.restore_into(self._conn, backup, self.path, self._clock())
            self._conn.execute("PRAGMA journal_mode = WAL")
            migrate(self._conn)
        except OSError as exc:
            raise HistoryUnavailable(self.path, exc.strerror or str(exc)) from exc
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        return kept

    def close(self) -> None:
        """Close the database (a checkpoint folds the WAL back into the file)."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed on leaving; sqlite3 errors come out classified."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise classify(exc, self.path) from exc
            raise

    def begin_session(self, routine_id: str, routine_hash: str, started: datetime,
                      planned_exercises: int | None = None, *, snapshot: str | None = None,
                      level: float | None = None,
                      targets: Mapping[str, float] | None = None) -> int:
        """Start a ``running`` session; ``started`` is aware local time. Returns its id.

        The session's day is ``started``'s own date, so it never moves with later changes of
        time zone or daylight saving time. ``snapshot`` is the routine's TOML text as run
        (kept once per ``routine_hash``), ``level`` where its plan sat in the ranges,
        ``targets`` the numbers the runner accepted for it (see :meth:`plan_targets`).
        """
        aware_check(started, "started")
        offset = started.utcoffset()
        assert offset is not None
        with self._write() as conn:
            if snapshot:
                conn.execute("INSERT OR IGNORE INTO routine_snapshots (hash, content)"
                             " VALUES (?, ?)", (routine_hash, snapshot))
            cursor = conn.execute(
                "INSERT INTO sessions (routine_id, routine_hash, local_date, started_utc,"
                " utc_offset_minutes, status, planned_exercises, plan_level, plan_targets)"
                " VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?)",
                (routine_id, routine_hash, started.date().isoformat(), _utc_text(started),
                 round(offset.total_seconds() / 60), planned_exercises, level,
                 json.dumps(dict(targets)) if targets else None),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record(self, session_id: int, result: ExerciseResult) -> None:
        """Save the sides of ``result`` (a finished exercise, or one side or set of it) at once.

        Recording a side of the same exercise index again replaces what was saved for that
        side (a side saved after each set, an exercise redone); other sides stay.
        """
        for side in result.sides:
            if side.side not in SIDES:
                raise ValueError(f"unknown side {side.side!r} in {result.exercise_id}")
        recorded = _utc_text(self._clock())
        rows = [
            (session_id, result.index, result.exercise_id, result.kind, s.side,
             s.planned_sets, s.achieved_sets, s.planned_count, s.achieved_count,
             float(s.planned_seconds), float(s.achieved_seconds), json.dumps(list(s.bouts)),
             s.answer, int(s.skipped), recorded, s.sets_ended)
            for s in result.sides
        ]
        with self._write() as conn:
            self._require(conn, session_id)
            conn.executemany(
                "DELETE FROM results WHERE session_id = ? AND exercise_index = ?"
                " AND ifnull(side, '') = ?",
                [(session_id, result.index, s.side or "") for s in result.sides])
            conn.executemany(f"INSERT INTO results ({reading.RESULT_READ_COLUMNS})"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def finish_session(self, session_id: int, status: SessionStatus, ended: datetime) -> None:
        """End a session as ``completed``, ``partial`` (stopped early) or ``interrupted``.

        ``interrupted`` means the app was closed mid-workout: it is offered for resuming.
        """
        if status not in SessionStatus.finished():
            raise ValueError(f"a session cannot finish as {status!r}")
        aware_check(ended, "ended")
        self._update("UPDATE sessions SET status = ?, ended_utc = ? WHERE id = ?",
                     (status, _utc_text(ended), session_id), session_id)

    def rate(self, session_id: int, effort: int | None, pain: int | None,
             note: str = "") -> None:
        """Set (or replace) how the session felt: effort and pain 0-10 or None, a note."""
        for name, value in (("effort", effort), ("pain", pain)):
            if value is not None and not 0 <= value <= 10:
                raise ValueError(f"{name} must be between 0 and 10, got {value}")
        with self._write() as conn:
            self._require(conn, session_id)
            conn.execute(
                "INSERT INTO ratings (session_id, effort, pain, note, rated_utc)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET"
                " effort = excluded.effort, pain = excluded.pain, note = excluded.note,"
                " rated_utc = excluded.rated_utc",
                (session_id, effort, pain, note, _utc_text(self._clock())),
            )

    def answer_late(self, session_id: int, exercise_index: int, side: Side | None,
                    answer: str) -> None:
        """Store the answer to a check given after its wait ran out (on the end screen),
        replacing what was stored for that side; ``KeyError`` when that check has no result."""
        self._update(
            "UPDATE results SET answer = ? WHERE session_id = ? AND exercise_index = ?"
            " AND ifnull(side, '') = ? AND kind = ?",
            (answer, session_id, exercise_index, side or "", ExerciseKind.CHECK), session_id)

    def resume_session(self, session_id: int) -> None:
        """Make an interrupted session ``running`` again; record from :meth:`resume_point`."""
        self._update("UPDATE sessions SET status = ?, ended_utc = NULL WHERE id = ?",
                     (SessionStatus.RUNNING, session_id), session_id)

    def mark_partial(self, session_id: int) -> None:
        """Keep an interrupted session as ``partial``, ended at its last recorded exercise."""
        self._update(
            "UPDATE sessions SET status = ?, ended_utc = coalesce(ended_utc,"
            " (SELECT max(recorded_utc) FROM results WHERE session_id = sessions.id),"
            " started_utc) WHERE id = ?", (SessionStatus.PARTIAL, session_id), session_id)

    def delete_session(self, session_id: int) -> None:
        """Delete a session with its results and rating (the user asked for it)."""
        self._update("DELETE FROM sessions WHERE id = ?", (session_id,), session_id)

    def _update(self, sql: str, params: tuple[Any, ...], session_id: int) -> None:
        with self._write() as conn:
            if conn.execute(sql, params).rowcount == 0:
                raise KeyError(session_id)

    @staticmethod
    def _require(conn: sqlite3.Connection, session_id: int) -> None:
        if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
            raise KeyError(session_id)

    # -- reading ------------------------------------------------------------------------------

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc

    def sessions(self) -> list[SessionRow]:
        """Every session, oldest start first."""
        return [reading.session_row(r) for r in self._query(
            f"SELECT {reading.SESSION_COLUMNS} FROM sessions ORDER BY started_utc, id")]

    def session(self, session_id: int) -> SessionRow:
        """One session; ``KeyError`` when there is none with that id."""
        rows = self._query(f"SELECT {reading.SESSION_COLUMNS} FROM sessions WHERE id = ?",
                           (session_id,))
        if not rows:
            raise KeyError(session_id)
        return reading.session_row(rows[0])

    def interrupted_sessions(self) -> list[SessionRow]:
        """Sessions left ``running`` by a crash or ``interrupted`` by closing the app.

        Call it at start-up, before beginning a new session: offer to resume each one (from
        :meth:`resume_point`) or keep it with :meth:`mark_partial`.
        """
        return [reading.session_row(r) for r in self._query(
            f"SELECT {reading.SESSION_COLUMNS} FROM sessions"
            " WHERE status IN ('running', 'interrupted') ORDER BY started_utc, id")]

    def resume_point(self, session_id: int) -> int:
        """The index of the exercise to resume with: one past the furthest one recorded."""
        self.session(session_id)
        rows = self._query("SELECT max(exercise_index) FROM results WHERE session_id = ?",
                           (session_id,))
        furthest = rows[0][0]
        return 0 if furthest is None else furthest + 1

    def saved_parts(self, session_id: int) -> dict[tuple[int, str | None], int | None]:
        """``(exercise index, side)`` -> sets ended when saved (None: saved whole).

        What :func:`footwork.session.parts.first_unsaved` resumes from.
        """
        return {(r[0], r[1]): r[2] for r in self._query(
            "SELECT exercise_index, side, sets_ended FROM results WHERE session_id = ?",
            (session_id,))}

    def saved_sides(self, session_id: int, exercise_index: int) -> tuple[SideResult, ...]:
        """What each saved side of one exercise of a session achieved, as the engine said."""
        return tuple(reading.side_result(r) for r in self._query(
            f"SELECT {reading.SIDE_COLUMNS} FROM results WHERE session_id = ?"
            " AND exercise_index = ? ORDER BY ifnull(side, '')", (session_id, exercise_index)))

    def what_ran(self, session_id: int) -> tuple[str | None, float | None]:
        """The routine's TOML text a session ran (None: not kept) and its plan's level."""
        rows = self._query("SELECT n.content, s.plan_level FROM sessions s LEFT JOIN"
                           " routine_snapshots n ON n.hash = s.routine_hash WHERE s.id = ?",
                           (session_id,))
        if not rows:
            raise KeyError(session_id)
        return rows[0][0], rows[0][1]

    def plan_targets(self, session_id: int) -> dict[str, float]:
        """The numbers the runner accepted for a session (exercise id -> reps or seconds);
        empty when its level alone planned it (and for sessions before schema v6)."""
        rows = self._query("SELECT plan_targets FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise KeyError(session_id)
        return {str(k): float(v) for k, v in json.loads(rows[0][0] or "{}").items()}

    def routine_snapshots(self) -> list[tuple[str, str]]:
        """``(hash, TOML text)`` of every routine version a session ran (kept since v5)."""
        return [(r[0], r[1]) for r in self._query(
            "SELECT hash, content FROM routine_snapshots ORDER BY rowid")]

    def results(self, session_id: int | None = None) -> list[ResultRow]:
        """Results of one session (or of all, when None) by session, exercise and side."""
        where, params = ("WHERE session_id = ?", (session_id,)) if session_id is not None \
            else ("", ())
        return [reading.result_row(r) for r in self._query(
            f"SELECT {reading.RESULT_READ_COLUMNS} FROM results {where}"
            " ORDER BY session_id, exercise_index, ifnull(side, '')", params)]

    def ratings(self) -> dict[int, Rating]:
        """Every rating by session id."""
        return {r[0]: Rating(*r) for r in self._query(
            "SELECT session_id, effort, pain, note FROM ratings")}

    # -- reading for the History page: slim rows, no full snapshot -----------------------------

    def summaries(self) -> list[SessionSummary]:
        """Every session in a few figures (exercise counts, rating), oldest start first.

        The same figures as ``adherence.summarise(self.snapshot())``, in one query.
        """
        return [reading.summary_row(r) for r in self._query(reading.SUMMARY_QUERY)]

    def exercises_with_results(self) -> list[tuple[str, ExerciseKind]]:
        """``(exercise id, kind)`` of every exercise with a result not skipped, routine order."""
        return [(r[0], ExerciseKind(r[1])) for r in self._query(reading.EXERCISES_QUERY)]

    def exercise_results(self, exercise_id: str, since: date | None = None
                         ) -> list[DatedResult]:
        """One exercise's results with their session's day and id, in session start order.

        Only sessions of ``since`` or later when given. Feed them to ``trends.trends_of`` or
        ``trends.answers_of``.
        """
        after = since.isoformat() if since is not None else ""
        return [reading.dated_point(r) for r in self._query(
            reading.EXERCISE_RESULTS_QUERY, (exercise_id, after))]

    def snapshot(self) -> History:
        """Everything at once, in one read transaction, for adherence figures and export."""
        try:
            self._conn.execute("BEGIN")
            try:
                return History(tuple(self.sessions()), tuple(self.results()), self.ratings())
            finally:
                self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc

