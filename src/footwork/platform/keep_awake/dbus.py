"""``org.freedesktop.ScreenSaver`` over QtDBus (Linux and the BSDs).

``Inhibit(application, reason) -> uint cookie`` and ``UnInhibit(uint cookie)``. Desktop
screen savers (KDE, GNOME, Xfce) also drop an inhibition when its caller leaves the bus, so a
crash does not keep the screen awake for good.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from footwork.platform.keep_awake.base import APP_NAME, KeepAwakeError

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
UNINHIBIT = "UnInhibit(uint)"


class DBusScreenSaver:
    """Talks to the desktop's screen saver on ``connection`` (the session bus by default).

    Nothing is sent before the first ``inhibit``. Calls block the caller for at most
    ``timeout_ms``; a screen-saver service answers in milliseconds.
    """

    def __init__(self, connection: QDBusConnection | None = None, timeout_ms: int = 2000) -> None:
        self._connection = connection
        self._timeout_ms = timeout_ms
        self._interface: QDBusInterface | None = None

    def _screen_saver(self) -> QDBusInterface:
        if self._interface is not None:
            return self._interface
        # sessionBus() is silent when there is none; QDBusInterface would not be
        connection = (
            self._connection if self._connection is not None else QDBusConnection.sessionBus()
        )
        if not connection.isConnected():
            raise KeepAwakeError(f"no D-Bus session bus: {connection.lastError().message()}")
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, connection)
        if not interface.isValid():
            error = interface.lastError()
            raise KeepAwakeError(f"no {SERVICE} service: {error.name()}: {error.message()}")
        interface.setTimeout(self._timeout_ms)
        self._interface = interface
        return interface

    def prepare(self) -> None:
        """Connect and find the service now (raises :class:`KeepAwakeError` when it cannot)."""
        self._screen_saver()

    def inhibit(self, reason: str) -> int:
        reply = self._screen_saver().call("Inhibit", APP_NAME, reason)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise KeepAwakeError(f"Inhibit failed: {reply.errorName()}: {reply.errorMessage()}")
        arguments = reply.arguments()
        if len(arguments) != 1 or not isinstance(arguments[0], int):
            raise KeepAwakeError(f"Inhibit answered {arguments!r}, not a cookie")
        return arguments[0]

    def uninhibit(self, token: object) -> None:
        if not isinstance(token, int):
            raise KeepAwakeError(f"not a screen-saver cookie: {token!r}")
        interface = self._screen_saver()
        if interface.metaObject().indexOfMethod(UNINHIBIT) < 0:
            # no introspection data: a plain call sends the cookie as a signed integer,
            # which lenient services accept
            reply = interface.call("UnInhibit", token)
            if reply.type() == QDBusMessage.MessageType.ErrorMessage:
                raise KeepAwakeError(
                    f"UnInhibit failed: {reply.errorName()}: {reply.errorMessage()}"
                )
            return
        # through the introspected method, so the cookie goes out as the uint it must be
        # (a Python int would be marshalled as int32 and refused by strict services)
        if not QMetaObject.invokeMethod(
            interface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", token)
        ):
            raise KeepAwakeError("UnInhibit could not be called")
        error = interface.lastError()
        if error.isValid():
            raise KeepAwakeError(f"UnInhibit failed: {error.name()}: {error.message()}")
