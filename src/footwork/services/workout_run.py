"""A workout run: the engine that times it, saved as it happens, and the status it ends with.

:class:`WorkoutRun` hands each command to the :class:`~footwork.session.engine.Engine` and
saves what its events finished: each side (and each set of a side) the moment it ends, each
exercise's whole result, then the end. A session keeps the routine it ran (its TOML text) and
the level its plan sat at, so it can be resumed and shown whatever becomes of the file.
:class:`Saving` writes through a :class:`~footwork.history.SafeRecorder`, which keeps results
in memory and retries when the history cannot be written (read-only folder, full disk); its
commands return whether everything is on disk. The status a session ends with is
:func:`end_status`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from footwork.domain import SessionStatus, Side
from footwork.history.recorder import SafeRecorder
from footwork.routine.model import Routine
from footwork.session.engine import Engine
from footwork.session.events import (
    Event,
    ExerciseFinished,
    PartFinished,
    SessionFinished,
    SessionStopped,
)
from footwork.session.plan import Plan
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


class Saving:
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

    def begin(
        self, routine: Routine, resume_session: int | None = None, level: float | None = None,
        targets: Mapping[str, float] | None = None,
    ) -> bool:
        """A new session of ``routine`` planned at ``level``, or the interrupted one it resumes."""
        self.closing = False
        if resume_session is not None:
            return self.recorder.resume(resume_session)
        return self.recorder.begin(
            routine.id,
            routine.content_hash,
            self._now(),
            len(routine.exercises),
            snapshot=routine.content.decode("utf-8") or None,
            level=level,
            targets=targets,
        )

    def record(self, result: ExerciseResult) -> bool:
        return self.recorder.record(result)

    def end(self, how: str) -> bool:
        """The workout ended (``how``: "completed" or "stopped")."""
        return self.recorder.finish(end_status(how, self.closing), self._now())

    def rate(self, effort: int, pain: int, note: str) -> bool:
        return self.recorder.rate(effort, pain, note)

    def answer_late(self, exercise_index: int, side: Side | None, answer: str) -> bool:
        """A check left "not answered" is answered after the workout (on the end screen)."""
        return self.recorder.answer_late(exercise_index, side, answer)

    def retry(self) -> bool:
        return self.recorder.retry()

    def may_quit(self) -> bool:
        """The app is about to quit: try once more to save what is only in memory; True when
        nothing would be lost (else the runner should be asked)."""
        self.retry()
        return self.pending == 0

    def close(self) -> None:
        self.recorder.close()


class WorkoutRun:
    """One workout: every command goes to the engine, and what it finished is saved."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._saving: Saving | None = None
        self.on_disk: bool | None = None  # after the last command: None when nothing was saved

    @property
    def plan(self) -> Plan:
        return self.engine.plan

    def save_to(self, saving: Saving, resume_session: int | None = None) -> bool:
        """Save this workout with ``saving``: a new session, or the interrupted one it resumes."""
        self._saving = saving
        return saving.begin(self.plan.routine, resume_session, self.plan.level,
                            self.plan.targets)

    def start(self) -> list[Event]:
        return self._saved(self.engine.start())

    def poll(self) -> list[Event]:
        return self._saved(self.engine.poll())

    def toggle_pause(self) -> list[Event]:
        return self._saved(self.engine.toggle_pause())

    def pause(self) -> list[Event]:
        return self._saved(self.engine.pause())

    def resume(self) -> list[Event]:
        return self._saved(self.engine.resume())

    def skip(self) -> list[Event]:
        return self._saved(self.engine.skip())

    def back(self) -> list[Event]:
        return self._saved(self.engine.back())

    def finish_step(self) -> list[Event]:
        return self._saved(self.engine.finish_step())

    def answer(self, choice: int) -> list[Event]:
        return self._saved(self.engine.answer(choice))

    def stop(self) -> list[Event]:
        return self._saved(self.engine.stop(), stopping=True)

    def _saved(self, events: list[Event], stopping: bool = False) -> list[Event]:
        self.on_disk = None
        for event in events:
            if self._saving is None:
                break
            if isinstance(event, ExerciseFinished) and stopping and self._saving.closing:
                # The app closes mid-exercise: what ended of it is saved already, the side
                # in progress is done again when the session resumes.
                continue
            if isinstance(event, PartFinished | ExerciseFinished):
                self.on_disk = self._saving.record(event.result)
            elif isinstance(event, SessionFinished | SessionStopped):
                how = "completed" if isinstance(event, SessionFinished) else "stopped"
                self.on_disk = self._saving.end(how)
                self._saving = None  # the session is over; nothing more is saved to it
        return events
