"""First run: choosing a passphrase, making the journal, keeping and checking the recovery key."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.ui.secret_clipboard import SecretClipboard
from afterglow.vault.recovery import RecoveryKey
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import choose_passphrase, finish_first_run


def test_first_run_creates_the_journal_and_shows_the_recovery_key(
    desktop: DesktopApp, qtbot: QtBot
) -> None:
    flow = desktop.window.first_run
    assert flow is not None
    assert desktop.window.pages.currentWidget() is flow
    assert flow.currentWidget() is flow.welcome
    assert not desktop.vault.exists()

    choose_passphrase(desktop, qtbot)

    assert desktop.vault.exists()
    groups = [label.text() for label in flow.key_page._groups]
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)
    RecoveryKey.parse("".join(groups))  # a real key, checksum and all
    assert not desktop.session.is_open  # not until the key has been checked


def test_passphrase_rules_are_warnings_except_the_minimum_length(
    desktop: DesktopApp, qtbot: QtBot
) -> None:
    flow = desktop.window.first_run
    assert flow is not None
    flow.welcome.start_button.click()
    page = flow.choose
    form = page.form

    qtbot.keyClicks(form.passphrase_field.edit, "short")
    qtbot.keyClicks(form.confirm_field.edit, "short")
    assert not page.continue_button.isEnabled()

    for field in (form.passphrase_field, form.confirm_field):
        field.clear()
    qtbot.keyClicks(form.passphrase_field.edit, "aaaaaaaaaa")
    qtbot.keyClicks(form.confirm_field.edit, "aaaaaaaaab")
    assert not page.continue_button.isEnabled()
    assert "not the same" in form.match.text()

    form.confirm_field.clear()
    qtbot.keyClicks(form.confirm_field.edit, "aaaaaaaaaa")
    assert page.continue_button.isEnabled()  # weak, and warned about, but allowed
    assert "very weak" in form.meter.verdict.text()
    assert form.meter.advice.text()


def test_very_long_passphrases_are_assessed_without_error(
    desktop: DesktopApp, qtbot: QtBot
) -> None:
    flow = desktop.window.first_run
    assert flow is not None
    flow.welcome.start_button.click()
    flow.choose.form.passphrase_field.edit.setText("a calm lake at dawn " * 10)
    assert "strong" in flow.choose.form.meter.verdict.text()


def test_the_check_refuses_a_wrong_last_group_and_accepts_the_right_one(
    desktop: DesktopApp, qtbot: QtBot
) -> None:
    choose_passphrase(desktop, qtbot)
    flow = desktop.window.first_run
    assert flow is not None
    last = flow.key_page._groups[-1].text()
    flow.key_page.continue_button.click()
    check = flow.check
    assert flow.currentWidget() is check

    wrong = "0000" if last != "0000" else "1111"
    qtbot.keyClicks(check.field, wrong)
    check.continue_button.click()
    assert not check.error.isHidden()
    assert flow.currentWidget() is check
    assert not desktop.session.is_open

    check.field.clear()
    qtbot.keyClicks(check.field, last.lower())
    with qtbot.waitSignal(desktop.session.opened):
        check.continue_button.click()
    assert desktop.window.pages.currentWidget() is desktop.shell
    assert desktop.window.windowTitle() == "Afterglow"


def test_the_shown_recovery_key_opens_the_journal(desktop: DesktopApp, qtbot: QtBot) -> None:
    key = finish_first_run(desktop, qtbot)
    desktop.window.lock()
    desktop.vault.unlock_with_recovery_key(key).lock()
    desktop.vault.unlock(PASSPHRASE).lock()


def test_copying_the_key_clears_the_clipboard_again(qapp: object, qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    secret = SecretClipboard(clipboard, clear_after_ms=20)
    secret.copy("ABCD-EFGH")
    assert clipboard.text() == "ABCD-EFGH"
    qtbot.waitUntil(lambda: clipboard.text() == "")


def test_the_clipboard_is_left_alone_once_it_holds_something_else(
    qapp: object, qtbot: QtBot
) -> None:
    clipboard = QGuiApplication.clipboard()
    secret = SecretClipboard(clipboard, clear_after_ms=60_000)
    secret.copy("ABCD-EFGH")
    clipboard.setText("a shopping list")
    secret.clear_now()
    assert clipboard.text() == "a shopping list"
    clipboard.clear()


def test_the_key_can_be_saved_as_a_private_text_file_and_printed(
    desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    choose_passphrase(desktop, qtbot)
    flow = desktop.window.first_run
    assert flow is not None
    groups = [label.text() for label in flow.key_page._groups]

    out = tmp_path / "key.txt"
    flow.key_page.save_to(out)
    text = out.read_text()
    assert "-".join(groups[:4]) in text and "-".join(groups[4:]) in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    flow.key_page.print_to(printer)
    assert (tmp_path / "key.pdf").stat().st_size > 0


def test_copy_button_puts_the_key_on_the_clipboard(desktop: DesktopApp, qtbot: QtBot) -> None:
    choose_passphrase(desktop, qtbot)
    flow = desktop.window.first_run
    assert flow is not None
    flow.key_page.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert RecoveryKey.parse(clipboard.text()).formatted() == clipboard.text()
    assert not flow.key_page.status.isHidden()
    finish = flow.key_page.last_group
    flow.key_page.continue_button.click()
    qtbot.keyClicks(flow.check.field, finish)
    with qtbot.waitSignal(desktop.session.opened):
        flow.check.continue_button.click()
    desktop.window.lock()
    assert clipboard.text() == ""  # locking clears a key left on the clipboard
