"""The foot-strength plan carries every number of the seed, per side where the seed says so."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from footwork import cues
from footwork.domain import Ends, PhaseKind, Side
from footwork.routine.library import resolve
from footwork.routine.loader import parse
from footwork.routine.model import Routine
from footwork.session.plan import Phase, compile_plan, level_for_week


@pytest.fixture(scope="module")
def phases() -> list[Phase]:
    return list(compile_plan(resolve("foot-strength")).phases)


def of(phases: list[Phase], exercise: str, kind: str, side: str | None = "any") -> list[Phase]:
    return [p for p in phases if p.exercise.id == exercise and p.kind == kind
            and (side == "any" or p.side == side)]


def test_phases_follow_each_other_without_gaps(phases: list[Phase]) -> None:
    for before, after in pairwise(phases):
        assert after.start == pytest.approx(before.start + before.seconds)


def test_tripod_check_asks_each_foot(phases: list[Phase]) -> None:
    checks = of(phases, "tripod-check", "check")
    assert [p.side for p in checks] == ["left", "right"]
    assert checks[0].exercise.choices == ("outside", "middle", "inside")
    assert all(p.duration == 20 and p.ends == "answer" and p.nominal for p in checks)
    assert [(c.offset, c.cue) for c in checks[0].cues] == [
        (0.0, "question_tripod-check"), (2.5, "choice_tripod-check_1"),
        (4.25, "choice_tripod-check_2"), (6.0, "choice_tripod-check_3")]


def test_a_short_wait_keeps_only_the_choices_said_within_it() -> None:
    routine = _check_routine("tripod-check", 'answer_within = 5\nquestion = "Where does your'
                             ' weight rest?"\nchoices = ["outside", "middle", "inside"]')
    (check,) = [p for p in compile_plan(routine).phases if p.kind == "check"]
    assert check.duration == 5
    assert [c.cue for c in check.cues] == [
        "question_tripod-check", "choice_tripod-check_1", "choice_tripod-check_2",
        "workout_complete"]


def test_a_check_of_ones_own_sounds_a_tone_and_shows_its_question() -> None:
    for ex_id, words in [("mine", 'question = "Sore?"\nchoices = ["yes", "no"]'),
                         ("tripod-check", 'question = "Sore?"\nchoices = ["yes", "no"]')]:
        (check,) = [p for p in compile_plan(_check_routine(ex_id, words)).phases
                    if p.kind == "check"]
        assert [(c.offset, c.cue) for c in check.cues] == [(0.0, "beep_go"),
                                                           (20.0, "workout_complete")]


def _check_routine(ex_id: str, lines: str) -> Routine:
    text = (f'format = 1\nid = "r"\nname = "R"\n\n[[exercises]]\nid = "{ex_id}"\n'
            f'name = "C"\nkind = "check"\n{lines}\n')
    return parse(text.encode(), Path("r.toml"))


def test_ball_roll_is_90_seconds_45_each_foot_with_a_switch(phases: list[Phase]) -> None:
    work = of(phases, "ball-roll", "work")
    assert [(p.side, p.duration) for p in work] == [("left", 45), ("right", 45)]
    (switch,) = of(phases, "ball-roll", "switch")
    assert switch.cues[0].cue == cues.SWITCH_FEET
    assert switch.side == "right"
    assert sum(p.seconds for p in work) == 90


@pytest.mark.parametrize("side", ["left", "right"])
def test_toe_spread_is_ten_five_second_holds_each_foot(phases: list[Phase], side: str) -> None:
    holds = of(phases, "toe-spread", "hold", side)
    assert [p.duration for p in holds] == [5] * 10
    assert [p.rep for p in holds] == list(range(1, 11))
    assert len(of(phases, "toe-spread", "release", side)) == 9


def test_calf_drops_are_ten_paced_reps_up_to_twelve(phases: list[Phase]) -> None:
    reps = of(phases, "calf-drops", "rep")
    assert len(reps) == 10
    assert reps[0].exercise.max_reps == 12
    assert all(p.duration == 6 for p in reps)  # 2 s up, 1 s hold, 3 s down
    assert [p.cues[0].cue for p in reps] == [cues.count(n) for n in range(1, 10)] + [cues.LAST_ONE]


@pytest.mark.parametrize("side", ["left", "right"])
def test_plantar_stretch_is_ten_holds_each_foot(phases: list[Phase], side: str) -> None:
    holds = of(phases, "plantar-stretch", "hold", side)
    assert len(holds) == 10
    assert all(p.duration == 10 for p in holds)
    assert "10 seconds" in holds[0].exercise.instructions  # the chosen hold is stated


@pytest.mark.parametrize("side", ["left", "right"])
def test_toe_lifts_are_two_twenty_second_holds_each_foot(phases: list[Phase], side: str) -> None:
    assert [p.duration for p in of(phases, "toe-lifts", "hold", side)] == [20, 20]


@pytest.mark.parametrize("side", ["left", "right"])
def test_toe_spelling_is_the_alphabet_each_foot(phases: list[Phase], side: str) -> None:
    items = of(phases, "toe-spelling", "item", side)
    assert "".join(p.item or "" for p in items) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    assert [p.cues[0].cue for p in items] == [f"letter_{c}" for c in "abcdefghijklmnopqrstuvwxyz"]


def test_towel_curls_are_three_sets_of_ten_with_rest(phases: list[Phase]) -> None:
    reps = of(phases, "towel-curls", "rep")
    assert Counter(p.set for p in reps) == {1: 10, 2: 10, 3: 10}
    rests = of(phases, "towel-curls", "rest")
    assert [p.set for p in rests] == [2, 3]
    assert all(p.cues[0].cue == cues.REST for p in rests)


@pytest.mark.parametrize("exercise", ["heel-walks", "toe-walks"])
def test_walks_are_three_bouts_of_up_to_a_minute_with_rest(phases: list[Phase],
                                                          exercise: str) -> None:
    work = of(phases, exercise, "work")
    assert [p.duration for p in work] == [60, 60, 60]
    assert all(p.ends == "early" for p in work)
    assert len(of(phases, exercise, "rest")) == 2


def test_single_leg_balance_30_to_60_seconds_each_leg(phases: list[Phase]) -> None:
    work = of(phases, "single-leg-balance", "work")
    assert [(p.side, p.duration) for p in work] == [("left", 30), ("right", 30)]
    assert work[0].exercise.max_seconds == 60
    assert work[0].ends == "early"
    (switch,) = of(phases, "single-leg-balance", "switch")
    assert switch.cues[0].cue == cues.SWITCH_LEGS


def test_calf_stretch_holds_each_leg(phases: list[Phase]) -> None:
    holds = of(phases, "calf-stretch", "hold")
    assert [(p.side, p.duration) for p in holds] == [("left", 30), ("right", 30)]


def test_cues_follow_the_catalogue_rules(phases: list[Phase]) -> None:
    catalogue = set(cues.catalogue())
    for phase in phases:
        names = [c.cue for c in phase.cues]
        assert set(names) <= catalogue, names
        if phase.kind == "prepare":
            assert names[:2] == [f"name_{phase.exercise.id}", cues.GET_READY]
        if phase.kind in ("hold", "rest") or (phase.kind == "work" and phase.ends != "taps"):
            ticks = [c.offset for c in phase.cues if c.cue == cues.BEEP_TICK]
            assert ticks == [phase.seconds - 3, phase.seconds - 2, phase.seconds - 1]
        if phase.kind == "work" and phase.seconds >= 40:
            assert cues.HALFWAY in names
        if phase.kind == "release":
            assert names == [cues.RELEASE]
    assert [c.cue for c in phases[-1].cues][-1] == cues.WORKOUT_COMPLETE
    assert phases[-1].cues[-1].offset == phases[-1].seconds


def test_last_one_comes_before_the_final_hold(phases: list[Phase]) -> None:
    holds = of(phases, "toe-spread", "hold", "left")
    assert [h.cues[0].cue for h in holds] == [cues.HOLD] * 9 + [cues.LAST_ONE]


def test_total_time_is_the_sum_of_the_phases(phases: list[Phase]) -> None:
    plan = compile_plan(resolve("foot-strength"))
    assert plan.total == sum(p.seconds for p in phases)
    assert 20 * 60 < plan.total < 35 * 60


def test_self_paced_reps_have_a_nominal_duration() -> None:
    work = [p for p in compile_plan(resolve("marbles")).phases if p.kind == "work"]
    assert [(p.side, p.set) for p in work] == [("left", 1), ("left", 2), ("right", 1), ("right", 2)]
    assert all(p.ends == "taps" and p.nominal and p.duration and p.reps == 10 for p in work)


@pytest.mark.parametrize(("week", "reps", "seconds"), [(1, 10, 30), (2, 10, 35), (3, 11, 40),
                                                      (4, 11, 50), (5, 12, 55), (6, 12, 60)])
def test_ranges_move_up_over_a_six_week_program(week: int, reps: int, seconds: int) -> None:
    plan = compile_plan(resolve("foot-strength"), level_for_week(week, 6))
    assert len(of(list(plan.phases), "calf-drops", "rep")) == reps
    balance = of(list(plan.phases), "single-leg-balance", "work")
    assert [p.duration for p in balance] == [seconds, seconds]
    # exercises without a range stay as the seed says
    assert len(of(list(plan.phases), "toe-spread", "hold", "left")) == 10


def test_levels_are_clamped_and_results_plan_the_moved_range() -> None:
    assert level_for_week(0, 6) == 0.0
    assert level_for_week(9, 6) == 1.0
    assert level_for_week(1, 1) == 1.0
    top = compile_plan(resolve("foot-strength"), 1.0)
    assert compile_plan(resolve("foot-strength"), 7.0).total == top.total


def test_phases_carry_the_vocabulary(phases: list[Phase]) -> None:
    assert all(type(p.kind) is PhaseKind and type(p.ends) is Ends for p in phases)
    assert {p.side for p in phases} == {Side.LEFT, Side.RIGHT, None}
    assert all(p.side is None or type(p.side) is Side for p in phases)


def test_an_exercises_own_number_replaces_the_level_within_its_range() -> None:
    routine = resolve("foot-strength")
    plan = compile_plan(routine, 1.0, {"calf-drops": 11, "single-leg-balance": 90})
    assert len(of(list(plan.phases), "calf-drops", "rep")) == 11
    balance = of(list(plan.phases), "single-leg-balance", "work")
    assert [p.duration for p in balance] == [60, 60]  # 90 s is out of its 30-60 s range
    assert plan.targets["calf-drops"] == 11
