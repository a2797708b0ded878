"""Every journal service on a real encrypted vault, with a clock the test moves by hand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import UnlockedVault, Vault

from .journal_fixtures import PASSPHRASE, ZONE, Clock


@dataclass
class OpenServices:
    unlocked: UnlockedVault
    services: JournalServices
    clock: Clock


def open_services(tmp_path: Path, fast_policy: KdfPolicy) -> Iterator[OpenServices]:
    """Body of each test module's fixture: `yield from open_services(...)`."""
    unlocked, _ = Vault(tmp_path / "journal", fast_policy).create(PASSPHRASE)
    clock = Clock(datetime(2026, 3, 14, 9, 0, tzinfo=ZONE))
    yield OpenServices(unlocked, journal_services(unlocked.database, clock), clock)
    unlocked.lock()
