"""One Footwork per history: a second start hands its request to the running one and exits.

The first instance takes a :class:`QLockFile` and listens on a :class:`QLocalServer`; both are
named after the data folder, so two data folders (``FOOTWORK_DATA_DIR``) are two instances.
A later start finds the lock taken, connects, sends one line of JSON (``{"start": ROUTINE}``
with ROUTINE an id, an absolute path or null) and waits for ``{"ok": true}``. The lock lives in
the temporary folder, not the data folder, so a read-only data folder still has one
instance. Qt treats a lock whose process is gone as stale: a crash never blocks a start.

The app takes the lock before its window and starts listening after the window's first paint
(:meth:`SingleInstance.claim` with ``listen=False``, then :meth:`~SingleInstance.listen`):
QtNetwork loads after the paint, and a second start meanwhile waits for the server
(:data:`CONNECT_TRIES`).
"""

from __future__ import annotations

import getpass
import json
import logging
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork loads when the server listens or a second start sends
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger("footwork.platform")

CONNECT_TRIES = 25  # x WAIT_MS: how long a second start waits for the first to listen
WAIT_MS = 200
REPLY_MS = 5000


def _key(data_folder: Path) -> str:
    folder = str(data_folder.expanduser().resolve())
    # a checksum, not a hash: hashlib would load OpenSSL (4 MB) before the window is painted
    digest = zlib.crc32(f"{getpass.getuser()}\0{folder}".encode())
    return f"footwork-{digest:08x}"


def lock_path(data_folder: Path) -> Path:
    """The lock file of the instance that uses ``data_folder``."""
    return Path(QDir.tempPath()) / f"{_key(data_folder)}.lock"  # tempfile costs 3.5 ms


@dataclass(frozen=True)
class Request:
    """What a second start asked for: open the window, and start ``start`` if given."""

    start: str | None = None


class InstanceLock:
    """The lock alone, for commands that must not run beside the app (``footwork restore``)."""

    def __init__(self, data_folder: Path) -> None:
        self._lock = QLockFile(str(lock_path(data_folder)))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self) -> bool:
        """True when no Footwork holds the lock (it is ours until :meth:`release`)."""
        return bool(self._lock.tryLock(0))

    def acquired(self) -> bool:
        """Whether this process holds the lock."""
        return bool(self._lock.isLocked())

    def holder(self) -> int | None:
        """The process id of the Footwork holding the lock, if one does."""
        pid, _host, _app = self._lock.getLockInfo()
        return int(pid) or None

    def release(self) -> None:
        if self.acquired():
            self._lock.unlock()


class SingleInstance(QObject):
    """The running instance: :meth:`claim` it, then listen to ``requested``."""

    requested = Signal(object)  # Request

    def __init__(self, data_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = _key(data_folder)
        self.lock = InstanceLock(data_folder)
        self._server: QLocalServer | None = None

    def claim(self, listen: bool = True) -> bool:
        """Become the running instance: True, or False when another one is running.
        ``listen=False``: take the lock only, :meth:`listen` later."""
        if not self.lock.acquire():
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Take second starts' requests (once claimed)."""
        if self._server is not None or not self.lock.acquired():
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._name)  # a socket left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            logger.warning("second starts cannot reach this one: %s", server.errorString())
        server.newConnection.connect(self._accept)
        self._server = server

    def send(self, request: Request) -> bool:
        """As a second start: hand ``request`` to the running instance; True once it took it."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        for _ in range(CONNECT_TRIES):
            socket.connectToServer(self._name)
            if socket.waitForConnected(WAIT_MS):
                break
            if self.lock.acquire():  # the other one quit meanwhile
                self.lock.release()
                return False
        else:
            return False
        socket.write(json.dumps({"start": request.start}).encode() + b"\n")
        socket.flush()
        reply = b""
        while b"\n" not in reply and socket.waitForReadyRead(REPLY_MS):
            reply += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        try:
            return bool(json.loads(reply.decode()).get("ok"))
        except (ValueError, AttributeError):
            return False

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            message = json.loads(line.decode())
            start = message.get("start")
            request = Request(start if isinstance(start, str) and start else None)
        except (ValueError, AttributeError):
            socket.write(b'{"ok": false}\n')
            return
        socket.write(b'{"ok": true}\n')
        socket.flush()
        logger.info("a second start asked for %s", request)
        self.requested.emit(request)

    def release(self) -> None:
        """Stop being the running instance (the app quits)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self.lock.release()
