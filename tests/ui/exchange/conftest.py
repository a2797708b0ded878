"""Fixtures for File → Import… and Export…: the app open on a journal with two entries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import Vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import unlock, wait_idle

WRITTEN = (("Morning pages", date(2026, 3, 2)), ("By the river", date(2026, 3, 4)))


@pytest.fixture
def written_journal(existing_journal: str, journal_folder: Path, fast_policy: KdfPolicy) -> None:
    """Two entries in the journal before the app opens it."""
    unlocked = Vault(journal_folder, fast_policy).unlock(PASSPHRASE)
    try:
        journal = journal_services(unlocked.database).journal
        for title, day in WRITTEN:
            journal.add(title=title, body=f"{title}. #calm", day=day)
    finally:
        unlocked.lock()


@pytest.fixture
def open_desktop(written_journal: None, desktop: DesktopApp, qtbot: QtBot) -> DesktopApp:
    unlock(desktop, qtbot)
    wait_idle(desktop, qtbot)
    return desktop


def services_of(desktop: DesktopApp) -> JournalServices:
    services = desktop.session.services
    assert services is not None
    return services
