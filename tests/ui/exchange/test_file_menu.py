"""File → Import… and Export… sit below "Open bundle…", follow the lock, and their dialogs
close when the journal locks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.ui.exchange.export_dialog import ExportDialog
from afterglow.ui.exchange.import_dialog import ImportDialog
from tests.ui.flows import unlock


def file_menu(desktop: DesktopApp) -> list[str]:
    return ["---" if a.isSeparator() else a.text() for a in desktop.window.menus.file.actions()]


def test_import_and_export_come_after_open_bundle_and_before_settings(
    existing_journal: str, desktop: DesktopApp
) -> None:
    titles = file_menu(desktop)
    # Other commands may come before "Open bundle…"; from there on the order is this.
    assert titles[titles.index("Open bundle…") :] == [
        "Open bundle…",
        "Import…",
        "Export…",
        "---",
        "Settings…",
        "Lock",
        "---",
        "Quit",
    ]


def test_they_reach_the_journal_only_while_it_is_open(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    exchange = desktop.window.exchange
    assert not exchange.import_action.isEnabled() and not exchange.export_action.isEnabled()
    assert exchange.open_import() is None and exchange.open_export() is None

    unlock(desktop, qtbot)
    assert exchange.import_action.isEnabled() and exchange.export_action.isEnabled()

    exchange.import_action.trigger()
    dialog = exchange.dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    with qtbot.waitSignal(desktop.session.locked):
        desktop.window.lock_action.trigger()
    assert exchange.dialog is None
    assert not exchange.import_action.isEnabled() and not exchange.export_action.isEnabled()


def test_export_dialog_opens_from_the_menu_and_closes_on_lock(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    unlock(desktop, qtbot)
    desktop.window.exchange.export_action.trigger()
    dialog = desktop.window.exchange.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    # One dialog at a time: asking again while it is up opens nothing more.
    assert desktop.window.exchange.open_import() is None
    dialog.reject()
    assert desktop.window.exchange.dialog is None
    assert desktop.window.exchange.open_import() is not None
