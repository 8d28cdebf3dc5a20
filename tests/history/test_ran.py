"""What a session ran: its snapshot first, else a routine of its id; the names kept."""

from __future__ import annotations

from pathlib import Path

from footwork.history.ran import ran_snapshot, routine_ran, snapshot_routines
from footwork.history.store import Store
from footwork.routine.loader import load
from tests.session.routines import SMALL

from .factories import UTC_START


def _begin(store: Store, path: Path, snapshot: bool = True, level: float | None = None) -> int:
    routine = load(path)
    return store.begin_session(routine.id, routine.content_hash, UTC_START,
                               len(routine.exercises),
                               snapshot=routine.content.decode() if snapshot else None,
                               level=level)


def test_what_a_session_ran_comes_from_its_snapshot_first(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "feet.toml"
    path.write_text(SMALL)
    session = _begin(store, path, level=0.25)
    path.write_text(SMALL.replace('name = "Spread"', 'name = "Toe spread"'))  # edited since
    ran = routine_ran(store, store.session(session), [load(path)])
    assert ran is not None
    assert ran.from_snapshot
    assert ran.level == 0.25
    assert ran.routine.exercises[1].name == "Spread"
    snapshot = ran_snapshot(store, session)
    assert snapshot is not None
    assert snapshot.exercises[1].name == "Spread"


def test_a_session_without_a_snapshot_is_the_routine_of_its_id(store: Store,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "feet.toml"
    path.write_text(SMALL)
    session = _begin(store, path, snapshot=False)
    ran = routine_ran(store, store.session(session), [load(path)])
    assert ran is not None
    assert not ran.from_snapshot
    assert ran.level is None
    assert ran_snapshot(store, session) is None
    assert routine_ran(store, store.session(session), []) is None  # known nowhere


def test_every_version_run_is_kept_once(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "feet.toml"
    path.write_text(SMALL)
    _begin(store, path)
    _begin(store, path)
    path.write_text(SMALL.replace('name = "Small"', 'name = "Smaller"'))
    _begin(store, path)
    assert [r.name for r in snapshot_routines(store)] == ["Small", "Smaller"]
