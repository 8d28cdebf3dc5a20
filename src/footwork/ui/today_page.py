"""The Today page: pick a routine, see what it asks and needs, and start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footwork.routine.library import Entry
from footwork.routine.model import Routine
from footwork.session.plan import compile_plan
from footwork.ui.texts import duration, routine_text, summary

ROLE_ENTRY = Qt.ItemDataRole.UserRole


class TodayPage(QWidget):
    startRequested = Signal(object)  # Routine
    historyRequested = Signal()
    settingsRequested = Signal()

    def __init__(self, entries: list[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.routines = QListWidget()
        self.routines.setMinimumWidth(260)
        self.title = QLabel()
        self.title.setObjectName("routineTitle")
        font = self.title.font()
        font.setPointSize(22)
        font.setBold(True)
        self.title.setFont(font)
        self.level = 0.0
        self.week = QLabel()
        self.week.setObjectName("programWeek")
        self.week.hide()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("#notice { background: #fff3cd; color: #5c4400; padding: 8px; }")
        self.notice.hide()
        self.resume_box = QWidget()
        self.resume_text = QLabel()
        self.resume_text.setWordWrap(True)
        self.resume_button = QPushButton()
        self.keep_button = QPushButton(self.tr("Keep it as partial"))
        resume_row = QHBoxLayout(self.resume_box)
        resume_row.addWidget(self.resume_text, 1)
        resume_row.addWidget(self.resume_button)
        resume_row.addWidget(self.keep_button)
        self.resume_button.clicked.connect(lambda: self._answer_resume(True))
        self.keep_button.clicked.connect(lambda: self._answer_resume(False))
        self.resume_box.hide()
        self._on_resume: Callable[[bool], None] | None = None
        self.start_button = QPushButton(self.tr("Start  [Enter]"))
        self.start_button.setMinimumHeight(64)
        font = self.start_button.font()
        font.setPointSize(18)
        self.start_button.setFont(font)
        self.start_button.clicked.connect(self._start)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.clicked.connect(self.historyRequested.emit)
        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.clicked.connect(self.settingsRequested.emit)

        side = QVBoxLayout()
        heading = QLabel(self.tr("Routines"))
        heading.setStyleSheet("font-weight: bold;")
        side.addWidget(heading)
        side.addWidget(self.routines, 1)
        side.addWidget(self.history_button)
        side.addWidget(self.settings_button)
        main = QVBoxLayout()
        main.addWidget(self.notice)
        main.addWidget(self.resume_box)
        main.addWidget(self.title)
        main.addWidget(self.week)
        main.addWidget(self.details, 1)
        main.addWidget(self.start_button)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(main, 1)

        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(self._start)
        self.routines.currentItemChanged.connect(self._show_current)
        self.set_entries(entries)

    def set_entries(self, entries: list[Entry]) -> None:
        self.routines.clear()
        for entry in entries:
            name = routine_text(entry.routine.name) if entry.routine else entry.path.name
            item = QListWidgetItem(
                name if entry.routine else self.tr("{name} (cannot load)").format(name=name)
            )
            item.setData(ROLE_ENTRY, entry)
            if not entry.routine:
                item.setForeground(Qt.GlobalColor.gray)
            self.routines.addItem(item)
        if self.routines.count():
            self.routines.setCurrentRow(0)

    def select(self, routine_id: str) -> None:
        for row in range(self.routines.count()):
            entry: Entry = self.routines.item(row).data(ROLE_ENTRY)
            if entry.routine and entry.routine.id == routine_id:
                self.routines.setCurrentRow(row)

    def set_program_week(self, week: int, weeks: int, level: float) -> None:
        """Show where the runner is in the program; ranges are planned at ``level``."""
        self.level = level
        self.week.setText(self.tr("Program: week {week} of {weeks}").format(week=week, weeks=weeks))
        self.week.show()
        self._show_current()

    def show_notice(self, text: str) -> None:
        """A message at the top of the page (problems of a routine, a moved history file...)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def add_notice(self, text: str) -> None:
        """Another message below those already shown."""
        current = self.notice.text()
        if text and text not in current:
            self.show_notice(f"{current}\n\n{text}" if current else text)

    def offer_resume(self, text: str, resume_label: str, answer: Callable[[bool], None]) -> None:
        """Offer to resume an interrupted workout; ``answer(True)`` resumes, False keeps it."""
        self.resume_text.setText(text)
        self.resume_button.setText(resume_label)
        self._on_resume = answer
        self.resume_box.show()

    def _answer_resume(self, resume: bool) -> None:
        self.resume_box.hide()
        answer, self._on_resume = self._on_resume, None
        if answer is not None:
            answer(resume)

    def current(self) -> Routine | None:
        item = self.routines.currentItem()
        entry: Entry | None = item.data(ROLE_ENTRY) if item else None
        return entry.routine if entry else None

    def _start(self) -> None:
        routine = self.current()
        if routine is not None:
            self.startRequested.emit(routine)

    def _show_current(self) -> None:
        item = self.routines.currentItem()
        if item is None:
            return
        entry: Entry = item.data(ROLE_ENTRY)
        if entry.routine is None:
            self.title.setText(entry.path.name)
            problems = "<br>".join(_escape(str(p)) for p in entry.problems)
            self.details.setText(
                self.tr("This routine file cannot be used:") + "<br><tt>" + problems + "</tt>"
            )
            self.start_button.setEnabled(False)
            return
        routine = entry.routine
        total = compile_plan(routine, self.level).total
        equipment = sorted({routine_text(e) for ex in routine.exercises for e in ex.equipment})
        rows = "".join(
            f"<tr><td>{n}.&nbsp;</td><td><b>{_escape(routine_text(ex.name))}</b></td>"
            f"<td>&nbsp;&nbsp;{_escape(summary(ex, self.level))}</td></tr>"
            for n, ex in enumerate(routine.exercises, start=1)
        )
        html = (
            f"<p>{_escape(routine_text(routine.description))}</p>"
            f"<p><b>{self.tr('About {time}').format(time=duration(total))}</b> · "
            + self.tr("Exercises: {n}").format(n=len(routine.exercises))
            + "</p>"
            f"<table>{rows}</table>"
        )
        if equipment:
            html += f"<p><b>{self.tr('You need:')}</b> {_escape(', '.join(equipment))}</p>"
        self.title.setText(routine_text(routine.name))
        self.details.setText(html)
        self.start_button.setEnabled(True)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
