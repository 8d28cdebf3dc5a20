"""Choosing the player: a backend that can play here, the user's choice first, else silence
with one notice that says why and what to install."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from footwork.audio import choose, playsound_player
from footwork.audio.base import CuePlayer
from tests.audio.pulse_sink import PulseSink

pytestmark = pytest.mark.audio


@pytest.fixture
def chosen(qtbot: QtBot, pulse_sink: PulseSink) -> Iterator[list[CuePlayer]]:
    """Collects the players a test chose, and closes them afterwards."""
    players: list[CuePlayer] = []
    yield players
    for player in players:
        player.close()


def test_the_pulseaudio_stream_is_the_default(chosen: list[CuePlayer]) -> None:
    chosen.append(player := choose.choose_player())
    assert player.backend == "pulse"
    assert player.available()


def test_qt_multimedia_stays_selectable(chosen: list[CuePlayer]) -> None:
    chosen.append(player := choose.choose_player("qt"))
    assert player.backend == "qt"
    assert player.available()


def test_without_the_pulseaudio_library_qt_plays(chosen: list[CuePlayer],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from footwork.audio import pulse_stream

    def missing() -> None:
        raise OSError("libpulse-simple.so.0: cannot open shared object file")

    monkeypatch.setattr(pulse_stream, "library", missing)
    monkeypatch.setattr("footwork.audio.stream_player.library", missing)
    chosen.append(player := choose.choose_player())
    assert player.backend == "qt"


def test_the_users_choice_comes_first(chosen: list[CuePlayer]) -> None:
    chosen.append(player := choose.choose_player("playsound"))
    assert player.backend == "playsound"
    assert player.available()


def test_an_unknown_choice_is_automatic(chosen: list[CuePlayer]) -> None:
    chosen.append(player := choose.choose_player("winamp"))
    assert player.backend == "pulse"


def test_without_a_player_program_playsound_falls_back_to_the_stream(
        chosen: list[CuePlayer], monkeypatch: pytest.MonkeyPatch) -> None:
    import playsound3

    monkeypatch.setattr(playsound3, "DEFAULT_BACKEND", None)
    reason = playsound_player.no_player_reason()
    assert reason is not None
    assert "gstreamer1.0-plugins-base-apps" in reason
    chosen.append(player := choose.choose_player("playsound"))
    assert player.backend == "pulse"


def test_without_an_output_device_the_notice_says_what_to_install(
        chosen: list[CuePlayer], monkeypatch: pytest.MonkeyPatch) -> None:
    from footwork.audio import qt_player, stream_player

    monkeypatch.setattr(qt_player, "no_output_reason", lambda: "No device: install PulseAudio.")
    monkeypatch.setattr(stream_player, "no_stream_reason", lambda: "No sink answered.")
    chosen.append(player := choose.choose_player())
    assert player.backend == "silent"
    assert not player.available()
    assert player.why_unavailable == "No device: install PulseAudio."  # said once, not twice
    assert not player.play("go")


def test_backend_names_for_the_settings() -> None:
    names = choose.backend_names()
    assert list(names) == ["auto", "pulse", "qt", "playsound"]
    assert all(names.values())


def test_a_machine_without_a_sound_server_gets_a_silent_player(tmp_path) -> None:
    """A real run with no server to reach: the workout would run with visual cues only."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from footwork.audio.choose import choose_player\n"
        "player = choose_player()\n"
        "print(player.backend)\n"
        "print(player.why_unavailable)\n"
        "import sys\n"
        "print('PySide6.QtMultimedia' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_RUNTIME_DIR": str(tmp_path), "HOME": str(tmp_path),
           "PULSE_SERVER": f"unix:{tmp_path}/no-server", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    backend, why, qt_multimedia = result.stdout.splitlines()[:3]
    assert backend == "silent"
    assert "No sound output device found" in why
    assert "PulseAudio" in why
    assert qt_multimedia == "False"  # libpulse said so: 20 MB of Qt Multimedia not loaded


def test_a_stream_that_opens_leaves_qt_multimedia_unloaded(pulse_sink: PulseSink) -> None:
    """The default backend at a real sound server: about 20 MB of Qt Multimedia saved."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from footwork.audio.choose import choose_player\n"
        "player = choose_player()\n"
        "import sys\n"
        "print(player.backend, player.available(), 'PySide6.QtMultimedia' in sys.modules)\n"
        "player.close()\n"
    )
    env = {**os.environ, **pulse_sink.env, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["pulse", "True", "False"]
