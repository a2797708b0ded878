"""The settings dialog: preferences, passphrase, recovery key, backups and restore."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.errors import WrongPassphrase
from afterglow.ui.locking import MINUTE_MS
from afterglow.ui.practices.reminders import ReminderClock
from afterglow.ui.settings_dialog import SettingsDialog
from afterglow.ui.theme import DARK, LIGHT
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import unlock, wait_idle

NEW_PASSPHRASE = "copper kettle evening rain"


def open_settings(desktop: DesktopApp, qtbot: QtBot) -> SettingsDialog:
    unlock(desktop, qtbot)
    wait_idle(desktop, qtbot)
    dialog = desktop.window.open_settings()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    wait_idle(desktop, qtbot)
    return dialog


def test_shows_where_the_journal_lives(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = open_settings(desktop, qtbot)
    assert dialog.folder_label.text() == str(desktop.vault.files.folder)
    assert "1 kept" in dialog.last_backup.text()


def test_theme_choice_applies_at_once_and_is_remembered(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = open_settings(desktop, qtbot)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert qapp.palette().color(QPalette.ColorRole.Window).name().upper() == DARK.window
    assert DARK.window in qapp.styleSheet()
    assert desktop.settings.theme == "dark"
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert qapp.palette().color(QPalette.ColorRole.Window).name().upper() == LIGHT.window
    assert desktop.settings.theme == "light"


def test_auto_lock_choice_applies_to_the_idle_timer(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = open_settings(desktop, qtbot)
    dialog.idle_minutes.setCurrentIndex(dialog.idle_minutes.findData(15))
    assert desktop.settings.idle_minutes == 15
    assert desktop.idle.timeout_ms == 15 * MINUTE_MS
    assert desktop.idle.is_running


def test_a_new_journaling_time_moves_the_reminder_at_once(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = open_settings(desktop, qtbot)
    now = datetime(2026, 3, 10, 19, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    reminders = ReminderClock(desktop.settings.reminders, lambda: now)
    notes: list[str] = []
    reminders.notify.connect(lambda _title, body: notes.append(body))
    dialog.reminders_changed.connect(reminders.schedule)
    reminders.unlocked()
    assert reminders.timer.interval() == 30 * MINUTE_MS  # to the default 20:00

    with qtbot.waitSignal(desktop.window.reminders_changed):
        dialog.journaling_time.setTime(QTime(19, 45))
    assert desktop.settings.reminders().journaling.at.strftime("%H:%M") == "19:45"
    assert reminders.timer.interval() == 15 * MINUTE_MS

    now = now.replace(minute=45)
    reminders.timer.timeout.emit()
    assert notes == ["Time for your journaling"]


def test_turning_journaling_reminders_off_stops_them(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = open_settings(desktop, qtbot)
    now = datetime(2026, 3, 10, 19, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    reminders = ReminderClock(desktop.settings.reminders, lambda: now)
    dialog.reminders_changed.connect(reminders.schedule)
    reminders.unlocked()
    dialog.journaling_on.setChecked(False)
    assert not dialog.journaling_time.isEnabled()
    assert not reminders.timer.isActive()
    dialog.journaling_on.setChecked(True)
    dialog.reminders_on.setChecked(False)
    assert not dialog.journaling_on.isEnabled()
    assert not reminders.timer.isActive()


def test_change_passphrase(existing_journal: str, desktop: DesktopApp, qtbot: QtBot) -> None:
    dialog = open_settings(desktop, qtbot).change_passphrase()
    qtbot.keyClicks(dialog.current.edit, "not it at all")
    qtbot.keyClicks(dialog.form.passphrase_field.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.form.confirm_field.edit, NEW_PASSPHRASE)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert "current passphrase" in dialog.error.text()

    dialog.current.clear()
    qtbot.keyClicks(dialog.current.edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.changed):
        dialog.save_button.click()

    desktop.window.lock()
    with pytest.raises(WrongPassphrase):
        desktop.vault.unlock(PASSPHRASE)
    desktop.vault.unlock(NEW_PASSPHRASE).lock()


def test_new_recovery_key_replaces_the_old_one(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = open_settings(desktop, qtbot).new_recovery_key()
    with qtbot.waitSignal(dialog.renewed):
        dialog.make_button.click()
    assert dialog.stack.currentWidget() is dialog.key_page
    new_key = "-".join(label.text() for label in dialog.key_page._groups)
    dialog.reject()  # Escape does not close it while the new key is showing
    assert dialog.isVisible()

    dialog.key_page.continue_button.click()
    qtbot.keyClicks(dialog.check.field, new_key[-4:])
    with qtbot.waitSignal(dialog.accepted):
        dialog.check.continue_button.click()
    assert all(label.text() == "" for label in dialog.key_page._groups)

    desktop.window.lock()
    with pytest.raises(WrongPassphrase):
        desktop.vault.unlock_with_recovery_key(existing_journal)
    desktop.vault.unlock_with_recovery_key(new_key).lock()


def test_back_up_now(existing_journal: str, desktop: DesktopApp, qtbot: QtBot) -> None:
    dialog = open_settings(desktop, qtbot)
    journal = desktop.session.journal
    assert journal is not None
    before = len(journal.list_backups())
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: "Backed up" in dialog.status.text())
    wait_idle(desktop, qtbot)
    assert len(journal.list_backups()) == before + 1
    assert f"{before + 1} kept" in dialog.last_backup.text()


def test_restore_locks_restores_and_opens_the_backup(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = open_settings(desktop, qtbot)
    journal = desktop.session.journal
    assert journal is not None
    with journal.database.transaction() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('test-state', 'before')")
    backup = journal.backup()
    with journal.database.transaction() as db:
        db.execute("UPDATE meta SET value = 'after' WHERE key = 'test-state'")

    restore = dialog.confirm_restore(backup)
    qtbot.keyClicks(restore.passphrase.edit, PASSPHRASE)
    with (
        qtbot.waitSignal(desktop.session.locked),
        qtbot.waitSignal(desktop.session.opened, timeout=10_000),
    ):
        restore.restore_button.click()

    assert journal.is_locked  # the old handle was locked before the restore
    reopened = desktop.session.journal
    assert reopened is not None and reopened is not journal
    rows = reopened.database.query("SELECT value FROM meta WHERE key = 'test-state'")
    assert rows[0][0] == "before"
    assert "restored" in desktop.shell.notice_text.text()
    assert desktop.window.pages.currentWidget() is desktop.shell


def test_a_failed_restore_leaves_the_journal_locked_with_an_explanation(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, tmp_path: object
) -> None:
    open_settings(desktop, qtbot)
    journal = desktop.session.journal
    assert journal is not None
    backup = journal.backup()

    desktop.window.restore(backup, "not my passphrase", None)
    page = desktop.window.unlock.unlock_page
    qtbot.waitUntil(lambda: not page.error.isHidden())
    assert "not restored" in page.error.text()
    assert not desktop.session.is_open
    unlock(desktop, qtbot)
