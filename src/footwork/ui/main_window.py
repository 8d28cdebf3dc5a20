"""The main window: assembles the Today, Workout and History pages; holds no rules."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from footwork.routine.library import Entry
from footwork.routine.model import Routine
from footwork.session.plan import compile_plan, level_for_week
from footwork.platform.keep_awake import KeepAwake
from footwork.ui.session_log import SessionLog
from footwork.ui.sound import Sound
from footwork.ui.today_page import TodayPage
from footwork.ui.workout.controller import WorkoutController
from footwork.ui.workout.page import WorkoutPage


class MainWindow(QMainWindow):
    def __init__(
        self,
        entries: list[Entry],
        clock: Callable[[], float] = time.monotonic,
        keep_awake: KeepAwake | None = None,
        session_log: SessionLog | None = None,
        history_page: Callable[[], QWidget] | None = None,
        sound: Sound | None = None,
        program: Callable[[], tuple[int, int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Footwork"))
        self.resize(1100, 760)
        self.clock = clock
        self.keep_awake = keep_awake or KeepAwake()
        self.session_log = session_log
        self.sound = sound
        self._program = program  # (week, weeks) of the runner's program today
        self.level = 0.0
        self._make_history = history_page
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.today = TodayPage(entries)
        self.today.startRequested.connect(self.start_workout)
        self.today.historyRequested.connect(self.show_history)
        self.today.history_button.setEnabled(history_page is not None)
        self.today.settingsRequested.connect(self.show_settings)
        self.today.settings_button.setEnabled(sound is not None)
        self.pages.addWidget(self.today)
        self.workout: WorkoutPage | None = None
        self.controller: WorkoutController | None = None
        self.history: QWidget | None = None
        self._retired: tuple[object, ...] = ()
        self.workout_started: list[Callable[[WorkoutController, WorkoutPage], None]] = []
        self.on_close: list[Callable[[], None]] = []  # resources to let go of when closed
        if session_log is not None:
            session_log.problemChanged.connect(self._show_problems)
            session_log.saved.connect(self._history_saved)
        if sound is not None:
            sound.noticeChanged.connect(self._show_problems)
            self.today.add_notice(sound.notice)
        self._update_program()

    def start_workout(
        self, routine: Routine, start_at: int = 0, resume_session: int | None = None
    ) -> WorkoutController:
        self._close_workout()
        plan = compile_plan(routine, self.level)
        controller = WorkoutController(plan, self.clock, start_at, self)
        page = WorkoutPage(controller)
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
        if self.sound is not None:
            controller.cueDue.connect(self.sound.play)
        page.show_problem(self._problems())
        for hook in self.workout_started:
            hook(controller, page)
        controller.start()
        return controller

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
            back = getattr(self.history, "backRequested", None)
            if back is not None:
                back.connect(self.show_today)
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
        if self.sound is None:
            return
        from footwork.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.sound, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.open()

    def _may_quit_with_unsaved_results(self) -> bool:
        """Results only in memory (the history could not be written) are lost on quitting:
        try once more, then ask."""
        log = self.session_log
        assert log is not None
        log.retry()
        if not log.recorder.pending:
            return True
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

    def _problems(self) -> str:
        """What the runner must know during a workout: history not saved, no sound."""
        found = [
            self.session_log.problem if self.session_log else "",
            self.sound.notice if self.sound else "",
        ]
        return "\n".join(text for text in found if text)

    def _show_problems(self) -> None:
        if self.workout is not None:
            self.workout.show_problem(self._problems())
        if self.session_log is not None and self.session_log.problem:
            self.today.add_notice(self.session_log.problem)

    def _update_program(self) -> None:
        """Ranges such as 10-12 reps move up with the program's weeks."""
        if self._program is not None:
            week, weeks = self._program()
            self.level = level_for_week(week, weeks)
            self.today.set_program_week(week, weeks, self.level)

    def _history_saved(self) -> None:
        self._update_program()
        refresh = getattr(self.history, "refresh", None)
        if refresh is not None:
            refresh()

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
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
