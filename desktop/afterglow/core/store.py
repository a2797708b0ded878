"""What the journal needs from storage, so the domain never sees SQL.

`vault.entries.VaultEntryStore` is the real one; tests may pass any object with these
methods. Every method that writes joins the caller's `transaction()` if one is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.search import SearchHit, SearchQuery


@dataclass(frozen=True)
class EntryFilter:
    """Which entries to list or search; every condition given must hold.

    Entries come newest first (by date, then creation time). `after` continues a list
    after the given entry (keyset paging, fast however deep); `offset` skips rows.
    """

    tags: tuple[str, ...] = ()  # has every one of these
    not_tags: tuple[str, ...] = ()  # has none of these
    untagged: bool = False
    kinds: tuple[EntryKind, ...] = ()
    since: date | None = None  # inclusive
    until: date | None = None  # inclusive
    mood_min: int | None = None
    mood_max: int | None = None
    session_id: str | None = None  # linked to this session
    in_trash: bool | None = False  # None: both
    after: Entry | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class TagCount:
    tag: str
    entries: int


class EntryStore(Protocol):
    def transaction(self) -> AbstractContextManager[object]: ...

    def insert(self, entries: Sequence[Entry]) -> None:
        """Adds new entries (their ids must be new)."""

    def replace(self, entries: Sequence[Entry]) -> None:
        """Overwrites existing entries with the same ids."""

    def get(self, entry_id: str) -> Entry | None: ...

    def ids_starting_with(self, prefix: str, limit: int) -> list[str]: ...

    def existing(self, entry_ids: Sequence[str]) -> dict[str, Entry]:
        """The stored entries among `entry_ids`, in or out of the Trash."""

    def entries(self, where: EntryFilter) -> list[Entry]: ...

    def count(self, where: EntryFilter) -> int: ...

    def delete(self, entry_ids: Sequence[str]) -> int:
        """Removes entries for good; returns how many there were."""

    def trashed_before(self, moment: datetime | None) -> list[str]:
        """Ids of entries moved to the Trash before `moment` (None: all of them)."""

    def tag_counts(self) -> list[TagCount]: ...

    def day_counts(self, first: date, last: date) -> dict[date, int]: ...

    def on_day_of_month(self, day: int, before: date) -> list[Entry]: ...

    def search(self, query: SearchQuery, where: EntryFilter) -> list[SearchHit]: ...
