"""Helpers and fixtures for the integration sections' tests (Today, Sessions, Insights,
Actions, prompts): journals written before the app opens them, sections opened the way
a person would, and reading back what the app saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
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


def live_services(desktop: DesktopApp, qtbot: QtBot) -> JournalServices:
    """The services of the journal the app has open, once its worker is idle (for tests
    that set something up or check something while the app runs)."""
    wait_idle(desktop, qtbot)
    services = desktop.session.services
    assert services is not None
    return services


def open_section(desktop: DesktopApp, qtbot: QtBot, key: str) -> QWidget:
    """Unlocks if need be and shows a section, with everything it asked for loaded."""
    if not desktop.session.is_open:
        unlock(desktop, qtbot)
    desktop.shell.show_section(key)
    view = desktop.shell.views[key]
    wait_idle(desktop, qtbot)
    return view


def days_ago(days: int, hour: int = 10) -> datetime:
    """A local time `days` calendar days before today."""
    return datetime.combine(date.today() - timedelta(days=days), time(hour)).astimezone()
