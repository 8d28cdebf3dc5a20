"""One workout as it is saved: a new or resumed session, each result, the status it ends with.

Everything goes to a :class:`~footwork.history.SafeRecorder`, which keeps results in memory
and retries when the history cannot be written (read-only folder, full disk). Every command
returns whether everything is on disk. The status a session ends with is :func:`end_status`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from footwork.domain import SessionStatus
from footwork.history.recorder import SafeRecorder
from footwork.routine.model import Routine
from footwork.session.results import ExerciseResult


def local_now() -> datetime:
    return datetime.now().astimezone()


def end_status(how: str, closing: bool) -> SessionStatus:
    """``completed`` when the workout ran to the end; ``interrupted`` when the app closes in
    the middle of it (the next start offers to resume it); ``partial`` when the runner
    stopped it."""
    if how == "completed":
        return SessionStatus.COMPLETED
    return SessionStatus.INTERRUPTED if closing else SessionStatus.PARTIAL


class WorkoutRun:
    """Saves the workouts run one after another through one recorder."""

    def __init__(
        self, recorder: SafeRecorder, now: Callable[[], datetime] = local_now
    ) -> None:
        self.recorder = recorder
        self._now = now
        self.closing = False  # the app closes: a workout ending now was interrupted

    @property
    def problem(self) -> str:
        """Why results are only in memory ("" once everything is on disk)."""
        return self.recorder.problem or ""

    @property
    def pending(self) -> int:
        return self.recorder.pending

    def begin(self, routine: Routine, resume_session: int | None = None) -> bool:
        """A new session of ``routine``, or the interrupted one it resumes."""
        self.closing = False
        if resume_session is not None:
            return self.recorder.resume(resume_session)
        return self.recorder.begin(
            routine.id, routine.content_hash, self._now(), len(routine.exercises)
        )

    def record(self, result: ExerciseResult) -> bool:
        return self.recorder.record(result)

    def end(self, how: str) -> bool:
        """The workout ended (``how``: "completed" or "stopped")."""
        return self.recorder.finish(end_status(how, self.closing), self._now())

    def rate(self, effort: int, pain: int, note: str) -> bool:
        return self.recorder.rate(effort, pain, note)

    def retry(self) -> bool:
        return self.recorder.retry()

    def may_quit(self) -> bool:
        """The app is about to quit: try once more to save what is only in memory; True when
        nothing would be lost (else the runner should be asked)."""
        self.retry()
        return self.pending == 0

    def close(self) -> None:
        self.recorder.close()
