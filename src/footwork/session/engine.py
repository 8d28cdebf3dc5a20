"""The session engine: a pure state machine over a plan, driven by a clock and commands.

Time comes only from the injected monotonic ``clock``; a timer tick merely asks "what is the
state now?" (:meth:`Engine.poll`). Active time excludes pauses. Each phase starts exactly
where the one before it ended, so no rounding accumulates. A poll that comes more than
``max_gap`` seconds after the one before (the machine slept) pauses the session as of that
earlier poll, and says why.

Skip and back move by *segments*: a segment is a prepare, a rest, a switch, a check, or one
block of work on one side in one set (all the holds and releases of it, all its reps or
letters). Skip goes to the start of the next segment; back restarts the current segment, or
goes to the previous one when pressed within :data:`BACK_RESTART_WINDOW` seconds of its start.

Results leave in events: :class:`PartFinished` when one side (or one set of a side) of an
exercise ends, so it can be saved at once, and :class:`ExerciseFinished` with every side
when the exercise ends. A run resumed at a :class:`~footwork.session.parts.ResumePoint`
adds what the saved parts achieved to the results of the exercise it resumes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from footwork import cues
from footwork.domain import Ends, PhaseKind
from footwork.routine.model import Check
from footwork.session.events import (
    PAUSED_BY_SLEEP,
    PAUSED_BY_USER,
    CueDue,
    Event,
    ExerciseFinished,
    PartFinished,
    Paused,
    PhaseStarted,
    Resumed,
    SessionFinished,
    SessionStopped,
    State,
    Status,
)
from footwork.session.parts import ResumePoint, part_of, with_saved
from footwork.session.plan import COUNTING, Phase, Plan
from footwork.session.results import ExerciseResult
from footwork.session.tally import Done, exercise_result

MAX_GAP = 5.0
BACK_RESTART_WINDOW = 2.0


class Engine:
    def __init__(
        self,
        plan: Plan,
        clock: Callable[[], float],
        *,
        max_gap: float = MAX_GAP,
        start_at: int = 0,
        resume_at: ResumePoint | None = None,
    ) -> None:
        if not plan.phases:
            raise ValueError("a plan with no phases cannot run")
        self.plan = plan
        self._clock = clock
        self._max_gap = max_gap
        self._status = Status.READY
        self._pause_reason: str | None = None
        self._active = 0.0  # active seconds before _run_since
        self._run_since: float | None = None
        self._now = clock()
        self._last_poll = self._now
        self._resume = resume_at  # starts at its phase instead of exercise ``start_at``
        self._index = resume_at.phase if resume_at else self._first_phase_of_exercise(start_at)
        self._phase_start = 0.0
        self._segment_start = 0.0
        self._fired = 0
        self._taps = 0
        self._done: dict[int, Done] = {}
        self._finished: set[int] = set()
        self._events: list[Event] = []

    # ----- reading -------------------------------------------------------------------------
    @property
    def status(self) -> Status:
        return self._status

    def _time(self) -> float:
        if self._run_since is None:
            return self._active
        return self._active + (self._now - self._run_since)

    def state(self) -> State:
        """The state as of the last poll or command."""
        phase = self.phase
        elapsed = max(0.0, self._time() - self._phase_start)
        left: float | None = max(0.0, (phase.duration or 0.0) - elapsed)
        if self._status is Status.FINISHED:
            left = 0.0
        elif self._status is Status.STOPPED or phase.ends is Ends.TAPS:
            left = None
        if self._status is Status.FINISHED:
            done_nominal = self.plan.total
        else:
            done_nominal = phase.start + min(elapsed, phase.seconds)
        total = self.plan.total
        progress = done_nominal / total if total else self._index / len(self.plan.phases)
        nxt = self._segment_first(phase.segment + 1)
        return State(
            self._status,
            self._pause_reason,
            self._index,
            phase,
            elapsed,
            left,
            self._taps,
            self.plan.phases[nxt] if nxt is not None else None,
            min(1.0, progress),
            max(0.0, total - done_nominal),
            self._time(),
            self.plan.routine.name,
        )

    @property
    def phase(self) -> Phase:
        return self.plan.phases[self._index]

    def until_change(self) -> float | None:
        """Seconds until something on screen or in the ears changes (None: waits on the runner)."""
        if self._status is not Status.RUNNING:
            return None
        phase = self.phase
        elapsed = self._time() - self._phase_start
        waits = [c.offset - elapsed for c in phase.cues[self._fired :]]
        if phase.ends is not Ends.TAPS:
            left = (phase.duration or 0.0) - elapsed
            waits += [left, left - int(left)]
        waits = [w for w in waits if w > 0]
        return min(waits) if waits else None

    def upcoming_cues(self, within: float) -> list[CueDue]:
        """The cues due in the next ``within`` seconds if the session runs on undisturbed, as
        of the last poll: the current phase's not fired yet, then those of the phases after
        it while each one before ends on time (a phase ended by taps or early on the runner's
        word hides what follows). A check counts as ending on time: unanswered, it does; an
        answer moves what follows, and the next look ahead no longer lists what was placed.
        A player uses them to start a clip early by its lead silence."""
        if self._status is not Status.RUNNING:
            return []
        t = self._time()
        found: list[CueDue] = []
        index, start, fired = self._index, self._phase_start, self._fired
        while start <= t + within:
            phase = self.plan.phases[index]
            timed = phase.ends is not Ends.TAPS
            for cue in phase.cues[fired:]:
                at = start + cue.offset
                if at > t + within or (not timed and cue.cue == cues.WORKOUT_COMPLETE):
                    break
                found.append(CueDue(cue.cue, self._now + (at - t)))
            on_time = phase.ends in (Ends.TIME, Ends.ANSWER)
            if not on_time or index + 1 >= len(self.plan.phases):
                break
            index, start, fired = index + 1, start + (phase.duration or 0.0), 0
        return found

    # ----- driving -------------------------------------------------------------------------
    def poll(self) -> list[Event]:
        """Bring the session up to the clock's now; returns the events that happened."""
        self._sync()
        return self._drain()

    def start(self) -> list[Event]:
        if self._status is Status.READY:
            self._now = self._last_poll = self._clock()
            self._status = Status.RUNNING
            self._run_since = self._now
            self._enter(self._index, self._active)
            self._advance()
        return self._drain()

    def pause(self) -> list[Event]:
        self._sync()
        if self._status is Status.RUNNING:
            self._freeze(PAUSED_BY_USER)
            self._events.append(Paused(PAUSED_BY_USER))
            self._cue(cues.PAUSED, self._now)
        return self._drain()

    def resume(self) -> list[Event]:
        self._sync()
        if self._status is Status.PAUSED:
            self._status, self._pause_reason = Status.RUNNING, None
            self._run_since = self._now
            self._events.append(Resumed())
            self._cue(cues.RESUMED, self._now)
        return self._drain()

    def toggle_pause(self) -> list[Event]:
        return self.resume() if self._status is Status.PAUSED else self.pause()

    def skip(self) -> list[Event]:
        """Go to the start of the next segment (the rest of this one is not counted)."""
        self._sync()
        if self._live():
            self._credit_partial()
            nxt = self._segment_first(self.phase.segment + 1)
            self._move_to(nxt)
        return self._drain()

    def back(self) -> list[Event]:
        """Restart this segment, or go to the previous one right after a segment began."""
        self._sync()
        if self._live():
            segment = self.phase.segment
            if self._time() - self._segment_start <= BACK_RESTART_WINDOW and segment > 0:
                segment -= 1
            target = self._segment_first(segment)
            assert target is not None
            for i in [i for i in self._done if i >= target]:
                del self._done[i]
            first_exercise = self.plan.phases[target].exercise_index
            self._finished = {e for e in self._finished if e < first_exercise}
            self._enter(target, self._time(), restart=True)
            self._advance()
        return self._drain()

    def count_rep(self) -> list[Event]:
        """Count one self-paced rep; the phase ends when every rep was counted."""
        self._sync()
        phase = self.phase
        if self._live() and phase.ends is Ends.TAPS:
            self._taps += 1
            reps = phase.reps or 0
            if self._taps >= reps:
                self._complete(self._time())
                self._advance()
            elif self._taps == reps - 1:
                self._cue(cues.LAST_ONE, self._now)
            elif self._taps <= cues.MAX_COUNT:
                self._cue(cues.count(self._taps), self._now)
        return self._drain()

    def finish_step(self) -> list[Event]:
        """End an open-ended step now (recording the time achieved), or count a self-paced rep."""
        if self.phase.ends is Ends.TAPS:
            return self.count_rep()
        self._sync()
        if self._live() and self.phase.ends is Ends.EARLY:
            self._cue(cues.BEEP_END, self._now)
            self._complete(self._time())
            self._advance()
        return self._drain()

    def answer(self, choice: int) -> list[Event]:
        """Answer the current check with the choice at ``choice`` (0-based)."""
        self._sync()
        phase = self.phase
        check = phase.exercise
        if (
            self._live()
            and isinstance(check, Check)
            and phase.ends is Ends.ANSWER
            and 0 <= choice < len(check.choices)
        ):
            self._complete(self._time(), answer=check.choices[choice])
            self._advance()
        return self._drain()

    def stop(self) -> list[Event]:
        """End the session now; the exercise in progress is recorded with what was done."""
        self._sync()
        if self._live() or self._status is Status.READY:
            if self._status is not Status.READY:
                self._credit_partial()
                self._finish_exercise(self.phase.exercise_index, if_started=True)
            self._freeze(None)
            self._status = Status.STOPPED
            self._events.append(SessionStopped())
        return self._drain()

    # ----- internals -----------------------------------------------------------------------
    def _live(self) -> bool:
        return self._status in (Status.RUNNING, Status.PAUSED)

    def _drain(self) -> list[Event]:
        events, self._events = self._events, []
        return events

    def _sync(self) -> None:
        now = self._clock()
        if self._status is Status.RUNNING and now - self._last_poll > self._max_gap:
            gap = now - self._last_poll
            self._now = self._last_poll
            self._advance()
            if self._status is Status.RUNNING:
                self._freeze(PAUSED_BY_SLEEP)
                self._events.append(Paused(PAUSED_BY_SLEEP, gap))
        self._now = self._last_poll = now
        if self._status is Status.RUNNING:
            self._advance()

    def _freeze(self, reason: str | None) -> None:
        self._active = self._time()
        self._run_since = None
        self._status = Status.PAUSED
        self._pause_reason = reason

    def _cue(self, cue: str, due: float) -> None:
        self._events.append(CueDue(cue, due))

    def _enter(self, index: int, at: float, restart: bool = False) -> None:
        if restart or self.plan.phases[index].segment != self.phase.segment:
            self._segment_start = at
        self._index, self._phase_start, self._fired, self._taps = index, at, 0, 0
        phase = self.plan.phases[index]
        self._events.append(PhaseStarted(index, phase))

    def _advance(self) -> None:
        """Fire due cues and complete phases whose time is up, up to the current time."""
        t = self._time()
        while self._status is Status.RUNNING:
            phase = self.phase
            elapsed = t - self._phase_start
            timed = phase.ends is not Ends.TAPS  # a check's wait runs out: not answered
            while self._fired < len(phase.cues) and phase.cues[self._fired].offset <= elapsed:
                cue = phase.cues[self._fired]
                if not timed and cue.cue == cues.WORKOUT_COMPLETE:
                    break  # said when the runner's last tap ends the session
                self._cue(cue.cue, self._now - (elapsed - cue.offset))
                self._fired += 1
            if not timed or elapsed < (phase.duration or 0.0):
                return
            self._complete(self._phase_start + (phase.duration or 0.0))

    def _complete(self, end: float, answer: str | None = None) -> None:
        """The current phase ended at active time ``end``: credit it and enter the next."""
        phase = self.phase
        if phase.kind in COUNTING:
            seconds = end - self._phase_start
            count = self._taps if phase.ends is Ends.TAPS else 1
            last_of_set = (
                phase.rep is None or phase.rep == phase.reps or phase.kind is PhaseKind.WORK
            )
            self._done[self._index] = Done(phase, count, seconds, last_of_set, answer)
        self._move_to(self._index + 1 if self._index + 1 < len(self.plan.phases) else None, end)

    def _credit_partial(self) -> None:
        phase = self.phase
        if phase.kind in COUNTING and self._index not in self._done:
            seconds = max(0.0, self._time() - self._phase_start)
            taps = self._taps if phase.ends is Ends.TAPS else 0
            if seconds > 0 or taps:
                self._done[self._index] = Done(phase, taps, seconds, False)

    def _move_to(self, index: int | None, at: float | None = None) -> None:
        at = self._time() if at is None else at
        current = self.phase.exercise_index
        if index is None or self.plan.phases[index].exercise_index != current:
            self._finish_exercise(current)
            if index is not None:
                for skipped in range(current + 1, self.plan.phases[index].exercise_index):
                    self._finish_exercise(skipped)
        elif part_of(self.plan.phases[index]) != part_of(self.phase):
            self._finish_part()
        if index is None:
            for cue in self.phase.cues[self._fired :]:
                if cue.cue == cues.WORKOUT_COMPLETE:
                    self._cue(cue.cue, self._now)
            self._freeze(None)
            self._active = at
            self._status = Status.FINISHED
            self._events.append(SessionFinished())
            return
        self._enter(index, at)

    def _finish_exercise(self, exercise_index: int, if_started: bool = False) -> None:
        if exercise_index in self._finished:
            return
        pairs = [
            (i, p) for i, p in enumerate(self.plan.phases) if p.exercise_index == exercise_index
        ]
        if if_started and not any(i in self._done for i, _ in pairs):
            return
        self._finished.add(exercise_index)
        result = self._with_saved(exercise_result(exercise_index, pairs, self._done), pairs)
        self._events.append(ExerciseFinished(result))

    def _finish_part(self) -> None:
        """The current phase ends its side's set: that side's result so far, to save now."""
        phase = self.phase
        pairs = [(i, p) for i, p in enumerate(self.plan.phases)
                 if p.exercise_index == phase.exercise_index]
        result = self._with_saved(exercise_result(phase.exercise_index, pairs, self._done), pairs)
        (side,) = [s for s in result.sides if s.side == phase.side]
        side = replace(side, sets_ended=phase.set)
        self._events.append(PartFinished(replace(result, sides=(side,))))

    def _with_saved(self, result: ExerciseResult, pairs: list[tuple[int, Phase]]
                    ) -> ExerciseResult:
        resume = self._resume
        if resume is None or result.index != self.plan.phases[resume.phase].exercise_index:
            return result
        sides = tuple(
            with_saved(s, resume, [i for i, p in pairs if p.side == s.side], self._done)
            for s in result.sides
        )
        return replace(result, sides=sides)

    def _segment_first(self, segment: int) -> int | None:
        for i, phase in enumerate(self.plan.phases):
            if phase.segment == segment:
                return i
        return None

    def _first_phase_of_exercise(self, exercise_index: int) -> int:
        for i, phase in enumerate(self.plan.phases):
            if phase.exercise_index >= exercise_index:
                return i
        return 0
