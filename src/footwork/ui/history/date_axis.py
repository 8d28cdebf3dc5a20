"""A pyqtgraph axis of days: x is ``date.toordinal()``, labels are the locale's short dates.

pyqtgraph's own ``DateAxisItem`` formats with ``strftime`` and works in seconds; this one
follows ``QLocale`` and puts its ticks on whole days, weeks (on the locale's first day of the
week) or multiples of them, as many as fit.
"""

from __future__ import annotations

import math
from datetime import date

import pyqtgraph as pg

from footwork.ui.history.texts import date_text

STEPS = (1, 2, 7, 14, 28, 91, 182, 364, 728, 1820)  # days between labelled ticks
LABEL_PIXELS = 90  # room one date label needs


def ordinal(day: date) -> int:
    return day.toordinal()


class DateAxis(pg.AxisItem):
    """Bottom axis of a chart whose x values are day ordinals."""

    def __init__(self, first_weekday: int = 0, **kwargs: object) -> None:
        super().__init__("bottom", **kwargs)
        self.first_weekday = first_weekday

    def step_for(self, span: float, pixels: float) -> int:
        """The smallest step (in days) that leaves each label enough room."""
        fitting = max(1.0, pixels / LABEL_PIXELS)
        for step in STEPS:
            if span / step <= fitting:
                return step
        return STEPS[-1] * math.ceil(span / fitting / STEPS[-1])

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if not math.isfinite(minVal) or not math.isfinite(maxVal) or maxVal <= minVal:
            return []
        step = self.step_for(maxVal - minVal, size)
        # ordinal 1 (0001-01-01) is a Monday: weeks start where (o - 1 - first_weekday) % 7 == 0
        anchor = 1 + self.first_weekday if step % 7 == 0 else 0
        first = math.ceil((minVal - anchor) / step) * step + anchor
        values = list(range(int(first), math.floor(maxVal) + 1, step))
        return [(float(step), [float(v) for v in values])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts = []
        for value in values:
            try:
                texts.append(date_text(date.fromordinal(round(value))))
            except (ValueError, OverflowError):
                texts.append("")
        return texts
