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
    made._stream_clock.observe(T0, T0)
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
    for n, late in enumerate((0.0, 0.012, 0.003, 0.030, 0.001, 0.0, 0.008, 0.002)):
        clock.observe(T0 + late, T0 + n * 0.01)
    assert clock.t0 == T0


def test_the_stream_clock_forgets_estimates_older_than_half_a_second() -> None:
    clock = StreamClock()
    clock.observe(T0 - 0.010, T0)  # a write long ago (then the stream moved on, later)
    for n in range(stream_player.ANCHORS):
        clock.observe(T0, T0 + (n + 1) * 0.01)
    assert clock.t0 == T0


def test_an_earlier_estimate_counts_at_once() -> None:
    clock = StreamClock()
    clock.observe(T0, T0)
    clock.observe(T0 - 0.004, T0 + 0.01)
    assert clock.t0 == T0 - 0.004


def test_the_stream_is_steady_once_its_estimates_agree_for_a_fifth_of_a_second() -> None:
    clock = StreamClock()
    for n in range(15):  # 150 ms of writes, every 10 ms, within 3 ms of each other
        clock.observe(T0 + 0.003 * (n % 2), T0 + n * 0.01)
    assert not clock.steady(), "not yet 200 ms of them"
    for n in range(15, 30):
        clock.observe(T0 + 0.003 * (n % 2), T0 + n * 0.01)
    assert clock.steady()


def test_a_server_taking_the_stream_in_large_blocks_is_not_steady() -> None:
    """A null sink whose monitor nobody reads at a low latency plays 300 ms at a time: the
    writes come in bursts, and each burst's estimates differ by up to a block."""
    clock = StreamClock()
    made = T0
    for block in range(4):
        for n in range(30):  # a burst of writes, then a wait for the next block
            clock.observe(T0 + 0.3 - n * 0.01 + block * 0.001, made + n * 0.0005)
        made += 0.3
    assert not clock.steady()


def test_once_steady_the_estimates_from_before_no_longer_count() -> None:
    """The server waited 2 s before it played the stream: the estimates made before say the
    stream plays 2 s earlier than it does."""
    clock = StreamClock()
    for n in range(4):
        clock.observe(T0 - 2.0, T0 + n * 0.001)
    for n in range(25):
        clock.observe(T0, T0 + 2.0 + n * 0.01)
    assert clock.steady()
    assert clock.t0 == T0 - 2.0
    clock.settle()
    assert clock.t0 == T0


@pytest.mark.audio
@pytest.mark.integration  # starts its own PulseAudio (a fresh sink, not the shared fixture's)
def test_on_a_fresh_sink_the_first_cue_at_ready_is_heard(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A sound server that waits before it plays a new stream (a fresh null sink whose monitor
    is not read at a low latency yet: it plays a 2 s block first): the stream is ready only
    once it plays in real time, and a cue placed then, as a workout's first cue is, is heard
    at once rather than dropped as late by the estimates made before."""
    import time

    from tests.audio.pulse_sink import PulseSink, Recorder

    sink = PulseSink()
    sink.start()
    for name, value in sink.env.items():
        monkeypatch.setenv(name, value)
    recorder = Recorder(sink)  # connects while the stream opens: no settling first
    player = StreamCuePlayer(FOLDER)
    try:
        player.prepare()
        assert player._ready.wait(10)
        due = time.monotonic()
        assert player.play("go", due=due)
        recorder.wait_until(due + 1.0, timeout=10)
        onset = recorder.first_onset(due - 0.05, due + 1.0)
        assert onset is not None, "the first cue was not heard"
        assert onset - due < 0.1
    finally:
        player.close()
        recorder.close()
        sink.remove()
