"""Fixtures for the Journal section: journals written before the app opens them, the
section itself, open, and reading back what the app saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import Entry
from afterglow.core.journal import Journal
from afterglow.core.store import EntryFilter
from afterglow.ui.journal.journal_view import JournalView
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.services import journal_services
from afterglow.vault.vault import UnlockedVault, Vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import unlock, wait_idle

T = TypeVar("T")

WithJournal = Callable[[Callable[[Journal], T]], T]


@pytest.fixture
def with_journal(
    existing_journal: str, journal_folder: Path, fast_policy: KdfPolicy
) -> WithJournal[object]:
    """Runs a function on the journal opened on its own, as a second program would: to
    write entries before the app opens it, or to read back what the app saved once it
    has locked. Each call is a new `Journal` over a freshly unlocked database."""

    def run(use: Callable[[Journal], T]) -> T:
        unlocked = Vault(journal_folder, fast_policy).unlock(PASSPHRASE)
        try:
            return use(journal_services(unlocked.database).journal)
        finally:
            unlocked.lock()

    return run  # type: ignore[return-value]


@pytest.fixture
def stored(with_journal: WithJournal[list[Entry]]) -> Callable[[], list[Entry]]:
    """Every entry on disk, Trash included, newest first (the app must be locked)."""
    return lambda: with_journal(lambda journal: journal.list(EntryFilter(in_trash=None)))


def open_journal_section(desktop: DesktopApp, qtbot: QtBot) -> JournalView:
    """Unlocks and shows the Journal section, with everything it asked for loaded."""
    if not desktop.session.is_open:
        unlock(desktop, qtbot)
    desktop.shell.show_section("journal")
    view = desktop.shell.views["journal"]
    assert isinstance(view, JournalView)
    wait_idle(desktop, qtbot)
    return view


@pytest.fixture
def view(existing_journal: str, desktop: DesktopApp, qtbot: QtBot) -> JournalView:
    return open_journal_section(desktop, qtbot)


def relock(desktop: DesktopApp, qtbot: QtBot) -> JournalView:
    """Locks the app and opens the Journal section again."""
    desktop.window.lock()
    return open_journal_section(desktop, qtbot)


@pytest.fixture
def unlocked(journal_folder: Path, fast_policy: KdfPolicy) -> Iterator[UnlockedVault]:
    """A new journal opened without the app, for testing pieces on their own."""
    opened, _recovery = Vault(journal_folder, fast_policy).create(PASSPHRASE)
    yield opened
    opened.lock()
