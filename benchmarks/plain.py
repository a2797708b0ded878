"""The unencrypted floor: Afterglow's own store code over a plain SQLite copy.

`PlainDatabase` opens the plain copy with the same driver, SQLite build and settings as
`vault.database.Database`, minus the key, so a search through it runs exactly the same
SQL and Python as the real journal; the difference between the two is what encryption
costs. It borrows `Database`'s query methods by filling in the attributes they use, which
ties it to that class's insides: the smoke test notices when they change.
"""

from __future__ import annotations

import threading
from pathlib import Path

import sqlcipher3

from afterglow.vault.database import Database

SETTINGS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
)


class PlainDatabase(Database):
    """A `Database` over an unencrypted file; for benchmarks only."""

    def __init__(self, path: Path) -> None:  # does not call Database.__init__: no key
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlcipher3.Row
        for pragma in SETTINGS:
            conn.execute(pragma)
        self._connection = conn
        if self.schema_version == 0:
            raise ValueError(f"{path} is not a plain copy of a journal")
