"""Fixtures for the Patterns section: journals written before the app opens them, the
section opened the way a person would, and reading back what the app saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.ui.patterns.patterns_view import PatternsView
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import Vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import unlock, wait_idle

T = TypeVar("T")

WithServices = Callable[[Callable[[JournalServices], Any]], Any]


@pytest.fixture
def with_services(
    existing_journal: str, journal_folder: Path, fast_policy: KdfPolicy
) -> WithServices:
    """Runs a function on the journal's services opened on their own, as a second program
    would: to write before the app opens the journal, or to read back once it has locked."""

    def run(use: Callable[[JournalServices], T]) -> T:
        unlocked = Vault(journal_folder, fast_policy).unlock(PASSPHRASE)
        try:
            return use(journal_services(unlocked.database))
        finally:
            unlocked.lock()

    return run


def open_patterns(desktop: DesktopApp, qtbot: QtBot) -> PatternsView:
    """Unlocks if need be and shows the Patterns section with its overview loaded."""
    if not desktop.session.is_open:
        unlock(desktop, qtbot)
    desktop.shell.show_section("patterns")
    view = desktop.shell.views["patterns"]
    assert isinstance(view, PatternsView)
    qtbot.waitUntil(lambda: view.overview.digest is not None and not view.overview.loading)
    wait_idle(desktop, qtbot)
    return view


def live(desktop: DesktopApp, qtbot: QtBot, change: Callable[[JournalServices], T]) -> T:
    """Runs `change` on the open journal's services through the app's own task runner."""
    services = desktop.session.services
    assert services is not None
    done: list[T] = []
    desktop.runner.run(lambda: change(services), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    return done[0]


def days_ago(days: int) -> date:
    return date.today() - timedelta(days=days)


def moment(days: int, hour: int = 10) -> datetime:
    """A local time `days` calendar days before today."""
    return datetime.combine(days_ago(days), time(hour)).astimezone()
