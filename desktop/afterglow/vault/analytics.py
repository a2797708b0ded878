"""Lean reads and counts of entries, sessions and practice logs for the patterns view.

Analytics over years of journaling look only at dates, moods, energies, tags and
emotions, so these queries leave titles and bodies in the database: building 50,000 full
entries would cost far more than the analytics themselves. The counts (`journal_days`,
`used_by_day`, `item_counts`, `logged_days`) go further and let SQLite do the counting,
so that only days, tags and emotions come back to Python, never an object per entry;
`tests/vault/test_analytics_counts.py` checks them against `afterglow.patterns` over
whole entries. Read-only; the stores remain the only code that writes these tables.
"""

from __future__ import annotations

from datetime import date, datetime

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import DamagedData
from afterglow.patterns.cooccurrence import Counted, ItemCounts
from afterglow.patterns.days import JournalDay, JournalDays
from afterglow.vault.database import Database

# A dictionary lookup is many times cheaper than calling the enum, 50,000 times over.
_KINDS = {kind.value: kind for kind in EntryKind}

# Joins names of a day in one string. Tags and emotions are printable text, so neither
# can hold this control character (the unit separator).
_SEP = "\x1f"

# Entries outside the Trash dated within a range, through the covering index (see
# migration 4), which holds `seq` as its rowid and never reads a body.
_KEPT = (
    "entries INDEXED BY entries_for_analytics WHERE deleted_at IS NULL AND date >= ? AND date <= ?"
)


class VaultAnalyticsSource:
    """`core.tracking_store.AnalyticsSource` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def lean_entries(self, since: date | None, until: date | None) -> list[Entry]:
        # `INDEXED BY` holds the planner to the covering index (see migration 4); the
        # newest-first index looks as good to it but would read every body.
        within = (
            "SELECT seq FROM entries INDEXED BY entries_for_analytics"
            " WHERE deleted_at IS NULL AND date >= ? AND date <= ?"
        )
        params = [(since or date.min).isoformat(), (until or date.max).isoformat()]
        rows = self._db.query(
            "SELECT seq, id, kind, date, created_at, mood, energy, private, session_id"
            " FROM entries INDEXED BY entries_for_analytics"
            " WHERE deleted_at IS NULL AND date >= ? AND date <= ?"
            " ORDER BY date, created_at, id",
            params,
        )
        names = {int(row[0]): str(row[1]) for row in self._db.query("SELECT id, name FROM tags")}
        tags: dict[int, list[str]] = {}
        for row in self._db.query(
            f"SELECT entry, tag FROM entry_tags WHERE entry IN ({within})", params
        ):
            tags.setdefault(int(row[0]), []).append(names[int(row[1])])
        emotions: dict[int, list[str]] = {}
        for row in self._db.query(
            f"SELECT entry, word FROM entry_emotions WHERE entry IN ({within})"
            " ORDER BY entry, position",
            params,
        ):
            emotions.setdefault(int(row[0]), []).append(str(row[1]))
        try:
            entries = []
            for row in rows:
                created = datetime.fromisoformat(row[4])
                seq = row[0]
                entries.append(
                    Entry(
                        id=row[1],
                        kind=_KINDS[row[2]],
                        date=date.fromisoformat(row[3]),
                        created_at=created,
                        updated_at=created,
                        mood=row[5],
                        energy=row[6],
                        private=bool(row[7]),
                        session_id=row[8],
                        tags=tuple(sorted(tags.get(seq, ()))),
                        emotions=tuple(emotions.get(seq, ())),
                    )
                )
            return entries
        except (ValueError, TypeError, KeyError) as exc:
            raise DamagedData("An entry in the journal is damaged.") from exc

    def journal_days(self, since: date | None, until: date | None) -> JournalDays:
        """`afterglow.patterns.journal_days` over the entries of the range."""
        rows = self._db.query(
            "SELECT date, count(*), coalesce(sum(mood), 0), count(mood),"
            f" coalesce(sum(energy), 0), count(energy) FROM {_KEPT} GROUP BY date ORDER BY date",
            _bounds(since, until),
        )
        try:
            return {
                day: JournalDay(day, *row[1:])
                for row in rows
                for day in (date.fromisoformat(row[0]),)
            }
        except (ValueError, TypeError) as exc:
            raise DamagedData("An entry in the journal is damaged.") from exc

    def used_by_day(
        self, since: date | None, until: date | None
    ) -> tuple[dict[date, list[str]], dict[date, list[str]]]:
        """The tags and the emotions used on each day of the range that has any, each name
        once for every entry using it that day (an entry's tags and emotions are sets)."""
        params = _bounds(since, until)
        names = {str(row[0]): str(row[1]) for row in self._db.query("SELECT id, name FROM tags")}
        # CROSS JOIN keeps the date-ordered index outside, so days group as they stream by.
        tags = self._db.query(
            f"SELECT e.date, group_concat(t.tag, ',') FROM (SELECT seq, date FROM {_KEPT}) e"
            " CROSS JOIN entry_tags t ON t.entry = e.seq GROUP BY e.date",
            params,
        )
        emotions = self._db.query(
            f"SELECT e.date, group_concat(t.word, char(31)) FROM (SELECT seq, date FROM {_KEPT})"
            " e CROSS JOIN entry_emotions t ON t.entry = e.seq GROUP BY e.date",
            params,
        )
        try:
            return (
                {
                    date.fromisoformat(row[0]): list(map(names.__getitem__, row[1].split(",")))
                    for row in tags
                },
                {date.fromisoformat(row[0]): row[1].split(_SEP) for row in emotions},
            )
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise DamagedData("An entry in the journal is damaged.") from exc

    def item_counts(self, since: date | None, until: date | None) -> ItemCounts:
        """The counts behind `afterglow.patterns.co_occurrences` over the entries of the
        range, in one read so they agree with each other."""
        with self._db.transaction():
            return self._item_counts(since, until)

    def _item_counts(self, since: date | None, until: date | None) -> ItemCounts:
        bounds = _bounds(since, until)
        params: tuple[str, ...] = ()
        if since is None and until is None:
            # Everything but the Trash: a short list (a partial index) to leave out, rather
            # than every entry's seq to look up.
            kept = "NOT IN (SELECT seq FROM entries WHERE deleted_at IS NOT NULL)"
        else:
            kept, params = f"IN (SELECT seq FROM {_KEPT})", bounds
        entries = int(self._db.query(f"SELECT count(*) FROM {_KEPT}", bounds)[0][0])
        last = int(self._db.query("SELECT coalesce(max(seq), 0) FROM entries")[0][0])
        names = {int(row[0]): str(row[1]) for row in self._db.query("SELECT id, name FROM tags")}
        # Each item's entries, streamed from the (item, entry) indexes, become a bit set
        # over entry seqs; a pair's count is then one AND and a bit count, where a join
        # per pair of rows would cost several times as much at 50,000 entries.
        held: list[tuple[Counted, str]] = [
            (("tag", names[row[0]]), row[1])
            for row in self._db.query(
                f"SELECT tag, group_concat(entry, ',') FROM entry_tags WHERE entry {kept}"
                " GROUP BY tag",
                params,
            )
        ]
        held += [
            (("emotion", row[0]), row[1])
            for row in self._db.query(
                f"SELECT word, group_concat(entry, ',') FROM entry_emotions WHERE entry {kept}"
                " GROUP BY word",
                params,
            )
        ]
        singles: dict[Counted, int] = {}
        sets: list[tuple[Counted, int]] = []
        for item, seqs in sorted(held):
            bits = bytearray(last // 8 + 1)
            count = 0
            for seq in map(int, seqs.split(",")):
                bits[seq >> 3] |= 1 << (seq & 7)
                count += 1
            singles[item] = count
            sets.append((item, int.from_bytes(bits, "little")))
        # Items in order, so each pair (a, b) has a < b as `co_occurrences` keys them.
        pairs: dict[tuple[Counted, Counted], int] = {}
        for i, (first, first_set) in enumerate(sets):
            for second, second_set in sets[i + 1 :]:
                together = (first_set & second_set).bit_count()
                if together:
                    pairs[first, second] = together
        return ItemCounts(entries, singles, pairs)

    def logged_days(self, today: date) -> dict[str, tuple[date | None, frozenset[date]]]:
        """For every practice logged at least once: its first day logged and the days it
        was done, none after `today` (first is None when every log is later)."""
        rows = self._db.query(
            "SELECT practice_id, min(CASE WHEN date <= ?1 THEN date END),"
            " group_concat(CASE WHEN done = 1 AND date <= ?1 THEN date END, ',')"
            " FROM practice_logs GROUP BY practice_id",
            (today.isoformat(),),
        )
        try:
            return {
                str(row[0]): (
                    None if row[1] is None else date.fromisoformat(row[1]),
                    frozenset(map(date.fromisoformat, row[2].split(",") if row[2] else ())),
                )
                for row in rows
            }
        except (ValueError, TypeError) as exc:
            raise DamagedData("A practice log in the journal is damaged.") from exc

    def session_starts(self, since: date | None, until: date | None) -> list[tuple[str, datetime]]:
        rows = self._db.query(
            "SELECT id, started_at FROM sessions WHERE deleted_at IS NULL"
            " AND started_on >= ? AND started_on <= ? ORDER BY started_utc, id",
            ((since or date.min).isoformat(), (until or date.max).isoformat()),
        )
        try:
            return [(str(row[0]), datetime.fromisoformat(row[1])) for row in rows]
        except (ValueError, TypeError) as exc:
            raise DamagedData("A session in the journal is damaged.") from exc


def _bounds(since: date | None, until: date | None) -> tuple[str, str]:
    return (since or date.min).isoformat(), (until or date.max).isoformat()
