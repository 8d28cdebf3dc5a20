"""Saves a workout while it happens: each finished exercise is committed the moment it ends.

The log hands a workout's run its :class:`~footwork.services.workout_run.Saving` (which holds
the rule of the status a session ends with) and hears from the controller whether each save
reached the disk; while results are only in memory it retries on a timer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from footwork.domain import Side
from footwork.history import SafeRecorder
from footwork.services.workout_run import Saving, local_now

if TYPE_CHECKING:  # the workout's modules load when one starts
    from footwork.ui.workout.controller import WorkoutController

RETRY_MS = 15_000


class SessionLog(QObject):
    problemChanged = Signal(str)  # the problem text, "" once everything is on disk
    saved = Signal()  # a session ended and what it holds was handed to the history

    def __init__(
        self,
        recorder: SafeRecorder,
        now: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.saving = Saving(recorder, now)
        self._controller: WorkoutController | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)

    @property
    def problem(self) -> str:
        return self.saving.problem

    def attach(self, controller: WorkoutController, resume_session: int | None = None) -> None:
        """Record ``controller``'s workout: a new session, or the interrupted one it resumes."""
        self._controller = controller
        self._report(controller.run.save_to(self.saving, resume_session))
        controller.saveReported.connect(self._report)
        controller.ended.connect(self._ended)

    def closing(self, closing: bool = True) -> None:
        """The app closes mid-workout: the session ends as interrupted, to be offered again."""
        self.saving.closing = closing

    def rate(self, effort: int, pain: int, note: str) -> None:
        self._report(self.saving.rate(effort, pain, note))

    def answer_late(self, exercise_index: int, side: Side | None, answer: str) -> None:
        """A check left not answered is answered on the end screen."""
        self._report(self.saving.answer_late(exercise_index, side, answer))

    def retry(self) -> None:
        self._report(self.saving.retry())

    def may_quit(self) -> bool:
        """Tries once more to save; True when quitting loses nothing."""
        on_disk = self.saving.may_quit()
        self._report(on_disk)
        return on_disk

    def _ended(self, how: str) -> None:
        if self._controller is not None:
            self._controller.saveReported.disconnect(self._report)
            self._controller.ended.disconnect(self._ended)
            self._controller = None
        self.saved.emit()

    def _report(self, on_disk: bool) -> None:
        if on_disk:
            self._retry.stop()
        elif not self._retry.isActive():
            self._retry.start()
        self.problemChanged.emit(self.problem)
