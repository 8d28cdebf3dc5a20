"""Runs a workout in the Qt event loop: polls it on a timer and turns its events into signals.

The workout is a :class:`~footwork.services.workout_run.WorkoutRun` (the engine, and what it
finished saved as it happens); ``saveReported`` says after each save whether it reached the disk.

The timer never counts time: each tick asks the engine for the state as of the clock's now,
then re-arms itself for the next moment something changes (the next second boundary or cue),
but at least once a second so a long gap (the machine slept) is noticed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from footwork.services.workout_run import WorkoutRun
from footwork.session.engine import Engine
from footwork.session.events import (
    CueDue,
    Event,
    ExerciseFinished,
    Paused,
    SessionFinished,
    SessionStopped,
    State,
    Status,
)
from footwork.session.parts import ResumePoint
from footwork.session.plan import Plan

log = logging.getLogger(__name__)

MAX_TICK = 1.0  # seconds between polls at most while running
MIN_TICK = 0.01
# s before its moment at which a cue is handed to the player (cuesAhead): more than the
# longest lead silence of a clip plus the output's buffer, with room for a late timer.
LOOKAHEAD = 0.5
SLACK = 0.002  # poll just after the moment of change, not just before it


class WorkoutController(QObject):
    stateChanged = Signal(object)  # State
    cueDue = Signal(str, float)  # cue name, clock time it was due
    cuesAhead = Signal(object)  # [(cue, due)] due within LOOKAHEAD s (empty: none, cancel)
    exerciseFinished = Signal(object)  # ExerciseResult
    pausedBy = Signal(str, object)  # reason ("user" | "sleep"), gap in seconds or None
    runningChanged = Signal(bool)
    ended = Signal(str)  # "completed" | "stopped"
    saveReported = Signal(bool)  # something was saved: True when it is on disk

    def __init__(
        self,
        plan: Plan,
        clock: Callable[[], float] = time.monotonic,
        start_at: int = 0,
        parent: QObject | None = None,
        resume_at: ResumePoint | None = None,
    ) -> None:
        super().__init__(parent)
        self.run = WorkoutRun(Engine(plan, clock, start_at=start_at, resume_at=resume_at))
        self.engine = self.run.engine
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._running = False

    @property
    def plan(self) -> Plan:
        return self.engine.plan

    def state(self) -> State:
        return self.engine.state()

    # Commands: each hands the engine's events on, then re-arms the timer.
    def start(self) -> None:
        self._handle(self.run.start())

    def tick(self) -> None:
        self._handle(self.run.poll())

    def toggle_pause(self) -> None:
        self._handle(self.run.toggle_pause())

    def skip(self) -> None:
        self._handle(self.run.skip())

    def back(self) -> None:
        self._handle(self.run.back())

    def enter(self) -> None:
        """Enter: count a self-paced rep or end an open-ended step."""
        self._handle(self.run.finish_step())

    def answer(self, choice: int) -> None:
        self._handle(self.run.answer(choice))

    def pause(self) -> None:
        self._handle(self.run.pause())

    def resume(self) -> None:
        self._handle(self.run.resume())

    def stop(self) -> None:
        self._handle(self.run.stop())

    def shutdown(self) -> None:
        """Stop polling (the page is closing)."""
        self._timer.stop()

    def _handle(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, CueDue):
                log.debug("cue %s due at %.4f", event.cue, event.due)  # the monotonic clock
                self.cueDue.emit(event.cue, event.due)
            elif isinstance(event, ExerciseFinished):
                self.exerciseFinished.emit(event.result)
            elif isinstance(event, Paused):
                self.pausedBy.emit(event.reason, event.gap)
        if self.run.on_disk is not None:
            self.saveReported.emit(self.run.on_disk)
        running = self.engine.status is Status.RUNNING
        if running != self._running:
            self._running = running
            self.runningChanged.emit(running)
        self.stateChanged.emit(self.engine.state())
        for event in events:
            if isinstance(event, SessionFinished | SessionStopped):
                how = "completed" if isinstance(event, SessionFinished) else "stopped"
                log.info("workout of %s %s", self.plan.routine.id, how)
                self.ended.emit(how)
        self._arm(self._announce())

    def _announce(self) -> float | None:
        """Hand on the cues due within LOOKAHEAD; seconds until the next one enters it."""
        now = self._clock()
        ahead = self.engine.upcoming_cues(LOOKAHEAD + MAX_TICK)
        soon = [(c.cue, c.due) for c in ahead if c.due - now <= LOOKAHEAD]
        self.cuesAhead.emit(soon)
        later = [c.due - now - LOOKAHEAD for c in ahead if c.due - now > LOOKAHEAD]
        return min(later) if later else None

    def _arm(self, until_ahead: float | None = None) -> None:
        if self.engine.status is not Status.RUNNING:
            self._timer.stop()
            return
        wait = self.engine.until_change()
        if until_ahead is not None:
            wait = until_ahead if wait is None else min(wait, until_ahead)
        wait = MAX_TICK if wait is None else min(MAX_TICK, wait + SLACK)
        self._timer.start(max(int(MIN_TICK * 1000), round(wait * 1000)))
