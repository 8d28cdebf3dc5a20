"""History at scale: ten years of daily workouts, and how long reading them takes.

Builds a synthetic history in a temporary file (one foot-strength session a day for ten years:
3,650 sessions, 43,800 exercise results, about 73,000 per-side rows; sessions at varied hours
in Europe/Berlin across every clock change, some stopped early), then times each measurement
(best of ``--repeat`` runs) and prints a table.

    .venv/bin/python benchmarks/history_scale.py [--years 10] [--repeat 3]

Targets: every adherence figure from the store (weekly bars, streaks, completion, program,
trends, tripod answers) <= 1 s; CSV export to a file <= 1 s.

To add a measurement (e.g. "open the History page and draw every chart", <= 150 ms): write a
function taking the history file's path (import Qt inside it, so this file runs without a
display for the other rows) and append a :class:`Measurement` to ``MEASUREMENTS``.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from footwork.history.adherence import adherence
from footwork.history.export import write_csv
from footwork.history.reading import RESULT_COLUMNS
from footwork.history.store import Store
from footwork.history.trends import answers, trends

ZONE = ZoneInfo("Europe/Berlin")
# The built-in foot-strength routine: (exercise id, kind, sides, planned count, seconds a side).
ROUTINE = (
    ("tripod-check", "check", ("left", "right"), 1, 0.0),
    ("ball-roll", "timed", ("left", "right"), 1, 45.0),
    ("toe-spread", "hold", ("left", "right"), 10, 50.0),
    ("calf-drops", "reps", (None,), 10, 60.0),
    ("plantar-stretch", "hold", ("left", "right"), 10, 100.0),
    ("toe-lifts", "hold", ("left", "right"), 2, 40.0),
    ("toe-spelling", "sequence", ("left", "right"), 26, 78.0),
    ("towel-curls", "reps", (None,), 30, 120.0),
    ("heel-walks", "timed", (None,), 3, 180.0),
    ("toe-walks", "timed", (None,), 3, 180.0),
    ("single-leg-balance", "timed", ("left", "right"), 1, 30.0),
    ("calf-stretch", "hold", ("left", "right"), 2, 60.0),
)


def _side_rows(session_id: int, index: int, exercise: tuple, day: int, at: str,
               rng: random.Random) -> list[tuple]:
    exercise_id, kind, sides, count, seconds = exercise
    progress = min(1.0, day / 3650)
    rows = []
    for side in sides:
        bouts: list[float] = []
        if kind == "timed":
            bouts = [round(min(60.0, seconds / count * (0.6 + 0.4 * progress)
                               + rng.uniform(-5, 5)), 2) for _ in range(count)]
        answer = rng.choice(("outside", "middle", "middle", "inside")) if kind == "check" \
            else None
        achieved = sum(bouts) if bouts else seconds
        rows.append((session_id, index, exercise_id, kind, side, 1, 1, count, count,
                     seconds, achieved, json.dumps(bouts), answer, 0, at))
    return rows


def build(path: Path, years: int = 10, seed: int = 1) -> tuple[int, int, int]:
    """Write the synthetic history to ``path``; (sessions, exercise results, side rows)."""
    Store.open(path).close()  # schema and settings exactly as the app makes them
    rng = random.Random(seed)
    sessions, rows, exercises = [], [], 0
    first = date.today() - timedelta(days=365 * years)
    for day in range(365 * years):
        local = datetime.combine(first + timedelta(days=day), datetime.min.time(), ZONE) \
            + timedelta(hours=rng.choice((6, 7, 12, 18, 21, 23)), minutes=rng.randrange(60))
        started = local.astimezone(UTC)
        done = len(ROUTINE) if rng.random() > 0.05 else rng.randrange(1, len(ROUTINE))
        offset = local.utcoffset() or timedelta()
        sessions.append((day + 1, "foot-strength", "h", local.date().isoformat(),
                         started.isoformat(timespec="seconds"),
                         (started + timedelta(minutes=25)).isoformat(timespec="seconds"),
                         int(offset.total_seconds() // 60),
                         "completed" if done == len(ROUTINE) else "partial", len(ROUTINE)))
        at = started.isoformat(timespec="seconds")
        for index, exercise in enumerate(ROUTINE[:done]):
            rows += _side_rows(day + 1, index, exercise, day, at, rng)
            exercises += 1
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO sessions (id, routine_id, routine_hash, local_date,"
                         " started_utc, ended_utc, utc_offset_minutes, status,"
                         " planned_exercises) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sessions)
        conn.executemany(f"INSERT INTO results ({RESULT_COLUMNS}) VALUES"
                         f" ({', '.join('?' * 15)})", rows)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return len(sessions), exercises, len(rows)


def open_store(path: Path) -> None:
    """Open the file as the app does at start-up (integrity check, migrations)."""
    Store.open(path).close()


def adherence_figures(path: Path) -> None:
    """Every figure of the History page, computed from the store."""
    with Store.open(path) as store:
        history = store.snapshot()
    today = datetime.now(ZONE).date()
    adherence(history, today, goal=5, first_weekday=0)
    trends(history)
    answers(history, "tripod-check")


def export_csv(path: Path) -> None:
    """The whole history as CSV, to a file beside it."""
    with Store.open(path) as store, open(path.with_suffix(".csv"), "w", newline="",
                                         encoding="utf-8") as handle:
        write_csv(store, handle)


@dataclass(frozen=True)
class Measurement:
    """One timed row of the table: ``run`` gets the history file's path."""

    name: str
    target: float  # seconds
    run: Callable[[Path], object]


MEASUREMENTS: list[Measurement] = [
    Measurement("open the history file (quick_check)", 1.0, open_store),
    Measurement("all adherence figures from the store", 1.0, adherence_figures),
    Measurement("export CSV to a file", 1.0, export_csv),
]


def best_of(run: Callable[[Path], object], path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(path)
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="footwork-bench-") as folder:
        path = Path(folder) / "history.sqlite3"
        start = time.perf_counter()
        sessions, exercises, rows = build(path, args.years)
        print(f"history: {sessions} sessions, {exercises} exercise results, {rows} side rows,"
              f" {path.stat().st_size / 1e6:.1f} MB (built in {time.perf_counter() - start:.1f} s)")
        print(f"{'measurement':<44} {'best s':>8} {'target s':>9}  ok")
        for item in MEASUREMENTS:
            seconds = best_of(item.run, path, args.repeat)
            verdict = "yes" if seconds <= item.target else "NO"
            print(f"{item.name:<44} {seconds:>8.3f} {item.target:>9.3f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
