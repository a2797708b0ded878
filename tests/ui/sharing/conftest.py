"""Fixtures for sharing: a client's journal written before the app opens it, and the
"Share with therapist" section, open on it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.session import Route
from afterglow.ui.sharing.share_flow import ShareFlow
from afterglow.ui.sharing.share_view import ShareView
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import Vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import unlock, wait_idle

TODAY = date.today()


@dataclass(frozen=True)
class ClientJournal:
    """The ids of what the client wrote, by a short name."""

    entries: dict[str, str]
    session_id: str

    def title(self, name: str) -> str:
        return TITLES[name]


# name: (title, days ago, tags, private)
WRITTEN = {
    "walk": ("Walk by the river", 5, ("nature",), False),
    "sister": ("Talking to my sister", 12, ("family",), False),
    "winter": ("Old winter notes", 90, ("family",), False),
    "fears": ("Private fears", 3, ("family",), True),
    "shame": ("A page nobody reads", 8, (), True),
    "after": ("The evening after the session", 45, ("session",), False),
    "before": ("Nervous before the session", 55, (), False),
}
TITLES = {name: title for name, (title, *_rest) in WRITTEN.items()}
SESSION_DAYS_AGO = 50


def write_client_journal(services: JournalServices) -> ClientJournal:
    session_day = TODAY - timedelta(days=SESSION_DAYS_AGO)
    session = services.sessions.add(
        started_at=datetime.combine(session_day, time(10, 0)).astimezone(),
        route=Route.IV,
        intention="To rest.",
    )
    ids = {}
    for name, (title, days_ago, tags, private) in WRITTEN.items():
        entry = services.journal.add(
            title=title,
            body=f"Some words about {title.lower()}.",
            day=TODAY - timedelta(days=days_ago),
            tags=tags,
            mood=6,
            private=private,
            session_id=session.id if name == "after" else None,
        )
        ids[name] = entry.id
    return ClientJournal(ids, session.id)


WithServices = Callable[[Callable[[JournalServices], object]], object]


@pytest.fixture
def with_services(
    existing_journal: str, journal_folder: Path, fast_policy: KdfPolicy
) -> WithServices:
    """Runs a function on the journal's services, opened on their own (app locked)."""

    def run(use: Callable[[JournalServices], object]) -> object:
        unlocked = Vault(journal_folder, fast_policy).unlock(PASSPHRASE)
        try:
            return use(journal_services(unlocked.database))
        finally:
            unlocked.lock()

    return run


@pytest.fixture
def client(with_services: WithServices) -> ClientJournal:
    written = with_services(write_client_journal)
    assert isinstance(written, ClientJournal)
    return written


def open_share_section(desktop: DesktopApp, qtbot: QtBot) -> ShareView:
    if not desktop.session.is_open:
        unlock(desktop, qtbot)
    desktop.shell.show_section("share")
    view = desktop.shell.views["share"]
    assert isinstance(view, ShareView)
    wait_for_survey(view.flow, qtbot)
    return view


def wait_for_survey(flow: ShareFlow, qtbot: QtBot) -> None:
    """Until the journal has answered what the current choice takes."""
    qtbot.waitUntil(lambda: flow.surveyed is not None)


@pytest.fixture
def share(client: ClientJournal, desktop: DesktopApp, qtbot: QtBot) -> ShareView:
    view = open_share_section(desktop, qtbot)
    wait_idle(desktop, qtbot)
    return view
