"""Sessions per week as bars against the weekly goal: met and missed weeks in two colours.

The bars sit on a day axis (x = day ordinal), a week's bar spanning its seven days, so this
chart shares its x axis with the trend and tripod charts. The current week is drawn lighter,
with a dashed outline: it is still in progress.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from footwork.history.adherence import Week
from footwork.ui.history.chart_style import new_plot

MET = "#43a047"
MISSED = "#e57373"
IN_PROGRESS_ALPHA = 90  # of 255: the current week, lighter


def bar_colour(week: Week) -> QColor:
    """The fill of a week's bar: met or missed; the current week, still open, light green."""
    if week.current:
        colour = QColor(MET)
        colour.setAlpha(IN_PROGRESS_ALPHA)
        return colour
    return QColor(MET if week.met else MISSED)


def _translucent(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(200)
    return faded


def _swatch(colour: QColor, text: str) -> str:
    rgba = f"rgba({colour.red()},{colour.green()},{colour.blue()},{colour.alphaF():.2f})"
    return (f"<span style='background:{rgba};border:1px solid {colour.name()};'>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{text}")


class WeeksChart(QWidget):
    """The weekly bars; :meth:`show_weeks` draws them."""

    def __init__(self, first_weekday: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = new_plot(first_weekday, self.tr("Sessions"), self.palette())
        self.plot.getPlotItem().getAxis("left").setTickSpacing(major=1, minor=1)
        self.bars = pg.BarGraphItem(x=[], height=[], width=6)
        self.plot.addItem(self.bars)
        pen = QPen(QColor("#607d8b"), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.goal_line = pg.InfiniteLine(
            pos=5, angle=0, movable=False, pen=pen,
            label=self.tr("goal"),
            labelOpts={"position": 0.0, "color": "#607d8b", "anchors": [(0, 1), (0, 1)],
                       "fill": _translucent(self.palette().color(QPalette.ColorRole.Base))})
        self.goal_line.setZValue(10)  # over the bars that pass it
        self.plot.addItem(self.goal_line)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        current = QColor(MET)
        current.setAlpha(IN_PROGRESS_ALPHA)
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join((
            _swatch(QColor(MET), self.tr("goal met")),
            _swatch(QColor(MISSED), self.tr("goal missed")),
            _swatch(current, self.tr("this week, in progress")))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self.weeks: list[Week] = []
        self.colours: list[QColor] = []

    def show_weeks(self, weeks: list[Week], goal: int) -> None:
        """Draw one bar per week and the goal line at ``goal``."""
        self.weeks = list(weeks)
        self.colours = [bar_colour(w) for w in weeks]
        pens = []
        for week, colour in zip(weeks, self.colours, strict=True):
            pen = QPen(QColor(colour.name()), 1.5,
                       Qt.PenStyle.DashLine if week.current else Qt.PenStyle.SolidLine)
            pen.setCosmetic(True)
            pens.append(pen)
        self.bars.setVisible(bool(weeks))
        if weeks:  # (pyqtgraph 0.14 cannot take empty lists of pens)
            self.bars.setOpts(
                x=[w.start.toordinal() + 3.5 for w in weeks], height=[w.sessions for w in weeks],
                width=6, brushes=[pg.mkBrush(c) for c in self.colours], pens=pens)
        self.goal_line.setValue(goal)
        self.goal_line.label.setFormat(self.tr("goal {n}").format(n=goal))
        top = max([goal, *(w.sessions for w in weeks)]) + 0.6  # room for the goal's label
        self.plot.setLimits(yMin=0, yMax=top)  # first: the old limits would clip the new range
        self.plot.setYRange(0, top, padding=0)
