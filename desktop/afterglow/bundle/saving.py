"""Writing a sealed bundle to disk atomically: a kill mid-write leaves no partial file.

Only ciphertext is ever written; the temporary file sits next to the target (same file
system, so the rename is atomic), is private from its first byte, and is removed on failure.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from afterglow.bundle.errors import BundleFileExists, BundleStorageError

FILE_MODE = 0o600


def check_destination(path: Path, *, overwrite: bool = False) -> None:
    """Refuses a missing folder, or a file already at `path` unless `overwrite`: asked
    before a bundle is built and sealed, so that nobody waits to be told."""
    if not path.parent.is_dir():
        raise BundleStorageError(f"The folder {path.parent} does not exist.")
    if not overwrite and path.exists():
        raise BundleFileExists(f"{path.name} already exists there; choose another name.")


def save_bundle(sealed: bytes, path: Path, *, overwrite: bool = False) -> Path:
    """Writes `sealed` to `path` (mode 0600) so it appears whole or not at all."""
    path = Path(path)
    folder = path.parent
    check_destination(path, overwrite=overwrite)
    temporary = folder / f".{path.name}.{secrets.token_hex(6)}.partial"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
        try:
            os.fchmod(fd, FILE_MODE)
            view = memoryview(sealed)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if not overwrite and path.exists():
            raise BundleFileExists(f"{path.name} already exists there; choose another name.")
        os.replace(temporary, path)
        _fsync_folder(folder)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _storage_error(exc) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _storage_error(exc: OSError) -> BundleStorageError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BundleStorageError("The disk is full, so the bundle could not be saved.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BundleStorageError("Afterglow is not allowed to save the bundle in that folder.")
    return BundleStorageError(f"The bundle could not be saved: {exc.strerror or exc}.")
