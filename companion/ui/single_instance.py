"""One running instance per data folder: a second launch raises the first and exits.

A lock file in the data folder decides who is first (QLockFile notices a stale lock left by a
crash, by its process id); the first listens on a per-user local socket, and a second launch sends
it "show" there. So no second writer ever opens the database.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    user = os.environ.get("USER") or os.environ.get("USERNAME") or str(getattr(os, "getuid", lambda: 0)())
    return f"renraku-companion-{user}-{digest}"


class SingleInstance(QObject):
    message = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.lock = QLockFile(str(data_dir / "instance.lock"))
        self.lock.setStaleLockTime(0)  # stale only if its process is gone
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the first instance (it then listens for later launches)."""
        if not self.lock.tryLock(200):
            return False
        return self._listen()

    def take_over(self) -> bool:
        """Take a lock whose owner never answers (call only after ``send`` kept failing)."""
        self.lock.removeStaleLockFile()
        if not self.lock.tryLock(200):
            return False
        return self._listen()

    def _listen(self) -> bool:
        QLocalServer.removeServer(self.name)  # a socket left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.server.listen(self.name)
        return True

    def _accept(self) -> None:
        # A launch sends one short line and disconnects: read it here, briefly, then let go.
        assert self.server is not None
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            if sock.bytesAvailable() == 0:
                sock.waitForReadyRead(1000)
            data = bytes(sock.readAll().data()).decode("utf-8", "replace")
            sock.abort()
            sock.deleteLater()
            for line in data.splitlines():
                if line.strip():
                    self.message.emit(line.strip())

    def send(self, message: str, timeout_ms: int = 3000) -> bool:
        """Tell the running instance something (e.g. "show"). False if it could not be reached."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(timeout_ms):
            return False
        sock.write(QByteArray((message + "\n").encode("utf-8")))
        sock.flush()
        sock.waitForBytesWritten(timeout_ms)
        sock.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
