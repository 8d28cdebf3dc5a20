"""Footwork as an MPRIS media player on the D-Bus session bus while a workout runs (Linux).

Desktops, headsets and Bluetooth speakers send their play/pause, next, previous and stop
buttons to the MPRIS player on the session bus; lock screens and media widgets show its
"now playing". :class:`MprisPlayer` owns ``org.mpris.MediaPlayer2.footwork`` from the start of
a workout to its end, serves ``/org/mpris/MediaPlayer2`` (``org.mpris.MediaPlayer2``,
``org.mpris.MediaPlayer2.Player``, ``org.freedesktop.DBus.Properties`` with
``PropertiesChanged``) and hands every command to a callback; what the commands do and what
is shown are the rules of :mod:`footwork.services.remote`.

It speaks D-Bus with jeepney (pure Python) on a socket watched by a ``QSocketNotifier``, so
everything runs on the Qt thread: QtDBus from Python cannot send a 64-bit integer below 2**31
(``mpris:length``) nor an empty string array (``PropertiesChanged``), and GLib clients such
as GNOME Shell drop signals with the wrong signature. Without a session bus (Windows, macOS,
a bare console) or without jeepney it does nothing, and logs why once.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from footwork.platform.desktop import APP_ID
from footwork.services.remote import NowPlaying, Remote

log = logging.getLogger(__name__)

BUS_NAME = "org.mpris.MediaPlayer2.footwork"
PATH = "/org/mpris/MediaPlayer2"
ROOT = "org.mpris.MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"
PEER = "org.freedesktop.DBus.Peer"
TRACK_PREFIX = "/io/github/footwork/Footwork/segment/"
IDENTITY = "Footwork"
NO_REPLY_EXPECTED = 1
DO_NOT_QUEUE = 4
PRIMARY_OWNER = 1

INTROSPECTION = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
 <interface name="{ROOT}">
  <method name="Raise"/><method name="Quit"/>
  <property name="CanQuit" type="b" access="read"/>
  <property name="CanRaise" type="b" access="read"/>
  <property name="HasTrackList" type="b" access="read"/>
  <property name="Identity" type="s" access="read"/>
  <property name="DesktopEntry" type="s" access="read"/>
  <property name="SupportedUriSchemes" type="as" access="read"/>
  <property name="SupportedMimeTypes" type="as" access="read"/>
 </interface>
 <interface name="{PLAYER}">
  <method name="Next"/><method name="Previous"/><method name="Pause"/>
  <method name="PlayPause"/><method name="Stop"/><method name="Play"/>
  <method name="Seek"><arg name="Offset" type="x" direction="in"/></method>
  <method name="SetPosition"><arg name="TrackId" type="o" direction="in"/>
   <arg name="Position" type="x" direction="in"/></method>
  <method name="OpenUri"><arg name="Uri" type="s" direction="in"/></method>
  <signal name="Seeked"><arg name="Position" type="x"/></signal>
  <property name="PlaybackStatus" type="s" access="read"/>
  <property name="Rate" type="d" access="read"/>
  <property name="Metadata" type="a{{sv}}" access="read"/>
  <property name="Volume" type="d" access="read"/>
  <property name="Position" type="x" access="read"/>
  <property name="MinimumRate" type="d" access="read"/>
  <property name="MaximumRate" type="d" access="read"/>
  <property name="CanGoNext" type="b" access="read"/>
  <property name="CanGoPrevious" type="b" access="read"/>
  <property name="CanPlay" type="b" access="read"/>
  <property name="CanPause" type="b" access="read"/>
  <property name="CanSeek" type="b" access="read"/>
  <property name="CanControl" type="b" access="read"/>
 </interface>
 <interface name="{PROPERTIES}">
  <method name="Get"><arg name="interface" type="s" direction="in"/>
   <arg name="name" type="s" direction="in"/><arg name="value" type="v" direction="out"/></method>
  <method name="GetAll"><arg name="interface" type="s" direction="in"/>
   <arg name="values" type="a{{sv}}" direction="out"/></method>
  <method name="Set"><arg name="interface" type="s" direction="in"/>
   <arg name="name" type="s" direction="in"/><arg name="value" type="v" direction="in"/></method>
  <signal name="PropertiesChanged"><arg name="interface" type="s"/>
   <arg name="changed" type="a{{sv}}"/><arg name="invalidated" type="as"/></signal>
 </interface>
 <interface name="{INTROSPECTABLE}">
  <method name="Introspect"><arg name="xml" type="s" direction="out"/></method>
 </interface>
 <interface name="{PEER}"><method name="Ping"/></interface>
</node>
"""

COMMANDS = {command.value: command for command in Remote}
Variant = tuple[str, Any]  # (D-Bus signature, value), as jeepney writes a variant
_told_no_bus = False


def metadata(shown: NowPlaying) -> dict[str, Variant]:
    """MPRIS' Metadata for ``shown``, each value typed as the specification asks."""
    data: dict[str, Variant] = {
        "mpris:trackid": ("o", f"{TRACK_PREFIX}{shown.segment}"),
        "xesam:title": ("s", shown.title),
        "xesam:artist": ("as", [shown.detail] if shown.detail else []),
        "xesam:album": ("s", shown.album),
    }
    if shown.length_us:
        data["mpris:length"] = ("x", shown.length_us)
    return data


def player_properties(shown: NowPlaying) -> dict[str, Variant]:
    """The Player interface's properties for ``shown``."""
    can = shown.can_control
    return {
        "PlaybackStatus": ("s", str(shown.playback)),
        "Rate": ("d", 1.0),
        "MinimumRate": ("d", 1.0),
        "MaximumRate": ("d", 1.0),
        "Volume": ("d", 1.0),
        "Metadata": ("a{sv}", metadata(shown)),
        "Position": ("x", shown.position_us),
        "CanGoNext": ("b", can),
        "CanGoPrevious": ("b", can),
        "CanPlay": ("b", can),
        "CanPause": ("b", can),
        "CanSeek": ("b", False),
        "CanControl": ("b", can),
    }


def _tell_no_bus(reason: str) -> None:
    global _told_no_bus
    level = logging.DEBUG if _told_no_bus else logging.INFO
    _told_no_bus = True
    log.log(level, "no MPRIS remote control (media keys work in the window): %s", reason)


class MprisPlayer(QObject):
    """The MPRIS player of one workout: :meth:`register` at its start, :meth:`unregister`
    at its end (or leave it to the window closing).

    ``show`` is asked for what to show whenever a client asks or :meth:`update` is called;
    ``command`` receives each remote command; ``raise_window`` brings the window forward.
    ``address`` is the bus' address (default: ``DBUS_SESSION_BUS_ADDRESS``).
    """

    def __init__(
        self,
        show: Callable[[], NowPlaying],
        command: Callable[[Remote], None],
        raise_window: Callable[[], None] | None = None,
        address: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._show = show
        self._command = command
        self._raise = raise_window
        self._address = address
        self._connection: Any = None
        self._notifier: QSocketNotifier | None = None
        self._sent: dict[str, Variant] = {}
        self.name: str | None = None  # the bus name owned while registered

    @property
    def registered(self) -> bool:
        return self._connection is not None

    def register(self) -> bool:
        """Connect and own the player's name; False (logged) when there is no session bus."""
        if self._connection is not None:
            return True
        address = self._address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if not address:
            _tell_no_bus("DBUS_SESSION_BUS_ADDRESS is not set")
            return False
        try:
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError as exc:
            _tell_no_bus(f"jeepney is not installed ({exc})")
            return False
        try:
            connection = open_dbus_connection(bus=address)
            name = BUS_NAME
            for name in (BUS_NAME, f"{BUS_NAME}.instance{os.getpid()}"):  # MPRIS' fallback
                reply = connection.send_and_get_reply(
                    message_bus.RequestName(name, DO_NOT_QUEUE), timeout=2
                )
                if reply.body == (PRIMARY_OWNER,):
                    break
            else:
                connection.close()
                _tell_no_bus(f"{BUS_NAME} is taken")
                return False
        except Exception as exc:
            _tell_no_bus(f"{address}: {exc}")
            return False
        self._connection, self.name = connection, name
        self._sent = player_properties(self._show())
        self._notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._readable)
        log.info("MPRIS player %s on the session bus", name)
        self._drain()  # messages that came with the name's reply
        return True

    def unregister(self) -> None:
        """Leave the bus (the name goes with the connection)."""
        connection, self._connection, self.name = self._connection, None, None
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if connection is not None:
            connection.close()
            log.info("MPRIS player left the session bus")

    def end(self) -> None:
        """The workout ended: say so, then leave the bus."""
        self.update()
        self.unregister()

    def update(self) -> None:
        """Tell clients what changed (PropertiesChanged); the position is only asked for."""
        if self._connection is None:
            return
        now = player_properties(self._show())
        changed = {
            key: value
            for key, value in now.items()
            if key != "Position" and self._sent.get(key) != value
        }
        self._sent = now
        if changed:
            from jeepney import DBusAddress, new_signal

            self._send(
                new_signal(
                    DBusAddress(PATH, interface=PROPERTIES),
                    "PropertiesChanged",
                    "sa{sv}as",
                    (PLAYER, changed, []),
                )
            )

    # ----- serving ---------------------------------------------------------------------------
    def _send(self, message: Any) -> None:
        try:
            self._connection.send(message)
        except OSError as exc:
            log.warning("MPRIS: the session bus went away: %s", exc)
            self.unregister()

    def _readable(self) -> None:
        if self._connection is None:
            return
        try:
            data = self._connection.sock.recv(65536)
        except OSError as exc:
            data = b""
            log.debug("MPRIS: reading the bus failed: %s", exc)
        if not data:
            log.warning("MPRIS: the session bus closed the connection")
            self.unregister()
            return
        self._connection.parser.add_data(data)
        self._drain()

    def _drain(self) -> None:
        while self._connection is not None:
            message = self._connection.parser.get_next_message()
            if message is None:
                return
            self._serve(message)

    def _serve(self, message: Any) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return

        header = message.header
        if header.message_type is not MessageType.method_call:
            return
        fields = header.fields
        interface = fields.get(HeaderFields.interface)
        member = fields.get(HeaderFields.member)
        path = fields.get(HeaderFields.path)
        try:
            signature, body, after = self._answer(path, interface, member, message.body)
            reply = new_method_return(message, signature, body)
        except _DBusError as error:
            after = None
            reply = new_error(message, error.name, "s", (error.text,))
        except Exception as exc:
            log.warning("MPRIS: cannot answer %s.%s%r: %s", interface, member, message.body, exc)
            after = None
            reply = new_error(message, "org.freedesktop.DBus.Error.Failed", "s", (str(exc),))
        if not header.flags & NO_REPLY_EXPECTED:
            self._send(reply)
        if after is not None:  # after the reply: the command may end the workout and this
            after()

    def _answer(
        self, path: str, interface: str | None, member: str, args: tuple[Any, ...]
    ) -> tuple[str | None, tuple[Any, ...], Callable[[], None] | None]:
        """(signature, body) of the reply to a call, and what to do once it is sent."""
        if interface in (INTROSPECTABLE, None) and member == "Introspect":
            if path == "/":
                return "s", ('<node><node name="org"/></node>',), None
            if PATH.startswith(path) and path != PATH:
                child = PATH[len(path) :].strip("/").split("/")[0]
                return "s", (f'<node><node name="{child}"/></node>',), None
        if path != PATH:
            raise _DBusError("org.freedesktop.DBus.Error.UnknownObject", f"no object {path}")
        if member == "Introspect":
            return "s", (INTROSPECTION,), None
        if interface in (PEER, None) and member == "Ping":
            return None, (), None
        if interface == PROPERTIES or (interface is None and member in ("Get", "GetAll")):
            return self._properties(member, args)
        if interface in (PLAYER, None) and member in COMMANDS:
            command = COMMANDS[member]
            return None, (), lambda: self._command(command)
        if interface in (PLAYER, None) and member in ("Seek", "SetPosition"):
            return None, (), None  # CanSeek is false: ignored, as the specification says
        if interface in (ROOT, None) and member == "Raise":
            return None, (), self._raise
        if interface in (ROOT, None) and member == "Quit":
            return None, (), None  # CanQuit is false
        raise _DBusError(
            "org.freedesktop.DBus.Error.UnknownMethod", f"no method {interface}.{member}"
        )

    def _properties(self, member: str, args: tuple[Any, ...]) -> tuple[str, tuple[Any, ...], None]:
        interface = args[0] if args else ""
        if interface == PLAYER:
            values = player_properties(self._show())
        elif interface == ROOT:
            values = self._root_properties()
        else:
            raise _DBusError("org.freedesktop.DBus.Error.UnknownInterface", str(interface))
        if member == "GetAll":
            return "a{sv}", (values,), None
        if member == "Get" and len(args) == 2:
            if args[1] not in values:
                raise _DBusError("org.freedesktop.DBus.Error.UnknownProperty", str(args[1]))
            return "v", (values[args[1]],), None
        if member == "Set":
            raise _DBusError("org.freedesktop.DBus.Error.PropertyReadOnly", str(args[1:2]))
        raise _DBusError("org.freedesktop.DBus.Error.InvalidArgs", member)

    def _root_properties(self) -> dict[str, Variant]:
        return {
            "CanQuit": ("b", False),
            "CanRaise": ("b", self._raise is not None),
            "HasTrackList": ("b", False),
            "Identity": ("s", IDENTITY),
            "DesktopEntry": ("s", APP_ID),
            "SupportedUriSchemes": ("as", []),
            "SupportedMimeTypes": ("as", []),
        }


class _DBusError(Exception):
    def __init__(self, name: str, text: str) -> None:
        super().__init__(text)
        self.name, self.text = name, text
