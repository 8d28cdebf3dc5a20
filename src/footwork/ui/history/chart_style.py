"""What the three History charts share: a day axis, the page's colours, no pyqtgraph menus."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPen

from footwork.ui.history.date_axis import DateAxis
from footwork.ui.history.texts import TRIPOD_ANSWERS, answer_text


def new_plot(first_weekday: int, y_label: str, palette: QPalette) -> pg.PlotWidget:
    """A chart over days (x = day ordinal) that pans and zooms in time only."""
    plot = pg.PlotWidget(axisItems={"bottom": DateAxis(first_weekday)}, enableMenu=False)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=True, y=False)
    plot.hideButtons()
    plot.setLabel("left", y_label)
    apply_palette(plot, palette)
    # One width for every chart's left axis, so the stacked charts' days line up, and wide
    # enough for the tripod answers from the first paint (pyqtgraph widens it only later).
    metrics = plot.fontMetrics()
    widest = max(metrics.horizontalAdvance(t) for t in
                 ("0000", *(answer_text(a) for a in TRIPOD_ANSWERS)))
    plot.getPlotItem().getAxis("left").setWidth(widest + 2 * metrics.height() + 8)
    return plot


def apply_palette(plot: pg.PlotWidget, palette: QPalette) -> None:
    """Draw on the page's base colour with its text colour (pyqtgraph's default is black)."""
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    for name in ("left", "bottom"):
        axis = plot.getPlotItem().getAxis(name)
        axis.setPen(text)
        axis.setTextPen(text)


def date_axis(plot: pg.PlotWidget) -> DateAxis:
    axis = plot.getPlotItem().getAxis("bottom")
    assert isinstance(axis, DateAxis)
    return axis



def pen(colour: str, width: float, cap: Qt.PenCapStyle = Qt.PenCapStyle.SquareCap) -> QPen:
    """A pen of ``width`` screen pixels, whatever the zoom."""
    made = QPen(QColor(colour), width)
    made.setCosmetic(True)
    made.setCapStyle(cap)
    return made


def dots(x: Sequence[float], y: Sequence[float], colour: str, size: float,
         name: str | None = None) -> pg.PlotCurveItem:
    """Round dots at the points, drawn as one path of tiny round-capped strokes.

    pyqtgraph's scatter items style every point in Python; ten years of daily points would
    cost more than the whole page. This path is built with numpy in one go.
    """
    xs = np.repeat(np.asarray(x, dtype=float), 2)
    xs[1::2] += 1e-3
    ys = np.repeat(np.asarray(y, dtype=float), 2)
    return pg.PlotCurveItem(xs, ys, pen=pen(colour, size, Qt.PenCapStyle.RoundCap),
                            connect="pairs", skipFiniteCheck=True, name=name)
