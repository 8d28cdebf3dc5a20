"""Fixtures of the audio tests: a private PulseAudio null sink, a recorder of its monitor, and
the cue players wired to it.

The sink's environment is put into this process before any Qt Multimedia object exists (Qt
connects to a sound server once). When the sink cannot start, the tests that need it FAIL
with the reason: they never skip.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from footwork.audio import environment
from tests.audio.pulse_sink import PulseSink, Recorder, SinkError

SETTLE = 1.0  # s of recording before the first cue: a fresh null sink plays late at first


@pytest.fixture(scope="session")
def pulse_sink() -> Iterator[PulseSink]:
    sink = PulseSink()
    try:
        sink.start()
    except SinkError as error:
        sink.remove()
        pytest.fail(f"The PulseAudio null sink for the audio tests could not start: {error}",
                    pytrace=False)
    names = [*sink.env, *environment.SETTINGS, "PULSE_PROP"]
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update(sink.env)
    environment.prepare()  # as the app does before its first stream
    yield sink
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    sink.remove()


@pytest.fixture(scope="session")
def recorder(pulse_sink: PulseSink) -> Iterator[Recorder]:
    rec = Recorder(pulse_sink)
    try:
        rec.wait_until(time.monotonic() + SETTLE, timeout=10)
    except SinkError as error:
        rec.close()
        pytest.fail(str(error), pytrace=False)
    yield rec
    rec.close()
