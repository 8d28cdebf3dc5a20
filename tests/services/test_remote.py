"""Remote commands and the "now playing" texts, on the engine and a fake clock (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from footwork.routine.loader import parse
from footwork.services.remote import (
    MEDIA_KEYS,
    Action,
    Playback,
    Remote,
    action_for,
    now_playing,
)
from footwork.session.engine import Engine
from footwork.session.events import Status
from footwork.session.plan import compile_plan
from tests.conftest import FakeClock
from tests.session.routines import small


def started(clock: FakeClock, exercise: str) -> Engine:
    plan = compile_plan(small())
    engine = Engine(plan, clock, start_at=[e.id for e in plan.routine.exercises].index(exercise))
    engine.start()
    return engine


def run_for(engine: Engine, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds / 0.25)):
        clock.advance(0.25)
        engine.poll()


@pytest.mark.parametrize(("command", "action"), [
    (Remote.PLAY_PAUSE, Action.TOGGLE_PAUSE), (Remote.PLAY, Action.RESUME),
    (Remote.PAUSE, Action.PAUSE), (Remote.NEXT, Action.SKIP), (Remote.PREVIOUS, Action.BACK),
    (Remote.STOP, Action.ASK_STOP),
])
def test_each_command_does_what_its_key_does(command: Remote, action: Action) -> None:
    assert action_for(command, Status.RUNNING) is action
    assert action_for(command, Status.PAUSED) is action


def test_while_asked_to_stop_stop_ends_play_keeps_going_and_the_rest_wait() -> None:
    asked = {c: action_for(c, Status.PAUSED, asking_to_stop=True) for c in Remote}
    assert asked == {
        Remote.STOP: Action.STOP, Remote.PLAY: Action.KEEP_GOING,
        Remote.PLAY_PAUSE: Action.KEEP_GOING, Remote.PAUSE: Action.NOTHING,
        Remote.NEXT: Action.NOTHING, Remote.PREVIOUS: Action.NOTHING,
    }


@pytest.mark.parametrize("status", [Status.FINISHED, Status.STOPPED])
def test_an_ended_workout_takes_no_command(status: Status) -> None:
    assert {action_for(c, status) for c in Remote} == {Action.NOTHING}


def test_commands_are_the_mpris_method_names() -> None:
    assert {Remote(name) for name in ("PlayPause", "Play", "Pause", "Next", "Previous",
                                      "Stop")} == set(Remote)


def test_the_play_key_toggles_as_the_one_play_pause_key_of_a_headset() -> None:
    assert MEDIA_KEYS["MediaPlay"] is Remote.PLAY_PAUSE
    assert MEDIA_KEYS["MediaTogglePlayPause"] is Remote.PLAY_PAUSE
    assert set(MEDIA_KEYS.values()) == set(Remote) - {Remote.PLAY}


def test_now_playing_names_the_exercise_side_and_rep(clock: FakeClock) -> None:
    engine = started(clock, "spread")
    run_for(engine, clock, 4 + 5 + 2 + 1)  # prepare, hold 1, release 1, into hold 2
    shown = now_playing(engine.plan, engine.state())
    assert (shown.title, shown.detail, shown.album) == ("Spread", "Left foot · rep 2 of 3", "Small")
    assert shown.playback is Playback.PLAYING
    assert shown.can_control
    # a track is a segment: the three holds of the left foot, 19 s, 8 s into it
    assert (shown.length_us, shown.position_us) == (19_000_000, 8_000_000)


def test_now_playing_follows_sets_both_feet_and_pause(clock: FakeClock) -> None:
    engine = started(clock, "curls")
    run_for(engine, clock, 4 + 6 + 10 + 2.5)
    engine.pause()
    shown = now_playing(engine.plan, engine.state())
    assert (shown.title, shown.detail) == ("Curls", "Both feet · set 2 of 2 · rep 2 of 3")
    assert shown.playback is Playback.PAUSED


def test_next_moves_to_another_track(clock: FakeClock) -> None:
    engine = started(clock, "spread")
    before = now_playing(engine.plan, engine.state())
    engine.skip()
    after = now_playing(engine.plan, engine.state())
    assert after.segment != before.segment
    assert after.position_us == 0


def test_a_check_lasts_its_wait_and_a_stopped_workout_shows_the_routine(
        clock: FakeClock) -> None:
    engine = started(clock, "check")
    engine.skip()
    assert now_playing(engine.plan, engine.state()).length_us == 20_000_000
    engine.stop()
    shown = now_playing(engine.plan, engine.state())
    assert (shown.title, shown.detail, shown.playback) == ("Small", "", Playback.STOPPED)
    assert not shown.can_control


BALANCE = """\
format = 1
id = "balance"
name = "Balance"
prepare = 5

[[exercises]]
id = "stand"
name = "Stand"
kind = "timed"
sides = "each-leg"
seconds = 30
"""


def test_a_leg_exercise_names_the_leg(clock: FakeClock) -> None:
    plan = compile_plan(parse(BALANCE.encode(), Path("balance.toml")))
    engine = Engine(plan, clock)
    engine.start()
    assert now_playing(plan, engine.state()).detail == "Left leg"
    engine.skip()
    engine.skip()  # past the work on the left leg and the switch
    assert now_playing(plan, engine.state()).detail == "Right leg"
