"""One window per journal: a second start on the same data folder brings the first forward.

The running app listens on a local socket in the user's runtime folder, named by a hash
of the data folder's path; a second start asks it to show itself and exits. Nothing
about the journal travels on the socket. Two writers are still impossible without this
(the vault's lock file refuses them); this only spares the person a second window.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, QStandardPaths, QThread, Signal

if TYPE_CHECKING:
    # QtNetwork is imported when first used: the app listens once its window is up.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"
CONNECT_MS = 500
ATTEMPTS = 10  # the first app may hold the lock a moment before it listens


def socket_path(data_folder: Path) -> Path:
    """Where the app for `data_folder` listens: private to the user, no journal text."""
    digest = hashlib.sha256(str(data_folder.expanduser().resolve()).encode("utf-8"))
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(runtime or QDir.tempPath()) / f"afterglow-{digest.hexdigest()[:16]}"


class SingleInstance(QObject):
    """Claims the data folder for this process, or hands over to the one that has it.

    The claim is the lock file; the socket that later starts ask through opens with
    `listen`, which the app calls once its window has painted (a later start keeps
    asking for about a second, far longer than that takes).
    """

    activated = Signal()  # another start asked this window to come forward

    def __init__(self, data_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = socket_path(data_folder)
        # The lock file tells a live first instance from a socket a crash left behind;
        # QLockFile sees through a lock whose process has died.
        self._lock = QLockFile(f"{self.path}.lock")
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True if this process is now the one app for the folder; False if another one
        was asked to come forward instead (this process should then quit)."""
        if self._lock.tryLock(0):
            return True
        for _attempt in range(ATTEMPTS):
            if self._ask_to_show():
                return False
            QThread.msleep(100)
        # A holder that never answers is stuck or gone: carry on; the vault's own lock
        # still keeps two processes from writing to the journal.
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def listen(self) -> None:
        """Answers later starts on the same folder, once `claim` has returned True."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        QLocalServer.removeServer(str(self.path))  # a socket file left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._answer)
        if server.listen(str(self.path)):
            self._server = server
        # Without a socket one window still works; it just cannot be brought forward.

    def _answer(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(SHOW.strip()):
            self.activated.emit()
        connection.disconnectFromServer()

    def _ask_to_show(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(str(self.path))
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(SHOW)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True
