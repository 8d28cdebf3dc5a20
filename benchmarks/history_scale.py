"""History at scale: ten years of daily workouts, and how long reading them takes.

Builds a synthetic history in a temporary file (one foot-strength session a day for ten years:
3,650 sessions, 43,800 exercise results, about 73,000 per-side rows; sessions at varied hours
in Europe/Berlin across every clock change, some stopped early), then times each measurement
(best of ``--repeat`` runs) and prints a table.

    .venv/bin/python benchmarks/history_scale.py [--years 10] [--repeat 3]

Targets: every adherence figure from the store (weekly bars, streaks, completion, program,
trends, tripod answers) <= 1 s; CSV export to a file <= 1 s; open the History page and draw
every chart <= 150 ms.

The History page rows run Qt offscreen (no display needed). "open the History page" is the
warm open: pyqtgraph already imported (the app imports it the first time History opens), the
page built on the open store, shown at 1100 x 760 and painted (``grab()``); it opens on the
last half year, reading the trend and tripod points of those weeks only. "drag back" zooms out
over all ten years, which reads and draws every point. "first open" is the warm open in a
fresh interpreter, importing the page and pyqtgraph included.

To add a measurement: write a function taking the history file's path (import Qt inside it,
so this file runs without a display for the other rows) and append a :class:`Measurement`
to ``MEASUREMENTS``; a function that times itself returns its seconds (``self_timed``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from footwork.history.adherence import adherence, adherence_of
from footwork.history.export import write_csv
from footwork.history.reading import RESULT_COLUMNS
from footwork.history.store import Store
from footwork.history.trends import answers, answers_of, trends, trends_of

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


def page_figures(path: Path) -> None:
    """The History page's figures from SQL aggregates: summaries, one trend, tripod answers."""
    with Store.open(path) as store:
        adherence_of(store.summaries(), datetime.now(ZONE).date(), goal=5)
        store.exercises_with_results()
        trends_of(store.exercise_results("single-leg-balance"))
        answers_of(store.exercise_results("tripod-check"))


def export_csv(path: Path) -> None:
    """The whole history as CSV, to a file beside it."""
    with Store.open(path) as store, open(path.with_suffix(".csv"), "w", newline="",
                                         encoding="utf-8") as handle:
        write_csv(store, handle)


_OPEN_PAGE = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from footwork.history.store import Store
from footwork.ui.settings_store import Settings
app = QApplication([])
path = Path(sys.argv[1])
store = Store.open(path)
settings = Settings(path.with_name("settings.ini"))
start = time.perf_counter()
from footwork.ui.history.page import HistoryPage
from footwork.ui.history.texts import Names
from footwork.routine.library import discover
NAMES = Names.from_entries(discover())
page = HistoryPage(store, settings, names=NAMES)
page.resize(1100, 760)
page.show()
page.grab()
print(time.perf_counter() - start)
"""


def first_page_open(path: Path) -> float:
    """A fresh interpreter opens the History page: pyqtgraph's import included."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _OPEN_PAGE, str(path)], env=env, check=True,
                          capture_output=True, text=True)
    return float(done.stdout.strip().splitlines()[-1])


_qt: dict[str, object] = {}


def _names():
    from footwork.routine.library import discover
    from footwork.ui.history.texts import Names

    return Names.from_entries(discover())


def history_page(path: Path) -> float:
    """Build the History page on the open store, show it and paint every chart (warm)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from footwork.ui.history.page import HistoryPage  # warm: imported before the clock starts
    from footwork.ui.settings_store import Settings

    app = QApplication.instance() or QApplication([])
    _qt["app"] = app  # one QApplication for the whole run
    with Store.open(path) as store:
        settings = Settings(path.with_name("settings.ini"))
        start = time.perf_counter()
        page = HistoryPage(store, settings, names=_names())
        page.resize(1100, 760)
        page.show()
        page.grab()  # paints the page and every chart now
        seconds = time.perf_counter() - start
        page.close()
        page.deleteLater()
        app.processEvents()
    return seconds


def drag_back(path: Path) -> float:
    """On the open History page, drag the charts back over all ten years (reads every point)."""
    from PySide6.QtWidgets import QApplication

    from footwork.ui.history.page import HistoryPage
    from footwork.ui.settings_store import Settings

    app = QApplication.instance() or QApplication([])
    with Store.open(path) as store:
        page = HistoryPage(store, Settings(path.with_name("settings.ini")), names=_names())
        page.resize(1100, 760)
        page.show()
        page.grab()
        first = min(s.local_date for s in page.summaries).toordinal()
        start = time.perf_counter()
        page.weeks.plot.setXRange(first, datetime.now(ZONE).date().toordinal())
        page.grab()
        seconds = time.perf_counter() - start
        page.close()
        page.deleteLater()
        app.processEvents()
    return seconds


@dataclass(frozen=True)
class Measurement:
    """One timed row of the table: ``run`` gets the history file's path.

    A ``self_timed`` run returns the seconds to report (it times only part of its work).
    """

    name: str
    target: float  # seconds
    run: Callable[[Path], object]
    self_timed: bool = False


MEASUREMENTS: list[Measurement] = [
    Measurement("open the history file (quick_check)", 1.0, open_store),
    Measurement("all adherence figures from the store", 1.0, adherence_figures),
    Measurement("History page figures (SQL aggregates)", 0.1, page_figures),
    Measurement("export CSV to a file", 1.0, export_csv),
    Measurement("open the History page, draw every chart", 0.15, history_page, True),
    Measurement("then drag back over ten years", 0.15, drag_back, True),
    Measurement("first open, importing pyqtgraph", 1.0, first_page_open, True),
]


def best_of(item: Measurement, path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = item.run(path)
        elapsed = time.perf_counter() - start
        times.append(float(result) if item.self_timed else elapsed)  # type: ignore[arg-type]
    return min(times)


def measure(years: int = 10, repeat: int = 3,
            out: Callable[[str], object] = print) -> list[tuple[str, float, float]]:
    """Build the history, then (name, best seconds, target seconds) of every measurement."""
    with tempfile.TemporaryDirectory(prefix="footwork-bench-") as folder:
        path = Path(folder) / "history.sqlite3"
        start = time.perf_counter()
        sessions, exercises, rows = build(path, years)
        out(f"history: {sessions} sessions, {exercises} exercise results, {rows} side rows,"
            f" {path.stat().st_size / 1e6:.1f} MB (built in {time.perf_counter() - start:.1f} s)")
        return [(item.name, best_of(item, path, repeat), item.target) for item in MEASUREMENTS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    figures = measure(args.years, args.repeat)
    print(f"{'measurement':<44} {'best s':>8} {'target s':>9}  ok")
    for name, seconds, target in figures:
        verdict = "yes" if seconds <= target else "NO"
        print(f"{name:<44} {seconds:>8.3f} {target:>9.3f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
