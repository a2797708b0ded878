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
    Migration(
        3,
        "sessions, insights, actions, one's own prompts and dismissed check-ins",
        (
            # Ids are the UUIDs of the interchange format; links between records point
            # at them, so a link survives export and import unchanged. `started_on` is
            # the session's own calendar date and `started_utc` orders sessions in time;
            # both are derived from `started_at`, which is kept exactly as written.
            """CREATE TABLE sessions (
                   seq              INTEGER PRIMARY KEY,
                   id               TEXT NOT NULL UNIQUE,
                   started_at       TEXT NOT NULL,
                   started_on       TEXT NOT NULL,
                   started_utc      TEXT NOT NULL,
                   route            TEXT NOT NULL,
                   dose_mg          REAL CHECK (dose_mg IS NULL OR dose_mg > 0),
                   setting          TEXT NOT NULL,
                   provider         TEXT NOT NULL,
                   support_person   TEXT NOT NULL,
                   music            TEXT NOT NULL,
                   intention        TEXT NOT NULL,
                   notes            TEXT NOT NULL,
                   body_sensations  TEXT NOT NULL,
                   mood_before      INTEGER CHECK (mood_before BETWEEN 0 AND 10),
                   mood_after       INTEGER CHECK (mood_after BETWEEN 0 AND 10),
                   deleted_at       TEXT
               ) STRICT""",
            """CREATE INDEX sessions_newest_first ON sessions (started_utc DESC, id DESC)
                   WHERE deleted_at IS NULL""",
            "CREATE INDEX sessions_by_day ON sessions (started_on)",
            """CREATE INDEX sessions_in_trash ON sessions (deleted_at)
                   WHERE deleted_at IS NOT NULL""",
            # Own tables for session and insight tags: entry tags are pruned when no entry
            # uses them, which must never take a session's or an insight's tags along.
            """CREATE TABLE session_tags (
                   session  INTEGER NOT NULL REFERENCES sessions (seq) ON DELETE CASCADE,
                   tag      TEXT NOT NULL,
                   PRIMARY KEY (session, tag)
               ) STRICT, WITHOUT ROWID""",
            "CREATE INDEX session_tags_by_tag ON session_tags (tag, session)",
            """CREATE TABLE check_in_dismissals (
                   session       INTEGER NOT NULL REFERENCES sessions (seq) ON DELETE CASCADE,
                   day           INTEGER NOT NULL CHECK (day >= 0),
                   dismissed_at  TEXT NOT NULL,
                   PRIMARY KEY (session, day)
               ) STRICT, WITHOUT ROWID""",
            """CREATE VIRTUAL TABLE sessions_search USING fts5 (
                   text, tags,
                   tokenize = 'unicode61 remove_diacritics 2',
                   prefix = '2 3'
               )""",
            # An insight outlives its source: deleting the entry or session for good
            # clears the link and keeps the insight.
            """CREATE TABLE insights (
                   seq            INTEGER PRIMARY KEY,
                   id             TEXT NOT NULL UNIQUE,
                   created_at     TEXT NOT NULL,
                   created_utc    TEXT NOT NULL,
                   text           TEXT NOT NULL,
                   entry_id       TEXT REFERENCES entries (id) ON DELETE SET NULL,
                   session_id     TEXT REFERENCES sessions (id) ON DELETE SET NULL,
                   starred        INTEGER NOT NULL CHECK (starred IN (0, 1)),
                   status         TEXT NOT NULL,
                   excerpt_start  INTEGER,
                   excerpt_end    INTEGER,
                   excerpt        TEXT
               ) STRICT""",
            "CREATE INDEX insights_newest_first ON insights (created_utc DESC, id DESC)",
            "CREATE INDEX insights_by_status ON insights (status, created_utc DESC)",
            "CREATE INDEX insights_starred ON insights (created_utc DESC) WHERE starred = 1",
            "CREATE INDEX insights_by_entry ON insights (entry_id) WHERE entry_id IS NOT NULL",
            """CREATE INDEX insights_by_session ON insights (session_id)
                   WHERE session_id IS NOT NULL""",
            """CREATE TABLE insight_tags (
                   insight  INTEGER NOT NULL REFERENCES insights (seq) ON DELETE CASCADE,
                   tag      TEXT NOT NULL,
                   PRIMARY KEY (insight, tag)
               ) STRICT, WITHOUT ROWID""",
            "CREATE INDEX insight_tags_by_tag ON insight_tags (tag, insight)",
            """CREATE VIRTUAL TABLE insights_search USING fts5 (
                   text, tags,
                   tokenize = 'unicode61 remove_diacritics 2',
                   prefix = '2 3'
               )""",
            # An action outlives its insight too: it stays, no longer linked.
            """CREATE TABLE actions (
                   seq          INTEGER PRIMARY KEY,
                   id           TEXT NOT NULL UNIQUE,
                   created_at   TEXT NOT NULL,
                   created_utc  TEXT NOT NULL,
                   text         TEXT NOT NULL,
                   insight_id   TEXT REFERENCES insights (id) ON DELETE SET NULL,
                   kind         TEXT NOT NULL,
                   status       TEXT NOT NULL,
                   due          TEXT,
                   done_at      TEXT,
                   done_on      TEXT,
                   CHECK ((status = 'done') = (done_at IS NOT NULL)),
                   CHECK ((done_at IS NULL) = (done_on IS NULL))
               ) STRICT""",
            "CREATE INDEX actions_by_status ON actions (status, due)",
            "CREATE INDEX actions_by_insight ON actions (insight_id) WHERE insight_id IS NOT NULL",
            "CREATE INDEX actions_done ON actions (done_on) WHERE done_on IS NOT NULL",
            """CREATE TABLE own_prompts (
                   seq         INTEGER PRIMARY KEY,
                   id          TEXT NOT NULL UNIQUE,
                   text        TEXT NOT NULL,
                   category    TEXT,
                   created_at  TEXT NOT NULL
               ) STRICT""",
        ),
    ),
    Migration(
        4,
        "practices and their daily logs, patterns and their occurrences, measures",
        (
            # `builtin` names one of the practices Afterglow offers (breathwork, …); each is
            # stored at most once. SQLite's UNIQUE lets any number of own practices have
            # NULL there. Practices list in the order they were stored (`seq`).
            """CREATE TABLE practices (
                   seq       INTEGER PRIMARY KEY,
                   id        TEXT NOT NULL UNIQUE,
                   name      TEXT NOT NULL,
                   kind      TEXT NOT NULL,
                   target    REAL CHECK (target IS NULL OR target > 0),
                   unit      TEXT NOT NULL,
                   schedule  TEXT NOT NULL,
                   builtin   TEXT UNIQUE,
                   active    INTEGER NOT NULL CHECK (active IN (0, 1))
               ) STRICT""",
            # One log per practice per day, changed in place: streaks and the heat map ask
            # "was it done that day", never "how many times". The unique key is also the
            # index for a practice's logs over a range of days. `items` (a gratitude list)
            # is a JSON array of strings: it is only ever read and written whole.
            """CREATE TABLE practice_logs (
                   seq          INTEGER PRIMARY KEY,
                   id           TEXT NOT NULL UNIQUE,
                   practice_id  TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
                   date         TEXT NOT NULL,
                   done         INTEGER NOT NULL CHECK (done IN (0, 1)),
                   amount       REAL CHECK (amount IS NULL OR amount >= 0),
                   items        TEXT NOT NULL,
                   note         TEXT NOT NULL,
                   UNIQUE (practice_id, date)
               ) STRICT""",
            "CREATE INDEX practice_logs_by_day ON practice_logs (date)",
            """CREATE TABLE patterns (
                   seq          INTEGER PRIMARY KEY,
                   id           TEXT NOT NULL UNIQUE,
                   name         TEXT NOT NULL,
                   description  TEXT NOT NULL,
                   created_at   TEXT NOT NULL,
                   created_utc  TEXT NOT NULL,
                   status       TEXT NOT NULL
               ) STRICT""",
            # An occurrence goes with its pattern, but outlives the entry it was noted
            # from: deleting that entry for good clears the link. `occurred_on` is the
            # calendar date in the occurrence's own offset, as the analytics count it.
            # (`trigger` is an SQL keyword, hence `trigger_text`.)
            """CREATE TABLE occurrences (
                   seq           INTEGER PRIMARY KEY,
                   id            TEXT NOT NULL UNIQUE,
                   pattern_id    TEXT NOT NULL REFERENCES patterns (id) ON DELETE CASCADE,
                   entry_id      TEXT REFERENCES entries (id) ON DELETE SET NULL,
                   occurred_at   TEXT NOT NULL,
                   occurred_on   TEXT NOT NULL,
                   occurred_utc  TEXT NOT NULL,
                   trigger_text  TEXT NOT NULL,
                   response      TEXT NOT NULL,
                   alternative   TEXT NOT NULL,
                   intensity     INTEGER CHECK (intensity BETWEEN 0 AND 10)
               ) STRICT""",
            "CREATE INDEX occurrences_by_pattern ON occurrences (pattern_id, occurred_utc)",
            "CREATE INDEX occurrences_by_day ON occurrences (occurred_on)",
            """CREATE INDEX occurrences_by_entry ON occurrences (entry_id)
                   WHERE entry_id IS NOT NULL""",
            # `answers` is a JSON array of whole numbers, one per item, in item order.
            """CREATE TABLE measures (
                   seq         INTEGER PRIMARY KEY,
                   id          TEXT NOT NULL UNIQUE,
                   instrument  TEXT NOT NULL,
                   taken_at    TEXT NOT NULL,
                   taken_on    TEXT NOT NULL,
                   taken_utc   TEXT NOT NULL,
                   answers     TEXT NOT NULL
               ) STRICT""",
            "CREATE INDEX measures_by_instrument ON measures (instrument, taken_utc)",
            "CREATE INDEX measures_by_day ON measures (taken_on)",
            # The patterns view reads every entry's date, mood and links but never its
            # text; this covering index lets it skip the bodies, which otherwise sit
            # between those columns on disk (3 to 5 times faster at 50,000 entries).
            """CREATE INDEX entries_for_analytics
                   ON entries (date, created_at, id, kind, mood, energy, private, session_id)
                   WHERE deleted_at IS NULL""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
