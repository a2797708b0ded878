"""The journal's use cases: write, edit, find, tag, trash and bring in entries.

The desktop app and the command line both go through `Journal`; it takes its storage
and its clock through the constructor, so tests can hand it anything.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from afterglow.core.emotions import normalize_emotions
from afterglow.core.entries import Entry, EntryKind, new_entry_id, validate_entry
from afterglow.core.errors import EntryNotFound, InvalidEntry, UsageError
from afterglow.core.search import SearchHit, parse_query
from afterglow.core.store import EntryFilter, EntryStore, TagCount
from afterglow.core.tags import normalize_tag, normalize_tags, rename_hashtags, tags_in_body

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

TRASH_KEEPS = timedelta(days=30)
MIN_ID_PREFIX = 4
DEFAULT_SEARCH_LIMIT = 50


def local_now() -> datetime:
    """Now, in the computer's time zone, with its offset."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class ImportCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class PastDay:
    """Entries from one earlier day with today's day of the month."""

    date: date
    months_ago: int
    entries: tuple[Entry, ...]

    @property
    def years_ago(self) -> int | None:
        """Whole years back when this day is today's date in an earlier year."""
        return self.months_ago // 12 if self.months_ago % 12 == 0 else None


_Entries = list[Entry]
_Hits = list[SearchHit]
_PastDays = list[PastDay]
_TagCounts = list[TagCount]


class Journal:
    """The journal's use cases over an `EntryStore`; every change is one transaction."""

    def __init__(self, store: EntryStore, clock: Clock = local_now) -> None:
        self._store = store
        self._clock = clock

    # -- writing ---------------------------------------------------------------------

    def add(
        self,
        *,
        kind: EntryKind = EntryKind.JOURNAL,
        title: str = "",
        body: str = "",
        day: date | None = None,
        tags: Iterable[str] = (),
        mood: int | None = None,
        energy: int | None = None,
        emotions: Iterable[str] = (),
        private: bool = False,
        session_id: str | None = None,
        prompt: str | None = None,
    ) -> Entry:
        """Saves a new entry; `#tags` in the body join its tags. Returns the saved entry."""
        now = self._clock()
        entry = Entry(
            id=new_entry_id(),
            kind=_kind(kind),
            date=day or now.date(),
            created_at=now,
            updated_at=now,
            title=title.strip(),
            body=body,
            mood=mood,
            energy=energy,
            emotions=normalize_emotions(emotions),
            tags=tuple(sorted(set(normalize_tags(tags)) | tags_in_body(body))),
            private=private,
            session_id=session_id,
            prompt=prompt,
        )
        with self._store.transaction():
            self._store.insert([validate_entry(entry)])
        return entry

    def update(self, edited: Entry) -> Entry:
        """Saves an edited entry and returns it as stored (unchanged entries are not
        rewritten, so autosave can call this freely).

        Tags follow the body: a `#tag` typed in it becomes a tag, and a tag whose `#tag`
        was removed from the body goes away.
        """
        with self._store.transaction():
            stored = self.get(edited.id)
            old_body_tags = tags_in_body(stored.body)
            new_body_tags = tags_in_body(edited.body)
            tags = (set(normalize_tags(edited.tags)) - (old_body_tags - new_body_tags)) | (
                new_body_tags
            )
            entry = replace(
                edited,
                title=edited.title.strip(),
                tags=tuple(sorted(tags)),
                emotions=normalize_emotions(edited.emotions),
                created_at=stored.created_at,
                updated_at=stored.updated_at,
                deleted_at=stored.deleted_at,
            )
            if entry == stored:
                return stored
            entry = validate_entry(replace(entry, updated_at=self._now_after(stored)))
            self._store.replace([entry])
        return entry

    def _now_after(self, stored: Entry) -> datetime:
        # Never let an edit look older than what it replaces (a clock set back, a
        # journal imported from a computer in another time zone).
        now = self._clock()
        return max(now, stored.updated_at + timedelta(microseconds=1))

    # -- reading ---------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry:
        entry = self._store.get(entry_id)
        if entry is None:
            raise EntryNotFound(f"No entry has the id {entry_id}.")
        return entry

    def exists(self, entry_id: str) -> bool:
        """Whether an entry has this id, in or out of the Trash."""
        return self._store.get(entry_id) is not None

    def find(self, id_or_prefix: str) -> Entry:
        """The entry with this id, or the only one whose id starts with it."""
        text = id_or_prefix.strip().lower()
        entry = self._store.get(text)
        if entry is not None:
            return entry
        if len(text) >= MIN_ID_PREFIX and all(ch in "0123456789abcdef-" for ch in text):
            ids = self._store.ids_starting_with(text, 2)
            if len(ids) == 1:
                return self.get(ids[0])
            if len(ids) > 1:
                raise UsageError(
                    f"Several entries have ids starting with {text}; give more of the id."
                )
        raise EntryNotFound(f"No entry has the id {id_or_prefix.strip()}.")

    def list(self, where: EntryFilter | None = None) -> _Entries:
        return self._store.entries(_checked(where or EntryFilter()))

    def count(self, where: EntryFilter | None = None) -> int:
        return self._store.count(_checked(where or EntryFilter()))

    def all_entries(self) -> _Entries:
        """Every entry outside the Trash, oldest first: what an export holds."""
        return self._store.entries(EntryFilter())[::-1]

    def search(self, text: str, where: EntryFilter | None = None) -> _Hits:
        """Entries matching what was typed, best first; empty when nothing searchable
        was typed. Never raises because of the text."""
        where = _checked(where or EntryFilter(limit=DEFAULT_SEARCH_LIMIT))
        query = parse_query(text)
        if query.is_empty:
            return []
        return self._store.search(query, where)

    # -- calendar --------------------------------------------------------------------

    def days_with_entries(self, year: int, month: int) -> dict[date, int]:
        """How many entries each day of a month has (days without any are absent)."""
        try:
            first = date(year, month, 1)
        except ValueError:
            raise UsageError("That month does not exist.") from None
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return self._store.day_counts(first, last)

    def on_this_day(self, day: date) -> _PastDays:
        """Entries from the same day of the month in every earlier month, most recent
        first. That includes the same date in earlier years (`years_ago`). Months too
        short for the day (the 31st in April) are simply skipped."""
        by_day: dict[date, list[Entry]] = {}
        for entry in self._store.on_day_of_month(day.day, before=day):
            by_day.setdefault(entry.date, []).append(entry)
        return [
            PastDay(d, (day.year - d.year) * 12 + day.month - d.month, tuple(entries))
            for d, entries in sorted(by_day.items(), reverse=True)
        ]

    # -- the Trash -------------------------------------------------------------------

    def trash(self, entry_id: str) -> Entry:
        """Moves an entry to the Trash, where it stays for 30 days unless restored."""
        with self._store.transaction():
            entry = self.get(entry_id)
            if entry.in_trash:
                return entry
            entry = replace(entry, deleted_at=self._clock())
            self._store.replace([entry])
        return entry

    def restore_from_trash(self, entry_id: str) -> Entry:
        with self._store.transaction():
            entry = self.get(entry_id)
            if not entry.in_trash:
                return entry
            entry = replace(entry, deleted_at=None)
            self._store.replace([entry])
        return entry

    def in_trash(self) -> _Entries:
        return self._store.entries(EntryFilter(in_trash=True))

    def empty_trash(self) -> int:
        """Deletes every entry in the Trash for good; returns how many."""
        with self._store.transaction():
            return self._store.delete(self._store.trashed_before(None))

    def purge_old_trash(self) -> int:
        """Deletes entries that have been in the Trash longer than 30 days."""
        with self._store.transaction():
            removed = self._store.delete(self._store.trashed_before(self._clock() - TRASH_KEEPS))
        if removed:
            log.info("removed %d entries kept in the Trash over 30 days", removed)
        return removed

    # -- tags ------------------------------------------------------------------------

    def all_tags(self) -> _TagCounts:
        """Tags in use outside the Trash, alphabetically, with how many entries have each."""
        return self._store.tag_counts()

    def rename_tag(self, old: str, new: str) -> int:
        """Renames a tag everywhere, `#tags` in bodies included; returns entries changed.
        Renaming to a tag that exists already merges the two."""
        return self.merge_tags([old], new)

    def merge_tags(self, sources: Sequence[str], into: str) -> int:
        """Replaces each source tag with `into` everywhere; returns entries changed."""
        target = normalize_tag(into)
        renames = {normalize_tag(s): target for s in sources}
        renames.pop(target, None)
        if not renames:
            return 0
        with self._store.transaction():
            affected: dict[str, Entry] = {}
            for old in renames:
                for entry in self._store.entries(EntryFilter(tags=(old,), in_trash=None)):
                    affected[entry.id] = entry
            now = self._clock()
            changed = []
            for entry in affected.values():
                body = entry.body
                for old, new in renames.items():
                    body = rename_hashtags(body, old, new)
                tags = sorted({renames.get(tag, tag) for tag in entry.tags})
                changed.append(
                    replace(
                        entry,
                        body=body,
                        tags=tuple(tags),
                        updated_at=max(now, entry.updated_at + timedelta(microseconds=1)),
                    )
                )
            self._store.replace(changed)
        return len(changed)

    # -- bringing entries in ---------------------------------------------------------

    def import_entries(self, entries: Sequence[Entry]) -> ImportCounts:
        """Adds entries from an export, all or none. An id already here is updated when
        the incoming copy is newer and left alone otherwise, so importing twice is safe."""
        newest: dict[str, Entry] = {}
        for entry in entries:
            validate_entry(entry)
            seen = newest.get(entry.id)
            if seen is None or entry.updated_at > seen.updated_at:
                newest[entry.id] = entry
        with self._store.transaction():
            existing = self._store.existing(list(newest))
            added = [e for i, e in newest.items() if i not in existing]
            updated = [
                replace(e, deleted_at=existing[i].deleted_at)
                for i, e in newest.items()
                if i in existing and e.updated_at > existing[i].updated_at
            ]
            self._store.insert(added)
            self._store.replace(updated)
        counts = ImportCounts(len(added), len(updated), len(newest) - len(added) - len(updated))
        log.info("imported entries: %d new, %d updated", counts.added, counts.updated)
        return counts


def _kind(value: str) -> EntryKind:
    try:
        return EntryKind(value)
    except ValueError:
        raise InvalidEntry("kind", "must be one of " + ", ".join(EntryKind)) from None


def _filter_tag(text: str) -> str:
    # A tag that could never exist simply matches nothing; it is not an error to ask.
    text = unicodedata.normalize("NFC", text).strip().lstrip("#").lower()
    return "-".join(text.split())


def _checked(where: EntryFilter) -> EntryFilter:
    """The filter with its tags written as stored, or `UsageError` if it makes no sense."""
    for name in ("mood_min", "mood_max"):
        value = getattr(where, name)
        if value is not None and not 0 <= value <= 10:
            raise InvalidEntry("mood", "must be a whole number from 0 to 10")
    if where.limit is not None and where.limit < 0:
        raise UsageError("A limit cannot be negative.")
    if where.offset < 0:
        raise UsageError("An offset cannot be negative.")
    if where.since and where.until and where.since > where.until:
        raise UsageError("The start date is after the end date.")
    return replace(
        where,
        tags=tuple(_filter_tag(t) for t in where.tags),
        not_tags=tuple(_filter_tag(t) for t in where.not_tags),
    )
