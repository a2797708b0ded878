"""Numbered schema migrations, recorded in `PRAGMA user_version`.

Each released schema is frozen in tests/data and must keep opening. Add a migration at
the end; never edit one that has been released.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "journal metadata",
        (
            """CREATE TABLE meta (
                   key   TEXT PRIMARY KEY,
                   value TEXT NOT NULL
               ) STRICT""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
