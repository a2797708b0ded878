"""Afterglow from the keyboard alone: unlock, move through the sections, write, search,
Today, the quick note, the shortcuts window and locking, with the focus where it belongs
at every step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.ui.help.shortcuts import ShortcutsWindow
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.today.today_view import TodayView
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    """A key pressed wherever the focus is, as a person's keyboard would send it."""
    target = focused()
    assert target is not None, "nothing has the focus"
    qtbot.keyClick(target, key, modifiers)


def type_text(qtbot: QtBot, text: str) -> None:
    target = focused()
    assert target is not None, "nothing has the focus"
    qtbot.keyClicks(target, text)


def test_a_keyboard_only_walk_through_the_journal(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    window, shell = desktop.window, desktop.shell
    journal = shell.views["journal"]
    today = shell.views["today"]
    assert isinstance(journal, JournalView) and isinstance(today, TodayView)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Unlock: the passphrase field is ready for typing; Enter opens the journal.
    assert focused() is window.unlock.unlock_page.field.edit
    type_text(qtbot, PASSPHRASE)
    with qtbot.waitSignal(desktop.session.opened):
        press(qtbot, Qt.Key.Key_Return)
    wait_idle(desktop, qtbot)
    assert focused() is shell.navigation
    assert shell.current_section == "today"

    # The sidebar: arrow keys move between sections, Tab goes on into the section.
    press(qtbot, Qt.Key.Key_Down)
    assert shell.current_section == "journal"
    press(qtbot, Qt.Key.Key_Down)
    assert shell.current_section == "sessions"
    assert shell.stack.currentWidget() is shell.views["sessions"]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is shell.settings_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is shell.lock_button
    press(qtbot, Qt.Key.Key_Tab)
    landed = focused()
    assert landed is not None and shell.views["sessions"].isAncestorOf(landed)

    # Ctrl+1 to Ctrl+8 go straight to a section, with the focus on it in the sidebar.
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert shell.current_section == "insights"
    assert focused() is shell.navigation
    press(qtbot, Qt.Key.Key_8, CTRL)
    assert shell.current_section == "share"

    # Ctrl+N: a new entry in the Journal, ready for typing.
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert shell.current_section == "journal"
    assert focused() is journal.editor.body
    type_text(qtbot, "Walked to the canal and back.")
    assert journal.editor.body.toPlainText() == "Walked to the canal and back."

    # Ctrl+F: the search field.
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is journal.search.field
    type_text(qtbot, "canal")
    assert journal.search.field.text() == "canal"

    # Ctrl+T: Today.
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert shell.current_section == "today"
    assert focused() is shell.navigation

    # Ctrl+Shift+N: the quick note, from anywhere; Enter keeps it.
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    assert shell.current_section == "today"
    assert focused() is today.quick_note.field
    type_text(qtbot, "Herons again.")
    with qtbot.waitSignal(today.quick_note.saved):
        press(qtbot, Qt.Key.Key_Return)

    # F1: the shortcuts window, with the focus in its list; Escape puts it away.
    before = focused()
    press(qtbot, Qt.Key.Key_F1)
    shortcuts = window.help_menu.shortcuts_window
    assert isinstance(shortcuts, ShortcutsWindow)
    qtbot.waitUntil(shortcuts.isActiveWindow)
    assert focused() is shortcuts.list
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.help_menu.shortcuts_window is None)
    qtbot.waitUntil(window.isActiveWindow)
    assert focused() is before

    # Ctrl+L locks, and the passphrase field is ready again.
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.pages.currentWidget() is window.unlock
    assert focused() is window.unlock.unlock_page.field.edit


def test_ctrl_number_makes_a_heading_while_writing_and_changes_section_elsewhere(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    page = desktop.window.unlock.unlock_page
    page.field.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(desktop.session.opened):
        page.unlock_button.click()
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)

    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Evening")
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert journal.editor.body.toPlainText() == "## Evening"
    assert desktop.shell.current_section == "journal"

    journal.editor.title.setFocus()
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert desktop.shell.current_section == "sessions"


def test_journal_commands_wait_for_the_journal(desktop: DesktopApp, existing_journal: str) -> None:
    menu_actions = [a for a in desktop.window.findChildren(type(desktop.window.lock_action))]
    by_text = {a.text(): a for a in menu_actions}
    for text in ("New entry", "Quick note", "Search the journal…", "Today", "Journal"):
        assert not by_text[text].isEnabled(), text
    assert by_text["Keyboard shortcuts"].isEnabled()
    assert by_text["About Afterglow"].isEnabled()
