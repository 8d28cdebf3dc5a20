"""The quick loop, ``pytest -m "not integration"``, leaves out exactly the tests that start an
outside service (PulseAudio, Xvfb, a D-Bus daemon): tests/conftest.py marks them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def collected(*options: str) -> list[str]:
    """The node ids pytest collects from the whole suite with ``options``."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         *options], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    return [line for line in result.stdout.splitlines() if "::" in line]


def test_only_the_tests_that_start_a_service_are_marked_integration() -> None:
    marked = collected("-m", "integration")
    by_file = {node.split("::")[0]: node for node in marked}
    # every test of the files that use the null sink, the X server or the bus
    assert {"tests/audio/test_players_at_sink.py", "tests/audio/test_app_at_sink.py",
            "tests/ui/test_start_on_screen.py"} <= set(by_file)
    assert any(node.endswith("test_keep_awake.py::test_dbus_inhibit_and_uninhibit_reach_the_"
                             "screen_saver") for node in marked), marked
    assert any(node.endswith("test_mpris.py::test_the_app_is_paused_skipped_and_stopped_over_"
                             "mpris") for node in marked), marked
    quick = collected("-m", "not integration")
    assert not set(marked) & set(quick)
    assert any(node.startswith("tests/session/test_engine.py::") for node in quick)
    # the keep-awake and MPRIS tests without a bus stay in the quick loop
    assert any("test_keep_awake.py::" in node for node in quick)
    assert any(node.endswith("test_mpris.py::test_the_app_starts_without_a_session_bus")
               for node in quick)
