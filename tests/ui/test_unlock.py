"""Unlocking: the passphrase, a wrong one, and the recovery key with a new passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.errors import WrongPassphrase
from tests.ui.conftest import PASSPHRASE, snapshot
from tests.ui.flows import unlock, wait_idle

NEW_PASSPHRASE = "copper kettle evening rain"


def test_an_existing_journal_opens_on_the_unlock_screen(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    assert desktop.window.first_run is None
    assert desktop.window.pages.currentWidget() is desktop.window.unlock
    unlock(desktop, qtbot)
    assert desktop.window.pages.currentWidget() is desktop.shell
    assert desktop.session.is_open


def test_wrong_passphrase_shows_an_inline_error_and_leaves_every_file_untouched(
    existing_journal: str, journal_folder: Path, desktop: DesktopApp, qtbot: QtBot
) -> None:
    before = snapshot(journal_folder)
    page = desktop.window.unlock.unlock_page
    qtbot.keyClicks(page.field.edit, "not my passphrase")
    page.unlock_button.click()
    assert not page.busy.isHidden()  # working, off the UI thread
    assert not page.unlock_button.isEnabled()

    qtbot.waitUntil(lambda: not page.error.isHidden())

    assert "does not open this journal" in page.error.text()
    assert page.busy.isHidden()
    assert page.field.isEnabled() and page.unlock_button.isEnabled()
    assert not desktop.session.is_open
    assert desktop.window.pages.currentWidget() is desktop.window.unlock
    wait_idle(desktop, qtbot)
    assert snapshot(journal_folder) == before


def test_recovery_key_then_new_passphrase(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    flow = desktop.window.unlock
    flow.unlock_page.recovery_button.click()
    assert flow.currentWidget() is flow.recovery_page

    qtbot.keyClicks(flow.recovery_page.field, existing_journal.lower().replace("-", " "))
    flow.recovery_page.continue_button.click()
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.new_passphrase_page)
    assert not desktop.session.is_open  # not before a new passphrase is chosen

    page = flow.new_passphrase_page
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(page.form.passphrase_field.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(page.form.confirm_field.edit, NEW_PASSPHRASE)
    with qtbot.waitSignal(desktop.session.opened):
        page.save_button.click()
    assert desktop.window.pages.currentWidget() is desktop.shell

    desktop.window.lock()
    with pytest.raises(WrongPassphrase):
        desktop.vault.unlock(PASSPHRASE)
    desktop.vault.unlock(NEW_PASSPHRASE).lock()
    desktop.vault.unlock_with_recovery_key(existing_journal).lock()


def test_a_mistyped_recovery_key_is_explained(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    flow = desktop.window.unlock
    flow.unlock_page.recovery_button.click()
    typo = ("1" if existing_journal[0] != "1" else "2") + existing_journal[1:]
    qtbot.keyClicks(flow.recovery_page.field, typo)
    flow.recovery_page.continue_button.click()
    qtbot.waitUntil(lambda: not flow.recovery_page.error.isHidden())
    assert "typing mistake" in flow.recovery_page.error.text()
    assert flow.currentWidget() is flow.recovery_page

    flow.recovery_page.back_button.click()
    assert flow.currentWidget() is flow.unlock_page
    assert flow.recovery_page.field.text() == ""


def test_a_damaged_journal_offers_a_restore_from_the_unlock_screen(
    existing_journal: str, journal_folder: Path, desktop: DesktopApp, qtbot: QtBot
) -> None:
    unlock(desktop, qtbot)
    wait_idle(desktop, qtbot)
    journal = desktop.session.journal
    assert journal is not None
    backup = journal.backup()
    desktop.window.lock()
    database = journal_folder / "journal.db"
    database.write_bytes(b"\0" * database.stat().st_size)

    page = desktop.window.unlock.unlock_page
    page.field.edit.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: not page.error.isHidden())
    assert not page.restore_button.isHidden()

    restore = desktop.window.confirm_restore(backup)
    restore.passphrase.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(desktop.session.opened, timeout=10_000):
        restore.restore_button.click()
    assert desktop.window.pages.currentWidget() is desktop.shell
