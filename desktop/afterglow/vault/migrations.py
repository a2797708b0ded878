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


# Migration 5's triggers repeat these pieces (filled in with `str.format`); they were
# released with it, so never change them. Weeks are ISO weeks, kept by their Monday
# (`date(day, '-6 days', 'weekday 1')`); months by "YYYY-MM".
#
# The entry row `row` counted into, or out of, its day when `when` holds. (The `WHERE`
# also keeps SQLite from reading an upsert's ON as a join's.)
_ADD_DAY = """INSERT INTO day_counts
                   SELECT {row}.date, 1, coalesce({row}.mood, 0), {row}.mood IS NOT NULL,
                       coalesce({row}.energy, 0), {row}.energy IS NOT NULL
                   WHERE {when}
                   ON CONFLICT DO UPDATE SET entries = entries + 1,
                       mood_total = mood_total + excluded.mood_total,
                       mood_count = mood_count + excluded.mood_count,
                       energy_total = energy_total + excluded.energy_total,
                       energy_count = energy_count + excluded.energy_count;"""
_TAKE_DAY = """UPDATE day_counts SET entries = entries - 1,
                       mood_total = mood_total - coalesce({row}.mood, 0),
                       mood_count = mood_count - ({row}.mood IS NOT NULL),
                       energy_total = energy_total - coalesce({row}.energy, 0),
                       energy_count = energy_count - ({row}.energy IS NOT NULL)
                   WHERE date = {row}.date AND {when};"""
# Every tag and emotion of the entry row `row`, counted into or out of its week and month.
_ADD_USES = """INSERT INTO week_uses
                   SELECT kind, date({row}.date, '-6 days', 'weekday 1'), name, 1
                   FROM entry_items WHERE entry = {row}.seq AND {when}
                   ON CONFLICT DO UPDATE SET entries = entries + 1;
                   INSERT INTO month_uses SELECT kind, substr({row}.date, 1, 7), name, 1
                   FROM entry_items WHERE entry = {row}.seq AND {when}
                   ON CONFLICT DO UPDATE SET entries = entries + 1;"""
_TAKE_USES = """UPDATE week_uses SET entries = entries - 1
                   WHERE {when} AND monday = date({row}.date, '-6 days', 'weekday 1')
                       AND (kind, name) IN
                           (SELECT kind, name FROM entry_items WHERE entry = {row}.seq);
                   UPDATE month_uses SET entries = entries - 1
                   WHERE {when} AND month = substr({row}.date, 1, 7)
                       AND (kind, name) IN
                           (SELECT kind, name FROM entry_items WHERE entry = {row}.seq);"""
# Every pair of the entry row's items, counted in or out.
_ADD_PAIRS = """INSERT INTO pair_counts
                   SELECT a.kind, a.name, b.kind, b.name, 1 FROM entry_items a, entry_items b
                   WHERE {when} AND a.entry = {row}.seq AND b.entry = {row}.seq
                       AND (a.kind, a.name) < (b.kind, b.name)
                   ON CONFLICT DO UPDATE SET entries = entries + 1;"""
_TAKE_PAIRS = """UPDATE pair_counts SET entries = entries - 1
                   WHERE {when} AND (first_kind, first_name, second_kind, second_name) IN (
                       SELECT a.kind, a.name, b.kind, b.name FROM entry_items a, entry_items b
                       WHERE a.entry = {row}.seq AND b.entry = {row}.seq
                           AND (a.kind, a.name) < (b.kind, b.name));"""
# One item (`kind`, `name`) just linked to, or unlinked from, the entry whose seq is
# `entry`: its use that week and month, and its pairs with the entry's other items.
_ADD_ITEM = """INSERT INTO week_uses
                   SELECT {kind}, date(date, '-6 days', 'weekday 1'), {name}, 1
                   FROM entries WHERE seq = {entry}
                   ON CONFLICT DO UPDATE SET entries = entries + 1;
                   INSERT INTO month_uses SELECT {kind}, substr(date, 1, 7), {name}, 1
                   FROM entries WHERE seq = {entry}
                   ON CONFLICT DO UPDATE SET entries = entries + 1;
                   INSERT INTO pair_counts SELECT kind, name, {kind}, {name}, 1 FROM entry_items
                   WHERE entry = {entry} AND (kind, name) < ({kind}, {name})
                   ON CONFLICT DO UPDATE SET entries = entries + 1;
                   INSERT INTO pair_counts SELECT {kind}, {name}, kind, name, 1 FROM entry_items
                   WHERE entry = {entry} AND (kind, name) > ({kind}, {name})
                   ON CONFLICT DO UPDATE SET entries = entries + 1;"""
# Moved out of the Trash, or into it; the name of a link's tag.
_RESTORED = "OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL"
_TRASHED = "OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL"
_TAG = "(SELECT name FROM tags WHERE id = {}.tag)"
_TAKE_ITEM = """UPDATE week_uses SET entries = entries - 1
                   WHERE kind = {kind} AND name = {name} AND monday =
                       (SELECT date(date, '-6 days', 'weekday 1') FROM entries
                        WHERE seq = {entry});
                   UPDATE month_uses SET entries = entries - 1
                   WHERE kind = {kind} AND name = {name} AND month =
                       (SELECT substr(date, 1, 7) FROM entries WHERE seq = {entry});
                   UPDATE pair_counts SET entries = entries - 1
                   WHERE (first_kind, first_name, second_kind, second_name) IN (
                       SELECT kind, name, {kind}, {name} FROM entry_items
                       WHERE entry = {entry} AND (kind, name) < ({kind}, {name})
                       UNION ALL
                       SELECT {kind}, {name}, kind, name FROM entry_items
                       WHERE entry = {entry} AND (kind, name) > ({kind}, {name}));"""
# The ranked list of one week's or month's uses (`row` names the period), and the
# statements that fill and keep the lists, for weeks and for months.
_LIST_OF = """SELECT {row}.kind, {row}.{period},
                       group_concat(name || char(31) || entries, char(30)
                           ORDER BY entries DESC, name)
                   FROM {uses} WHERE kind = {row}.kind AND {period} = {row}.{period}"""
_LISTED = (
    """INSERT INTO {lists}
           SELECT kind, {period},
               group_concat(name || char(31) || entries, char(30) ORDER BY entries DESC, name)
           FROM {uses} GROUP BY kind, {period}""",
    # (Not INSERT OR REPLACE: inside a trigger, the conflict policy of the statement that
    # fired it, an upsert's, would override it.)
    """CREATE TRIGGER {uses}_listed AFTER INSERT ON {uses} BEGIN
           DELETE FROM {lists} WHERE kind = NEW.kind AND {period} = NEW.{period};
           INSERT INTO {lists} """
    + _LIST_OF.replace("{row}", "NEW")
    + """;
       END""",
    """CREATE TRIGGER {uses}_relisted AFTER UPDATE OF entries ON {uses}
       WHEN NEW.entries > 0 BEGIN
           DELETE FROM {lists} WHERE kind = NEW.kind AND {period} = NEW.{period};
           INSERT INTO {lists} """
    + _LIST_OF.replace("{row}", "NEW")
    + """;
       END""",
    """CREATE TRIGGER {uses}_unlisted AFTER DELETE ON {uses} BEGIN
           DELETE FROM {lists} WHERE kind = OLD.kind AND {period} = OLD.{period};
           INSERT INTO {lists} """
    + _LIST_OF.replace("{row}", "OLD")
    + """ HAVING count(*) > 0;
       END""",
)

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
    Migration(
        5,
        "counts of entries, moods, tags and emotions kept up to date for the patterns view",
        (
            # Kept by the triggers below, in the statement that changes an entry or its
            # links, so they always equal what counting the entries outside the Trash would
            # give (tests/vault/test_analytics_aggregates.py checks that). The patterns view
            # reads a few thousand of these rows rather than 50,000 entries.
            """CREATE TABLE day_counts (
                   date          TEXT PRIMARY KEY,
                   entries       INTEGER NOT NULL,
                   mood_total    INTEGER NOT NULL,
                   mood_count    INTEGER NOT NULL,
                   energy_total  INTEGER NOT NULL,
                   energy_count  INTEGER NOT NULL
               ) STRICT, WITHOUT ROWID""",
            # How many entries use each tag ('tag', name) and emotion ('emotion', word) in
            # each ISO week (by its Monday, "2025-12-29") and month ("2026-01").
            """CREATE TABLE week_uses (
                   kind     TEXT NOT NULL,
                   monday   TEXT NOT NULL,
                   name     TEXT NOT NULL,
                   entries  INTEGER NOT NULL,
                   PRIMARY KEY (kind, monday, name)
               ) STRICT, WITHOUT ROWID""",
            """CREATE TABLE month_uses (
                   kind     TEXT NOT NULL,
                   month    TEXT NOT NULL,
                   name     TEXT NOT NULL,
                   entries  INTEGER NOT NULL,
                   PRIMARY KEY (kind, month, name)
               ) STRICT, WITHOUT ROWID""",
            # Entries holding both items of a pair, over the whole journal; the first item
            # sorts before the second, (kind, name) in text order.
            """CREATE TABLE pair_counts (
                   first_kind   TEXT NOT NULL,
                   first_name   TEXT NOT NULL,
                   second_kind  TEXT NOT NULL,
                   second_name  TEXT NOT NULL,
                   entries      INTEGER NOT NULL,
                   PRIMARY KEY (first_kind, first_name, second_kind, second_name)
               ) STRICT, WITHOUT ROWID""",
            # Each entry's tags and emotions, each once.
            """CREATE VIEW entry_items (entry, kind, name) AS
                   SELECT et.entry, 'tag', t.name FROM entry_tags et JOIN tags t ON t.id = et.tag
                   UNION
                   SELECT entry, 'emotion', word FROM entry_emotions""",
            # A count that reaches zero goes, so the tables hold only what is there.
            """CREATE TRIGGER day_counts_emptied AFTER UPDATE OF entries ON day_counts
               WHEN NEW.entries = 0 BEGIN
                   DELETE FROM day_counts WHERE date = NEW.date;
               END""",
            """CREATE TRIGGER week_uses_emptied AFTER UPDATE OF entries ON week_uses
               WHEN NEW.entries = 0 BEGIN
                   DELETE FROM week_uses
                   WHERE kind = NEW.kind AND monday = NEW.monday AND name = NEW.name;
               END""",
            """CREATE TRIGGER month_uses_emptied AFTER UPDATE OF entries ON month_uses
               WHEN NEW.entries = 0 BEGIN
                   DELETE FROM month_uses
                   WHERE kind = NEW.kind AND month = NEW.month AND name = NEW.name;
               END""",
            """CREATE TRIGGER pair_counts_emptied AFTER UPDATE OF entries ON pair_counts
               WHEN NEW.entries = 0 BEGIN
                   DELETE FROM pair_counts
                   WHERE first_kind = NEW.first_kind AND first_name = NEW.first_name
                       AND second_kind = NEW.second_kind AND second_name = NEW.second_name;
               END""",
            # An entry's own row: written before its links, so only the day counts.
            f"""CREATE TRIGGER entries_counted AFTER INSERT ON entries
               WHEN NEW.deleted_at IS NULL BEGIN
                   {_ADD_DAY.format(row="NEW", when="true")}
               END""",
            # Its date, mood, energy or place in the Trash changed, its links as they were.
            f"""CREATE TRIGGER entries_recounted AFTER UPDATE OF date, mood, energy, deleted_at
                   ON entries
               WHEN OLD.date IS NOT NEW.date OR OLD.mood IS NOT NEW.mood
                   OR OLD.energy IS NOT NEW.energy
                   OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
               BEGIN
                   {_TAKE_DAY.format(row="OLD", when="OLD.deleted_at IS NULL")}
                   {_ADD_DAY.format(row="NEW", when="NEW.deleted_at IS NULL")}
               END""",
            f"""CREATE TRIGGER entries_moved AFTER UPDATE OF date, deleted_at ON entries
               WHEN OLD.date IS NOT NEW.date
                   OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
               BEGIN
                   {_TAKE_USES.format(row="OLD", when="OLD.deleted_at IS NULL")}
                   {_ADD_USES.format(row="NEW", when="NEW.deleted_at IS NULL")}
                   {_TAKE_PAIRS.format(row="OLD", when=_TRASHED)}
                   {_ADD_PAIRS.format(row="NEW", when=_RESTORED)}
               END""",
            # Before the row goes, while its links are still there to count; the links
            # deleted with it then find no entry and leave the counts alone.
            f"""CREATE TRIGGER entries_uncounted BEFORE DELETE ON entries
               WHEN OLD.deleted_at IS NULL BEGIN
                   {_TAKE_DAY.format(row="OLD", when="true")}
                   {_TAKE_USES.format(row="OLD", when="true")}
                   {_TAKE_PAIRS.format(row="OLD", when="true")}
               END""",
            # A link added to or taken from an entry outside the Trash: its uses that
            # week and month, and its pairs with the entry's other items.
            f"""CREATE TRIGGER entry_tags_counted AFTER INSERT ON entry_tags
               WHEN EXISTS (SELECT 1 FROM entries WHERE seq = NEW.entry AND deleted_at IS NULL)
               BEGIN
                   {_ADD_ITEM.format(entry="NEW.entry", kind="'tag'", name=_TAG.format("NEW"))}
               END""",
            f"""CREATE TRIGGER entry_tags_uncounted AFTER DELETE ON entry_tags
               WHEN EXISTS (SELECT 1 FROM entries WHERE seq = OLD.entry AND deleted_at IS NULL)
               BEGIN
                   {_TAKE_ITEM.format(entry="OLD.entry", kind="'tag'", name=_TAG.format("OLD"))}
               END""",
            # An emotion written twice in one entry counts once, like a tag.
            f"""CREATE TRIGGER entry_emotions_counted AFTER INSERT ON entry_emotions
               WHEN EXISTS (SELECT 1 FROM entries WHERE seq = NEW.entry AND deleted_at IS NULL)
                   AND NOT EXISTS (SELECT 1 FROM entry_emotions WHERE entry = NEW.entry
                       AND word = NEW.word AND position <> NEW.position)
               BEGIN
                   {_ADD_ITEM.format(entry="NEW.entry", kind="'emotion'", name="NEW.word")}
               END""",
            f"""CREATE TRIGGER entry_emotions_uncounted AFTER DELETE ON entry_emotions
               WHEN EXISTS (SELECT 1 FROM entries WHERE seq = OLD.entry AND deleted_at IS NULL)
                   AND NOT EXISTS (SELECT 1 FROM entry_emotions
                       WHERE entry = OLD.entry AND word = OLD.word)
               BEGIN
                   {_TAKE_ITEM.format(entry="OLD.entry", kind="'emotion'", name="OLD.word")}
               END""",
            # Links are only ever added and deleted, and tags never renamed in place (a
            # rename rewrites the entries) nor dropped while in use: anything else would
            # leave the counts wrong, so it fails instead.
            """CREATE TRIGGER entry_tags_fixed BEFORE UPDATE ON entry_tags BEGIN
                   SELECT RAISE(ABORT, 'entry tags are deleted and inserted, not updated');
               END""",
            """CREATE TRIGGER entry_emotions_fixed BEFORE UPDATE ON entry_emotions BEGIN
                   SELECT RAISE(ABORT, 'entry emotions are deleted and inserted, not updated');
               END""",
            """CREATE TRIGGER tag_names_fixed BEFORE UPDATE OF name ON tags BEGIN
                   SELECT RAISE(ABORT, 'tags are renamed through their entries');
               END""",
            """CREATE TRIGGER tags_kept_while_used BEFORE DELETE ON tags
               WHEN EXISTS (SELECT 1 FROM entry_tags WHERE tag = OLD.id) BEGIN
                   SELECT RAISE(ABORT, 'a tag in use is taken from its entries first');
               END""",
            # The counts of the journal as it is.
            """INSERT INTO day_counts
                   SELECT date, count(*), coalesce(sum(mood), 0), count(mood),
                       coalesce(sum(energy), 0), count(energy)
                   FROM entries WHERE deleted_at IS NULL GROUP BY date""",
            """INSERT INTO week_uses
                   SELECT i.kind, date(e.date, '-6 days', 'weekday 1'), i.name, count(*)
                   FROM entries e JOIN entry_items i ON i.entry = e.seq
                   WHERE e.deleted_at IS NULL GROUP BY 1, 2, 3""",
            """INSERT INTO month_uses
                   SELECT i.kind, substr(e.date, 1, 7), i.name, count(*)
                   FROM entries e JOIN entry_items i ON i.entry = e.seq
                   WHERE e.deleted_at IS NULL GROUP BY 1, 2, 3""",
            """INSERT INTO pair_counts
                   SELECT a.kind, a.name, b.kind, b.name, count(*)
                   FROM entries e
                   JOIN entry_items a ON a.entry = e.seq
                   JOIN entry_items b ON b.entry = e.seq AND (a.kind, a.name) < (b.kind, b.name)
                   WHERE e.deleted_at IS NULL GROUP BY 1, 2, 3, 4""",
            # Each week's and month's uses again, as one text ranked as the patterns view
            # ranks them (most used first, then by name): "name<US>count<RS>name<US>…"
            # with the unit and record separators, which no tag or emotion holds. Reading
            # years of weeks is then a row per week, not one per name. Kept by the uses'
            # own triggers, made after the counts above were filled in.
            """CREATE TABLE week_lists (
                   kind     TEXT NOT NULL,
                   monday   TEXT NOT NULL,
                   listed   TEXT NOT NULL,
                   PRIMARY KEY (kind, monday)
               ) STRICT, WITHOUT ROWID""",
            """CREATE TABLE month_lists (
                   kind     TEXT NOT NULL,
                   month    TEXT NOT NULL,
                   listed   TEXT NOT NULL,
                   PRIMARY KEY (kind, month)
               ) STRICT, WITHOUT ROWID""",
            *(
                statement.format(period=period, uses=f"{table}_uses", lists=f"{table}_lists")
                for table, period in (("week", "monday"), ("month", "month"))
                for statement in _LISTED
            ),
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
