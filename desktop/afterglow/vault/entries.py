"""Entries in the encrypted database: the only SQL for entries, tags, emotions and search.

The full-text index (`entries_search`) lives in the same SQLCipher file and is updated
in the same transaction as the rows it indexes, so it is never out of step or in clear.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import DamagedData
from afterglow.core.search import (
    MATCH_END,
    MATCH_START,
    SearchHit,
    SearchQuery,
    clean_text,
    spans_from_marked,
)
from afterglow.core.store import EntryFilter, TagCount
from afterglow.vault.database import Database, Row
from afterglow.vault.search_index import COLUMN_WEIGHTS, ELLIPSIS, SNIPPET_TOKENS, fts_query

_T = TypeVar("_T")

# Well under SQLite's limit on bound parameters per statement.
_CHUNK = 500

_COLUMNS = (
    "e.seq, e.id, e.kind, e.date, e.created_at, e.updated_at, e.title, e.body, e.mood, "
    "e.energy, e.private, e.session_id, e.prompt, e.deleted_at"
)
_NEWEST_FIRST = "e.date DESC, e.created_at DESC, e.id DESC"
# A tag filter can be answered two ways: listing the tag's entries, which reads every one
# of their rows (bodies and all) and sorts them, or walking the entries outside the Trash
# newest first (`_WALKED`), looking up each one's tags, until the page is full. A page of
# 20 of 50,000 entries, listed / walked: `work`, on 29,210 entries, 244 / 0.6 ms; a tag on
# 3,611, 58 / 0.7 ms; on 1,216, 5 / 0.7 ms; on 13, 0.5 / 52 ms (the walk goes to the end,
# about what listing 3,000 entries costs). So the walk is taken when every tag asked for
# is on more than 1/_COMMON of the entries: then even a walk to the end costs no more.
_COMMON = 16
_WALKED = "entries e INDEXED BY entries_newest_first"  # needs `e.deleted_at IS NULL`
_TAG_ID = "(SELECT id FROM tags WHERE name = ?)"
_RANK = f"bm25(entries_search, {', '.join(str(w) for w in COLUMN_WEIGHTS)})"
_MARKED = (
    "highlight(entries_search, 0, ?, ?) AS marked_title,"
    f" snippet(entries_search, 1, ?, ?, ?, {SNIPPET_TOKENS:d}) AS marked_body"
)
# Extra matches ranked beyond a page, so that ties at its end are usually settled
# without ranking every match a second time.
_TIE_ROOM = 32
# When a search matches more entries than this, the ones most recently added come first,
# best first, and the older matches after them, best first. Ranking every match of a very
# common word (30,000 of 50,000 entries) costs SQLite's bm25 about 20 ms, more than a
# keystroke allows, and recent writing is what such a search most likely wants.
NEWEST_RANKED_FIRST = 3_000
_MARKERS = (MATCH_START, MATCH_END, MATCH_START, MATCH_END, ELLIPSIS)
_UNORDERED = ("", "", "")
# The `NEWEST_RANKED_FIRST` + 1 most recently added matches, scored, and `edge.newer`, the
# seq above which matches are the newest `NEWEST_RANKED_FIRST` (0 when there are no more
# matches than that). One pass gives both: FTS5 checks a phrase's word positions in every
# candidate again on each pass, and counting the matches, then ranking them, took two.
_NEWEST = (
    "WITH newest (seq, score) AS MATERIALIZED ("
    f"  SELECT rowid, {_RANK} FROM entries_search WHERE entries_search MATCH ?"
    "   ORDER BY rowid DESC LIMIT ?),"
    " edge (newer) AS (SELECT iif(count(*) > ?, min(seq), 0) FROM newest)"
)


# A dictionary lookup is many times cheaper than calling the enum, for every entry read.
_KINDS = {kind.value: kind for kind in EntryKind}


def _chunks(items: Sequence[_T], size: int = _CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _trash_time(moment: datetime) -> str:
    # Kept in UTC with a fixed width so that text order is time order.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class VaultEntryStore:
    """`core.store.EntryStore` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def transaction(self) -> AbstractContextManager[object]:
        return self._db.transaction()

    # -- writing ---------------------------------------------------------------------

    def insert(self, entries: Sequence[Entry]) -> None:
        if not entries:
            return
        with self._db.transaction():
            for chunk in _chunks(entries):
                self._db.executemany(
                    "INSERT INTO entries (id, kind, date, created_at, updated_at, title, body,"
                    " mood, energy, private, session_id, prompt, deleted_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [_row(e) for e in chunk],
                )
                self._write_links(chunk, replacing=False)

    def replace(self, entries: Sequence[Entry]) -> None:
        if not entries:
            return
        with self._db.transaction():
            for chunk in _chunks(entries):
                self._db.executemany(
                    "UPDATE entries SET kind = ?, date = ?, created_at = ?, updated_at = ?,"
                    " title = ?, body = ?, mood = ?, energy = ?, private = ?, session_id = ?,"
                    " prompt = ?, deleted_at = ? WHERE id = ?",
                    [(*_row(e)[1:], e.id) for e in chunk],
                )
                self._write_links(chunk, replacing=True)
            self._forget_unused_tags()

    def _write_links(self, entries: Sequence[Entry], *, replacing: bool) -> None:
        """Tags, emotions and the search index for entries whose rows are written."""
        seqs = self._seqs([e.id for e in entries])
        if len(seqs) != len(entries):
            raise DamagedData("An entry to be changed is no longer in the journal.")
        pairs = [(seqs[e.id], e) for e in entries]
        if replacing:
            numbers = [(seq,) for seq, _ in pairs]
            self._db.executemany("DELETE FROM entry_tags WHERE entry = ?", numbers)
            self._db.executemany("DELETE FROM entry_emotions WHERE entry = ?", numbers)
            self._db.executemany("DELETE FROM entries_search WHERE rowid = ?", numbers)
        tag_ids = self._tag_ids({tag for e in entries for tag in e.tags})
        self._db.executemany(
            "INSERT INTO entry_tags (entry, tag) VALUES (?, ?)",
            [(seq, tag_ids[tag]) for seq, e in pairs for tag in e.tags],
        )
        self._db.executemany(
            "INSERT INTO entry_emotions (entry, position, word) VALUES (?, ?, ?)",
            [(seq, i, word) for seq, e in pairs for i, word in enumerate(e.emotions)],
        )
        self._db.executemany(
            "INSERT INTO entries_search (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            [(seq, clean_text(e.title), clean_text(e.body), " ".join(e.tags)) for seq, e in pairs],
        )

    def _seqs(self, ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(ids):
            for row in self._db.query(
                f"SELECT id, seq FROM entries WHERE id IN ({_marks(len(chunk))})", chunk
            ):
                found[row[0]] = row[1]
        return found

    def _tag_ids(self, names: set[str]) -> dict[str, int]:
        if not names:
            return {}
        ordered = sorted(names)
        self._db.executemany(
            "INSERT OR IGNORE INTO tags (name) VALUES (?)", [(n,) for n in ordered]
        )
        ids: dict[str, int] = {}
        for chunk in _chunks(ordered):
            for row in self._db.query(
                f"SELECT name, id FROM tags WHERE name IN ({_marks(len(chunk))})", chunk
            ):
                ids[row[0]] = row[1]
        return ids

    def _forget_unused_tags(self) -> None:
        self._db.execute(
            "DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM entry_tags WHERE tag = tags.id)"
        )

    def delete(self, entry_ids: Sequence[str]) -> int:
        removed = 0
        with self._db.transaction():
            for chunk in _chunks(entry_ids):
                marks = _marks(len(chunk))
                self._db.execute(
                    "DELETE FROM entries_search WHERE rowid IN"
                    f" (SELECT seq FROM entries WHERE id IN ({marks}))",
                    chunk,
                )
                removed += self._db.execute(
                    f"DELETE FROM entries WHERE id IN ({marks})", chunk
                ).rowcount
            if removed:
                self._forget_unused_tags()
        return removed

    # -- reading ---------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry | None:
        found = self.existing([entry_id])
        return found.get(entry_id)

    def existing(self, entry_ids: Sequence[str]) -> dict[str, Entry]:
        found: dict[str, Entry] = {}
        for chunk in _chunks(entry_ids):
            rows = self._db.query(
                f"SELECT {_COLUMNS} FROM entries e WHERE e.id IN ({_marks(len(chunk))})", chunk
            )
            found.update((entry.id, entry) for entry in self._entries(rows))
        return found

    def ids_starting_with(self, prefix: str, limit: int) -> list[str]:
        # Ids are lower-case hex and '-', all sorting below '~': a range on the unique index.
        rows = self._db.query(
            "SELECT id FROM entries WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            (prefix, prefix + "~", limit),
        )
        return [str(row[0]) for row in rows]

    def entries(self, where: EntryFilter) -> list[Entry]:
        walk = self._walks(where)
        conditions, params = _conditions(where, keyset=True, walk=walk)
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM {_WALKED if walk else 'entries e'} WHERE {conditions}"
            f" ORDER BY {_NEWEST_FIRST} LIMIT ? OFFSET ?",
            [*params, _limit(where), where.offset],
        )
        return self._entries(rows)

    def count(self, where: EntryFilter) -> int:
        if where.tags and _only_tags_and_trash(where):
            return self._tagged_count(where)
        walk = self._walks(where)
        conditions, params = _conditions(where, keyset=True, walk=walk)
        return int(
            self._db.query(
                f"SELECT count(*) FROM {_WALKED if walk else 'entries e'} WHERE {conditions}",
                params,
            )[0][0]
        )

    def _walks(self, where: EntryFilter) -> bool:
        """Whether to walk the entries outside the Trash newest first, checking their tags,
        rather than read every entry with the tags (see `_COMMON`)."""
        if where.in_trash is not False or not where.tags or _needs_rows(where):
            return False
        # Seqs are handed out in order, so the last is about how many entries there are
        # (more once some are deleted for good), and costs 0.1 ms to read, not 9 ms cold.
        size = int(self._db.query("SELECT coalesce(max(seq), 0) FROM entries")[0][0])
        enough = size // _COMMON + 1
        return all(self._tagged_at_least(tag, enough) for tag in where.tags)

    def _tagged_at_least(self, tag: str, enough: int) -> bool:
        # Counted off the (tag, entry) index, and only as far as needed.
        rows = self._db.query(
            f"SELECT count(*) FROM (SELECT 1 FROM entry_tags WHERE tag = {_TAG_ID} LIMIT ?)",
            (tag, enough),
        )
        return int(rows[0][0]) >= enough

    def _tagged_count(self, where: EntryFilter) -> int:
        """`count` when only tags and the Trash matter: counted off the (tag, entry) index
        and the Trash's, without reading an entry row (1 ms rather than 166 ms for a tag on
        29,210 of 50,000 entries)."""
        if where.in_trash is False:
            # Less those in the Trash, which is small: `NOT IN` took 2.3 ms over `work`.
            everywhere = self._tagged_count(replace(where, in_trash=None))
            return everywhere - self._tagged_count(replace(where, in_trash=True))
        first, *others = where.tags
        sql, params = _tag_conditions(replace(where, tags=tuple(others)), "tagged.entry", walk=True)
        if where.in_trash:
            sql.append("tagged.entry IN (SELECT seq FROM entries WHERE deleted_at IS NOT NULL)")
        rows = self._db.query(
            "SELECT count(*) FROM entry_tags tagged"
            f" WHERE {' AND '.join([f'tagged.tag = {_TAG_ID}', *sql])}",
            [first, *params],
        )
        return int(rows[0][0])

    def trashed_before(self, moment: datetime | None) -> list[str]:
        if moment is None:
            rows = self._db.query("SELECT id FROM entries WHERE deleted_at IS NOT NULL")
        else:
            rows = self._db.query(
                "SELECT id FROM entries WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                (_trash_time(moment),),
            )
        return [str(row[0]) for row in rows]

    def tag_counts(self) -> list[TagCount]:
        # Counted straight off the (tag, entry) index; the Trash is small, so leaving its
        # entries out is cheaper than looking up every tagged entry.
        rows = self._db.query(
            "SELECT t.name, counted.entries FROM tags t JOIN ("
            "   SELECT tag, count(*) AS entries FROM entry_tags"
            "   WHERE entry NOT IN (SELECT seq FROM entries WHERE deleted_at IS NOT NULL)"
            "   GROUP BY tag"
            " ) AS counted ON counted.tag = t.id"
            " ORDER BY t.name"
        )
        return [TagCount(str(row[0]), int(row[1])) for row in rows]

    def day_counts(self, first: date, last: date) -> dict[date, int]:
        rows = self._db.query(
            "SELECT date, count(*) FROM entries"
            " WHERE deleted_at IS NULL AND date BETWEEN ? AND ? GROUP BY date ORDER BY date",
            (first.isoformat(), last.isoformat()),
        )
        return {date.fromisoformat(row[0]): int(row[1]) for row in rows}

    def on_day_of_month(self, day: int, before: date) -> list[Entry]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM entries e WHERE e.deleted_at IS NULL AND e.date < ?"
            f" AND substr(e.date, 9, 2) = ? ORDER BY {_NEWEST_FIRST}",
            (before.isoformat(), f"{day:02d}"),
        )
        return self._entries(rows)

    def search(self, query: SearchQuery, where: EntryFilter) -> list[SearchHit]:
        """Best matches first (bm25, title above body), newest first among equals;
        `where.after` does not apply. Past `NEWEST_RANKED_FIRST` matches, the most
        recently added ones come first, then the older ones, each part ranked so.

        A page of results takes two steps: ranking reads the full-text index alone (and
        the entries' rows only when a filter needs them), then entries, highlights and
        snippets are read for the page's rows. Doing it all in one query read an entry
        row, decrypting its pages, and cut a snippet for every match before sorting:
        300 ms for a common word in 50,000 entries, against about 25 ms in two steps.
        """
        if query.is_empty or where.limit == 0:
            return []
        match = fts_query(query)
        if where.limit is None:
            return self._search_in_one_step(match, where)
        wanted = where.offset + where.limit
        newer, ranked = self._newest_ranked(match, where, wanted + _TIE_ROOM)
        page = self._best(match, where, wanted, ("entries_search.rowid > ?", (newer,)), ranked)
        if newer and len(page) < wanted:
            more = wanted - len(page)
            ranked = self._older_ranked(match, where, more + _TIE_ROOM, newer)
            page += self._best(match, where, more, ("entries_search.rowid <= ?", (newer,)), ranked)
        return self._hits(match, page[where.offset :])

    def _newest_ranked(
        self, match: str, where: EntryFilter, count: int
    ) -> tuple[int, list[tuple[float, int]]]:
        """The seq above which matches are the newest (`edge.newer` in `_NEWEST`), and
        (score, seq) of the `count` best of those, best first; equal scores in any order."""
        ranking, params, hidden = self._ranking("newest", where)
        # Joined to `edge` so that `newer` comes back even when no match is kept. The
        # match just past the newest, if any, is ranked with them and left out here.
        rows = self._db.query_tuples(
            f"{_NEWEST} SELECT edge.newer, ranked.seq, ranked.score"
            f" FROM edge LEFT JOIN ({ranking}) AS ranked ORDER BY ranked.score",
            [*_newest_params(match), *params, count + len(hidden) + 1],
        )
        newer = int(rows[0][0])
        ranked = [
            (row[2], row[1])
            for row in rows
            if row[1] is not None and row[1] > newer and row[1] not in hidden
        ]
        return newer, ranked[:count]

    def _older_ranked(
        self, match: str, where: EntryFilter, count: int, newer: int
    ) -> list[tuple[float, int]]:
        """(score, seq) of the `count` best matches at or below seq `newer`, best first;
        equal scores in any order."""
        ranking, params, hidden = self._ranking(
            f"(SELECT rowid AS seq, {_RANK} AS score FROM entries_search"
            " WHERE entries_search MATCH ? AND rowid <= ?)",
            where,
        )
        rows = self._db.query_tuples(ranking, [match, newer, *params, count + len(hidden)])
        return [(row[1], row[0]) for row in rows if row[0] not in hidden][:count]

    def _ranking(self, source: str, where: EntryFilter) -> tuple[str, list[Any], set[int]]:
        """A query for the best (seq, score) rows of `source` that the filter lets
        through, best first, with its LIMIT still to bind; the filter's parameters; and
        seqs for the caller to leave out, which the LIMIT must allow for."""
        if where.in_trash is not True and _only_trash_filter(where):
            # The Trash is small, so its entries are left out after ranking: asking for
            # that many more keeps the answer exact without reading any entry row.
            hidden = set() if where.in_trash is None else self._trashed_seqs()
            return f"SELECT seq, score FROM {source} ORDER BY 2 LIMIT ?", [], hidden
        conditions, params = _conditions(where, keyset=False)
        # CROSS JOIN keeps the matches as the outer loop: left to choose, SQLite may read
        # every entry with a tag and look each one up among the matches.
        return (
            f"SELECT n.seq, n.score FROM {source} AS n CROSS JOIN entries e ON e.seq = n.seq"
            f" WHERE {conditions} ORDER BY 2 LIMIT ?",
            params,
            set(),
        )

    def _best(
        self,
        match: str,
        where: EntryFilter,
        wanted: int,
        tier: _Tier,
        ranked: list[tuple[float, int]],
    ) -> list[int]:
        """The seqs of the `wanted` best matches within the tier, in order, from the
        tier's `wanted + _TIE_ROOM` best (score, seq) `ranked` (equal scores in any order)."""
        if len(ranked) <= wanted or ranked[wanted][0] != ranked[wanted - 1][0]:
            return self._newest_first_among_equals(ranked[:wanted])
        # Equal scores straddle the last place (common words score alike): of those, the
        # newest win, as in a single ORDER BY. Usually every one of them is in hand.
        last = ranked[wanted][0]
        if len(ranked) < wanted + _TIE_ROOM or ranked[-1][0] != last:
            within = [item for item in ranked if item[0] <= last]
            return self._newest_first_among_equals(within)[:wanted]
        above = [item for item in ranked if item[0] < last]
        conditions, params = _conditions(where, keyset=False)
        tied = self._db.query(
            "SELECT e.seq FROM entries_search JOIN entries e ON e.seq = entries_search.rowid"
            f" WHERE entries_search MATCH ? AND {tier[0]} AND {_RANK} = ? AND {conditions}"
            f" ORDER BY {_NEWEST_FIRST} LIMIT ?",
            [match, *tier[1], last, *params, wanted - len(above)],
        )
        return self._newest_first_among_equals(above) + [int(row[0]) for row in tied]

    def _trashed_seqs(self) -> set[int]:
        rows = self._db.query("SELECT seq FROM entries WHERE deleted_at IS NOT NULL")
        return {int(row[0]) for row in rows}

    def _newest_first_among_equals(self, ranked: list[tuple[float, int]]) -> list[int]:
        """The seqs of (score, seq) `ranked`, best first, equal scores newest first."""
        shared = Counter(score for score, _ in ranked)
        tied = [seq for score, seq in ranked if shared[score] > 1]
        order: dict[int, tuple[str, str, str]] = {}
        for chunk in _chunks(tied):
            for row in self._db.query_tuples(
                "SELECT seq, date, created_at, id FROM entries"
                f" WHERE seq IN ({_marks(len(chunk))})",
                chunk,
            ):
                order[row[0]] = (row[1], row[2], row[3])
        # Stable sorts: equals stay newest first; a score no other shares needs no order.
        newest_first = sorted(ranked, key=lambda item: order.get(item[1], _UNORDERED), reverse=True)
        newest_first.sort(key=lambda item: item[0])
        return [seq for _, seq in newest_first]

    def _hits(self, match: str, seqs: Sequence[int]) -> list[SearchHit]:
        """The hits for `seqs`, in that order."""
        found: dict[int, Row] = {}
        for chunk in _chunks(seqs):
            # `+rowid` makes this one pass over the matches: looking each row up on its
            # own would merge a prefix term's doclists again for every row. The range
            # lets the index skip to the page's first match and stop after its last.
            for row in self._db.query(
                f"SELECT {_COLUMNS}, {_MARKED} FROM entries_search"
                " JOIN entries e ON e.seq = entries_search.rowid"
                " WHERE entries_search MATCH ? AND entries_search.rowid BETWEEN ? AND ?"
                f" AND +entries_search.rowid IN ({_marks(len(chunk))})",
                [*_MARKERS, match, min(chunk), max(chunk), *chunk],
            ):
                found[int(row["seq"])] = row
        return self._hits_of([found[seq] for seq in seqs if seq in found])

    def _search_in_one_step(self, match: str, where: EntryFilter) -> list[SearchHit]:
        """Every match ranked and marked in one query, for all results at once."""
        conditions, params = _conditions(where, keyset=False)
        rows = self._db.query(
            f"{_NEWEST} SELECT {_COLUMNS}, {_MARKED}"
            " FROM entries_search JOIN entries e ON e.seq = entries_search.rowid"
            f" WHERE entries_search MATCH ? AND {conditions}"
            " ORDER BY e.seq > (SELECT newer FROM edge) DESC,"
            f" {_RANK}, {_NEWEST_FIRST} LIMIT ? OFFSET ?",
            [*_newest_params(match), *_MARKERS, match, *params, _limit(where), where.offset],
        )
        return self._hits_of(rows)

    def _hits_of(self, rows: Sequence[Row]) -> list[SearchHit]:
        entries = self._entries(rows)
        return [
            SearchHit(
                entry,
                spans_from_marked(row["marked_title"] or ""),
                spans_from_marked(row["marked_body"] or ""),
            )
            for entry, row in zip(entries, rows, strict=True)
        ]

    # -- rows to entries -------------------------------------------------------------

    def _entries(self, rows: Sequence[Row]) -> list[Entry]:
        seqs = [int(row["seq"]) for row in rows]
        tags = self._grouped(
            "SELECT et.entry, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag"
            " WHERE et.entry IN ({}) ORDER BY et.entry, t.name",
            seqs,
        )
        emotions = self._grouped(
            "SELECT entry, word FROM entry_emotions WHERE entry IN ({}) ORDER BY entry, position",
            seqs,
        )
        try:
            return [
                _entry(row, tags.get(row["seq"], ()), emotions.get(row["seq"], ())) for row in rows
            ]
        except (ValueError, TypeError) as exc:
            raise DamagedData("An entry in the journal is damaged.") from exc

    def _grouped(self, sql: str, seqs: Sequence[int]) -> dict[int, tuple[str, ...]]:
        groups: dict[int, list[str]] = {}
        for chunk in _chunks(seqs):
            for row in self._db.query(sql.format(_marks(len(chunk))), chunk):
                groups.setdefault(int(row[0]), []).append(str(row[1]))
        return {seq: tuple(values) for seq, values in groups.items()}


def _row(e: Entry) -> tuple[Any, ...]:
    return (
        e.id,
        e.kind.value,
        e.date.isoformat(),
        e.created_at.isoformat(),
        e.updated_at.isoformat(),
        e.title,
        e.body,
        e.mood,
        e.energy,
        int(e.private),
        e.session_id,
        e.prompt,
        _trash_time(e.deleted_at) if e.deleted_at else None,
    )


def _entry(row: Row, tags: Iterable[str], emotions: Iterable[str]) -> Entry:
    deleted = row["deleted_at"]
    return Entry(
        id=row["id"],
        kind=_KINDS.get(row["kind"]) or EntryKind(row["kind"]),
        date=date.fromisoformat(row["date"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        title=row["title"],
        body=row["body"],
        mood=row["mood"],
        energy=row["energy"],
        emotions=tuple(emotions),
        tags=tuple(tags),
        private=bool(row["private"]),
        session_id=row["session_id"],
        prompt=row["prompt"],
        deleted_at=datetime.fromisoformat(deleted) if deleted else None,
    )


# A slice of the matches as SQL over `entries_search` and its parameters.
_Tier = tuple[str, tuple[int, ...]]


def _newest_params(match: str) -> tuple[Any, ...]:
    """The parameters of `_NEWEST`, read when used: tests change `NEWEST_RANKED_FIRST`."""
    return (match, NEWEST_RANKED_FIRST + 1, NEWEST_RANKED_FIRST)


def _only_trash_filter(where: EntryFilter) -> bool:
    """Whether `where` narrows nothing but the Trash (paging aside)."""
    return replace(where, in_trash=None, after=None, limit=None, offset=0) == EntryFilter(
        in_trash=None
    )


def _limit(where: EntryFilter) -> int:
    return -1 if where.limit is None else where.limit


def _only_tags_and_trash(where: EntryFilter) -> bool:
    """Whether `where` narrows nothing but tags, not_tags and the Trash (paging aside)."""
    rest = replace(where, tags=(), not_tags=(), in_trash=None, limit=None, offset=0)
    return rest == EntryFilter(in_trash=None)


def _needs_rows(where: EntryFilter) -> bool:
    """Whether `where` asks about more than the index, tags and dates can tell. SQLite
    checks such conditions before subqueries, so a walk would read every entry's row."""
    return bool(where.kinds) or any(
        value is not None for value in (where.mood_min, where.mood_max, where.session_id)
    )


def _conditions(where: EntryFilter, *, keyset: bool, walk: bool = False) -> tuple[str, list[Any]]:
    """A WHERE clause over `entries e` for the filter, with its parameters; `walk` checks
    tags entry by entry, for `_WALKED`."""
    sql: list[str] = []
    params: list[Any] = []
    if where.in_trash is not None:
        sql.append("e.deleted_at IS NOT NULL" if where.in_trash else "e.deleted_at IS NULL")
    tag_sql, tag_params = _tag_conditions(where, "e.seq", walk=walk)
    sql += tag_sql
    params += tag_params
    if where.untagged:
        sql.append("NOT EXISTS (SELECT 1 FROM entry_tags et WHERE et.entry = e.seq)")
    if where.kinds:
        sql.append(f"e.kind IN ({_marks(len(where.kinds))})")
        params += [EntryKind(kind).value for kind in where.kinds]
    if where.since is not None:
        sql.append("e.date >= ?")
        params.append(where.since.isoformat())
    if where.until is not None:
        sql.append("e.date <= ?")
        params.append(where.until.isoformat())
    if where.mood_min is not None:
        sql.append("e.mood >= ?")
        params.append(where.mood_min)
    if where.mood_max is not None:
        sql.append("e.mood <= ?")
        params.append(where.mood_max)
    if where.session_id is not None:
        sql.append("e.session_id = ?")
        params.append(where.session_id)
    if keyset and where.after is not None:
        after = where.after
        sql.append("(e.date, e.created_at, e.id) < (?, ?, ?)")
        params += [after.date.isoformat(), after.created_at.isoformat(), after.id]
    return (" AND ".join(sql) or "1"), params


def _tag_conditions(where: EntryFilter, seq: str, *, walk: bool) -> tuple[list[str], list[Any]]:
    """Conditions on the tags of the entry whose seq is `seq`, with their parameters:
    `walk` looks up the entry's tags, otherwise each tag's entries are listed once."""
    has = f"EXISTS (SELECT 1 FROM entry_tags et WHERE et.entry = {seq} AND et.tag = {_TAG_ID})"
    listed = "SELECT et.entry FROM entry_tags et JOIN tags t ON t.id = et.tag WHERE t.name {}"
    sql = [has if walk else f"{seq} IN ({listed.format('= ?')})" for _ in where.tags]
    params: list[Any] = list(where.tags)
    if where.not_tags:
        sql.append(f"{seq} NOT IN ({listed.format(f'IN ({_marks(len(where.not_tags))})')})")
        params += where.not_tags
    return sql, params
