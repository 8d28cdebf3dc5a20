"""The Today page: pick a routine, see what it asks and needs, and start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
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

from footwork.domain import Limb, Side
from footwork.routine.library import Entry
from footwork.routine.model import Routine
from footwork.services.notices import Notices, Source
from footwork.session.plan import compile_plan
from footwork.ui.notice_view import NoticeView
from footwork.ui.progression_box import ProgressionBox
from footwork.ui.restore_box import RestoreBox
from footwork.ui.texts import duration, routine_text, summary

if TYPE_CHECKING:  # the history they read opens after the first paint
    from footwork.services.program import Program
    from footwork.services.progression import Targets
    from footwork.services.resume import ResumeOffer

ROLE_ENTRY = Qt.ItemDataRole.UserRole
TODAY_NOTICES = (Source.SOUND, Source.HISTORY, Source.START, Source.SAVING)  # in this order
translate = QCoreApplication.translate  # the resume texts keep the context they were made in


def resume_label(offer: ResumeOffer) -> str:
    """"Resume from Toe spread", or where in it: "…, right foot", "…, set 2 of 3"."""
    exercise = offer.routine.exercises[offer.next_exercise]
    name = routine_text(exercise.name)
    where = []
    if offer.side is not None:
        if exercise.limb is Limb.LEG:
            where.append(translate("App", "left leg") if offer.side is Side.LEFT
                         else translate("App", "right leg"))
        else:
            where.append(translate("App", "left foot") if offer.side is Side.LEFT
                         else translate("App", "right foot"))
    if offer.resume_at is not None and exercise.sets > 1:
        phase = offer.plan().phases[offer.resume_at.phase]
        if phase.set > 1:
            where.append(translate("App", "set {set} of {sets}").format(
                set=phase.set, sets=exercise.sets))
    if not where:
        return translate("App", "Resume from {exercise}").format(exercise=name)
    return translate("App", "Resume from {exercise}, {where}").format(
        exercise=name, where=", ".join(where))


class TodayPage(QWidget):
    startRequested = Signal(object)  # Routine
    resumeRequested = Signal(object)  # ResumeOffer: go on with it
    keepPartialRequested = Signal(object)  # ResumeOffer: keep it as it is, partial
    historyRequested = Signal()
    settingsRequested = Signal()

    def __init__(
        self, entries: list[Entry], notices: Notices | None = None, parent: QWidget | None = None
    ) -> None:
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
        self.program: Program | None = None
        self._waiting_for_program = False
        self.progression = ProgressionBox()
        self.progression.choiceChanged.connect(lambda: self._show_current(propose=False))
        self._proposed_for: Routine | None = None
        self.week = QLabel()
        self.week.setObjectName("programWeek")
        self.week.hide()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notice = NoticeView(notices if notices is not None else Notices(), TODAY_NOTICES)
        self.notice.setStyleSheet("#notice { background: #fff3cd; color: #5c4400; padding: 8px; }")
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
        self._offer: ResumeOffer | None = None
        self.restore_box = RestoreBox()  # after a damaged history was kept aside
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

        self.side = side = QVBoxLayout()
        heading = QLabel(self.tr("Routines"))
        heading.setStyleSheet("font-weight: bold;")
        side.addWidget(heading)
        side.addWidget(self.routines, 1)
        side.addWidget(self.history_button)
        side.addWidget(self.settings_button)
        main = QVBoxLayout()
        main.addWidget(self.notice)
        main.addWidget(self.resume_box)
        main.addWidget(self.restore_box)
        main.addWidget(self.title)
        main.addWidget(self.week)
        main.addWidget(self.details, 1)
        main.addWidget(self.progression)
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

    def add_side_widget(self, widget: QWidget) -> None:
        """Put ``widget`` under the routine list (above History and Settings)."""
        self.side.insertWidget(self.side.indexOf(self.routines) + 1, widget)

    def current_entry(self) -> Entry | None:
        item = self.routines.currentItem()
        return item.data(ROLE_ENTRY) if item else None

    def select(self, routine_id: str) -> None:
        for row in range(self.routines.count()):
            entry: Entry = self.routines.item(row).data(ROLE_ENTRY)
            if entry.routine and entry.routine.id == routine_id:
                self.routines.setCurrentRow(row)

    @property
    def level(self) -> float:
        """Where in each range (10-12 reps) the routines are planned."""
        return self.program.level if self.program is not None else 0.0

    def show_program(self, program: Program) -> None:
        """Show where the runner is in the program; ranges are planned at its level."""
        self.program = program
        day = program.day
        self.week.setText(
            self.tr("Program: week {week} of {weeks}").format(week=day.week, weeks=day.weeks)
        )
        self.week.show()
        self._show_current()

    def wait_for_program(self) -> None:
        """List the routine's exercises only once :meth:`show_program` gives the level their
        ranges are planned at: the app paints Today before it reads the program's week from
        the history, and this way paints the exercises once, with the right numbers."""
        self._waiting_for_program = True
        self._show_current()

    def offer_resume(self, offer: ResumeOffer) -> None:
        """Offer to resume an interrupted workout (``resumeRequested``) or keep it as partial
        (``keepPartialRequested``)."""
        routine, day = offer.routine, offer.session.started_local.date()
        when = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )
        self.resume_text.setText(
            translate(
                "App",
                "Your workout \u201c{name}\u201d of {date} was interrupted after {done} of "
                "{total} exercises.",
            ).format(
                name=routine_text(routine.name),
                date=when,
                done=offer.done,
                total=len(routine.exercises),
            )
        )
        self.resume_button.setText(resume_label(offer))
        self._offer = offer
        self.resume_box.show()

    def _answer_resume(self, resume: bool) -> None:
        self.resume_box.hide()
        offer, self._offer = self._offer, None
        if offer is not None:
            (self.resumeRequested if resume else self.keepPartialRequested).emit(offer)

    def current(self) -> Routine | None:
        item = self.routines.currentItem()
        entry: Entry | None = item.data(ROLE_ENTRY) if item else None
        return entry.routine if entry else None

    def _start(self) -> None:
        routine = self.current()
        if routine is not None:
            self.startRequested.emit(routine)

    def targets_for(self, routine: Routine) -> Targets | None:
        """The numbers to plan ``routine`` with: the proposals shown, accepted or kept; None
        for a routine not shown (the program plans its current numbers)."""
        return self.progression.targets() if self._proposed_for is routine else None

    def _propose(self, routine: Routine | None) -> None:
        found = self.program.proposals(routine) if self.program and routine else []
        self._proposed_for = routine
        names = {ex.id: routine_text(ex.name) for ex in routine.exercises} if routine else {}
        self.progression.show_proposals(found, lambda ex_id: names.get(ex_id, ex_id))

    def _show_current(self, propose: bool = True) -> None:
        item = self.routines.currentItem()
        if item is None:
            return
        entry: Entry = item.data(ROLE_ENTRY)
        if entry.routine is None:
            self._propose(None)
            self.title.setText(entry.path.name)
            problems = "<br>".join(_escape(str(p)) for p in entry.problems)
            self.details.setText(
                self.tr("This routine file cannot be used:") + "<br><tt>" + problems + "</tt>"
            )
            self.start_button.setEnabled(False)
            return
        routine = entry.routine
        self.title.setText(routine_text(routine.name))
        self.start_button.setEnabled(True)
        if self._waiting_for_program and self.program is None:
            self.details.clear()
            return
        if propose:
            self._propose(routine)
        chosen = self.progression.targets()
        plan = self.program.plan(routine, chosen) if self.program else compile_plan(routine, 0.0)
        total = plan.total
        equipment = sorted({routine_text(e) for ex in routine.exercises for e in ex.equipment})
        rows = "".join(
            f"<tr><td>{n}.&nbsp;</td><td><b>{_escape(routine_text(ex.name))}</b></td>"
            f"<td>&nbsp;&nbsp;{_escape(summary(ex, self.level, chosen.get(ex.id)))}</td></tr>"
            for n, ex in enumerate(routine.exercises, start=1)
        )
        about = self.tr("About {time}").format(time=duration(total))
        count = self.tr("Exercises: {n}").format(n=len(routine.exercises))
        html = (
            f"<p>{_escape(routine_text(routine.description))}</p>"
            f"<p><b>{_escape(about)}</b> · {_escape(count)}</p>"
            f"<table>{rows}</table>"
        )
        if equipment:
            need = self.tr("You need:")
            html += f"<p><b>{_escape(need)}</b> {_escape(', '.join(equipment))}</p>"
        self.details.setText(html)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
