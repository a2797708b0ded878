"""What an import would bring in, worked out from the file alone before the journal is
touched, and what it did once carried out.

A plan is what a dry run shows: the entries (and, from an Afterglow export, every other
record), their tags and dates, and each item of the file that cannot come in, with the
reason. Carrying it out imports exactly the plan, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from afterglow.core.entries import Entry
from afterglow.core.errors import EntryNotFound
from afterglow.core.journal import ImportCounts, Journal
from afterglow.core.whole_journal import ImportReport, JournalContents, WholeJournal
from afterglow.interchange.journal_format import COLLECTIONS, JOURNAL_ONLY_COLLECTIONS

OTHER_COLLECTIONS = COLLECTIONS[1:]  # after `entries`, in DESIGN §4's order


@dataclass(frozen=True)
class Skipped:
    """One item of the file left out: `item` says which ("notes/day.md", "entries[3]
    (2023-04-01)") and `reason` why, as a clause ("it is not UTF-8 text")."""

    item: str
    reason: str

    @property
    def sentence(self) -> str:
        return f"Skipped {self.item}: {self.reason}."


@dataclass(frozen=True)
class ImportPlan:
    """Everything an import of `source` would bring in, read as `kind`."""

    kind: str
    source: Path
    contents: JournalContents
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[str, ...] = ()  # sentences: what was left out of entries that do come in

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.contents.entries

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(sorted({tag for entry in self.entries for tag in entry.tags}))

    @property
    def first_day(self) -> date | None:
        return min((entry.date for entry in self.entries), default=None)

    @property
    def last_day(self) -> date | None:
        return max((entry.date for entry in self.entries), default=None)

    def other_records(self) -> dict[str, int]:
        """How many of each other record (sessions, insights…) the plan holds, if any."""
        return {
            name: len(records)
            for name in OTHER_COLLECTIONS
            if (records := getattr(self.contents, name))
        }

    def journal_only_records(self) -> dict[str, int]:
        """How many own prompts and dismissed check-ins the plan holds, if any (kept apart
        from `other_records`, whose names the dialogs word)."""
        return {
            name: len(records)
            for name in JOURNAL_ONLY_COLLECTIONS
            if (records := getattr(self.contents, name))
        }

    @property
    def is_empty(self) -> bool:
        return not self.entries and not self.other_records() and not self.journal_only_records()


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    report: ImportReport = field(default_factory=ImportReport)

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        return self.plan.skipped


def expected_counts(plan: ImportPlan, stored: Callable[[str], Entry | None]) -> ImportCounts:
    """What importing the plan's entries would do, by `Journal.import_entries`'s rule (an
    entry already here is updated only by a newer copy), without writing anything.
    `stored` finds an entry already in the journal by id."""
    newest: dict[str, Entry] = {}
    for entry in plan.entries:
        seen = newest.get(entry.id)
        if seen is None or entry.updated_at > seen.updated_at:
            newest[entry.id] = entry
    added = updated = 0
    for entry_id, entry in newest.items():
        here = stored(entry_id)
        if here is None:
            added += 1
        elif entry.updated_at > here.updated_at:
            updated += 1
    return ImportCounts(added, updated, len(newest) - added - updated)


def stored_in(journal: Journal) -> Callable[[str], Entry | None]:
    """`expected_counts`'s lookup over a journal (the Trash included, as importing does)."""

    def stored(entry_id: str) -> Entry | None:
        try:
            return journal.get(entry_id)
        except EntryNotFound:
            return None

    return stored


def carry_out(plan: ImportPlan, whole_journal: WholeJournal) -> ImportResult:
    """Imports the plan, all or nothing; importing the same plan again adds nothing."""
    return ImportResult(plan, whole_journal.import_contents(plan.contents))
