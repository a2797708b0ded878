"""The journal's everyday commands, each with a shortcut that works anywhere in the window.

New entry and Quick note head the File menu; a Go menu holds Search and every section by
number (Ctrl+1 to Ctrl+8), with Ctrl+T for Today as well. Going to a section puts the
focus on the sidebar, on that section, so Tab continues from there. All of them follow
the lock: they are enabled only while the journal is open.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.menus import AppMenus
from afterglow.ui.sections import Section
from afterglow.ui.shell import JournalShell
from afterglow.ui.today.today_view import TodayView

CTRL = Qt.Modifier.CTRL
SECTION_KEYS = (
    Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4,
    Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9,
)  # fmt: skip


class JournalCommands(QObject):
    def __init__(
        self,
        window: QMainWindow,
        menus: AppMenus,
        shell: JournalShell,
        journal: JournalView,
        today: TodayView,
        sections: list[Section],
    ) -> None:
        super().__init__(window)
        self._shell = shell
        self._journal = journal
        self._today = today

        self.new_entry_action = self._action(
            window, self.tr("New entry"), QKeySequence(QKeySequence.StandardKey.New)
        )
        self.new_entry_action.triggered.connect(self.new_entry)
        self.quick_note_action = self._action(
            window, self.tr("Quick note"), QKeySequence(CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N)
        )
        self.quick_note_action.triggered.connect(self.quick_note)
        first = menus.file.actions()[0] if menus.file.actions() else None
        menus.journal_action(menus.file, self.new_entry_action, before=first)
        menus.journal_action(menus.file, self.quick_note_action, before=first)
        if first is not None:
            menus.file.insertSeparator(first)

        self.menu = QMenu(self.tr("&Go"), window)
        window.menuBar().insertMenu(menus.help.menuAction(), self.menu)
        self.search_action = self._action(
            window, self.tr("Search the journal…"), QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.search_action.triggered.connect(self.search)
        menus.journal_action(self.menu, self.search_action)
        self.menu.addSeparator()
        self.section_actions: dict[str, QAction] = {}
        for section, key in zip(sections, SECTION_KEYS, strict=False):
            keys = [QKeySequence(CTRL | key)]
            if section.key == "today":
                keys.append(QKeySequence(CTRL | Qt.Key.Key_T))
            action = QAction(section.title, window)
            action.setShortcuts(keys)
            action.triggered.connect(lambda _checked=False, k=section.key: self.go_to(k))
            menus.journal_action(self.menu, action)
            self.section_actions[section.key] = action

    @staticmethod
    def _action(window: QMainWindow, text: str, key: QKeySequence) -> QAction:
        action = QAction(text, window)
        action.setShortcut(key)
        return action

    def go_to(self, key: str) -> None:
        self._shell.show_section(key)
        self._shell.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def new_entry(self) -> None:
        """A blank page in the Journal, with the cursor in it."""
        self._shell.show_section("journal")
        self._journal.new_entry()

    def search(self) -> None:
        self._shell.show_section("journal")
        self._journal.focus_search()

    def quick_note(self) -> None:
        """Today's quick note, ready for typing: a line that Enter keeps as a note."""
        self._shell.show_section("today")
        field = self._today.quick_note.field
        self._today.scroll_area.ensureWidgetVisible(self._today.quick_note)
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
