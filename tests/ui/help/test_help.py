"""Help: the keyboard shortcuts window lists every shortcut the window really has, by
group, in either theme; About says what Afterglow is and that nothing leaves the computer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from pytestqt.qtbot import QtBot

from afterglow import __version__
from afterglow.app import DesktopApp
from afterglow.ui.help.about import AboutDialog
from afterglow.ui.help.shortcuts import ShortcutsWindow, action_text
from afterglow.ui.theme import DARK
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.flows import unlock


def native(*keys: str) -> str:
    return " or ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys
    )


def open_shortcuts(desktop: DesktopApp, qtbot: QtBot, key: Qt.Key) -> ShortcutsWindow:
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    qtbot.keyClick(desktop.window, key, Qt.KeyboardModifier.NoModifier)
    window = desktop.window.help_menu.shortcuts_window
    assert isinstance(window, ShortcutsWindow)
    return window


def test_every_shortcut_in_the_window_is_listed(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    unlock(desktop, qtbot)
    window = open_shortcuts(desktop, qtbot, Qt.Key.Key_F1)
    rows = window.rows()
    listed = set(rows)
    for action in desktop.window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys and action_text(action):
            expected = native(*(k.toString() for k in keys))
            assert (action_text(action), expected) in listed, action.text()

    groups = [text for text, keys in rows if not keys]
    assert {"File", "Go", "Writing", "Help"} <= set(groups)

    def under(group: str) -> list[tuple[str, str]]:
        start = rows.index((group, ""))
        following = rows[start + 1 :]
        end = next((i for i, (_, keys) in enumerate(following) if not keys), len(following))
        return following[:end]

    assert ("New entry", native("Ctrl+N")) in under("File")
    assert ("Quick note", native("Ctrl+Shift+N")) in under("File")
    assert ("Lock", native("Ctrl+L")) in under("File")
    assert ("Settings", native("Ctrl+,")) in under("File")
    assert ("Quit", native("Ctrl+Q")) in under("File")
    assert ("Today", native("Ctrl+1", "Ctrl+T")) in under("Go")
    assert ("Share with therapist", native("Ctrl+8")) in under("Go")
    assert ("Search the journal", native("Ctrl+F")) in under("Go")
    assert ("Bold", native("Ctrl+B")) in under("Writing")
    assert ("Mark as insight", native("Ctrl+Shift+I")) in under("Writing")
    assert ("Keyboard shortcuts", native("F1", "Ctrl+/")) in under("Help")


def test_the_shortcuts_window_opens_while_locked_and_follows_the_theme(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    desktop.appearance.set_choice("dark")
    window = open_shortcuts(desktop, qtbot, Qt.Key.Key_F1)
    assert window.isVisible()
    palette = window.list.palette()
    assert palette.color(QPalette.ColorRole.Base).name().upper() == DARK.surface
    assert palette.color(QPalette.ColorRole.Text).name().upper() == DARK.text
    window.reject()
    qtbot.waitUntil(lambda: desktop.window.help_menu.shortcuts_window is None)
    desktop.appearance.set_choice("light")


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")
def test_ctrl_slash_opens_it_too_and_a_second_press_raises_the_same_window(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    qtbot.keyClick(desktop.window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    first = desktop.window.help_menu.shortcuts_window
    assert first is not None and first.isVisible()
    assert desktop.window.help_menu.show_shortcuts() is first


def test_about_says_what_afterglow_is_and_that_nothing_leaves(
    desktop: DesktopApp, qtbot: QtBot
) -> None:
    desktop.window.help_menu.about_action.trigger()
    dialog = desktop.window.help_menu.about_dialog
    assert isinstance(dialog, AboutDialog)
    assert __version__ in dialog.version.text()
    assert "stays on this computer" in dialog.privacy.text()
    assert "General Public License" in dialog.license.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert desktop.window.help_menu.about_dialog is None


def test_locking_closes_the_help_windows(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    unlock(desktop, qtbot)
    desktop.window.help_menu.show_shortcuts()
    desktop.window.lock()
    qtbot.waitUntil(lambda: desktop.window.help_menu.shortcuts_window is None)
