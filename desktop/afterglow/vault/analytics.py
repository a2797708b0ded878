"""Lean reads and counts of entries, sessions and practice logs for the patterns view.

Analytics over years of journaling look only at dates, moods, energies, tags and
emotions, so these queries leave titles and bodies in the database: building 50,000 full
entries would cost far more than the analytics themselves. The counts go further: the
day counts, the uses of tags and emotions per week and per month, and the pairs over the
whole journal are kept up to date as entries are written (migration 5), so the whole
journal costs a few thousand rows; only the days at the ends of a range that cover part
of a week or month, and the pairs within a range, are counted from the entries.
`tests/vault/test_analytics_counts.py` checks every count against `afterglow.patterns`
over whole entries. Read-only; the stores (and the triggers behind them) are the only
code that writes these tables.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import DamagedData
from afterglow.patterns.cooccurrence import Counted, ItemCounts
from afterglow.patterns.days import JournalDay, JournalDays
from afterglow.patterns.frequency import Count, Uses, ranked
from afterglow.patterns.periods import iso_week, month_of, next_month
from afterglow.vault.database import Database

# A dictionary lookup is many times cheaper than calling the enum, 50,000 times over.
_KINDS = {kind.value: kind for kind in EntryKind}

# The kept lists of a period's uses (migration 5) join each name to its count with the
# unit separator and one name's to the next with the record separator: tags and emotions
# are printable text, so neither holds these control characters.
_SEP = "\x1f"
_RS = "\x1e"

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
        rows = self._db.query_tuples(
            "SELECT date, entries, mood_total, mood_count, energy_total, energy_count"
            " FROM day_counts WHERE date >= ? AND date <= ? ORDER BY date",
            _bounds(since, until),
        )
        day_of = date.fromisoformat
        try:
            return {
                day: JournalDay(day, entries, mood_total, mood_count, energy_total, energy_count)
                for text, entries, mood_total, mood_count, energy_total, energy_count in rows
                for day in (day_of(text),)
            }
        except (ValueError, TypeError) as exc:
            raise DamagedData("An entry in the journal is damaged.") from exc

    def uses(self, since: date | None, until: date | None) -> tuple[Uses, Uses]:
        """The uses of tags, and of emotions, week by week and month by month over the
        entries of the range (a week or month the range covers only in part counts only
        the days inside it)."""
        ends = _Ends(since, until)
        uses: dict[str, tuple[dict[str, tuple[Count, ...]], dict[str, tuple[Count, ...]]]] = {
            "tag": ({}, {}),
            "emotion": ({}, {}),
        }
        # Each whole period's counts are kept ranked as `Frequencies` ranks them (most
        # used first, then by name in code-point order, as SQLite's text order is), in
        # one text per period (see migration 5): a row per period, not one per name.
        weeks = self._db.query(
            "SELECT kind, monday, listed FROM week_lists WHERE monday >= ? AND monday <= ?",
            ends.weeks(),
        )
        months = self._db.query(
            "SELECT kind, month, listed FROM month_lists WHERE month >= ? AND month <= ?",
            ends.months(),
        )
        made: dict[str, Count] = {}  # equal counts are shared: weeks repeat the same few
        known = made.get

        def new_count(item: str) -> Count:
            name, number = item.split(_SEP)
            made[item] = Count(name, int(number))
            return made[item]

        def counts(listed: str) -> tuple[Count, ...]:
            return tuple([known(item) or new_count(item) for item in listed.split(_RS)])

        try:
            names: dict[str, str] = {}  # each Monday's ISO week, named once for both kinds
            for kind, monday, listed in weeks:
                week = names.get(monday) or names.setdefault(
                    monday, iso_week(date.fromisoformat(monday))
                )
                uses[kind][0][week] = counts(listed)
            for kind, month, listed in months:
                uses[kind][1][month] = counts(listed)
            partial: dict[tuple[str, int, str], Counter[str]] = defaultdict(Counter)
            for first, last in ends.partial_days():
                for kind, day_text, name, count in self._day_uses(first, last):
                    day = date.fromisoformat(day_text)
                    if ends.in_partial_week(day):
                        partial[kind, 0, iso_week(day)][name] += count
                    if ends.in_partial_month(day):
                        partial[kind, 1, month_of(day)][name] += count
            for (kind, which, period), counter in partial.items():
                uses[kind][which][period] = ranked(counter)
        except (ValueError, TypeError, KeyError) as exc:
            raise DamagedData("An entry in the journal is damaged.") from exc
        return Uses(*uses["tag"]), Uses(*uses["emotion"])

    def _day_uses(self, first: date, last: date) -> list[tuple[str, str, str, int]]:
        """(kind, day, name, entries) for the days from `first` to `last`, counted from
        the entries."""
        params = (first.isoformat(), last.isoformat())
        # CROSS JOIN keeps the date-ordered index outside, so days group as they stream by.
        rows = self._db.query(
            f"SELECT 'tag', e.date, t.name, count(*) FROM (SELECT seq, date FROM {_KEPT}) e"
            " CROSS JOIN entry_tags et ON et.entry = e.seq JOIN tags t ON t.id = et.tag"
            " GROUP BY e.date, t.name",
            params,
        )
        # An emotion written twice in an entry counts once, as for the kept counts.
        rows += self._db.query(
            "SELECT 'emotion', date, word, count(*) FROM (SELECT DISTINCT e.date, e.seq, t.word"
            f" FROM (SELECT seq, date FROM {_KEPT}) e CROSS JOIN entry_emotions t"
            " ON t.entry = e.seq) GROUP BY date, word",
            params,
        )
        return [(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]

    def item_counts(self, since: date | None, until: date | None) -> ItemCounts:
        """The counts behind `afterglow.patterns.co_occurrences` over the entries of the
        range, in one read so they agree with each other."""
        with self._db.transaction():
            return self._item_counts(since, until)

    def _item_counts(self, since: date | None, until: date | None) -> ItemCounts:
        if since is None and until is None:
            return self._kept_item_counts()
        bounds = _bounds(since, until)
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

    def _kept_item_counts(self) -> ItemCounts:
        """The whole journal's counts, as kept up to date (see migration 5)."""
        entries = int(self._db.query("SELECT coalesce(sum(entries), 0) FROM day_counts")[0][0])
        singles = {
            (str(row[0]), str(row[1])): int(row[2])
            for row in self._db.query(
                "SELECT kind, name, sum(entries) FROM month_uses GROUP BY kind, name"
            )
        }
        return ItemCounts(entries, singles, self.kept_pairs())

    def kept_pairs(self) -> dict[tuple[Counted, Counted], int]:
        """How many entries outside the Trash hold each pair of items (a, b), a < b."""
        return {
            ((row[0], row[1]), (row[2], row[3])): row[4]
            for row in self._db.query(
                "SELECT first_kind, first_name, second_kind, second_name, entries FROM pair_counts"
            )
        }

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

    def occurrence_days(self, since: date | None, until: date | None) -> dict[str, list[date]]:
        days: dict[str, list[date]] = {}
        try:
            for row in self._db.query(
                "SELECT pattern_id, occurred_on FROM occurrences"
                " WHERE occurred_on >= ? AND occurred_on <= ?",
                _bounds(since, until),
            ):
                days.setdefault(row[0], []).append(date.fromisoformat(row[1]))
        except (ValueError, TypeError) as exc:
            raise DamagedData("An occurrence in the journal is damaged.") from exc
        return days

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


class _Ends:
    """Which weeks and months a range covers whole, whose kept counts are read, and the
    days at either end that lie in a week or month it covers only in part, which are
    counted from the entries. An open end covers every week and month before or after."""

    def __init__(self, since: date | None, until: date | None) -> None:
        self.since, self.until = since, until
        # Whole weeks run from the first Monday to the last Sunday inside the range, and
        # whole months from the first 1st to the last month's end inside it.
        self.monday = self.month_start = self.sunday = self.month_end = None
        if since is not None:
            self.monday = since + timedelta(days=-since.weekday() % 7)
            self.month_start = since if since.day == 1 else next_month(since.replace(day=1))
        if until is not None:
            self.sunday = until - timedelta(days=(until.weekday() + 1) % 7)
            after = until + timedelta(days=1)
            self.month_end = until if after.day == 1 else until.replace(day=1) - timedelta(1)

    def weeks(self) -> tuple[str, str]:
        """The Mondays of the first and last whole weeks, as text (empty when none)."""
        first = "" if self.monday is None else self.monday.isoformat()
        last = "~" if self.sunday is None else (self.sunday - timedelta(days=6)).isoformat()
        return first, last

    def months(self) -> tuple[str, str]:
        """The first and last whole months, as "YYYY-MM" (empty when none)."""
        first = "" if self.month_start is None else month_of(self.month_start)
        last = "~" if self.month_end is None else month_of(self.month_end)
        return first, last

    def in_partial_week(self, day: date) -> bool:
        return (self.monday is not None and day < self.monday) or (
            self.sunday is not None and day > self.sunday
        )

    def in_partial_month(self, day: date) -> bool:
        return (self.month_start is not None and day < self.month_start) or (
            self.month_end is not None and day > self.month_end
        )

    def partial_days(self) -> list[tuple[date, date]]:
        """Stretches of days (first, last) holding every day of the range in a partly
        covered week or month: one at each closed end, or the whole of a short range."""
        head = tail = None
        if self.since is not None and self.monday is not None and self.month_start is not None:
            head = (self.since, max(self.monday, self.month_start) - timedelta(days=1))
        if self.until is not None and self.sunday is not None and self.month_end is not None:
            tail = (min(self.sunday, self.month_end) + timedelta(days=1), self.until)
        if head is not None and tail is not None and head[1] >= tail[0] - timedelta(days=1):
            return [(head[0], tail[1])]
        return [s for s in (head, tail) if s is not None and s[0] <= s[1]]
