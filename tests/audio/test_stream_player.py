"""The stream backend's mixer on a fake clock: where each clip lands on the stream (no sound
server: the tests call the mixer the writer thread would call)."""

from __future__ import annotations

from array import array

import pytest

from footwork import paths
from footwork.audio import stream_player
from footwork.audio.clips import AUDIBLE, read_clip
from footwork.audio.stream_player import StreamClock, StreamCuePlayer
from tests.conftest import FakeClock

FOLDER = paths.sounds_dir("en")
RATE = 22050
T0 = 1000.0  # the instant stream frame 0 is heard


@pytest.fixture
def player(clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> StreamCuePlayer:
    monkeypatch.setattr(stream_player, "no_stream_reason", lambda: None)
    made = StreamCuePlayer(FOLDER, clock=clock)
    monkeypatch.setattr(made, "_ensure_running", lambda: None)  # the test mixes by hand
    made._stream_clock.observe(T0)
    return made


def mixed(player: StreamCuePlayer, seconds: float) -> array:
    out = array("h")
    chunk = round(RATE * stream_player.CHUNK)
    for start in range(0, round(seconds * RATE), chunk):
        out.frombytes(player._mix(start, chunk))
    return out


def first_audible(samples: array, after: int = 0) -> float:
    index = next(i for i in range(after, len(samples)) if abs(samples[i]) >= AUDIBLE)
    return index / RATE


def test_a_word_placed_ahead_is_heard_from_its_moment(player: StreamCuePlayer,
                                                      clock: FakeClock) -> None:
    clock.now = T0
    assert player.play("go", due=T0 + 0.5)
    out = mixed(player, 1.5)
    assert first_audible(out) == pytest.approx(0.5, abs=1 / RATE)
    go = read_clip(FOLDER / "go.wav")
    start = round(0.5 * RATE) - go.first
    assert out[start:start + len(go.samples)] == go.samples  # the whole clip, lead included


def test_a_word_placed_late_skips_its_lead_silence(player: StreamCuePlayer,
                                                   clock: FakeClock) -> None:
    clock.now = T0
    assert player.play("hold", due=T0 - 0.05)  # 50 ms late: a count after a tap, say
    assert first_audible(mixed(player, 1.0)) < 0.002


def test_a_cue_too_late_for_the_stream_is_dropped(player: StreamCuePlayer,
                                                  clock: FakeClock) -> None:
    clock.now = T0 - 0.3
    assert player.play("go", due=T0 - 0.2)  # in time when placed, but the stream is past it
    assert max(map(abs, mixed(player, 1.0))) < AUDIBLE


def test_a_name_takes_over_from_last_one_and_nothing_mixes(player: StreamCuePlayer,
                                                           clock: FakeClock) -> None:
    clock.now = T0
    assert player.play("last_one", due=T0 + 0.2)
    assert not player.play("beep_tick", due=T0 + 0.5)  # lower: skipped
    assert player.play("switch_feet", due=T0 + 0.7)  # higher: cuts "last one"
    out = mixed(player, 2.0)
    switch = read_clip(FOLDER / "switch_feet.wav")
    at = round(0.7 * RATE)
    assert out[at:at + switch.last - switch.first] == switch.samples[switch.first:switch.last]


def test_a_cancelled_cue_is_not_heard(player: StreamCuePlayer, clock: FakeClock) -> None:
    clock.now = T0
    player.schedule([("go", T0 + 0.4)])
    player.schedule([])  # paused before it came
    assert max(map(abs, mixed(player, 1.0))) < AUDIBLE
    assert player.play("go", due=T0 + 0.4), "placed again when asked again"


def test_the_stream_clock_is_the_earliest_estimate() -> None:
    """An estimate made late (the writer held up) never moves the clock later."""
    clock = StreamClock()
    for late in (0.0, 0.012, 0.003, 0.030, 0.001, 0.0, 0.008, 0.002):
        clock.observe(T0 + late)
    assert clock.t0 == T0


def test_the_stream_clock_forgets_estimates_older_than_half_a_second() -> None:
    clock = StreamClock()
    clock.observe(T0 - 0.010)  # a write long ago (then the stream moved on, later)
    for _ in range(stream_player.ANCHORS):
        clock.observe(T0)
    assert clock.t0 == T0


def test_an_earlier_estimate_counts_at_once() -> None:
    clock = StreamClock()
    clock.observe(T0)
    clock.observe(T0 - 0.004)
    assert clock.t0 == T0 - 0.004
