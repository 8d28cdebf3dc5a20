"""The sound environment the composition root sets before the first stream."""

from __future__ import annotations

import subprocess
import sys

from footwork.audio import environment


def test_streams_get_the_event_role_and_qt_its_pulseaudio_client() -> None:
    env: dict[str, str] = {}
    environment.prepare(env)
    assert env["PULSE_PROP"] == "media.role=event"
    assert env["QT_AUDIO_BACKEND"] == "pulseaudio"
    assert env["PULSE_LATENCY_MSEC"] == "20"


def test_the_users_own_settings_are_kept() -> None:
    env = {"PULSE_PROP": "application.icon_name=footwork", "QT_AUDIO_BACKEND": "pipewire"}
    environment.prepare(env)
    assert env["PULSE_PROP"] == "application.icon_name=footwork media.role=event"
    assert env["QT_AUDIO_BACKEND"] == "pipewire"
    role = {"PULSE_PROP": "media.role=music"}
    environment.prepare(role)
    assert role["PULSE_PROP"] == "media.role=music"


def test_importing_the_players_sets_nothing() -> None:
    code = (
        "import os\n"
        "import footwork.audio.qt_player, footwork.audio.stream_player, footwork.audio.choose\n"
        "names = ('QT_AUDIO_BACKEND', 'PULSE_LATENCY_MSEC', 'PULSE_PROP')\n"
        "assert not [n for n in names if n in os.environ], os.environ\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
