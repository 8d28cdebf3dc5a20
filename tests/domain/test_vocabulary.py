"""The vocabulary's values are the words routine files, the plan's JSON and the history use."""

from __future__ import annotations

import json
import sqlite3

import pytest

from footwork.domain import Ends, ExerciseKind, PhaseKind, SessionStatus, Side, Sides
from footwork.history.schema import migrate


def test_the_words_are_those_of_routine_format_1_and_the_plan_json() -> None:
    assert [k.value for k in ExerciseKind] == ["timed", "hold", "reps", "sequence", "check"]
    assert [s.value for s in Sides] == ["both", "each-foot", "each-leg"]
    assert [s.value for s in Side] == ["left", "right"]
    assert [e.value for e in Ends] == ["time", "early", "taps", "answer"]
    assert {p.value for p in PhaseKind} == {
        "prepare", "work", "hold", "release", "rep", "item", "rest", "switch", "check"}
    assert json.dumps([Side.LEFT, Ends.TAPS, PhaseKind.REP]) == '["left", "taps", "rep"]'


@pytest.mark.parametrize("status", list(SessionStatus))
def test_every_status_is_one_the_history_schema_accepts(status: SessionStatus) -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    conn.execute("INSERT INTO sessions (routine_id, local_date, started_utc,"
                 " utc_offset_minutes, status) VALUES ('r', '2026-05-04', 'x', 0, ?)", (status,))
    assert conn.execute("SELECT status FROM sessions").fetchone() == (status.value,)
    conn.close()

