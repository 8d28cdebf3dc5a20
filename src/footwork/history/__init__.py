"""The workout history: a SQLite store, adherence figures, trends and export (no Qt here).

- :class:`Store` (``store``): sessions, per-side results and ratings in one SQLite file.
- :class:`SafeRecorder` (``recorder``): records a workout, keeping writes in memory while
  the file cannot be written.
- ``adherence`` and ``trends``: pure functions over a :class:`History` snapshot.
- ``export``: CSV and JSON.
"""

from footwork.history.errors import HistoryBug, HistoryError, HistoryUnavailable, Recovery
from footwork.history.export import export, write_csv, write_json
from footwork.history.recorder import SafeRecorder
from footwork.history.rows import History, Rating, ResultRow, SessionRow
from footwork.history.store import Store

__all__ = [
    "History", "HistoryBug", "HistoryError", "HistoryUnavailable", "Rating", "Recovery",
    "ResultRow", "SafeRecorder", "SessionRow", "Store", "export", "write_csv", "write_json",
]
