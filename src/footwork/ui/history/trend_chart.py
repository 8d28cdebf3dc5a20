"""One exercise over time: the count achieved, or the best bout of a timed exercise.

A combo box lists the exercises with results (by id in its item data); picking one emits
``exerciseChosen`` and the page answers with :meth:`TrendChart.show_trends`. Each side is a
line in its colour (left blue, right orange, both feet grey).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from footwork.domain import ExerciseKind, Side
from footwork.history.trends import SECONDS, Trend
from footwork.ui import colours
from footwork.ui.history.chart_style import dots, new_plot, pen
from footwork.ui.history.texts import Names, side_key

PREFERRED = ("single-leg-balance", "heel-walks", "toe-walks")  # first shown, when present


class TrendChart(QWidget):
    exerciseChosen = Signal(str)  # exercise id

    def __init__(self, names: Names, first_weekday: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.exercises = QComboBox()
        self.exercises.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.exercises.currentIndexChanged.connect(self._chosen)
        self.key = QLabel()  # which colour is which side
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.plot = new_plot(first_weekday, "", self.palette())
        self.curves: dict[Side | None, pg.PlotCurveItem] = {}  # the line of each side
        self.items: list[pg.PlotCurveItem] = []
        self.trend_metric: str | None = None
        self.kinds: dict[str, str] = {}
        top = QHBoxLayout()
        title = QLabel(self.tr("Progress of"))
        top.addWidget(title)
        top.addWidget(self.exercises)
        top.addSpacing(16)
        top.addWidget(self.key)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)

    def current_exercise(self) -> str | None:
        data = self.exercises.currentData()
        return data if isinstance(data, str) else None

    def set_exercises(self, exercises: list[tuple[str, ExerciseKind]]) -> None:
        """Fill the combo box with ``(id, kind)`` of exercises with results, keeping the choice.

        Checks are left out (the tripod chart shows them). Emits ``exerciseChosen`` for the
        exercise shown afterwards, or nothing when there is none.
        """
        keep = self.current_exercise()
        ids = [ex for ex, kind in exercises if kind != ExerciseKind.CHECK]
        self.kinds = dict(exercises)
        self.exercises.blockSignals(True)
        self.exercises.clear()
        for ex in ids:
            self.exercises.addItem(self.names.exercise(ex), ex)
        wanted = keep if keep in ids else next((p for p in PREFERRED if p in ids), None)
        self.exercises.setCurrentIndex(ids.index(wanted) if wanted else (0 if ids else -1))
        self.exercises.blockSignals(False)
        self._chosen()

    def _chosen(self, *_: object) -> None:
        exercise = self.current_exercise()
        if exercise is not None:
            self.exerciseChosen.emit(exercise)

    def show_trends(self, trends: list[Trend]) -> None:
        """Draw one line per side of the chosen exercise's trends, with a dot per session."""
        for item in self.items:
            self.plot.removeItem(item)
        self.curves, self.items = {}, []
        self.trend_metric = trends[0].metric if trends else None
        for trend in sorted(trends, key=lambda t: (Side.LEFT, Side.RIGHT, None).index(t.side)):
            colour = colours.SIDES[trend.side]
            x = [p.day.toordinal() for p in trend.points]
            y = [p.value for p in trend.points]
            line = pg.PlotCurveItem(x, y, pen=pen(colour, 2), skipFiniteCheck=True)
            for item in (line, dots(x, y, colour, 6)):
                self.plot.addItem(item)
                self.items.append(item)
            self.curves[trend.side] = line
        self.key.setText(side_key(list(self.curves)))
        self.plot.setLabel("left", self._unit())
        self.plot.getPlotItem().enableAutoRange(axis="y")
        self.plot.getPlotItem().setAutoVisible(y=True)

    def _unit(self) -> str:
        if self.trend_metric == SECONDS:
            return self.tr("Best bout (s)")
        kind = self.kinds.get(self.current_exercise() or "")
        units = {"hold": self.tr("Holds"), "reps": self.tr("Reps"),
                 "sequence": self.tr("Letters")}
        return units.get(kind or "", self.tr("Count"))
