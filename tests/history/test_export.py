"""Export: CSV a spreadsheet opens safely, JSON with everything."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footwork.history.export import CSV_COLUMNS, export, neutralise, write_csv, write_json
from footwork.history.rows import History, Rating
from footwork.history.store import Store

from .factories import exercise, result, session, tripod


@pytest.fixture
def filled(store: Store) -> Store:
    started = datetime(2026, 3, 29, 23, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    first = store.begin_session("foot-strength", "abc123", started, planned_exercises=3)
    store.record(first, tripod(0, "outside", "middle"))
    store.record(first, exercise(1, "heel-walks", "timed", sides=[None],
                                 bouts=(60.0, 42.5), seconds=102.5))
    store.record(first, exercise(2, "=HYPERLINK(\"http://x\")", "reps", sides=[None],
                                 count=12))
    store.finish_session(first, "completed", started + timedelta(minutes=25))
    store.rate(first, effort=7, pain=2, note="@SUM(A1) -2+3")
    second = store.begin_session("-2+3", "abc123", started + timedelta(days=1))
    store.finish_session(second, "partial", started + timedelta(days=1, minutes=2))
    return store


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_result_and_side(filled: Store) -> None:
    out = io.StringIO(newline="")
    assert write_csv(filled, out) == 5
    rows = _read_csv(out.getvalue())
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [(r["session_id"], r["exercise_id"], r["side"]) for r in rows[:4]] == [
        ("1", "tripod-check", "left"), ("1", "tripod-check", "right"),
        ("1", "heel-walks", ""), ("1", "'=HYPERLINK(\"http://x\")", "")]
    first = rows[0]
    assert first["session_started"] == "2026-03-29T23:30:00+02:00"
    assert (first["session_status"], first["routine_id"], first["answer"]) == (
        "completed", "foot-strength", "outside")
    walks = rows[2]
    assert (walks["achieved_seconds"], walks["bouts"], walks["skipped"]) == ("102.5", "60 42.5",
                                                                            "0")
    assert (first["effort"], first["pain"]) == ("7", "2")
    assert first["note"] == "'@SUM(A1) -2+3"


def test_a_session_without_results_still_gets_a_row(filled: Store) -> None:
    out = io.StringIO(newline="")
    write_csv(filled, out)
    last = _read_csv(out.getvalue())[-1]
    assert (last["session_id"], last["session_status"], last["exercise_id"]) == ("2", "partial",
                                                                                 "")
    assert last["routine_id"] == "'-2+3"


def test_numbers_stay_numbers_in_the_csv() -> None:
    history = History((session(1, date(2026, 5, 4)),),
                      (result(1, 0, "toe-spread", count=10, seconds=-2.5),),
                      {1: Rating(1, 0, 10, "")})
    out = io.StringIO(newline="")
    write_csv(history, out)
    (row,) = _read_csv(out.getvalue())
    assert row["achieved_seconds"] == "-2.5"  # a number, never quoted
    assert (row["achieved_count"], row["effort"], row["pain"]) == ("10", "0", "10")


def test_csv_written_to_a_file(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    with open(target, "w", newline="", encoding="utf-8") as handle:
        export(filled, "csv", handle)
    with open(target, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5
    assert rows[1]["answer"] == "middle"


def test_json_has_sessions_with_results_and_ratings(filled: Store) -> None:
    out = io.StringIO()
    assert export(filled, "json", out) == 2
    document = json.loads(out.getvalue())
    assert document["format"] == 1
    first, second = document["sessions"]
    assert (first["local_date"], first["utc_offset_minutes"], first["routine_hash"]) == (
        "2026-03-29", 120, "abc123")
    assert first["started_utc"] == "2026-03-29T21:30:00+00:00"
    assert first["rating"] == {"effort": 7, "pain": 2, "note": "@SUM(A1) -2+3"}  # JSON is raw
    assert [r["exercise_id"] for r in first["results"]] == [
        "tripod-check", "tripod-check", "heel-walks", "=HYPERLINK(\"http://x\")"]
    assert first["results"][2]["bouts"] == [60.0, 42.5]
    assert first["results"][0]["skipped"] is False
    assert (second["status"], second["results"], second["rating"]) == ("partial", [], None)


def test_unknown_formats_are_refused(filled: Store) -> None:
    with pytest.raises(ValueError, match="xml"):
        export(filled, "xml", io.StringIO())


def test_an_empty_history_exports_a_header_and_no_sessions(store: Store) -> None:
    out = io.StringIO(newline="")
    assert write_csv(store, out) == 0
    assert out.getvalue().strip() == ",".join(CSV_COLUMNS)
    out = io.StringIO()
    write_json(store, out)
    assert json.loads(out.getvalue()) == {"format": 1, "sessions": []}


@given(st.text())
def test_any_text_reads_back_as_itself_or_quoted(text: str) -> None:
    out = io.StringIO(newline="")
    csv.writer(out).writerow([neutralise(text)])
    (cell,) = next(csv.reader(io.StringIO(out.getvalue(), newline="")))
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        assert cell == "'" + text
    else:
        assert cell == text


@given(st.one_of(st.integers(), st.floats(allow_nan=False)))
def test_numbers_are_never_quoted(number: float) -> None:
    assert neutralise(number) == number
