"""One Ippo per data folder: a second start brings the first window forward.

A QLockFile in the data folder decides who is first; a lock left by a killed
process is taken over (Qt checks whether its PID still lives). The first
instance listens on a per-user local socket named after the folder.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork loads after the window shows (see listen())
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate"


def server_name(data_dir: Path) -> str:
    """Per user and folder. Qt's SHA-256, not hashlib's: hashlib loads a second
    copy of OpenSSL (3 MB) that nothing else at start-up needs."""
    import getpass  # lazy: only once the window is on screen

    text = f"{getpass.getuser()}:{data_dir}".encode()
    digest = QCryptographicHash.hash(text, QCryptographicHash.Algorithm.Sha256)
    return f"ippo-{bytes(digest.toHex().data()).decode()[:16]}"


class SingleInstance(QObject):
    """Holds the lock and the socket; emits `activation_requested` when asked."""

    activation_requested = Signal()

    def __init__(self, lock_path: Path, data_dir: Path) -> None:
        super().__init__()
        self._lock_path = lock_path
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)
        self._data_dir = data_dir
        self._server: QLocalServer | None = None

    @cached_property
    def _name(self) -> str:
        return server_name(self._data_dir)

    def acquire(self) -> bool:
        """True if this process is now the only Ippo on the folder; then call listen().

        The lock file names the host and the process, so it is the user's alone
        (0600) like every file Ippo writes: Qt creates it under a private umask.
        """
        old = os.umask(0o077)
        try:
            locked = bool(self._lock.tryLock(100))
        finally:
            os.umask(old)
        if locked and os.name == "posix":
            try:
                os.chmod(self._lock_path, 0o600)
            except OSError:
                pass  # created under the umask above already
        return locked

    def listen(self) -> None:
        """Answer later starts on this folder. Separate from acquire() so QtNetwork
        is imported after the window is on screen."""
        # lazy: loaded after the window shows (start-up speed)
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_server_new_connection)
        server.listen(self._name)
        self._server = server

    def permission_denied(self) -> bool:
        """True when the lock failed because the folder cannot be written."""
        return self._lock.error() == QLockFile.LockError.PermissionError

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """Ask the running instance to come forward; True if it answered."""
        # lazy: loaded after the window shows (start-up speed)
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        sock.connectToServer(self._name)
        if not sock.waitForConnected(timeout_ms):
            return False
        sock.write(ACTIVATE)
        sock.flush()
        sock.waitForBytesWritten(timeout_ms)
        sock.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (conn := self._server.nextPendingConnection()) is not None:
            conn.readyRead.connect(lambda c=conn: self._on_socket_ready(c))
            if conn.bytesAvailable():
                self._on_socket_ready(conn)

    def _on_socket_ready(self, conn: QLocalSocket) -> None:
        if bytes(conn.readAll().data()).startswith(ACTIVATE):
            self.activation_requested.emit()
        conn.disconnectFromServer()
