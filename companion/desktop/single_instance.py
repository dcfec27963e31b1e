"""One running instance per data folder: a second launch raises the first and exits.

A lock file in the data folder decides who is first (QLockFile notices a stale lock left by a
crash, by its process id); the first listens on a per-user local socket, and a second launch sends
it "show" there. So no second writer ever opens the database.

Taking the lock is all that start-up waits for: the listening socket (QtNetwork) is opened by
``listen()`` once the window is up. A second launch meanwhile retries for seconds before it
considers the lock stale, so it is never lost.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


def server_name(data_dir: Path) -> str:
    import hashlib  # (its OpenSSL library is loaded only when the name is first needed)

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    user = os.environ.get("USER") or os.environ.get("USERNAME") or str(getattr(os, "getuid", lambda: 0)())
    return f"renraku-companion-{user}-{digest}"


def write_problem(folder: Path) -> str | None:
    """None if a file can be created in ``folder``; else why not, in the system's words
    ("Read-only file system", "Permission denied"). Asked only when the lock cannot be taken, so
    a folder nobody may write is never mistaken for one another instance holds."""
    import tempfile

    try:
        fd, name = tempfile.mkstemp(prefix=".write-check-", dir=folder)
    except OSError as exc:
        return exc.strerror or str(exc)
    os.close(fd)
    os.unlink(name)
    return None


class SingleInstance(QObject):
    message = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = QLockFile(str(data_dir / "instance.lock"))
        self.lock.setStaleLockTime(0)  # stale only if its process is gone
        self.server: QLocalServer | None = None

    @cached_property
    def name(self) -> str:
        return server_name(self.data_dir)

    def held_by_a_running_companion(self) -> bool:
        """Whether the lock's owner is alive on this machine and looks like Renraku Companion:
        perhaps still starting up, or waiting in a dialog. Worth waiting for, never taken over.

        The owner's command line is final by the time it can be read here: QLockFile writes the
        process id of the running interpreter itself, so the lock never names a process that has
        forked but not yet exec'd (the race a test of this had). A launch right after another
        therefore waits for it and hands over."""
        from PySide6.QtCore import QSysInfo

        info = self.lock.getLockInfo()
        if not info:
            return False
        pid, host, _ = info
        if host != QSysInfo.machineHostName():
            return False
        if os.name != "posix":
            return True  # (os.kill would end the process on Windows)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True  # alive, someone else's: not ours to judge
        cmdline = Path(f"/proc/{pid}/cmdline")
        try:
            return b"companion" in cmdline.read_bytes().lower()
        except OSError:
            return True  # no /proc (macOS): alive is all we know

    def acquire(self) -> bool:
        """True if this is the first instance (call ``listen()`` to hear later launches)."""
        return bool(self.lock.tryLock(200))

    def cannot_write(self) -> str | None:
        """After a failed ``acquire()``: why the data folder cannot be written, if that is the
        reason, else None. Asked even when a lock file is there: a lock left by a crash in a
        folder that has become read-only must not read as "another instance"."""
        return write_problem(self.data_dir)

    def take_over(self) -> bool:
        """Take a lock whose owner never answers (call only after ``send`` kept failing)."""
        self.lock.removeStaleLockFile()
        return bool(self.lock.tryLock(200))

    def listen(self) -> bool:
        """Listen for later launches (only the holder of the lock does)."""
        if self.server is not None:
            return True
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        return bool(self.server.listen(self.name))

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
        from PySide6.QtCore import QByteArray
        from PySide6.QtNetwork import QLocalSocket

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
