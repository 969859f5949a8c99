"""One Balas per case log: a second start hands over to the running one and quits.

The first start holds a lock file beside the database for as long as it runs (QLockFile: a
lock left by a process that died is taken over) and, once its window is up, listens on a
local socket; a later start that cannot take the lock sends its wish ("show the window")
over that socket instead, retrying for a few seconds while the first one is still starting.
"""

from __future__ import annotations

import getpass
import json
import logging
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

__all__ = ["SingleInstance", "LOCK_NAME"]

log = logging.getLogger(__name__)

LOCK_NAME = "balas-running.lock"  # QLockFile: holds the pid of the Balas that runs


class SingleInstance(QObject):
    activated = Signal(object)
    """Another start asked for this one (a dict: {"minimized": bool})."""

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._data_dir = Path(data_dir).expanduser().resolve()
        self._lock: QLockFile | None = None
        self._server = None  # a QLocalServer once listening

    @property
    def name(self) -> str:
        """The local socket's name: one per user and case log."""
        import hashlib  # here, not at start-up

        digest = hashlib.sha256(str(self._data_dir).encode("utf-8")).hexdigest()[:16]
        user = "".join(c for c in getpass.getuser() if c.isalnum())[:16]
        return f"balas-{user}-{digest}"

    def claim(self) -> bool:
        """True when this is the only Balas on this case log; then call listen() for later starts."""
        self._data_dir.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self._data_dir / LOCK_NAME))
        lock.setStaleLockTime(0)  # held for days: stale only when its process is gone
        if not lock.tryLock(0):
            return False
        self._lock = lock
        return True

    def listen(self) -> None:
        """Answer later starts (QtNetwork is loaded here, after the window is up)."""
        from PySide6.QtNetwork import QLocalServer

        if self._lock is None or self._server is not None:
            return
        QLocalServer.removeServer(self.name)  # a socket left behind by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(self.name):
            log.warning("cannot listen for later starts: %s", self._server.errorString())
        self._server.newConnection.connect(self._on_new_connection)

    def hand_over(self, wish: dict, wait_seconds: float = 5.0) -> bool:
        """Tell the running Balas what this start wanted; False when it does not answer."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(json.dumps(wish).encode("utf-8") + b"\n")
                socket.waitForBytesWritten(1000)
                answered = socket.waitForReadyRead(2000) and socket.readLine().data().strip() == b"ok"
                socket.disconnectFromServer()
                if answered:
                    return True
            time.sleep(0.2)  # the first one may still be starting up
        return False

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self, socket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > 4096:  # not one of ours
                socket.abort()
            return
        try:
            wish = json.loads(socket.readLine().data().decode("utf-8"))
        except ValueError:
            wish = None
        socket.write(b"ok\n")
        socket.flush()
        self.activated.emit(wish if isinstance(wish, dict) else {})

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
