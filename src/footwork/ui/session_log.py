"""Saves a workout while it happens: each finished exercise is committed the moment it ends.

The log listens to a workout's controller and hands everything to a
:class:`~footwork.history.SafeRecorder`, which keeps results in memory and retries when the
history cannot be written (read-only folder, full disk). The status a session ends with:
``completed`` when it ran to the end, ``partial`` when the runner stopped it, ``interrupted``
when the app was closed mid-workout (the next start offers to resume it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from footwork.domain import SessionStatus
from footwork.history import SafeRecorder
from footwork.session.results import ExerciseResult
from footwork.ui.workout.controller import WorkoutController

RETRY_MS = 15_000


def local_now() -> datetime:
    return datetime.now().astimezone()


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
        self._now = now
        self._controller: WorkoutController | None = None
        self._closing = False
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)

    @property
    def problem(self) -> str:
        return self.recorder.problem or ""

    def attach(self, controller: WorkoutController, resume_session: int | None = None) -> None:
        """Record ``controller``'s workout: a new session, or the interrupted one it resumes."""
        routine = controller.plan.routine
        self._controller, self._closing = controller, False
        if resume_session is None:
            self._report(
                self.recorder.begin(
                    routine.id,
                    routine.content_hash,
                    self._now(),
                    len(routine.exercises),
                )
            )
        else:
            self._report(self.recorder.resume(resume_session))
        controller.exerciseFinished.connect(self._record)
        controller.ended.connect(self._ended)

    def closing(self, closing: bool = True) -> None:
        """The app closes mid-workout: the session ends as interrupted, to be offered again."""
        self._closing = closing

    def rate(self, effort: int, pain: int, note: str) -> None:
        self._report(self.recorder.rate(effort, pain, note))

    def retry(self) -> None:
        self._report(self.recorder.retry())

    def _record(self, result: ExerciseResult) -> None:
        self._report(self.recorder.record(result))

    def _ended(self, how: str) -> None:
        status = (
            SessionStatus.COMPLETED
            if how == "completed"
            else SessionStatus.INTERRUPTED
            if self._closing
            else SessionStatus.PARTIAL
        )
        self._report(self.recorder.finish(status, self._now()))
        if self._controller is not None:
            self._controller.exerciseFinished.disconnect(self._record)
            self._controller.ended.disconnect(self._ended)
            self._controller = None
        self.saved.emit()

    def _report(self, on_disk: bool) -> None:
        if on_disk:
            self._retry.stop()
        elif not self._retry.isActive():
            self._retry.start()
        self.problemChanged.emit(self.problem)
