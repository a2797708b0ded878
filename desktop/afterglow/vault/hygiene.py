"""Process hygiene: no core dumps, private file modes, no ptrace by other processes."""

from __future__ import annotations

import ctypes
import logging
import os
import resource
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    """Disables core dumps, makes new files private and the process non-dumpable.

    Called once at start-up, before any key material exists.
    """
    os.umask(0o077)
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        log.warning("could not disable core dumps")
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is None or libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("could not mark the process non-dumpable")


def is_dumpable() -> bool:
    """Whether the kernel would write a core dump or allow ptrace of this process."""
    if not sys.platform.startswith("linux"):
        return resource.getrlimit(resource.RLIMIT_CORE)[0] != 0
    libc = _libc()
    return libc is None or bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _libc() -> ctypes.CDLL | None:
    # The running program's own symbols include the C library's: no search for its file
    # (`ctypes.util.find_library` runs `ldconfig`, a process of its own, at every start).
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
