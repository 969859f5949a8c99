"""One Balas per case log: a second start hands over to the running one and quits.

The first start holds a lock file beside the database for as long as it runs (the operating
system drops it if the process dies) and listens on a local socket; a later start that cannot
take the lock sends its wish ("show the window") over that socket instead.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import time
from pathlib import Path

from filelock import FileLock, Timeout
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["SingleInstance", "LOCK_NAME"]

log = logging.getLogger(__name__)

LOCK_NAME = "balas.instance.lock"


class SingleInstance(QObject):
    activated = Signal(object)
    """Another start asked for this one (a dict: {"minimized": bool})."""

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        data_dir = Path(data_dir).expanduser().resolve()
        self._lock_path = data_dir / LOCK_NAME
        digest = hashlib.sha256(str(data_dir).encode("utf-8")).hexdigest()[:16]
        user = "".join(c for c in getpass.getuser() if c.isalnum())[:16]
        self.name = f"balas-{user}-{digest}"
        self._lock: FileLock | None = None
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the only Balas on this case log (it then listens for others)."""
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self._lock_path), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            return False
        self._lock = lock
        QLocalServer.removeServer(self.name)  # a socket left behind by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(self.name):
            log.warning("cannot listen for later starts: %s", self._server.errorString())
        self._server.newConnection.connect(self._on_new_connection)
        return True

    def hand_over(self, wish: dict, wait_seconds: float = 5.0) -> bool:
        """Tell the running Balas what this start wanted; False when it does not answer."""
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

    def _on_ready_read(self, socket: QLocalSocket) -> None:
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
        if self._lock is not None:
            self._lock.release()
            self._lock = None
