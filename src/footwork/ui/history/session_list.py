"""The list of sessions with the chosen one's details, and deleting one after a confirmation.

The confirmation is a :class:`QMessageBox` opened with ``open()`` (never ``exec()``), so the
event loop keeps running and tests click its buttons. A confirmed delete emits
``deleteConfirmed`` with the session id; the page deletes it from the store and refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from footwork.domain import SessionStatus
from footwork.history.rows import ResultRow, SessionSummary
from footwork.routine.model import Routine
from footwork.ui.history.session_details import details_html
from footwork.ui.history.sessions_model import (
    DATE,
    EFFORT,
    EXERCISES,
    PAIN,
    ROUTINE,
    SESSION_ID_ROLE,
    STATUS,
    TIME,
    SessionsModel,
)
from footwork.ui.history.texts import Names, date_text, status_text, time_text

SAMPLE_DAY = datetime(2026, 12, 28, 23, 58)  # wide digits, for the column widths


class SessionList(QWidget):
    deleteConfirmed = Signal(int)  # session id

    def __init__(self, names: Names, load_results: Callable[[int], list[ResultRow]],
                 parent: QWidget | None = None,
                 load_routine: Callable[[int], Routine | None] | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.load_results = load_results
        self.load_routine = load_routine  # what a session ran, as its snapshot kept it
        self.model = SessionsModel(names, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        self.delete_button = QPushButton(self.tr("Delete session…"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.ask_delete)
        self.confirm: QMessageBox | None = None
        self.confirm_delete: QAbstractButton | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Sessions")))
        layout.addWidget(self.table, 3)
        layout.addWidget(scroll, 2)
        layout.addLayout(buttons)
        self._show_details(None)

    def _size_columns(self) -> None:
        """Widths from sample texts (measuring 3,650 rows would cost more than the page)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        samples = {
            DATE: date_text(SAMPLE_DAY.date()), TIME: time_text(SAMPLE_DAY),
            STATUS: max((status_text(s) for s in SessionStatus), key=metrics.horizontalAdvance),
            EXERCISES: "12 / 12", EFFORT: "10", PAIN: "10",
        }
        for column, text in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(title) + 8)
            header.resizeSection(column, width + 12)
        header.setSectionResizeMode(ROUTINE, QHeaderView.ResizeMode.Stretch)
        # the stretched column keeps its title whole (a long translation of the others' titles
        # would squeeze it): past that, the table scrolls sideways
        routine = str(self.model.headerData(ROUTINE, Qt.Orientation.Horizontal))
        header.setMinimumSectionSize(max(metrics.horizontalAdvance("–"),
                                         metrics.horizontalAdvance(routine)) + 16)

    def set_sessions(self, summaries: list[SessionSummary]) -> None:  # oldest first
        """Show the sessions, keeping the selected one selected when it is still there."""
        keep = self.selected_id()
        self.model.set_sessions(summaries)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.select_row(row)
        else:
            self._show_details(None)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(SESSION_ID_ROLE) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details(self.selected_id())

    def _show_details(self, session_id: int | None) -> None:
        self.delete_button.setEnabled(session_id is not None)
        row = self.model.row_of(session_id) if session_id is not None else None
        if session_id is None or row is None:
            self.details.setText(self.tr("Choose a session to see what it did."))
            return
        summary = self.model.summary(row)
        routine = self.load_routine(session_id) if self.load_routine is not None else None
        self.details.setText(
            details_html(summary, self.load_results(session_id), self.names, routine))

    def ask_delete(self) -> None:
        """Ask before deleting the selected session (the box is open when this returns)."""
        session_id = self.selected_id()
        row = self.model.row_of(session_id) if session_id is not None else None
        if session_id is None or row is None:
            return
        summary = self.model.summary(row)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete session"))
        box.setText(self.tr("Delete the session of {date}, {time}?").format(
            date=date_text(summary.local_date), time=time_text(summary.started_local)))
        box.setInformativeText(self.tr(
            "Its results and rating are removed from your history. This cannot be undone."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._answered(session_id, button is delete))
        box.finished.connect(box.deleteLater)
        self.confirm, self.confirm_delete = box, delete
        box.open()

    def _answered(self, session_id: int, delete: bool) -> None:
        self.confirm = self.confirm_delete = None
        if delete:
            self.deleteConfirmed.emit(session_id)
