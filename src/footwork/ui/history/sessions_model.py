"""The sessions as a table model, newest first: testable without a view (as in Vorta).

The model holds the slim :class:`SessionSummary` rows and makes each cell's text only when a
view asks for it, so ten years of daily sessions cost a list, not 3,650 rows of widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from footwork.history.rows import SessionSummary
from footwork.ui.history.texts import Names, date_text, status_text, time_text

DATE, TIME, ROUTINE, STATUS, EXERCISES, EFFORT, PAIN = range(7)
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole
_CENTRED = (EXERCISES, EFFORT, PAIN)
_Index = QModelIndex | QPersistentModelIndex


class SessionsModel(QAbstractTableModel):
    def __init__(self, names: Names, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self._rows: list[SessionSummary] = []

    def set_sessions(self, summaries: list[SessionSummary]) -> None:
        """Show ``summaries`` (given oldest first, as the store reads them) newest first."""
        self.beginResetModel()
        self._rows = summaries[::-1]
        self.endResetModel()

    def summary(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == session_id:
                return row
        return None

    # ----- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Time"), self.tr("Routine"), self.tr("Status"),
                self.tr("Exercises"), self.tr("Effort"), self.tr("Pain"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == SESSION_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and summary.note:
            return summary.note
        return None

    def _text(self, summary: SessionSummary, column: int) -> str:
        if column == DATE:
            return date_text(summary.local_date)
        if column == TIME:
            return time_text(summary.started_local)
        if column == ROUTINE:
            return self.names.routine(summary.routine_id)
        if column == STATUS:
            return status_text(summary.status)
        if column == EXERCISES:
            return f"{summary.done} / {summary.planned}"
        if column == EFFORT:
            return "–" if summary.effort is None else str(summary.effort)
        if column == PAIN:
            return "–" if summary.pain is None else str(summary.pain)
        return ""
