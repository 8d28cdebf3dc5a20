"""The routine a session ran: its snapshot in the history, else the routine file of its id.

A session started since schema v5 keeps the routine's TOML text as it was run, so it can be
resumed and shown after its file was edited, moved or deleted, and even when it was started
from a path outside the routine folders. Older sessions are matched to a routine of the same
id, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from footwork.history.rows import SessionRow
from footwork.history.store import Store
from footwork.routine.loader import parse
from footwork.routine.model import Routine
from footwork.routine.problems import RoutineError


@dataclass(frozen=True)
class Ran:
    """A session's routine and the level its plan sat at (None: not recorded)."""

    routine: Routine
    level: float | None
    from_snapshot: bool


def snapshot_routine(content: str, session_id: int) -> Routine | None:
    """The routine of a snapshot; None if it no longer parses (it is never edited in place)."""
    try:
        return parse(content.encode("utf-8"), Path(f"<session {session_id}>"))
    except RoutineError:
        return None


def snapshot_routines(store: Store) -> list[Routine]:
    """Every routine version the history kept, oldest first (names of deleted routines)."""
    found = []
    for number, (_hash, content) in enumerate(store.routine_snapshots()):
        routine = snapshot_routine(content, number)
        if routine is not None:
            found.append(routine)
    return found


def ran_snapshot(store: Store, session_id: int) -> Routine | None:
    """The routine a session ran as its snapshot keeps it (None: none kept)."""
    content, _level = store.what_ran(session_id)
    return snapshot_routine(content, session_id) if content else None


def routine_ran(store: Store, session: SessionRow, known: Iterable[Routine]) -> Ran | None:
    """What ``session`` ran: its snapshot, else a known routine of its id; None if neither."""
    content, level = store.what_ran(session.id)
    if content:
        routine = snapshot_routine(content, session.id)
        if routine is not None:
            return Ran(routine, level, True)
    for routine in known:
        if routine.id == session.routine_id:
            return Ran(routine, level, False)
    return None
