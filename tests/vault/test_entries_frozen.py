"""The frozen schema-2 journal (tests/data/vault-v2) keeps its entries readable.

Run `python -m tests.vault.test_entries_frozen` from the repository root to rebuild it;
only do that when schema 2 itself is unreleased, since the point is to keep old files.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.journal import Journal
from afterglow.core.search import marked
from afterglow.vault.entries import VaultEntryStore

from .frozen import DATA, frozen_copy, new_frozen_journal

FROZEN = DATA / "vault-v2"
BERLIN = timezone(timedelta(hours=1))

FROZEN_ENTRIES = (
    Entry(
        id="5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10",
        kind=EntryKind.INTENTION,
        date=date(2026, 3, 13),
        created_at=datetime(2026, 3, 13, 21, 5, tzinfo=BERLIN),
        updated_at=datetime(2026, 3, 13, 21, 20, 30, tzinfo=BERLIN),
        title="Before tomorrow's session",
        body="I want to meet the part of me that is afraid of resting. #intention",
        mood=5,
        energy=3,
        emotions=("anxious", "hopeful"),
        tags=("intention", "session-prep"),
        prompt="What do you hope to meet?",
    ),
    Entry(
        id="c9d7a3e2-8b41-4c6f-bf0a-61e2d4c5a9b7",
        kind=EntryKind.REFLECTION,
        date=date(2026, 3, 14),
        created_at=datetime(2026, 3, 14, 18, 0, tzinfo=BERLIN),
        updated_at=datetime(2026, 3, 14, 18, 45, tzinfo=BERLIN),
        title="Café afterwards",
        body="Sat in the café with Ana. Soft light; the fear was smaller. 静か.\n\n- walk\n",
        mood=7,
        emotions=("calm", "tender", "my own word"),
        tags=("reflection",),
        private=True,
        session_id="0f3e9a47-2d8c-4b1e-9c65-7a4b3e2d1f08",
    ),
)


def test_frozen_v2_entries_read_back_exactly(tmp_path, fast_policy):
    with frozen_copy(FROZEN.name, tmp_path, fast_policy) as unlocked:
        journal = Journal(VaultEntryStore(unlocked.database))
        assert tuple(journal.all_entries()) == FROZEN_ENTRIES
        assert journal.get(FROZEN_ENTRIES[1].id).emotions == ("calm", "tender", "my own word")
        hits = journal.search("cafe")
        assert [hit.entry.id for hit in hits] == [FROZEN_ENTRIES[1].id]
        assert marked(hits[0].title) == "[Café] afterwards"


def make_frozen_journal(folder: Path) -> None:
    with new_frozen_journal(folder) as unlocked:
        Journal(VaultEntryStore(unlocked.database)).import_entries(FROZEN_ENTRIES)


if __name__ == "__main__":
    make_frozen_journal(FROZEN)


def test_a_schema_1_journal_gains_entries_and_search_when_migrated(tmp_path, fast_policy):
    with frozen_copy("vault-v1", tmp_path, fast_policy) as unlocked:
        journal = Journal(VaultEntryStore(unlocked.database))
        entry = journal.add(title="First entry after the update", body="still here")
        assert [hit.entry.id for hit in journal.search("update")] == [entry.id]
