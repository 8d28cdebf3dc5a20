"""Test-wide settings: Qt runs headless, user data goes to a temporary folder, Hypothesis has
no deadline, and every test that starts an outside service (PulseAudio, Xvfb, D-Bus) is marked
``integration``."""

from __future__ import annotations

import os
from datetime import datetime

# Qt aborts the whole run without a display; the test configuration sets the platform itself.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Without libpipewire installed, Qt Multimedia warns that it cannot load it, then uses
# PulseAudio as it should; with qt_log_level_fail = WARNING that warning would fail a test.
# Qt reads this once, so it is set before anything of Qt loads.
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver.warning=false")

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis fails an example that takes over 200 ms, and data that is slow to generate: wall-
# clock bounds, which a loaded machine breaks. Off for every property test (speed goes in
# benchmarks/).
settings.register_profile("footwork", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("footwork")

# The fixtures that start a real outside service: PulseAudio with a null sink
# (tests/audio/conftest.py), an X server (tests/ui/test_start_on_screen.py) and a private
# dbus-daemon (private_bus in tests/platform/test_keep_awake.py, bus in
# tests/platform/test_mpris.py). `pytest -m "not integration"` leaves out every test that
# uses one, however indirectly.
INTEGRATION_FIXTURES = frozenset({"pulse_sink", "xvfb_display", "private_bus", "bus"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if INTEGRATION_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.integration)


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeWallClock:
    """A wall clock (naive local ``datetime``) the test sets by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Each test gets its own empty user data folder (never the real one)."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("FOOTWORK_DATA_DIR", str(folder))
    return folder
