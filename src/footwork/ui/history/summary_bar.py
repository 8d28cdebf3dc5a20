"""The line above the charts: streak, program week, this week, planned exercises done."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from footwork.history.adherence import Adherence
from footwork.ui.history.texts import date_text


class SummaryBar(QWidget):
    """The adherence figures in words, in a row of slightly larger labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.streak, self.program, self.this_week, self.completion = (
            QLabel(), QLabel(), QLabel(), QLabel())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.streak, self.program, self.this_week, self.completion):
            font = label.font()
            font.setPointSize(font.pointSize() + 2)
            label.setFont(font)
            layout.addWidget(label)
            layout.addSpacing(24)
        layout.addStretch(1)

    def show_figures(self, figures: Adherence) -> None:
        self.streak.setText(self.streak_text(figures))
        self.program.setText(self.program_text(figures))
        self.this_week.setText(self.this_week_text(figures))
        self.completion.setText(self.completion_text(figures))

    def streak_text(self, figures: Adherence) -> str:
        """ "Current streak: 3 weeks · Longest: 5" (translations bring their plural forms)."""
        if not figures.weeks:
            return ""  # nothing counted yet: no streak to speak of
        current = self.tr("Current streak: %n week(s)", "", figures.streaks.current)
        current = current.replace("(s)", "" if figures.streaks.current == 1 else "s")  # English
        return self.tr("{current} · Longest: {longest}").format(
            current=current, longest=figures.streaks.longest)

    def program_text(self, figures: Adherence) -> str:
        program = figures.program
        if program.start is None:
            return self.tr("Your {n}-week program starts with your first workout").format(
                n=program.weeks)
        if program.week == 0:
            return self.tr("Your {n}-week program starts on {date}").format(
                n=program.weeks, date=date_text(program.start))
        if program.finished:
            return self.tr("Program done: all {n} weeks").format(n=program.weeks)
        return self.tr("Week {week} of {weeks}").format(week=program.week, weeks=program.weeks)

    def this_week_text(self, figures: Adherence) -> str:
        if not figures.weeks or not figures.weeks[-1].current:
            return ""
        week = figures.weeks[-1]
        return self.tr("This week: {done} of {goal}").format(done=week.sessions, goal=week.goal)

    def completion_text(self, figures: Adherence) -> str:
        share = figures.completion.share
        if share is None:
            return ""
        return self.tr("{percent}% of planned exercises done").format(percent=round(share * 100))
