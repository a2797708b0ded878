"""Private, crash-safe file writing: folders 0700, files 0600, atomic replacement."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from afterglow.core.errors import StorageError

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def storage_error(exc: OSError, what: str) -> StorageError:
    """Words an operating-system error for a person."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return StorageError(f"The disk is full, so {what} could not be saved; nothing was lost.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"Afterglow is not allowed to write {what} in that folder.")
    return StorageError(f"Could not write {what}: {exc.strerror or exc}.")


def ensure_private_dir(path: Path) -> None:
    """Creates `path` (and parents) if needed and makes it readable by its owner only."""
    try:
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        if path.stat().st_mode & 0o777 != PRIVATE_DIR_MODE:
            path.chmod(PRIVATE_DIR_MODE)
    except OSError as exc:
        raise storage_error(exc, "the journal folder") from exc


def fsync_dir(path: Path) -> None:
    """Makes a rename or new file inside `path` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_sibling(path: Path) -> Path:
    """A fresh, hidden name next to `path` for writing before an atomic rename."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")


def is_temporary(name: str) -> bool:
    """Whether a file name is one of Afterglow's hidden work-in-progress files."""
    return name.startswith(".") and (".partial" in name or name.startswith(".restore-"))


@contextlib.contextmanager
def replacing(path: Path, what: str) -> Iterator[Path]:
    """Yields a temporary path to fill; on success it atomically becomes `path`.

    If anything fails, the temporary file is removed and `path` is left as it was.
    """
    tmp = temporary_sibling(path)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, PRIVATE_FILE_MODE)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, what) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes, what: str) -> None:
    """Replaces `path` with `data` so that a crash leaves either the old or the new file."""
    with replacing(path, what) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
