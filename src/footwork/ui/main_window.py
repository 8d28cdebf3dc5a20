"""The main window: assembles the Today, Workout and History pages; holds no rules."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from footwork.platform.keep_awake import KeepAwake
from footwork.routine.library import Entry
from footwork.routine.model import Routine
from footwork.services.notices import Notices, Source
from footwork.session.plan import compile_plan
from footwork.ui.editor.editing import RoutineEditing
from footwork.ui.texts import routine_text
from footwork.ui.theme import LABEL_ROOM
from footwork.ui.today_page import TodayPage

if TYPE_CHECKING:  # the history, the sound and the workout load after the first paint,
    # pyqtgraph when History is first opened
    from PySide6.QtWidgets import QMessageBox

    from footwork.services.program import Program
    from footwork.services.resume import ResumeOffer
    from footwork.services.settings import SettingsModel
    from footwork.session.parts import ResumePoint
    from footwork.session.plan import Plan
    from footwork.ui.history.page import HistoryPage
    from footwork.ui.reminding import Reminding
    from footwork.ui.session_log import SessionLog
    from footwork.ui.sound import Sound
    from footwork.ui.workout.controller import WorkoutController
    from footwork.ui.workout.page import WorkoutPage


class MainWindow(QMainWindow):
    def __init__(
        self,
        entries: list[Entry],
        clock: Callable[[], float] = time.monotonic,
        keep_awake: KeepAwake | None = None,
        session_log: SessionLog | None = None,
        history_page: Callable[[], HistoryPage] | None = None,
        sound: Sound | None = None,
        program: Program | None = None,
        notices: Notices | None = None,
        settings: SettingsModel | None = None,
        log_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Footwork"))
        self.setStyleSheet(LABEL_ROOM)  # for every label in the window and its dialogs
        self.resize(1100, 760)
        self.clock = clock
        self.keep_awake = keep_awake or KeepAwake()
        self.session_log: SessionLog | None = None
        self.sound: Sound | None = None
        self.program = program
        self.notices = notices if notices is not None else Notices()
        self.settings = settings if settings is not None else sound.settings if sound else None
        self.log_path = log_path
        self._make_history = history_page
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.today = TodayPage(entries, self.notices)
        self.today.startRequested.connect(self.start_workout)
        self.today.resumeRequested.connect(self.resume_workout)
        self.today.historyRequested.connect(self.show_history)
        self.today.history_button.setEnabled(history_page is not None)
        self.today.settingsRequested.connect(self.show_settings)
        self.today.settings_button.setEnabled(self.settings is not None)
        self.pages.addWidget(self.today)
        self.editing = RoutineEditing(self, self.pages, self.today, lambda: self.today.level)
        self.editing.leaveRequested.connect(self.show_today)
        self.editing.importer.accept_drops_on(self)
        self.workout: WorkoutPage | None = None
        self.controller: WorkoutController | None = None
        self.history: HistoryPage | None = None
        self._retired: tuple[object, ...] = ()
        self.workout_started: list[Callable[[WorkoutController, WorkoutPage], None]] = []
        self.on_close: list[Callable[[], None]] = []  # resources to let go of when closed
        self.replace_box: QMessageBox | None = None  # asking before a second start replaces
        self.settings_sections: list[Callable[[], QWidget]] = []  # more parts of Settings
        self.keep_in_tray: Callable[[], bool] = lambda: False  # closing hides the window
        self._quitting = False
        self.reminding: Reminding | None = None  # the tray and reminders (set by the app)
        if sound is not None:
            self.attach_sound(sound)
        if session_log is not None:
            self._attach_session_log(session_log)
        self._update_program()

    def resume_workout(self, offer: ResumeOffer) -> WorkoutController:
        """Go on with an interrupted session: its routine and level, from its first unsaved side."""
        return self.start_workout(
            offer.routine,
            offer.next_exercise,
            resume_session=offer.session.id,
            resume_at=offer.resume_at,
            plan=offer.plan(),
        )

    def attach_history(self, history_page: Callable[[], HistoryPage] | None,
                       program: Program | None, session_log: SessionLog | None) -> None:
        """The history is open (the app opens it after the first paint): History, the
        program's week on Today and the log that saves the workouts."""
        self._make_history = history_page
        self.today.history_button.setEnabled(history_page is not None)
        self.program = program
        if session_log is not None:
            self._attach_session_log(session_log)
        self._update_program()

    def _attach_session_log(self, session_log: SessionLog) -> None:
        self.session_log = session_log
        session_log.problemChanged.connect(lambda text: self.notices.post(Source.SAVING, text))
        session_log.saved.connect(self._history_saved)

    def attach_sound(self, sound: Sound) -> None:
        """The cue sound (the app loads it after the first paint); its notice goes to Today."""
        self.sound = sound
        self.notices.post(Source.SOUND, sound.notice)
        sound.noticeChanged.connect(lambda text: self.notices.post(Source.SOUND, text))

    def start_workout(
        self,
        routine: Routine,
        start_at: int = 0,
        resume_session: int | None = None,
        resume_at: ResumePoint | None = None,
        plan: Plan | None = None,
    ) -> WorkoutController:
        from footwork.ui.workout.controller import WorkoutController
        from footwork.ui.workout.page import WorkoutPage

        self._close_workout()
        if plan is None:
            plan = (
                self.program.plan(routine, self.today.targets_for(routine))
                if self.program
                else compile_plan(routine, 0.0)
            )
        controller = WorkoutController(plan, self.clock, start_at, self, resume_at)
        page = WorkoutPage(controller, self.notices)
        page.closeRequested.connect(self.show_today)
        page.fullScreenRequested.connect(self.toggle_full_screen)
        page.leaveFullScreenRequested.connect(lambda: self.set_full_screen(False))
        controller.runningChanged.connect(self._running_changed)
        self.controller, self.workout = controller, page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        if self.session_log is not None:
            self.session_log.attach(controller, resume_session)
            page.rated.connect(self.session_log.rate)
            page.answeredLate.connect(self.session_log.answer_late)
        if self.sound is not None:
            controller.cueDue.connect(self.sound.play)
            controller.cuesAhead.connect(self.sound.schedule)
            controller.ended.connect(self._workout_ended)
        for hook in self.workout_started:
            hook(controller, page)
        if self.sound is not None:
            # the clock starts when cues can play (unless the workout was closed meanwhile)
            self.sound.when_ready(lambda: self._start_clock(controller))
        else:
            controller.start()
        return controller

    def _start_clock(self, controller: WorkoutController) -> None:
        if self.controller is controller:  # not closed while the sound got ready
            controller.start()

    def _workout_ended(self, _how: str) -> None:
        if self.sound is not None:
            self.sound.release()

    def show_today(self) -> None:
        self._update_program()  # the program's settings may have changed on History
        self.set_full_screen(False)
        self.pages.setCurrentWidget(self.today)
        self._close_workout()

    def show_history(self) -> None:
        if self._make_history is None:
            return
        if self.history is None:
            self.history = self._make_history()
            self.history.backRequested.connect(self.show_today)
            self.pages.addWidget(self.history)
        self.pages.setCurrentWidget(self.history)

    def toggle_full_screen(self) -> None:
        self.set_full_screen(not self.isFullScreen())

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        elif self.isFullScreen():
            self.showNormal()
        if self.workout:
            self.workout.set_full_screen(on)

    def _running_changed(self, running: bool) -> None:
        """The screen stays awake while a workout runs, and may sleep when it is paused."""
        if running:
            self.keep_awake.hold()
        else:
            self.keep_awake.release()

    def show_settings(self) -> None:
        if self.settings is None:
            return
        from footwork.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.sound, self.log_path, self)
        for section in self.settings_sections:
            dialog.add_section(section())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.open()

    def _may_quit_with_unsaved_results(self) -> bool:
        """Results only in memory (the history could not be written) are lost on quitting:
        ask before."""
        log = self.session_log
        assert log is not None
        if log.may_quit():
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self,
            self.tr("Results not saved"),
            self.tr(
                "{n} results could not be saved yet:\n{problem}\n\nQuit anyway and lose them?"
            ).format(n=log.recorder.pending, problem=log.problem),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _update_program(self) -> None:
        """Ranges such as 10-12 reps move up with the program's weeks."""
        if self.program is not None:
            self.program.refresh()
            self.today.show_program(self.program)

    def _history_saved(self) -> None:
        self._update_program()
        if self.history is not None:
            self.history.refresh()

    def history_changed(self) -> None:
        """The history was replaced (a backup restored): show what it holds now."""
        self._history_saved()

    def level(self) -> float:
        """Where today's plans sit in their ranges (0 without a program)."""
        return self.program.level if self.program is not None else 0.0

    def workout_in_progress(self) -> bool:
        """A workout is under way (running, paused or about to start), not ended."""
        from footwork.session.events import Status  # with the workout, after the first paint

        return self.controller is not None and self.controller.state().status in (
            Status.READY, Status.RUNNING, Status.PAUSED)

    def bring_to_front(self) -> None:
        """A second start asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def ask_to_replace_workout(self, routine: Routine) -> None:
        """Ask before a new workout ends the one under way (the box is open on return)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("A workout is under way"))
        box.setText(self.tr("Stop the workout under way and start {name}?").format(
            name=routine_text(routine.name)))
        box.setInformativeText(self.tr("What it has done so far is saved."))
        start = box.addButton(self.tr("Start {name}").format(name=routine_text(routine.name)),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(
            lambda button: self._replace(routine) if button is start else None)
        box.finished.connect(box.deleteLater)
        self.replace_box = box
        box.open()

    def _replace(self, routine: Routine) -> None:
        self.replace_box = None
        self.today.select(routine.id)
        self.start_workout(routine)

    def _close_workout(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller.shutdown()
        if self.workout is not None:
            self.pages.removeWidget(self.workout)
        # Unparent, then delete on the next turn of the event loop (this may run inside one
        # of the page's own signals); the references kept here live until then.
        self._retired = (self.workout, self.controller)
        for obj in self._retired:
            if obj is not None:
                obj.setParent(None)
                obj.deleteLater()
        self.workout, self.controller = None, None

    def quit(self) -> None:
        """Close for good, even while the tray icon would keep Footwork."""
        self._quitting = True
        self.close()
        self._quitting = False  # still open if the runner chose to stay (unsaved edits)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.workout is None and self.keep_in_tray():
            event.ignore()
            self.hide()  # Footwork stays in the tray for its reminders
            return
        if not self.editing.may_leave():
            event.ignore()
            return
        if self.session_log is not None:
            self.session_log.closing()
            if not self._may_quit_with_unsaved_results():
                self.session_log.closing(False)
                event.ignore()
                return
        self._close_workout()
        self.keep_awake.close()
        if self.sound is not None:
            self.sound.close()
        for release in self.on_close:
            release()
        self.on_close.clear()
        super().closeEvent(event)
