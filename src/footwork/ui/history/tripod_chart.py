"""The tripod test over time: where each foot's weight rested, outside, middle or inside.

One row per answer (y 0, 1, 2, labelled in the runner's language), a dot per session and
foot in the side's colour; the left foot's dots sit a little above the row, the right's a
little below, so both show on the same day.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from footwork.domain import Side
from footwork.history.trends import AnswerPoint
from footwork.ui import colours
from footwork.ui.history.chart_style import dots, new_plot
from footwork.ui.history.texts import TRIPOD_ANSWERS as ANSWERS  # bottom to top
from footwork.ui.history.texts import answer_text, side_key

OFFSETS = {Side.LEFT: 0.12, Side.RIGHT: -0.12, None: 0.0}


class TripodChart(QWidget):
    """Call :meth:`show_answers` with the answers of one check exercise by side."""

    def __init__(self, first_weekday: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Tripod test: where your weight rests"))
        self.key = QLabel()  # which colour is which foot
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.plot = new_plot(first_weekday, "", self.palette())
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([[(i, answer_text(a)) for i, a in enumerate(ANSWERS)]])
        self.plot.setYRange(-0.5, len(ANSWERS) - 0.5, padding=0)
        self.curves: dict[Side | None, pg.PlotCurveItem] = {}
        self.points: dict[Side | None, list[tuple[int, str]]] = {}  # (day ordinal, answer id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.key)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)

    def show_answers(self, answers: dict[Side | None, list[AnswerPoint]]) -> None:
        """Draw the answers by side; answers other than the three tripod ones are left out."""
        for curve in self.curves.values():
            self.plot.removeItem(curve)
        self.curves, self.points = {}, {}
        for side in (Side.LEFT, Side.RIGHT, None):
            found = [(p.day.toordinal(), p.answer) for p in answers.get(side, ())
                     if p.answer in ANSWERS]
            if not found:
                continue
            colour = colours.SIDES[side]
            curve = dots([day for day, _ in found],
                         [ANSWERS.index(a) + OFFSETS[side] for _, a in found],
                         colour, 8)
            self.plot.addItem(curve)
            self.curves[side] = curve
            self.points[side] = found
        self.key.setText(side_key(list(self.points)))

    def has_answers(self) -> bool:
        return bool(self.points)
