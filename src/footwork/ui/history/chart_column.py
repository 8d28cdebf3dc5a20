"""The three charts, one above the other on one time axis: weeks, a trend, the tripod test.

Their x axes are linked, so dragging or zooming one moves all three. They open on the last
half year; the trend and tripod points are read from that window on (ten years of daily
points take as long to read as the rest of the page), and all of them once the runner
drags or zooms further back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from footwork.domain import ExerciseKind
from footwork.history.adherence import week_start
from footwork.history.errors import HistoryError
from footwork.history.trends import DatedResult, answers_of, trends_of
from footwork.ui.history.loading import gc_paused
from footwork.ui.history.texts import Names
from footwork.ui.history.trend_chart import TrendChart
from footwork.ui.history.tripod_chart import TripodChart
from footwork.ui.history.weeks_chart import WeeksChart

TRIPOD = "tripod-check"
SHOWN_DAYS = 26 * 7  # the charts open on the last half year
MARGIN_DAYS = 28  # points read before the window's start, for a little dragging

Loader = Callable[[str, date | None], list[DatedResult]]  # exercise id, since


class ChartColumn(QWidget):
    def __init__(self, names: Names, first_weekday: int, load: Loader,
                 report: Callable[[HistoryError], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load, self.report, self.first_weekday = load, report, first_weekday
        self.weeks = WeeksChart(first_weekday)
        self.trend = TrendChart(names, first_weekday)
        self.trend.exerciseChosen.connect(self._load_trend)
        self.tripod = TripodChart(first_weekday)
        for chart in (self.trend.plot, self.tripod.plot):
            chart.setXLink(self.weeks.plot)
        self.weeks.plot.sigXRangeChanged.connect(self._range_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for chart in (self.weeks, self.trend, self.tripod):
            layout.addWidget(chart, 1)
        self.loaded_since: date | None = None  # None: every point is loaded
        self.tripod_exercise: str | None = None

    def plots(self) -> tuple[pg.PlotWidget, pg.PlotWidget, pg.PlotWidget]:
        return self.weeks.plot, self.trend.plot, self.tripod.plot

    def show_history(self, first_day: date, today: date,
                     exercises: list[tuple[str, ExerciseKind]]) -> None:
        """Open on the recent weeks and load the trend and tripod points for them."""
        end = week_start(today, self.first_weekday) + timedelta(days=7)
        start = max(first_day - timedelta(days=1), end - timedelta(days=SHOWN_DAYS))
        self.loaded_since = None  # while the range moves: no loading of every point
        for plot in self.plots():
            plot.setLimits(xMin=first_day.toordinal() - 7, xMax=end.toordinal() + 7)
        self.weeks.plot.setXRange(start.toordinal(), end.toordinal(), padding=0.01)
        since = start - timedelta(days=MARGIN_DAYS)
        self.loaded_since = since if since > first_day else None
        self.trend.set_exercises(exercises)  # loads the chosen exercise's trend
        self.trend.setVisible(any(kind != ExerciseKind.CHECK for _, kind in exercises))
        checks = [ex for ex, kind in exercises if kind == ExerciseKind.CHECK]
        self.tripod_exercise = TRIPOD if TRIPOD in checks else (checks[0] if checks else None)
        self._load_answers()

    def _range_changed(self, _view: object, x_range: tuple[float, float]) -> None:
        if self.loaded_since is not None and x_range[0] < self.loaded_since.toordinal():
            self.loaded_since = None  # dragged back in time: read everything, once
            with gc_paused():
                exercise = self.trend.current_exercise()
                if exercise is not None:
                    self._load_trend(exercise)
                self._load_answers()

    def _read(self, exercise_id: str) -> list[DatedResult]:
        try:
            return self.load(exercise_id, self.loaded_since)
        except HistoryError as exc:
            self.report(exc)
            return []

    def _load_trend(self, exercise_id: str) -> None:
        self.trend.show_trends(trends_of(self._read(exercise_id)))

    def _load_answers(self) -> None:
        found = {}
        if self.tripod_exercise is not None:
            rows = self._read(self.tripod_exercise)
            found = {side: points for (_, side), points in answers_of(rows).items()}
        self.tripod.show_answers(found)
        self.tripod.setVisible(self.tripod.has_answers())
