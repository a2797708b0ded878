"""One writer per journal: an advisory lock held while the journal is unlocked.

The operating system releases the lock when the process ends, however it ends, so a
crash never leaves the journal stuck as "in use".
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from afterglow.core.errors import VaultInUse
from afterglow.vault.files import PRIVATE_FILE_MODE, storage_error


class InstanceLock:
    """An exclusive `flock` on a lock file next to the journal."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, PRIVATE_FILE_MODE)
        except OSError as exc:
            raise storage_error(exc, "the journal's lock file") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise VaultInUse(
                "This journal is open in another Afterglow window or command; close that first."
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
