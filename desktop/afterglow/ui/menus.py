"""The window's menu bar: File and Help. Actions that need an open journal are enabled
only while it is unlocked, so nothing in a menu reaches a locked journal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class AppMenus(QObject):
    """Builds the menu bar; `journal_action` adds an action that follows the lock."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.file: QMenu = bar.addMenu(self.tr("&File"))
        self.help: QMenu = bar.addMenu(self.tr("&Help"))
        self._journal_actions: list[QAction] = []
        self._unlocked = False

        self.quit_action = QAction(self.tr("Quit"), window)
        # Spelled out: the standard Quit key is empty where the platform has no scheme.
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(QCoreApplication.quit)

    def journal_action(
        self, menu: QMenu, action: QAction, before: QAction | None = None
    ) -> QAction:
        """Adds `action` to `menu` (at the end, or before `before`), enabled only while the
        journal is open."""
        menu.insertAction(before, action)  # type: ignore[arg-type]  # None appends
        action.setEnabled(self._unlocked)
        self._journal_actions.append(action)
        return action

    def finish_file_menu(self) -> None:
        """Ends the File menu with Quit, once the window has added its own actions."""
        self.file.addSeparator()
        self.file.addAction(self.quit_action)

    def set_unlocked(self, unlocked: bool) -> None:
        self._unlocked = unlocked
        for action in self._journal_actions:
            action.setEnabled(unlocked)
