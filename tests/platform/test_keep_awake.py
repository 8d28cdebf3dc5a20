"""Keep-awake: held on start, released on pause, stop and exit; failures logged, never fatal.

The logic is tested against a fake backend; the D-Bus backend against a fake
``org.freedesktop.ScreenSaver`` service on a private bus started here (needs dbus-daemon).
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from footwork.platform.keep_awake import (
    KeepAwake,
    KeepAwakeError,
    MacCaffeinate,
    NullBackend,
    WindowsExecutionState,
    default_backend,
    default_reason,
)
from footwork.platform.keep_awake.backends import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
)
from footwork.platform.keep_awake.dbus import DBusScreenSaver
from tests.dbus_session import private_session_bus, stop_process

LOGGER = "footwork.platform.keep_awake.keeper"


class FakeBackend:
    def __init__(self, *, fail_inhibit: Exception | None = None,
                 fail_uninhibit: Exception | None = None, reasserts: bool = False) -> None:
        self.calls: list[tuple[str, object]] = []
        self.fail_inhibit = fail_inhibit
        self.fail_uninhibit = fail_uninhibit
        self.reasserts = reasserts
        self._next = 100

    def inhibit(self, reason: str) -> int:
        self.calls.append(("inhibit", reason))
        if self.fail_inhibit is not None:
            raise self.fail_inhibit
        self._next += 1
        return self._next

    def uninhibit(self, token: object) -> None:
        self.calls.append(("uninhibit", token))
        if self.fail_uninhibit is not None:
            raise self.fail_uninhibit


# --- the keeper, against a fake ---------------------------------------------------------------

def test_hold_inhibits_once_with_the_reason() -> None:
    backend = FakeBackend()
    keeper = KeepAwake(backend)
    keeper.hold("Calf drops")
    assert backend.calls == [("inhibit", "Calf drops")]
    assert keeper.held


def test_a_second_hold_while_held_does_not_inhibit_again() -> None:
    backend = FakeBackend()
    keeper = KeepAwake(backend)
    keeper.hold("start")
    keeper.hold("again")
    assert backend.calls == [("inhibit", "start")]


def test_release_uninhibits_with_the_token() -> None:
    backend = FakeBackend()
    keeper = KeepAwake(backend)
    keeper.hold("start")
    keeper.release()
    assert backend.calls == [("inhibit", "start"), ("uninhibit", 101)]
    assert not keeper.held


def test_release_twice_or_without_hold_is_harmless() -> None:
    backend = FakeBackend()
    keeper = KeepAwake(backend)
    keeper.release()
    keeper.hold("start")
    keeper.release()
    keeper.release()
    assert backend.calls == [("inhibit", "start"), ("uninhibit", 101)]


def test_pause_then_resume_holds_again_with_a_new_token() -> None:
    backend = FakeBackend()
    keeper = KeepAwake(backend)
    keeper.hold("start")
    keeper.release()
    keeper.hold("resume")
    keeper.release()
    assert backend.calls == [("inhibit", "start"), ("uninhibit", 101),
                             ("inhibit", "resume"), ("uninhibit", 102)]


def test_close_releases_and_later_holds_are_ignored() -> None:
    backend = FakeBackend()
    keeper = KeepAwake(backend)
    keeper.hold("start")
    keeper.close()
    keeper.hold("after exit")
    keeper.close()
    assert backend.calls == [("inhibit", "start"), ("uninhibit", 101)]
    assert not keeper.held


def test_the_default_reason_is_translatable_text() -> None:
    backend = FakeBackend()
    KeepAwake(backend).hold()
    assert backend.calls == [("inhibit", default_reason())]
    assert default_reason() == QCoreApplication.translate("KeepAwake", "A workout is running")


def test_a_failing_inhibit_is_logged_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    backend = FakeBackend(fail_inhibit=KeepAwakeError("no screen saver here"))
    keeper = KeepAwake(backend)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        keeper.hold("start")
    assert not keeper.held
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "no screen saver here" in caplog.records[0].getMessage()
    keeper.release()  # nothing was held: nothing to undo
    assert backend.calls == [("inhibit", "start")]


def test_any_exception_from_a_backend_is_contained(caplog: pytest.LogCaptureFixture) -> None:
    keeper = KeepAwake(FakeBackend(fail_inhibit=ValueError("odd")))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        keeper.hold("start")
    assert "odd" in caplog.text


def test_a_repeated_failure_warns_once_then_retries_quietly(
        caplog: pytest.LogCaptureFixture) -> None:
    backend = FakeBackend(fail_inhibit=KeepAwakeError("no bus"))
    keeper = KeepAwake(backend)
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        keeper.hold("start")
        keeper.hold("resume")
    assert [r.levelno for r in caplog.records] == [logging.WARNING, logging.DEBUG]
    assert len(backend.calls) == 2  # each resume tries again


def test_a_failing_uninhibit_is_logged_and_the_hold_dropped(
        caplog: pytest.LogCaptureFixture) -> None:
    backend = FakeBackend(fail_uninhibit=KeepAwakeError("service gone"))
    keeper = KeepAwake(backend)
    keeper.hold("start")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        keeper.release()
    assert not keeper.held
    assert "service gone" in caplog.text
    keeper.release()
    assert backend.calls == [("inhibit", "start"), ("uninhibit", 101)]


def test_a_reasserting_backend_is_asked_on_every_hold() -> None:
    backend = FakeBackend(reasserts=True)
    keeper = KeepAwake(backend)
    keeper.hold("start")
    keeper.hold("resume")
    keeper.release()
    assert backend.calls == [("inhibit", "start"), ("inhibit", "resume"), ("uninhibit", 102)]


def test_a_backend_with_nothing_to_undo_is_not_asked_to_undo() -> None:
    keeper = KeepAwake(NullBackend())
    keeper.hold("start")
    assert keeper.held
    keeper.close()
    assert not keeper.held


# --- choosing a backend -------------------------------------------------------------------------

@pytest.mark.parametrize(("platform", "kind"), [
    ("linux", DBusScreenSaver), ("freebsd14", DBusScreenSaver), ("win32", WindowsExecutionState),
    ("darwin", MacCaffeinate), ("emscripten", NullBackend),
])
def test_the_backend_follows_the_platform(platform: str, kind: type) -> None:
    assert isinstance(default_backend(platform), kind)


def test_the_default_keeper_uses_this_platforms_backend() -> None:
    assert isinstance(KeepAwake().backend, type(default_backend()))


# --- Windows and macOS backends, with their system calls faked ----------------------------------

def test_windows_sets_and_resets_the_execution_state_and_reasserts() -> None:
    flags: list[int] = []
    keeper = KeepAwake(WindowsExecutionState(set_state=lambda f: flags.append(f) or 1))
    keeper.hold("start")
    keeper.hold("after a system resume")
    keeper.release()
    held = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED
    assert flags == [held, held, ES_CONTINUOUS]


def test_windows_failure_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    keeper = KeepAwake(WindowsExecutionState(set_state=lambda f: 0))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        keeper.hold("start")
    assert not keeper.held
    assert "SetThreadExecutionState" in caplog.text


@pytest.fixture
def fake_caffeinate(tmp_path: Path) -> Path:
    """An executable standing in for macOS' caffeinate: it waits until terminated."""
    program = tmp_path / "caffeinate"
    program.write_text("#!/bin/sh\nexec sleep 600\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def test_macos_runs_caffeinate_tied_to_our_pid_and_stops_it(fake_caffeinate: Path) -> None:
    started: list[subprocess.Popen[bytes]] = []

    def popen(command: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        assert command[1:] == ["-d", "-w", str(os.getpid())]
        started.append(subprocess.Popen(command, **kwargs))  # type: ignore[call-overload]
        return started[-1]

    keeper = KeepAwake(MacCaffeinate(popen=popen, program=str(fake_caffeinate)))
    keeper.hold("start")
    keeper.hold("again")
    assert len(started) == 1
    assert started[0].poll() is None
    keeper.release()
    assert started[0].returncode is not None


def test_macos_without_caffeinate_is_logged(tmp_path: Path,
                                            caplog: pytest.LogCaptureFixture) -> None:
    keeper = KeepAwake(MacCaffeinate(program=str(tmp_path / "no-caffeinate")))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        keeper.hold("start")
    assert not keeper.held
    assert "no-caffeinate" in caplog.text


# --- the real QtDBus calls, against a fake screen saver on a private bus ------------------------

FAKE_SCREEN_SAVER = r"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

class ScreenSaver(QObject):
    def __init__(self, calls):
        super().__init__()
        self.calls = calls
        self.next_cookie = 4000000000  # above 2**31: the cookie must travel as a uint

    @Slot(str, str, result="uint")
    def Inhibit(self, application, reason):
        self.next_cookie += 1
        self.calls.append(f"Inhibit {application}|{reason} -> {self.next_cookie}")
        return self.next_cookie

    @Slot("uint")
    def UnInhibit(self, cookie):
        self.calls.append(f"UnInhibit {cookie}")

class Recorder(QObject):
    def __init__(self, calls):
        super().__init__()
        self.calls = calls

    @Slot(result="QStringList")
    def Calls(self):
        return self.calls

app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
calls = []
saver, recorder = ScreenSaver(calls), Recorder(calls)
everything = QDBusConnection.RegisterOption.ExportAllSlots
if not (bus.registerObject("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                           saver, everything)
        and bus.registerObject("/Recorder", "org.footwork.Test", recorder, everything)
        and bus.registerService("org.freedesktop.ScreenSaver")):
    sys.exit(f"fake screen saver: {bus.lastError().message()}")
app.exec()
"""

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmpdir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def private_bus(tmp_path: Path, qapp: QCoreApplication):
    """A private session bus (its own dbus-daemon) and a connection of ours to it."""
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(tmpdir=tempfile.gettempdir()))
    with private_session_bus(tmp_path, config) as address:
        name = f"footwork-test-{uuid.uuid4().hex}"
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected(), connection.lastError().message()
        yield address, connection
        QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def fake_screen_saver(private_bus, tmp_path: Path, qtbot):
    """The fake service, running in its own process on the private bus; yields its calls."""
    address, connection = private_bus
    errors = tmp_path / "screen-saver.log"
    with errors.open("w") as stderr:
        service = subprocess.Popen([sys.executable, "-c", FAKE_SCREEN_SAVER],
                                   env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address},
                                   stdout=subprocess.DEVNULL, stderr=stderr, text=True)
    bus = connection.interface()

    def registered() -> bool:
        if service.poll() is not None:  # fail at once, not at the timeout
            pytest.fail(f"fake screen saver exited: {errors.read_text()}")
        return bool(bus.isServiceRegistered("org.freedesktop.ScreenSaver").value())

    qtbot.waitUntil(registered, timeout=20000)
    recorder = QDBusInterface("org.freedesktop.ScreenSaver", "/Recorder", "org.footwork.Test",
                              connection)

    def calls() -> list[str]:
        reply = recorder.call("Calls")
        assert reply.errorName() == "", reply.errorMessage()
        return list(reply.arguments()[0])

    yield calls
    stop_process(service)


def test_dbus_inhibit_and_uninhibit_reach_the_screen_saver(private_bus, fake_screen_saver,
                                                         qtbot) -> None:
    _, connection = private_bus
    keeper = KeepAwake(DBusScreenSaver(connection))
    keeper.hold("Towel curls")
    keeper.hold("Towel curls")
    assert keeper.held
    qtbot.waitUntil(lambda: fake_screen_saver() == ["Inhibit Footwork|Towel curls -> 4000000001"])
    keeper.release()
    qtbot.waitUntil(lambda: fake_screen_saver()[1:] == ["UnInhibit 4000000001"])
    keeper.hold("Resumed")
    keeper.close()
    qtbot.waitUntil(lambda: fake_screen_saver()[2:] == [
        "Inhibit Footwork|Resumed -> 4000000002", "UnInhibit 4000000002"])
    assert not keeper.held


def test_dbus_without_a_screen_saver_is_logged_not_fatal(
        private_bus, caplog: pytest.LogCaptureFixture) -> None:
    _, connection = private_bus
    keeper = KeepAwake(DBusScreenSaver(connection))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        keeper.hold("start")
    assert not keeper.held
    assert "ServiceUnknown" in caplog.text


def test_dbus_prepared_early_still_warns_at_the_hold_when_there_is_no_screen_saver(
        private_bus, caplog: pytest.LogCaptureFixture) -> None:
    _, connection = private_bus
    keeper = KeepAwake(DBusScreenSaver(connection))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        keeper.prepare()  # at start-up, after the first paint: quiet
        assert caplog.text == ""
        keeper.hold("start")
    assert not keeper.held
    assert "ServiceUnknown" in caplog.text


def test_dbus_prepared_early_inhibits_at_the_hold(private_bus, fake_screen_saver,
                                                  qtbot) -> None:
    _, connection = private_bus
    keeper = KeepAwake(DBusScreenSaver(connection))
    keeper.prepare()
    assert fake_screen_saver() == []  # connecting asks for nothing
    keeper.hold("Ball roll")
    qtbot.waitUntil(lambda: fake_screen_saver() == ["Inhibit Footwork|Ball roll -> 4000000001"])
    keeper.close()


def test_dbus_without_a_bus_is_logged_not_fatal(tmp_path: Path, qapp: QCoreApplication,
                                               caplog: pytest.LogCaptureFixture) -> None:
    name = f"footwork-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", name)
    try:
        keeper = KeepAwake(DBusScreenSaver(connection))
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            keeper.hold("start")
        assert not keeper.held
        assert "no D-Bus session bus" in caplog.text
    finally:
        QDBusConnection.disconnectFromBus(name)
