"""The Help menu: the keyboard shortcuts window (F1) and About Afterglow.

Both work with the journal locked: neither shows anything from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    # Imported when first shown, not with the window: the unlock screen shows sooner.
    from afterglow.ui.help.about import AboutDialog
    from afterglow.ui.help.shortcuts import ShortcutsWindow


class HelpMenu(QObject):
    def __init__(self, menu: QMenu, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.shortcuts_window: ShortcutsWindow | None = None
        self.about_dialog: AboutDialog | None = None

        self.shortcuts_action = QAction(self.tr("Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcuts(
            [
                QKeySequence(QKeySequence.StandardKey.HelpContents),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Slash),
            ]
        )
        self.shortcuts_action.triggered.connect(lambda: self.show_shortcuts())
        self.about_action = QAction(self.tr("About Afterglow"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: self.show_about())
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def show_shortcuts(self) -> ShortcutsWindow:
        """Shows the shortcuts window (made afresh, so it lists what exists now)."""
        if self.shortcuts_window is not None:
            self.shortcuts_window.raise_()
            self.shortcuts_window.activateWindow()
            return self.shortcuts_window
        from afterglow.ui.help.shortcuts import ShortcutsWindow

        window = ShortcutsWindow(self._window)
        window.finished.connect(lambda _result: self._forget_shortcuts(window))
        self.shortcuts_window = window
        window.show()
        window.activateWindow()
        return window

    def show_about(self) -> AboutDialog:
        if self.about_dialog is not None:
            self.about_dialog.raise_()
            return self.about_dialog
        from afterglow.ui.help.about import AboutDialog

        dialog = AboutDialog(self._window)
        dialog.finished.connect(lambda _result: self._forget_about(dialog))
        self.about_dialog = dialog
        dialog.open()
        return dialog

    def _forget_shortcuts(self, window: ShortcutsWindow) -> None:
        if self.shortcuts_window is window:
            self.shortcuts_window = None
        window.deleteLater()
        # Back to where the keyboard was, even where no window manager hands it back.
        self._window.activateWindow()

    def _forget_about(self, dialog: AboutDialog) -> None:
        if self.about_dialog is dialog:
            self.about_dialog = None
        dialog.deleteLater()
