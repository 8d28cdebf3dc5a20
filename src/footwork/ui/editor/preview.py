"""The live preview: the timeline the routine compiles to, and its total time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from footwork.domain import PhaseKind, Side
from footwork.i18n import translate
from footwork.session import timeline
from footwork.session.plan import Plan
from footwork.ui.texts import duration

COLUMNS = 7  # start, length, exercise, phase, side, set, rep (the cues are left out)
PHASE, SIDE = 3, 4  # the columns shown in words of the runner's language
AnyIndex = QModelIndex | QPersistentModelIndex


def _words() -> tuple[dict[str, str], dict[str, str]]:
    """The phase kinds and sides in the runner's language (the command line prints them as
    the routine format names them)."""
    kinds: dict[str, str] = {
        PhaseKind.PREPARE: translate("Preview", "get ready"),
        PhaseKind.WORK: translate("Preview", "work"),
        PhaseKind.HOLD: translate("Preview", "hold"),
        PhaseKind.RELEASE: translate("Preview", "release"),
        PhaseKind.REP: translate("Preview", "rep"),
        PhaseKind.ITEM: translate("Preview", "item"),
        PhaseKind.REST: translate("Preview", "rest"),
        PhaseKind.SWITCH: translate("Preview", "switch"),
        PhaseKind.CHECK: translate("Preview", "check"),
    }
    sides: dict[str, str] = {
        Side.LEFT: translate("Preview", "left"),
        Side.RIGHT: translate("Preview", "right"),
    }
    return kinds, sides


class TimelineModel(QAbstractTableModel):
    """The rows of :func:`footwork.session.timeline.rows`, read-only."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = timeline.headers()[:COLUMNS]
        self.cells: list[list[str]] = []

    def set_plan(self, plan: Plan) -> None:
        self.beginResetModel()
        kinds, sides = _words()
        self.cells = []
        for row in timeline.rows(plan):
            cells = row[:COLUMNS]
            cells[PHASE] = kinds.get(cells[PHASE], cells[PHASE])
            cells[SIDE] = sides.get(cells[SIDE], cells[SIDE])
            self.cells.append(cells)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.cells[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class Preview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.total = QLabel()
        self.total.setObjectName("previewTotal")
        font = self.total.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.total.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.model = TimelineModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        small = self.table.font()
        small.setPointSize(max(7, small.pointSize() - 1))
        self.table.setFont(small)
        # widths fitted to the first timeline shown, not again on each edit (a whole pass)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Preview")))
        layout.addWidget(self.total)
        layout.addWidget(self.detail)
        layout.addWidget(self.table, 1)
        self.plan: Plan | None = None
        self.fitted = False

    def show_plan(self, plan: Plan | None) -> None:
        """Show ``plan``; ``None`` (the routine has problems) keeps the last one, greyed."""
        if plan is None:
            self.table.setEnabled(False)
            self.detail.setText(self.tr("Fix the problems shown to see the new timeline."))
            return
        self.plan = plan
        self.table.setEnabled(True)
        self.total.setText(self.tr("About {time}").format(time=duration(plan.total)))
        self.detail.setText(timeline.total_text(plan))
        self.model.set_plan(plan)
        if not self.fitted:
            self.table.resizeColumnsToContents()
            self.fitted = True

    def refit(self) -> None:
        """Fit the columns to the next timeline shown (another routine's)."""
        self.fitted = False
