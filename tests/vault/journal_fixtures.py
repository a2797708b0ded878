"""A real journal on an encrypted vault, with a clock the test moves by hand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from afterglow.core.entries import Entry, EntryKind, new_entry_id
from afterglow.core.journal import Journal
from afterglow.vault.entries import VaultEntryStore
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.vault import UnlockedVault, Vault

PASSPHRASE = "a quiet morning by the lake"
ZONE = timezone(timedelta(hours=2))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class OpenJournal:
    vault: Vault
    unlocked: UnlockedVault
    store: VaultEntryStore
    journal: Journal
    clock: Clock


def open_journal(tmp_path: Path, fast_policy: KdfPolicy) -> Iterator[OpenJournal]:
    """Body of each test module's `opened` fixture: `yield from open_journal(...)`."""
    vault = Vault(tmp_path / "journal", fast_policy)
    unlocked, _ = vault.create(PASSPHRASE)
    clock = Clock(datetime(2026, 3, 14, 9, 0, tzinfo=ZONE))
    store = VaultEntryStore(unlocked.database)
    yield OpenJournal(vault, unlocked, store, Journal(store, clock), clock)
    unlocked.lock()


def made_entry(day: date, index: int = 0, **fields) -> Entry:
    """An entry built directly (as an import would bring it), for bulk tests."""
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=ZONE) + timedelta(minutes=index)
    values = {
        "id": new_entry_id(),
        "kind": EntryKind.JOURNAL,
        "date": day,
        "created_at": moment,
        "updated_at": moment,
        "title": f"Day {index}",
        "body": f"Some words for entry number {index}.",
    }
    values.update(fields)
    return Entry(**values)
