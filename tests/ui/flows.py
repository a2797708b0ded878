"""Steps through the app the way a person would, for tests that need an open journal."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from tests.ui.conftest import PASSPHRASE


def choose_passphrase(desktop: DesktopApp, qtbot: QtBot, passphrase: str = PASSPHRASE) -> None:
    """From the welcome page to the recovery key page."""
    flow = desktop.window.first_run
    assert flow is not None
    flow.welcome.start_button.click()
    qtbot.keyClicks(flow.choose.form.passphrase_field.edit, passphrase)
    qtbot.keyClicks(flow.choose.form.confirm_field.edit, passphrase)
    flow.choose.continue_button.click()
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.key_page)


def finish_first_run(desktop: DesktopApp, qtbot: QtBot, passphrase: str = PASSPHRASE) -> str:
    """Creates the journal through the first-run pages; returns the recovery key shown."""
    choose_passphrase(desktop, qtbot, passphrase)
    flow = desktop.window.first_run
    assert flow is not None
    key = "-".join(label.text() for label in flow.key_page._groups)
    flow.key_page.continue_button.click()
    qtbot.keyClicks(flow.check.field, key[-4:])
    with qtbot.waitSignal(desktop.session.opened):
        flow.check.continue_button.click()
    return key


def unlock(desktop: DesktopApp, qtbot: QtBot, passphrase: str = PASSPHRASE) -> None:
    page = desktop.window.unlock.unlock_page
    page.field.edit.setText(passphrase)
    with qtbot.waitSignal(desktop.session.opened):
        page.unlock_button.click()


def wait_idle(desktop: DesktopApp, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not desktop.runner.busy)
