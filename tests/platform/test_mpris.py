"""MPRIS on a private session bus: what ``dbus-send`` (any media client) sees and sends.

The player alone, with a fake workout behind it, checks the D-Bus types clients rely on; the
real app, on a real Qt loop and a running workout, is paused, skipped and stopped by
``dbus-send`` while the page shows it.
"""

from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.app import create_window
from footwork.platform.mpris import BUS_NAME, PATH, PLAYER, MprisPlayer
from footwork.services.remote import NowPlaying, Playback, Remote
from tests.dbus_session import private_session_bus

LOGGER = "footwork.platform.mpris"


@pytest.fixture
def bus(tmp_path: Path) -> str:
    with private_session_bus(tmp_path) as address:
        yield address


def dbus_send(qtbot: QtBot, address: str, *args: str, reply: bool = True,
              refused: bool = False) -> str:
    """Runs dbus-send against ``address`` while the Qt loop goes on (the app answers in it);
    its output, or its error when ``refused``."""
    command = ["dbus-send", f"--bus={address}", f"--dest={BUS_NAME}", "--type=method_call"]
    if reply:
        command.append("--print-reply")
    process = subprocess.Popen([*command, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=20000)
    out = process.stdout.read() if process.stdout else ""
    process.stdout.close()
    assert (process.returncode != 0) == refused, out
    return " ".join(out.split())


def call(qtbot: QtBot, address: str, method: str) -> str:
    return dbus_send(qtbot, address, PATH, f"{PLAYER}.{method}")


def get(qtbot: QtBot, address: str, name: str, interface: str = PLAYER) -> str:
    return dbus_send(qtbot, address, PATH, "org.freedesktop.DBus.Properties.Get",
                     f"string:{interface}", f"string:{name}")


def owner(qtbot: QtBot, address: str) -> bool:
    out = subprocess.run(["dbus-send", f"--bus={address}", "--print-reply",
                          "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus.ListNames"], capture_output=True, text=True,
                         check=True).stdout
    return f'"{BUS_NAME}"' in out


SHOWN = NowPlaying(title="Toe spread", detail="Left foot · rep 3 of 10",
                   album="Foot strength and mobility", segment=7, length_us=66_000_000,
                   position_us=12_500_000, playback=Playback.PLAYING, can_control=True)


class FakeWorkout:
    def __init__(self) -> None:
        self.shown = SHOWN
        self.commands: list[Remote] = []
        self.raised = 0


@pytest.fixture
def player(bus: str, qtbot: QtBot):
    workout = FakeWorkout()
    player = MprisPlayer(lambda: workout.shown, workout.commands.append,
                         lambda: setattr(workout, "raised", workout.raised + 1), address=bus)
    assert player.register()
    yield player, workout
    player.unregister()


def test_the_player_owns_its_name_while_registered(bus: str, player, qtbot: QtBot) -> None:
    mpris, _ = player
    assert mpris.name == BUS_NAME
    assert owner(qtbot, bus)
    mpris.unregister()
    qtbot.waitUntil(lambda: not owner(qtbot, bus))


@pytest.mark.parametrize("method", ["PlayPause", "Play", "Pause", "Next", "Previous", "Stop"])
def test_each_method_reaches_the_workout(bus: str, player, qtbot: QtBot, method: str) -> None:
    _, workout = player
    call(qtbot, bus, method)
    assert workout.commands == [Remote(method)]


def test_a_call_without_reply_wanted_also_reaches_it(bus: str, player, qtbot: QtBot) -> None:
    _, workout = player
    dbus_send(qtbot, bus, PATH, f"{PLAYER}.Next", reply=False)
    qtbot.waitUntil(lambda: workout.commands == [Remote.NEXT])


def test_metadata_has_the_types_the_specification_asks(bus: str, player, qtbot: QtBot) -> None:
    out = get(qtbot, bus, "Metadata")
    assert 'string "xesam:title" variant string "Toe spread"' in out
    assert 'string "xesam:artist" variant array [ string "Left foot · rep 3 of 10" ]' in out
    assert 'string "xesam:album" variant string "Foot strength and mobility"' in out
    assert ('string "mpris:trackid" variant object path '
            '"/io/github/footwork/Footwork/segment/7"') in out
    assert 'string "mpris:length" variant int64 66000000' in out


def test_status_position_and_abilities(bus: str, player, qtbot: QtBot) -> None:
    assert get(qtbot, bus, "PlaybackStatus").endswith('variant string "Playing"')
    assert get(qtbot, bus, "Position").endswith("variant int64 12500000")
    out = dbus_send(qtbot, bus, PATH, "org.freedesktop.DBus.Properties.GetAll",
                    f"string:{PLAYER}")
    for name in ("CanGoNext", "CanGoPrevious", "CanPlay", "CanPause", "CanControl"):
        assert f'string "{name}" variant boolean true' in out
    assert 'string "CanSeek" variant boolean false' in out


def test_the_root_interface_names_the_app_and_raises_its_window(bus: str, player,
                                                                qtbot: QtBot) -> None:
    _, workout = player
    root = "org.mpris.MediaPlayer2"
    assert get(qtbot, bus, "Identity", root).endswith('variant string "Footwork"')
    assert get(qtbot, bus, "DesktopEntry", root).endswith(
        'variant string "io.github.footwork.Footwork"')
    dbus_send(qtbot, bus, PATH, f"{root}.Raise")
    assert workout.raised == 1


def test_introspection_lists_both_interfaces(bus: str, player, qtbot: QtBot) -> None:
    out = dbus_send(qtbot, bus, PATH, "org.freedesktop.DBus.Introspectable.Introspect")
    assert '<interface name="org.mpris.MediaPlayer2">' in out
    assert f'<interface name="{PLAYER}">' in out
    assert '<method name="PlayPause"/>' in out


def test_unknown_methods_and_writes_are_refused(bus: str, player, qtbot: QtBot) -> None:
    wrong = dbus_send(qtbot, bus, PATH, f"{PLAYER}.Shuffle", refused=True)
    assert "org.freedesktop.DBus.Error.UnknownMethod" in wrong
    write = dbus_send(qtbot, bus, PATH, "org.freedesktop.DBus.Properties.Set",
                      f"string:{PLAYER}", "string:PlaybackStatus", "variant:string:Stopped",
                      refused=True)
    assert "org.freedesktop.DBus.Error.PropertyReadOnly" in write
    odd = dbus_send(qtbot, bus, PATH, "org.freedesktop.DBus.Properties.Get", f"string:{PLAYER}",
                    "array:string:Metadata", refused=True)
    assert "org.freedesktop.DBus.Error.Failed" in odd
    assert get(qtbot, bus, "PlaybackStatus").endswith('"Playing"')  # still serving
    _, workout = player
    assert not workout.commands


def test_changes_are_signalled_as_glib_clients_read_them(bus: str, player, qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    """gdbus (GLib, as GNOME Shell) prints the signal with its types: an empty ``as`` and
    int64 lengths, or GDBusProxy would drop it."""
    mpris, workout = player
    seen = tmp_path / "gdbus-monitor.txt"
    with seen.open("w") as out:
        monitor = subprocess.Popen(["gdbus", "monitor", "--address", bus, "--dest", BUS_NAME],
                                   stdout=out, stderr=subprocess.STDOUT, text=True)
    try:
        qtbot.waitUntil(lambda: "Monitoring signals" in seen.read_text(), timeout=20000)
        mpris.update()  # nothing changed: nothing sent
        workout.shown = replace(SHOWN, playback=Playback.PAUSED, position_us=13_000_000)
        mpris.update()
        qtbot.waitUntil(lambda: "PropertiesChanged" in seen.read_text())
        assert (f"PropertiesChanged ('{PLAYER}', {{'PlaybackStatus': <'Paused'>}}, @as [])"
                in seen.read_text())  # the position is asked for, never signalled
        workout.shown = replace(SHOWN, title="Calf drops", segment=8)
        mpris.update()
        qtbot.waitUntil(lambda: "Calf drops" in seen.read_text())
        second = seen.read_text().splitlines()[-1]
        assert "'PlaybackStatus': <'Playing'>" in second
        assert "'mpris:length': <int64 66000000>" in second
        assert "'mpris:trackid': <objectpath '/io/github/footwork/Footwork/segment/8'>" in second
    finally:
        monitor.terminate()
        monitor.wait()


def test_without_a_session_bus_nothing_happens_and_it_is_logged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    commands: list[Remote] = []
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        assert not MprisPlayer(lambda: SHOWN, commands.append).register()
        gone = MprisPlayer(lambda: SHOWN, commands.append,
                           address=f"unix:path={tmp_path / 'no-bus'}")
        assert not gone.register()
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in caplog.text
    assert "no-bus" in caplog.text
    assert not gone.registered
    gone.update()
    gone.unregister()  # all harmless
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


# --- the real app ------------------------------------------------------------------------------

REMOTE_ROUTINE = """\
format = 1
id = "remote-test"
name = "Remote test"
prepare = 60

[[exercises]]
id = "roll"
name = "Roll"
kind = "timed"
seconds = 600

[[exercises]]
id = "spread"
name = "Spread"
kind = "hold"
sides = "each-foot"
hold = 30
reps = 2
"""


def test_the_app_is_paused_skipped_and_stopped_over_mpris(
        bus: str, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus)
    routine = paths.user_routines_dir() / "remote-test.toml"
    routine.parent.mkdir(parents=True, exist_ok=True)
    routine.write_text(REMOTE_ROUTINE)
    window = create_window("remote-test")
    qtbot.addWidget(window)
    window.show()
    page = window.workout
    assert page is not None
    assert page.exercise.text() == "Roll"
    assert owner(qtbot, bus)
    assert 'string "xesam:title" variant string "Roll"' in get(qtbot, bus, "Metadata")

    call(qtbot, bus, "PlayPause")
    qtbot.waitUntil(lambda: page.banner.isVisible())
    assert page.banner.text() == "Paused. Press Space to go on."
    assert page.pause_button.text().startswith("Resume")
    assert get(qtbot, bus, "PlaybackStatus").endswith('variant string "Paused"')

    call(qtbot, bus, "Next")
    qtbot.waitUntil(lambda: page.phase.text() == "GO")
    call(qtbot, bus, "Next")
    qtbot.waitUntil(lambda: page.exercise.text() == "Spread")
    assert page.side.text() == "LEFT FOOT"
    metadata = get(qtbot, bus, "Metadata")
    assert 'string "xesam:title" variant string "Spread"' in metadata
    assert 'variant array [ string "Left foot" ]' in metadata

    call(qtbot, bus, "PlayPause")
    qtbot.waitUntil(lambda: not page.banner.isVisible())

    call(qtbot, bus, "Stop")  # asks first, as the Stop button does
    qtbot.waitUntil(lambda: page.stop_box is not None and page.stop_box.isVisible())
    assert page.banner.isVisible()
    assert owner(qtbot, bus)
    call(qtbot, bus, "Stop")  # a second Stop ends it, and the player leaves the bus
    qtbot.waitUntil(lambda: page.phase.text() == "WORKOUT STOPPED")
    qtbot.waitUntil(lambda: not owner(qtbot, bus))
    window.close()


def test_the_app_starts_without_a_session_bus(monkeypatch: pytest.MonkeyPatch,
                                              qtbot: QtBot) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert "DBUS_SESSION_BUS_ADDRESS" not in os.environ
    window = create_window("ball-roll")
    qtbot.addWidget(window)
    assert window.workout is not None
    assert window.workout.exercise.text() == "Ball roll"
    window.workout.remote(Remote.PLAY_PAUSE)  # the window's media keys still work
    assert window.workout.banner.text() == "Paused. Press Space to go on."
    window.close()
