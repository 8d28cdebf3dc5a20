"""The History page: weekly bars against the goal, streak and program, trends, tripod answers,
the list of sessions, the goal and program settings, and export.

The page reads slim rows from the store (``Store.summaries``, one exercise's results at a
time) and hands them to the pure functions of ``footwork.history.adherence`` and ``trends``:
no rule lives here. :meth:`HistoryPage.refresh` reads everything again (the app calls it when
a workout was saved); a settings change only recomputes the figures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from footwork.history.adherence import Adherence, adherence_of, counted_days
from footwork.history.errors import HistoryError
from footwork.history.ran import ran_snapshot, snapshot_routines
from footwork.history.rows import SessionSummary
from footwork.history.store import Store
from footwork.routine.model import Routine
from footwork.services.notices import Level, Notices, Source
from footwork.services.program import ProgramChoice, choose_program
from footwork.ui.history.chart_column import ChartColumn
from footwork.ui.history.chart_style import apply_palette
from footwork.ui.history.exporting import Exporter
from footwork.ui.history.goal_settings import GoalSettings
from footwork.ui.history.loading import gc_paused
from footwork.ui.history.session_list import SessionList
from footwork.ui.history.summary_bar import SummaryBar
from footwork.ui.history.texts import Names, first_weekday
from footwork.ui.notice_view import NoticeView
from footwork.ui.settings_store import Settings

PAGE_NOTICES = (Source.READING, Source.EXPORT)


class HistoryPage(QWidget):
    backRequested = Signal()

    def __init__(self, store: Store, settings: Settings,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None,
                 *, names: Names, notices: Notices | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.store, self.settings, self.today = store, settings, today
        self.notices = notices if notices is not None else Notices()
        self.names = names  # of the routines the app found; the page reads no routine file
        self.names = self.names.adding(self._snapshots())  # routines deleted since
        self.first_weekday = first_weekday()
        self.summaries: list[SessionSummary] = []
        self.figures: Adherence | None = None
        self.exporter = Exporter(store)  # no parent: it outlives the page while it writes
        self.exporter.finished.connect(self._exported)
        self.exporter.failed.connect(self._export_failed)
        self._build()
        self.refresh()

    def _snapshots(self) -> list[Routine]:
        try:
            return snapshot_routines(self.store)
        except HistoryError:
            return []

    def _ran_snapshot(self, session_id: int) -> Routine | None:
        try:
            return ran_snapshot(self.store, session_id)
        except (HistoryError, KeyError):
            return None

    # ----- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("History"))
        font = title.font()
        font.setPointSize(20)
        font.setBold(True)
        title.setFont(font)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.back_button = QPushButton(self.tr("Back to Today"))
        self.back_button.clicked.connect(self.backRequested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.backRequested.emit)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.back_button)
        self.notice = NoticeView(self.notices, PAGE_NOTICES, object_name="historyNotice",
                                 styles={Level.ERROR: "color: #c62828;"})
        self.goal_settings = GoalSettings(self.settings, self.today())
        self.goal_settings.chosen.connect(self._program_chosen)
        self.summary = SummaryBar()
        self.empty = QLabel(self.tr(
            "<h2>No workouts yet</h2><p>Your weeks, your streak and your progress show up here "
            "after your first workout.</p><p>Go back to Today, pick a routine and press Start. "
            "Every exercise you finish is saved as you go.</p>"))
        self.empty.setObjectName("emptyHistory")
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charts = ChartColumn(self.names, self.first_weekday, self.store.exercise_results,
                                  self._read_failed)
        self.weeks, self.trend, self.tripod = (
            self.charts.weeks, self.charts.trend, self.charts.tripod)
        self.sessions = SessionList(self.names, self.store.results,
                                    load_routine=self._ran_snapshot)
        self.sessions.deleteConfirmed.connect(self.delete_session)
        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.addWidget(self.charts)
        self.content.addWidget(self.sessions)
        self.content.setStretchFactor(0, 1)
        self.content.setStretchFactor(1, 1)
        self.content.setSizes([540, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.goal_settings)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.content, 1)

    # ----- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the history again and redraw everything."""
        with gc_paused():
            self._refresh()

    def _refresh(self) -> None:
        try:
            summaries = self.store.summaries()
            exercises = self.store.exercises_with_results()
        except HistoryError as exc:
            self._read_failed(exc)
            return
        self.notices.post(Source.READING, "")  # read again: the problem is over
        self.summaries = summaries
        has_any = bool(summaries)
        self.empty.setVisible(not has_any)
        self.content.setVisible(has_any)
        self.export_button.setEnabled(has_any and not self.exporter.busy)
        self.sessions.set_sessions(summaries)
        if has_any:
            first = min(s.local_date for s in summaries)
            self.charts.show_history(first, self.today(), exercises)
        self.update_figures()

    def update_figures(self) -> None:
        """Recompute the adherence figures for today and the settings, and redraw them."""
        today, settings = self.today(), self.settings
        self.figures = adherence_of(
            self.summaries, today, goal=settings.weekly_goal, first_weekday=self.first_weekday,
            program_start=settings.program_start, program_weeks=settings.program_weeks)
        self.weeks.show_weeks(self.figures.weeks, settings.weekly_goal)
        self.weeks.setVisible(bool(self.figures.weeks))
        self.summary.show_figures(self.figures)
        first = min(counted_days(self.summaries), default=None)
        self.goal_settings.show_first_day(first)

    # ----- actions -------------------------------------------------------------------------------
    def _program_chosen(self, choice: ProgramChoice) -> None:
        choose_program(self.settings, choice)
        self.update_figures()

    def delete_session(self, session_id: int) -> None:
        try:
            self.store.delete_session(session_id)
        except KeyError:
            pass  # already gone
        except HistoryError as exc:
            self._read_failed(exc)
            return
        self.refresh()

    def export(self) -> None:
        if self.exporter.ask_and_export(self, self.today()):
            self.export_button.setEnabled(False)
            self.notices.post(Source.EXPORT, self.tr("Exporting…"), Level.INFO)

    def _exported(self, path: str, count: int) -> None:
        self.export_button.setEnabled(bool(self.summaries))
        self.notices.post(Source.EXPORT, self.tr("Exported to {path}.").format(path=path),
                          Level.INFO)

    def _export_failed(self, path: str, reason: str) -> None:
        self.export_button.setEnabled(bool(self.summaries))
        self.notices.post(Source.EXPORT, self.tr("Could not export to {path}: {reason}.").format(
            path=path, reason=reason), Level.ERROR)

    def changeEvent(self, event: QEvent) -> None:
        """Charts follow a switch between the light and the dark scheme."""
        if event.type() == QEvent.Type.PaletteChange:
            for plot in self.charts.plots():
                apply_palette(plot, self.palette())
        super().changeEvent(event)

    def _read_failed(self, error: Exception) -> None:
        self.notices.post(Source.READING, str(error), Level.ERROR)
