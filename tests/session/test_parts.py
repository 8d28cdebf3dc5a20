"""Each side and each set is reported when it ends; a resumed run starts at the first part
not saved and adds what was saved to its results."""

from __future__ import annotations

from dataclasses import replace

from footwork.session.engine import Engine
from footwork.session.events import Event, ExerciseFinished, PartFinished
from footwork.session.parts import ResumePoint, first_unsaved, part_of
from footwork.session.plan import Plan, compile_plan
from footwork.session.results import ExerciseResult
from tests.conftest import FakeClock
from tests.session.routines import small

SPREAD, CURLS = 1, 2  # exercises of the small routine: holds per foot; 2 sets of reps


def _run(engine: Engine, clock: FakeClock, seconds: float) -> list[Event]:
    events = engine.start()
    for _ in range(round(seconds / 0.25)):
        clock.advance(0.25)
        events += engine.poll()
    return events


def _parts(events: list[Event]) -> list[tuple[int, str | None, int | None, int]]:
    return [(e.result.index, e.result.sides[0].side, e.result.sides[0].sets_ended,
             e.result.sides[0].achieved_count) for e in events if isinstance(e, PartFinished)]


def _finished(events: list[Event], index: int) -> ExerciseResult:
    (result,) = [e.result for e in events
                 if isinstance(e, ExerciseFinished) and e.result.index == index]
    return result


def _phase(plan: Plan, exercise: int, side: str | None, set_: int) -> int:
    return next(i for i, p in enumerate(plan.phases) if part_of(p) == (exercise, side, set_))


def test_each_side_and_each_set_is_reported_when_it_ends(clock: FakeClock) -> None:
    engine = Engine(compile_plan(small()), clock, start_at=SPREAD)
    # spread: 4 + 3 holds of 5 s + 2 releases of 2 s per foot, switch 3; curls: 3 reps of 2 s
    events = _run(engine, clock, 4 + 19 + 3 + 19 + 4 + 6 + 10 + 6 + 0.5)
    assert _parts(events) == [(SPREAD, "left", 1, 3), (CURLS, None, 1, 3)]
    spread = _finished(events, SPREAD)
    assert [(s.side, s.achieved_count, s.sets_ended) for s in spread.sides] == [
        ("left", 3, None), ("right", 3, None)]
    early = next(e for e in events if isinstance(e, (PartFinished, ExerciseFinished)))
    assert replace(early.result.sides[0], sets_ended=None) == spread.sides[0]  # the same left
    curls = _finished(events, CURLS)
    assert (curls.sides[0].achieved_sets, curls.sides[0].achieved_count) == (2, 6)


def test_a_part_skipped_is_reported_as_skipped(clock: FakeClock) -> None:
    engine = Engine(compile_plan(small()), clock, start_at=SPREAD)
    engine.start()
    engine.skip()  # the prepare
    events = engine.skip()  # the left foot's holds
    assert _parts(events) == [(SPREAD, "left", 1, 0)]
    assert [e.result.sides[0].skipped for e in events if isinstance(e, PartFinished)] == [True]


def test_resuming_starts_at_the_first_part_not_saved() -> None:
    plan = compile_plan(small())
    saved_left = {(0, "left"): None, (0, "right"): None, (SPREAD, "left"): None}
    assert first_unsaved(plan, saved_left) == _phase(plan, SPREAD, "right", 1)
    assert plan.phases[first_unsaved(plan, saved_left)].kind == "switch"
    one_set = {**saved_left, (SPREAD, "right"): None, (CURLS, None): 1}
    assert first_unsaved(plan, one_set) == _phase(plan, CURLS, None, 2)
    assert plan.phases[first_unsaved(plan, one_set)].kind == "rest"
    assert first_unsaved(plan, {}) == 0
    everything = {(p.exercise_index, p.side): None for p in plan.phases}
    assert first_unsaved(plan, everything) is None


def test_a_resumed_side_keeps_the_side_saved_before_it(clock: FakeClock) -> None:
    plan = compile_plan(small())
    first = _run(Engine(plan, clock, start_at=SPREAD), clock, 4 + 19 + 1)
    (left,) = [e.result.sides[0] for e in first if isinstance(e, PartFinished)]
    resume = ResumePoint(_phase(plan, SPREAD, "right", 1), (left,))

    events = _run(Engine(plan, clock, resume_at=resume), clock, 3 + 19 + 0.5)
    assert _parts(events) == []  # the right foot ends the exercise: its result has both feet
    spread = _finished(events, SPREAD)
    assert spread.sides[0] == replace(left, sets_ended=None)  # saved whole now
    assert (spread.sides[1].side, spread.sides[1].achieved_count) == ("right", 3)


def test_a_resumed_set_adds_to_the_sets_saved_before_it(clock: FakeClock) -> None:
    plan = compile_plan(small())
    first = _run(Engine(plan, clock, start_at=CURLS), clock, 4 + 6 + 1)
    (set_one,) = [e.result.sides[0] for e in first if isinstance(e, PartFinished)]
    assert (set_one.sets_ended, set_one.achieved_sets, set_one.achieved_count) == (1, 1, 3)

    resume = ResumePoint(_phase(plan, CURLS, None, 2), (set_one,))
    events = _run(Engine(plan, clock, resume_at=resume), clock, 10 + 6 + 0.5)
    (curls,) = _finished(events, CURLS).sides
    assert (curls.achieved_sets, curls.achieved_count, curls.sets_ended) == (2, 6, None)
    assert curls.achieved_seconds == 12


def test_going_back_into_a_saved_part_counts_it_afresh(clock: FakeClock) -> None:
    plan = compile_plan(small())
    first = _run(Engine(plan, clock, start_at=SPREAD), clock, 4 + 19 + 1)
    (left,) = [e.result.sides[0] for e in first if isinstance(e, PartFinished)]
    resume = ResumePoint(_phase(plan, SPREAD, "right", 1), (left,))
    engine = Engine(plan, clock, resume_at=resume)
    engine.start()
    engine.back()  # right at the switch: back to the left foot's holds
    assert engine.state().phase.side == "left"
    events = []
    for _ in range(22):  # one hold of the left foot again
        clock.advance(0.25)
        events += engine.poll()
    events += engine.skip()
    assert _parts(events) == [(SPREAD, "left", 1, 1)]  # done again: not 3 + 1

    passed = Engine(plan, clock, resume_at=resume)
    passed.start()
    passed.back()
    events = passed.skip()  # straight past it: what was saved stays
    assert _parts(events) == [(SPREAD, "left", 1, 3)]
