"""The store on real SQLite files: what is saved, when, and what a crash leaves behind."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from footwork.domain import Side
from footwork.history.store import Store
from footwork.session.results import ExerciseResult

from .factories import UTC_START, exercise, tripod

BERLIN = ZoneInfo("Europe/Berlin")


def _count_rows(path: Path, table: str) -> int:
    """Rows in ``table`` as seen by a second, independent connection."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_a_recorded_exercise_is_on_disk_before_record_returns(store: Store,
                                                              db_path: Path) -> None:
    session_id = store.begin_session("foot-strength", "h", UTC_START)
    assert _count_rows(db_path, "sessions") == 1
    store.record(session_id, exercise(0))
    assert _count_rows(db_path, "results") == 2  # left and right


def test_results_come_back_as_recorded(store: Store) -> None:
    session_id = store.begin_session("foot-strength", "h", UTC_START, planned_exercises=12)
    store.record(session_id, tripod(0, left="outside", right="middle"))
    store.record(session_id, exercise(1, "heel-walks", "timed", sides=[None],
                                      bouts=(60.0, 41.5, 38.25)))
    left, right, walks = store.results(session_id)
    assert (left.side, left.answer, right.side, right.answer) == (
        "left", "outside", "right", "middle")
    assert walks.side is None
    assert walks.bouts == (60.0, 41.5, 38.25)
    assert walks.recorded_utc is not None
    assert walks.recorded_utc.tzinfo is not None


def test_recording_an_exercise_again_replaces_it(store: Store) -> None:
    session_id = store.begin_session("foot-strength", "h", UTC_START)
    store.record(session_id, exercise(2, count=4))
    store.record(session_id, exercise(3, "calf-drops", "reps", sides=[None]))
    store.record(session_id, exercise(2, count=10))  # the runner went back and redid it
    rows = store.results(session_id)
    assert [(r.exercise_index, r.side, r.achieved_count) for r in rows] == [
        (2, "left", 10), (2, "right", 10), (3, None, 10)]


def test_a_session_belongs_to_the_local_day_it_started(store: Store) -> None:
    # 00:30 on a summer morning in Berlin is still the previous day in UTC.
    started = datetime(2026, 7, 6, 0, 30, tzinfo=BERLIN)
    session_id = store.begin_session("foot-strength", "h", started)
    row = store.session(session_id)
    assert row.local_date == date(2026, 7, 6)
    assert row.started_utc == datetime(2026, 7, 5, 22, 30, tzinfo=UTC)
    assert row.utc_offset_minutes == 120
    assert row.started_local.isoformat() == "2026-07-06T00:30:00+02:00"


def test_naive_times_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="aware"):
        store.begin_session("foot-strength", "h", datetime(2026, 7, 6, 7, 0))


def test_finishing_and_rating_a_session(store: Store) -> None:
    session_id = store.begin_session("foot-strength", "h", UTC_START)
    store.finish_session(session_id, "completed", UTC_START + timedelta(minutes=24))
    store.rate(session_id, effort=7, pain=2, note="left arch sore")
    store.rate(session_id, effort=6, pain=None, note="")  # changed their mind
    row = store.session(session_id)
    assert row.status == "completed"
    assert row.ended_utc == UTC_START + timedelta(minutes=24)
    rating = store.ratings()[session_id]
    assert (rating.effort, rating.pain, rating.note) == (6, None, "")


@pytest.mark.parametrize("effort", [-1, 11])
def test_ratings_outside_0_to_10_are_refused(store: Store, effort: int) -> None:
    session_id = store.begin_session("foot-strength", "h", UTC_START)
    with pytest.raises(ValueError, match="effort"):
        store.rate(session_id, effort=effort, pain=0)


def test_unknown_sessions_and_statuses_are_refused(store: Store) -> None:
    session_id = store.begin_session("foot-strength", "h", UTC_START)
    with pytest.raises(KeyError):
        store.record(session_id + 1, exercise(0))
    with pytest.raises(KeyError):
        store.finish_session(session_id + 1, "completed", UTC_START)
    with pytest.raises(ValueError, match="cannot finish as 'running'"):
        store.finish_session(session_id, "running", UTC_START)
    with pytest.raises(ValueError, match="side"):
        store.record(session_id, exercise(0, sides=["middle"]))
    assert store.results() == []


def test_deleting_a_session_deletes_its_results_and_rating(store: Store) -> None:
    kept = store.begin_session("foot-strength", "h", UTC_START)
    gone = store.begin_session("foot-strength", "h", UTC_START + timedelta(days=1))
    for session_id in (kept, gone):
        store.record(session_id, exercise(0))
        store.rate(session_id, 5, 0)
    store.delete_session(gone)
    assert [s.id for s in store.sessions()] == [kept]
    assert {r.session_id for r in store.results()} == {kept}
    assert list(store.ratings()) == [kept]


def test_an_interrupted_session_can_be_resumed_or_kept_as_partial(store: Store) -> None:
    first = store.begin_session("foot-strength", "h", UTC_START)
    for index in range(3):
        store.record(first, exercise(index))
    second = store.begin_session("foot-strength", "h", UTC_START + timedelta(days=1))
    store.finish_session(second, "interrupted", UTC_START + timedelta(days=1, minutes=5))
    done = store.begin_session("foot-strength", "h", UTC_START + timedelta(days=2))
    store.finish_session(done, "completed", UTC_START + timedelta(days=2, minutes=25))

    assert [s.id for s in store.interrupted_sessions()] == [first, second]
    assert store.resume_point(first) == 3
    assert store.resume_point(second) == 0

    store.resume_session(second)
    assert store.session(second).status == "running"
    store.mark_partial(first)
    row = store.session(first)
    assert row.status == "partial"
    assert row.ended_utc is not None
    assert [s.id for s in store.interrupted_sessions()] == [second]


def test_the_store_runs_in_wal_mode_with_full_sync_and_foreign_keys(store: Store,
                                                                    db_path: Path) -> None:
    conn = store._conn  # the store's own connection: these settings are per connection
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_a_store_can_be_handed_an_in_memory_connection() -> None:
    with Store(sqlite3.connect(":memory:")) as store:
        session_id = store.begin_session("foot-strength", "h", UTC_START)
        store.record(session_id, exercise(0))
        assert len(store.snapshot().results) == 2


_CRASH = """
import os, signal
from datetime import datetime, timezone
from footwork.domain import Side
from footwork.history.store import Store
from footwork.session.results import ExerciseResult, SideResult

def side(name, **kw):
    return SideResult(name, 1, 1, 10, 10, 50.0, 50.0, **kw)

store = Store.open({path!r})
session_id = store.begin_session("foot-strength", "h",
                                 datetime(2026, 5, 4, 7, 0, tzinfo=timezone.utc), 12)
store.record(session_id, ExerciseResult("tripod-check", "check", 0, (
    side("left", answer="middle"), side("right", answer="outside"))))
store.record(session_id, ExerciseResult("ball-roll", "timed", 1, (
    side("left", bouts=(45.0,)), side("right", bouts=(45.0,)))))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_process_keeps_every_finished_exercise(db_path: Path) -> None:
    code = textwrap.dedent(_CRASH).format(path=str(db_path))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert Path(f"{db_path}-wal").exists()  # killed before any clean close

    with Store.open(db_path) as store:
        assert store.recovery is None
        (interrupted,) = store.interrupted_sessions()
        assert interrupted.status == "running"
        assert store.resume_point(interrupted.id) == 2
        results = store.results(interrupted.id)
        assert [(r.exercise_id, r.side) for r in results] == [
            ("tripod-check", "left"), ("tripod-check", "right"),
            ("ball-roll", "left"), ("ball-roll", "right")]
        assert results[1].answer == "outside"


def test_each_side_is_saved_on_its_own_and_a_set_saved_is_replaced_by_the_next(
        store: Store) -> None:
    session_id = store.begin_session("foot-strength", "h", UTC_START)
    left, right = exercise(1).sides
    store.record(session_id, ExerciseResult("toe-spread", "hold", 1, (left,)))
    store.record(session_id, ExerciseResult("toe-spread", "hold", 1, (right,)))
    curls = exercise(2, "towel-curls", "reps", sides=[None], count=10)
    one_set = replace(curls, sides=(replace(curls.sides[0], sets_ended=1),))
    store.record(session_id, one_set)
    assert store.saved_parts(session_id) == {(1, "left"): None, (1, "right"): None, (2, None): 1}
    store.record(session_id, replace(curls, sides=(replace(curls.sides[0], sets_ended=2,
                                                            achieved_count=20),)))
    assert store.saved_sides(session_id, 2)[0].achieved_count == 20
    assert store.saved_sides(session_id, 1) == (left, right)
    assert [(r.exercise_index, r.side, r.sets_ended) for r in store.results(session_id)] == [
        (1, "left", None), (1, "right", None), (2, None, 2)]


def test_a_session_keeps_the_routine_it_ran(store: Store) -> None:
    text = 'format = 1\nid = "feet"\nname = "Feet"\n'
    first = store.begin_session("feet", "a1", UTC_START, 3, snapshot=text, level=0.4)
    again = store.begin_session("feet", "a1", UTC_START + timedelta(days=1), 3, snapshot=text)
    edited = store.begin_session("feet", "b2", UTC_START + timedelta(days=2), 3,
                                 snapshot=text + "# edited\n")
    unknown = store.begin_session("feet", "c3", UTC_START + timedelta(days=3))
    assert store.what_ran(first) == (text, 0.4)
    assert store.what_ran(again) == (text, None)
    assert store.what_ran(edited) == (text + "# edited\n", None)
    assert store.what_ran(unknown) == (None, None)
    with pytest.raises(KeyError):
        store.what_ran(unknown + 1)
    assert store._conn.execute("SELECT count(*) FROM routine_snapshots").fetchone() == (2,)


def test_a_check_answered_late_replaces_its_stored_answer(db_path: Path) -> None:
    with Store.open(db_path) as store:
        session_id = store.begin_session("foot-strength", "h", UTC_START)
        store.record(session_id, tripod(0, None, "outside"))  # left: not answered
        store.record(session_id, exercise(1))
        store.answer_late(session_id, 0, Side.LEFT, "middle")
        with pytest.raises(KeyError):
            store.answer_late(session_id, 1, Side.LEFT, "middle")  # no check there
    with Store.open(db_path) as store:
        assert [(r.side, r.answer) for r in store.results(session_id) if r.kind == "check"] == [
            ("left", "middle"), ("right", "outside")]
