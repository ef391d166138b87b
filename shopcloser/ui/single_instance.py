"""One window per store: a second launch hands its files to the first and exits.

The store's writer lock (released by the kernel if a process dies) decides who is
first; a local socket named after the store carries the file list across.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_TIMEOUT_MS = 3000


def server_name(store_key: str) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}|{store_key}".encode()).hexdigest()[:20]
    return f"shopcloser-{digest}"


def hand_over(store_key: str, files: list[str]) -> bool:
    """Send ``files`` to the window already open on this store; True if it took them."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(store_key))
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    payload = json.dumps({"files": [str(Path(f).absolute()) for f in files]}).encode()
    socket.write(payload + b"\n")
    socket.flush()  # after this there is nothing left for waitForBytesWritten to wait for
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(_TIMEOUT_MS):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later launches on the same store."""

    activated = Signal(list)  # files to import (may be empty: just come to the front)

    def __init__(self, store_key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(store_key)
        # We hold the writer lock, so a socket file left by a killed window is stale.
        QLocalServer.removeServer(name)
        self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            files = [str(f) for f in json.loads(line).get("files", [])]
        except (ValueError, AttributeError):
            files = []
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.activated.emit(files)

    def close(self) -> None:
        self._server.close()
