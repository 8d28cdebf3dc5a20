"""The engine on a fake clock: exact times through pause, resume, skip and back."""

from __future__ import annotations

import pytest

from footwork import cues
from footwork.routine.library import resolve
from footwork.session.engine import Engine
from footwork.session.events import (
    CueDue,
    ExerciseFinished,
    Paused,
    SessionFinished,
    SessionStopped,
    Status,
)
from footwork.session.plan import compile_plan
from tests.conftest import FakeClock
from tests.session.routines import small


def engine_at(clock: FakeClock, exercise: str = "spread") -> Engine:
    plan = compile_plan(small())
    index = [e.id for e in plan.routine.exercises].index(exercise)
    engine = Engine(plan, clock, start_at=index)
    engine.start()
    return engine


def run_for(engine: Engine, clock: FakeClock, seconds: float, step: float = 0.25) -> list:
    events: list = []
    for _ in range(round(seconds / step)):
        clock.advance(step)
        events += engine.poll()
    return events


def test_start_says_the_exercise_name_then_get_ready(clock: FakeClock) -> None:
    engine = Engine(compile_plan(small()), clock, start_at=1)
    events = engine.start()
    assert [e.cue for e in events if isinstance(e, CueDue)] == ["name_spread"]
    assert engine.state().phase.kind == "prepare"
    assert engine.state().time_left == 4
    events = run_for(engine, clock, 1.5)
    assert [e.cue for e in events if isinstance(e, CueDue)] == [cues.GET_READY]


def test_cues_are_due_at_their_exact_time_even_on_a_late_poll(clock: FakeClock) -> None:
    engine = engine_at(clock)
    start = clock.now
    clock.advance(4.3)  # prepare is 4 s: the hold began 0.3 s ago
    (hold,) = [e for e in engine.poll() if isinstance(e, CueDue) and e.cue == cues.HOLD]
    assert hold.cue == cues.HOLD
    assert hold.due == pytest.approx(start + 4)
    assert engine.state().time_left == pytest.approx(4.7)


def test_pause_and_resume_keep_the_time_left_exact(clock: FakeClock) -> None:
    engine = engine_at(clock)
    run_for(engine, clock, 5.5)  # 1.5 s into the first 5 s hold
    assert engine.state().time_left == pytest.approx(3.5)
    events = engine.pause()
    assert any(isinstance(e, Paused) and e.reason == "user" for e in events)
    assert [e.cue for e in events if isinstance(e, CueDue)] == [cues.PAUSED]
    for _ in range(100):  # a long pause, polled as the UI does
        clock.advance(1.0)
        assert not [e for e in engine.poll() if isinstance(e, CueDue)]
    assert engine.state().time_left == pytest.approx(3.5)
    assert engine.state().status is Status.PAUSED
    engine.resume()
    run_for(engine, clock, 1.0)
    assert engine.state().time_left == pytest.approx(2.5)


def test_skip_goes_to_the_next_segment_and_back_returns(clock: FakeClock) -> None:
    engine = engine_at(clock)
    engine.skip()  # prepare -> first block of holds
    state = engine.state()
    assert (state.phase.kind, state.phase.rep, state.time_left) == ("hold", 1, 5)
    run_for(engine, clock, 9.0)  # hold 1 (5) + release (2) + 2 s of hold 2
    assert (engine.state().phase.rep, engine.state().time_left) == (2, pytest.approx(3))
    engine.back()  # more than 2 s into the block: restart it
    assert (engine.state().phase.rep, engine.state().time_left) == (1, 5)
    engine.back()  # right at its start: the segment before (prepare)
    assert engine.state().phase.kind == "prepare"
    assert engine.state().time_left == 4
    engine.skip()
    engine.skip()  # past the left foot's holds: the switch
    assert engine.state().phase.kind == "switch"
    assert engine.state().side == "right"


def test_skip_and_back_while_paused_stay_paused_and_exact(clock: FakeClock) -> None:
    engine = engine_at(clock)
    run_for(engine, clock, 6.0)
    engine.pause()
    engine.skip()
    clock.advance(30)
    engine.poll()
    assert engine.state().status is Status.PAUSED
    assert engine.state().phase.kind == "switch"
    assert engine.state().time_left == 3
    engine.back()  # no active time in the switch yet: back to the holds, from their start
    assert (engine.state().phase.kind, engine.state().phase.rep) == ("hold", 1)
    assert engine.state().time_left == 5
    engine.resume()
    run_for(engine, clock, 1.0)
    assert engine.state().time_left == pytest.approx(4)


def test_the_side_flips_at_the_switch_with_the_switch_feet_cue(clock: FakeClock) -> None:
    engine = engine_at(clock)
    events = run_for(engine, clock, 4 + 5 * 3 + 2 * 2)  # prepare + 3 holds + 2 releases
    assert engine.state().phase.kind == "switch"
    assert engine.state().side == "right"
    assert [e.cue for e in events if isinstance(e, CueDue)][-1] == cues.SWITCH_FEET


def test_a_finished_exercise_reports_per_side(clock: FakeClock) -> None:
    engine = engine_at(clock)
    events = run_for(engine, clock, 4 + 2 * 19 + 3 + 0.5)
    (done,) = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert done.exercise_id == "spread"
    assert [(s.side, s.achieved_count, s.planned_count, s.achieved_seconds, s.skipped)
            for s in done.sides] == [("left", 3, 3, 15, False), ("right", 3, 3, 15, False)]


def test_skipping_a_side_records_it_as_skipped(clock: FakeClock) -> None:
    engine = engine_at(clock)
    engine.skip()
    engine.skip()
    engine.skip()  # the right foot's holds
    events = engine.skip()
    (done,) = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert [s.skipped for s in done.sides] == [True, True]


def test_the_check_waits_for_an_answer_until_its_wait_runs_out(clock: FakeClock) -> None:
    engine = engine_at(clock, "check")
    run_for(engine, clock, 4 + 19.5)  # prepare 4 s, then the check's default 20 s wait
    state = engine.state()
    assert state.phase.kind == "check"
    assert state.side == "left"
    assert state.time_left == pytest.approx(0.5)
    engine.answer(0)
    run_for(engine, clock, 3)
    events = engine.answer(2)
    (done,) = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert [(s.side, s.answer) for s in done.sides] == [("left", "outside"), ("right", "inside")]
    assert done.unanswered == ()


def test_a_check_left_unanswered_goes_on_by_itself_and_says_not_answered(
    clock: FakeClock,
) -> None:
    engine = engine_at(clock, "check")
    events = run_for(engine, clock, 4 + 20 + 3 + 19.75)  # prepare, left, switch, most of right
    assert engine.state().phase.kind == "check"
    assert engine.state().side == "right"
    assert not [e for e in events if isinstance(e, ExerciseFinished)]
    events = run_for(engine, clock, 0.25)  # the right foot's 20 s are up: nobody answered
    (done,) = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert [(s.side, s.answer, s.skipped) for s in done.sides] == [
        ("left", None, False), ("right", None, False)]
    assert done.unanswered == ("left", "right")
    assert engine.state().phase.exercise.id == "spread"
    assert engine.status is Status.RUNNING


def test_a_skipped_check_is_skipped_not_unanswered(clock: FakeClock) -> None:
    engine = engine_at(clock, "check")
    run_for(engine, clock, 5)
    engine.skip()
    engine.skip()
    events = engine.skip()
    (done,) = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert [s.skipped for s in done.sides] == [True, True]
    assert done.unanswered == ()


def test_open_ended_step_ends_early_with_the_time_achieved(clock: FakeClock) -> None:
    engine = engine_at(clock, "walk")
    run_for(engine, clock, 4 + 42.5)
    assert engine.state().time_left == pytest.approx(17.5)
    events = engine.finish_step()
    (done,) = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert done.sides[0].bouts == (42.5,)
    assert done.sides[0].achieved_count == 1
    assert cues.BEEP_END in [e.cue for e in events if isinstance(e, CueDue)]


def test_self_paced_reps_count_taps_and_say_last_one(clock: FakeClock) -> None:
    engine = engine_at(clock, "marbles")
    run_for(engine, clock, 4 + 100)  # no time limit on taps
    assert engine.state().phase.kind == "work"
    assert engine.state().time_left is None
    said = [e.cue for e in engine.count_rep() if isinstance(e, CueDue)]
    said += [e.cue for e in engine.count_rep() if isinstance(e, CueDue)]
    assert said == [cues.count(1), cues.LAST_ONE]
    assert engine.state().taps == 2
    events = engine.count_rep()
    assert any(isinstance(e, SessionFinished) for e in events)
    (done,) = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert done.sides[0].achieved_count == 3
    assert cues.WORKOUT_COMPLETE in [e.cue for e in events if isinstance(e, CueDue)]


def test_letters_are_shown_and_spoken(clock: FakeClock) -> None:
    engine = engine_at(clock, "spell")
    events = run_for(engine, clock, 4 + 2.5)
    assert engine.state().phase.item == "B"
    assert [e.cue for e in events if isinstance(e, CueDue)][-2:] == ["letter_a", "letter_b"]


def test_a_sleep_gap_pauses_as_of_the_last_poll_and_says_why(clock: FakeClock) -> None:
    engine = engine_at(clock)
    run_for(engine, clock, 5.0)  # 1 s into the first hold
    clock.advance(3600)  # the lid was closed for an hour
    events = engine.poll()
    (paused,) = [e for e in events if isinstance(e, Paused)]
    assert paused.reason == "sleep"
    assert paused.gap == pytest.approx(3600)
    state = engine.state()
    assert state.status is Status.PAUSED
    assert state.pause_reason == "sleep"
    assert state.time_left == pytest.approx(4.0)
    assert not [e for e in events if isinstance(e, CueDue)]


def test_stop_records_the_exercise_in_progress(clock: FakeClock) -> None:
    engine = engine_at(clock)
    run_for(engine, clock, 4 + 5 + 2 + 1)
    events = engine.stop()
    (done,) = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert done.sides[0].achieved_count == 1
    assert done.sides[1].skipped
    assert isinstance(events[-1], SessionStopped)
    assert engine.status is Status.STOPPED


def test_the_whole_seed_routine_runs_to_the_end_on_a_fake_clock(clock: FakeClock) -> None:
    """How long that takes is a figure of benchmarks/workout_timing.py."""
    plan = compile_plan(resolve("foot-strength"))
    assert plan.total > 25 * 60
    engine = Engine(plan, clock)
    events = engine.start()
    while engine.status is Status.RUNNING:  # not one command: the routine runs by itself
        clock.advance(0.2)
        events += engine.poll()
    assert engine.status is Status.FINISHED
    results = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert [r.exercise_id for r in results] == [e.id for e in plan.routine.exercises]
    assert all(not s.skipped for r in results for s in r.sides)
    assert results[0].unanswered == ("left", "right")
    assert clock.now - 1000 == pytest.approx(plan.total, abs=0.3)
    assert engine.state().progress == 1.0


def test_results_plan_what_the_week_planned(clock: FakeClock) -> None:
    plan = compile_plan(resolve("foot-strength"), 1.0)  # the top of every range
    index = [e.id for e in plan.routine.exercises].index("calf-drops")
    engine = Engine(plan, clock, start_at=index)
    events = engine.start()
    while not any(isinstance(e, ExerciseFinished) for e in events):
        clock.advance(0.5)
        events += engine.poll()
    (done,) = [e.result for e in events if isinstance(e, ExerciseFinished)]
    assert (done.sides[0].planned_count, done.sides[0].achieved_count) == (12, 12)


def test_upcoming_cues_are_the_cues_then_fired_at_the_same_moments(clock: FakeClock) -> None:
    engine = engine_at(clock, "spread")
    predicted: dict[tuple[str, float], None] = {}
    fired: list[CueDue] = []
    for _ in range(400):  # 40 s: the holds, releases and switch, into the curls
        for cue in engine.upcoming_cues(0.5):
            predicted[(cue.cue, round(cue.due, 9))] = None
        clock.advance(0.1)
        fired += [e for e in engine.poll() if isinstance(e, CueDue)]
    assert len(fired) > 20
    assert [(c.cue, round(c.due, 9)) for c in fired] == list(predicted)[: len(fired)]


def test_upcoming_cues_look_across_a_phase_that_ends_on_time(clock: FakeClock) -> None:
    engine = engine_at(clock, "spread")
    clock.advance(3.8)  # the prepare (4 s) ends in 0.2 s: then "hold"
    engine.poll()
    assert [c.cue for c in engine.upcoming_cues(0.5)] == [cues.HOLD]
    assert engine.upcoming_cues(0.5)[0].due == pytest.approx(clock() + 0.2)


def test_upcoming_cues_look_across_a_check_nobody_answers_yet(clock: FakeClock) -> None:
    engine = engine_at(clock, "check")
    run_for(engine, clock, 4 + 19.75)  # the left foot's wait ends in 0.25 s: "switch feet"
    assert [c.cue for c in engine.upcoming_cues(0.5)] == [cues.SWITCH_FEET]
    events = engine.answer(1)  # answered after all: the switch starts now, not in 0.2 s
    assert [e.cue for e in events if isinstance(e, CueDue)] == [cues.SWITCH_FEET]
    assert engine.upcoming_cues(0.5) == []  # nothing placed earlier is still to come


def test_upcoming_cues_stop_at_a_phase_the_runner_ends(clock: FakeClock) -> None:
    engine = engine_at(clock, "walk")
    clock.advance(4 + 59.9)  # the open-ended walk may end on Enter: what follows is unknown
    engine.poll()
    assert [c.cue for c in engine.upcoming_cues(1.0)] == []


def test_no_cue_is_upcoming_while_paused(clock: FakeClock) -> None:
    engine = engine_at(clock, "spread")
    clock.advance(3.8)
    engine.pause()
    assert engine.upcoming_cues(1.0) == []
