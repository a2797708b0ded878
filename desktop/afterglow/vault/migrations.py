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
    Migration(
        2,
        "journal entries, their tags and emotions, and the full-text index",
        (
            # `seq` is a stable integer key for the index and the link tables; `id` is the
            # entry's UUID as the interchange format knows it. Times are ISO 8601 text.
            """CREATE TABLE entries (
                   seq         INTEGER PRIMARY KEY,
                   id          TEXT NOT NULL UNIQUE,
                   kind        TEXT NOT NULL,
                   date        TEXT NOT NULL,
                   created_at  TEXT NOT NULL,
                   updated_at  TEXT NOT NULL,
                   title       TEXT NOT NULL,
                   body        TEXT NOT NULL,
                   mood        INTEGER CHECK (mood BETWEEN 0 AND 10),
                   energy      INTEGER CHECK (energy BETWEEN 0 AND 10),
                   private     INTEGER NOT NULL CHECK (private IN (0, 1)),
                   session_id  TEXT,
                   prompt      TEXT,
                   deleted_at  TEXT
               ) STRICT""",
            """CREATE INDEX entries_newest_first
                   ON entries (date DESC, created_at DESC, id DESC)
                   WHERE deleted_at IS NULL""",
            """CREATE INDEX entries_in_trash ON entries (deleted_at)
                   WHERE deleted_at IS NOT NULL""",
            """CREATE INDEX entries_by_session ON entries (session_id)
                   WHERE session_id IS NOT NULL""",
            """CREATE TABLE tags (
                   id    INTEGER PRIMARY KEY,
                   name  TEXT NOT NULL UNIQUE
               ) STRICT""",
            """CREATE TABLE entry_tags (
                   entry  INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
                   tag    INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
                   PRIMARY KEY (entry, tag)
               ) STRICT, WITHOUT ROWID""",
            "CREATE INDEX entry_tags_by_tag ON entry_tags (tag, entry)",
            """CREATE TABLE entry_emotions (
                   entry     INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
                   position  INTEGER NOT NULL,
                   word      TEXT NOT NULL,
                   PRIMARY KEY (entry, position)
               ) STRICT, WITHOUT ROWID""",
            "CREATE INDEX entry_emotions_by_word ON entry_emotions (word)",
            # The search index lives in the same encrypted file; rowid = entries.seq.
            """CREATE VIRTUAL TABLE entries_search USING fts5 (
                   title, body, tags,
                   tokenize = 'unicode61 remove_diacritics 2',
                   prefix = '2 3'
               )""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
