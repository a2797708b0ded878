"""Choosing what to share with a therapist: exactly which journal items a bundle selection
takes, a preview of them, and that choice as interchange data (DESIGN §4 and §5).

The rules: every filter given must hold (a date range, any of the tags, any of the
sessions, any of the entries chosen one by one); entries in the Trash are never shared;
entries marked private only with the selection's explicit `include_private`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol

from afterglow.bundle.errors import PrivateEntrySelected
from afterglow.bundle.selection import BundleSelection
from afterglow.core.entries import Entry
from afterglow.core.errors import UsageError
from afterglow.core.journal import Journal
from afterglow.core.store import EntryFilter
from afterglow.interchange.journal_format import COLLECTIONS, FORMAT, VERSION, entry_to_json

Record = Mapping[str, Any]


class SharedCollection(Protocol):
    """One more collection of DESIGN §4 a bundle can carry (sessions, insights, …).

    Given the selection and the entries it took, a collection returns its records to share,
    already in the interchange format. Sessions, for instance, would return those in
    `selection.session_ids` and those the chosen entries belong to.
    """

    @property
    def name(self) -> str:
        """The §4 collection it fills, such as "sessions"."""
        ...

    def shared(self, selection: BundleSelection, entries: Sequence[Entry]) -> Sequence[Record]: ...


@dataclass(frozen=True)
class SharePreview:
    """Exactly what a bundle made from `selection` would hold, for the client to check."""

    selection: BundleSelection
    entries: tuple[Entry, ...]  # oldest first
    others: Mapping[str, tuple[Record, ...]] = field(default_factory=dict)
    # Entries the filters matched but that stay out because they are marked private.
    private_left_out: int = 0

    @property
    def counts(self) -> dict[str, int]:
        """How many records of each §4 collection the bundle would hold."""
        counts = {name: len(self.others.get(name, ())) for name in COLLECTIONS}
        counts["entries"] = len(self.entries)
        return counts

    @property
    def is_empty(self) -> bool:
        return not any(self.counts.values())

    def without(self, *entry_ids: str) -> BundleSelection:
        """The selection with these entries taken out, to preview again.

        Leaving an entry out turns the choice into entries chosen one by one (the rest of
        this preview); the other filters stay, so the bundle still records them.
        """
        removed = set(entry_ids)
        unknown = removed - {entry.id for entry in self.entries}
        if unknown:
            raise UsageError("Only entries in the preview can be left out of it.")
        kept = tuple(entry.id for entry in self.entries if entry.id not in removed)
        if not kept:
            raise UsageError("Leaving those out would leave no entries to share.")
        return replace(self.selection, entry_ids=kept)

    def document(self, exported_at: datetime) -> dict[str, Any]:
        """The preview as an `afterglow-journal` document: what goes into `data.json`.

        A bundle never points at something it leaves out: an entry's link to a session the
        bundle does not hold is written as null.
        """
        sessions = {record.get("id") for record in self.others.get("sessions", ())}
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": exported_at.isoformat(),
        }
        for name in COLLECTIONS:
            document[name] = [dict(record) for record in self.others.get(name, ())]
        document["entries"] = [
            entry_to_json(
                entry if entry.session_id in sessions else replace(entry, session_id=None)
            )
            for entry in self.entries
        ]
        return document


class Sharing:
    """The "choose what to share" use case over a journal and any further collections."""

    def __init__(self, journal: Journal, collections: Sequence[SharedCollection] = ()) -> None:
        names = [collection.name for collection in collections]
        if "entries" in names or len(set(names)) != len(names) or set(names) - set(COLLECTIONS):
            raise ValueError("each shared collection must fill a different §4 collection")
        self._journal = journal
        self._collections = tuple(collections)

    def preview(self, selection: BundleSelection) -> SharePreview:
        """What `selection` takes. Entries chosen one by one must exist, be outside the
        Trash, match the other filters, and not be private unless the selection says so."""
        if selection.entry_ids:
            matched = self._chosen_entries(selection)
        else:
            matched = self._journal.list(EntryFilter(since=selection.since, until=selection.until))
            matched = [entry for entry in matched if _matches(entry, selection)]
        keep_private = selection.include_private
        entries = tuple(e for e in matched[::-1] if keep_private or not e.private)
        others = {
            collection.name: tuple(collection.shared(selection, entries))
            for collection in self._collections
        }
        return SharePreview(selection, entries, others, len(matched) - len(entries))

    def _chosen_entries(self, selection: BundleSelection) -> list[Entry]:
        entries: dict[str, Entry] = {}
        for entry_id in selection.entry_ids:
            entry = self._journal.get(entry_id.strip().lower())
            if entry.in_trash:
                raise UsageError(f"Entry {entry.id} is in the Trash, so it cannot be shared.")
            if not _matches(entry, selection):
                raise UsageError(
                    f"Entry {entry.id} is outside the chosen dates, tags or sessions, "
                    "so it would not be shared."
                )
            if entry.private and not selection.include_private:
                raise PrivateEntrySelected(
                    f"Entry {entry.id} is marked private; unmark it first to share it."
                )
            entries[entry.id] = entry
        # Newest first, as the journal lists them; the preview turns them around.
        return sorted(entries.values(), key=lambda e: (e.date, e.created_at, e.id), reverse=True)


def _matches(entry: Entry, selection: BundleSelection) -> bool:
    if selection.since is not None and entry.date < selection.since:
        return False
    if selection.until is not None and entry.date > selection.until:
        return False
    if selection.tags and not {_tag(t) for t in selection.tags} & set(entry.tags):
        return False
    if selection.session_ids:
        wanted = {s.strip().lower() for s in selection.session_ids}
        if entry.session_id is None or entry.session_id.lower() not in wanted:
            return False
    return True


def _tag(text: str) -> str:
    # As the journal writes tags; a tag that could never exist simply matches nothing.
    text = unicodedata.normalize("NFC", text).strip().lstrip("#").lower()
    return "-".join(text.split())
