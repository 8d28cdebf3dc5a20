"""The weekly goal and the program's start and length, edited on the page.

The program starts by default on the day of the first counted session; ticking "Started on"
fixes the date instead. Every change is announced at once with ``chosen`` (a
:class:`~footwork.services.program.ProgramChoice`); the page keeps it in the settings and
redraws the bars and texts. The widget shows the settings it is given and writes none.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from footwork.history.adherence import PROGRAM_WEEKS
from footwork.services.program import ProgramChoice
from footwork.services.settings import GOAL_RANGE, ProgramSettings
from footwork.ui.history.texts import qdate


class GoalSettings(QWidget):
    chosen = Signal(object)  # ProgramChoice

    def __init__(self, settings: ProgramSettings, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = QSpinBox()
        self.goal.setRange(*GOAL_RANGE)
        self.goal.setValue(settings.weekly_goal)
        self.weeks = QSpinBox()
        self.weeks.setRange(min(PROGRAM_WEEKS), max(PROGRAM_WEEKS))
        self.weeks.setValue(settings.program_weeks)
        self.fixed_start = QCheckBox(self.tr("Program started on"))
        self.fixed_start.setToolTip(self.tr(
            "Unticked, the program starts on the day of your first workout."))
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        start = settings.program_start
        self.fixed_start.setChecked(start is not None)
        self.start.setEnabled(start is not None)
        self.start.setDate(qdate(start or today))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Weekly goal:")), self.goal,
                       QLabel(self.tr("sessions")), QLabel("   "),
                       QLabel(self.tr("Program length:")), self.weeks,
                       QLabel(self.tr("weeks")), QLabel("   "), self.fixed_start, self.start):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.goal.valueChanged.connect(self._changed)
        self.weeks.valueChanged.connect(self._changed)
        self.fixed_start.toggled.connect(self._changed)
        self.start.dateChanged.connect(self._changed)

    def show_first_day(self, day: date | None) -> None:
        """Show the default start (the first counted session's day) while no date is fixed."""
        if not self.fixed_start.isChecked() and day is not None:
            self.start.blockSignals(True)
            self.start.setDate(qdate(day))
            self.start.blockSignals(False)

    def choice(self) -> ProgramChoice:
        """What the widgets show now."""
        fixed = self.fixed_start.isChecked()
        return ProgramChoice(self.goal.value(), self.weeks.value(),
                             _pydate(self.start.date()) if fixed else None)

    def _changed(self, *_: object) -> None:
        self.start.setEnabled(self.fixed_start.isChecked())
        self.chosen.emit(self.choice())


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
