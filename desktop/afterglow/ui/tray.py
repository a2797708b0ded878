"""The tray icon, where the desktop has a tray: Lock and Quit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class TrayIcon(QSystemTrayIcon):
    """Shows nothing from the journal: the tooltip is the app's name only."""

    lock_requested = Signal()
    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(icon, parent)
        self.setToolTip(self.tr("Afterglow"))
        self._menu = QMenu()
        self.show_action = QAction(self.tr("Show Afterglow"), self._menu)
        self.lock_action = QAction(self.tr("Lock"), self._menu)
        self.quit_action = QAction(self.tr("Quit"), self._menu)
        self._menu.addAction(self.show_action)
        self._menu.addAction(self.lock_action)
        self._menu.addSeparator()
        self._menu.addAction(self.quit_action)
        self.setContextMenu(self._menu)
        self.show_action.triggered.connect(self.show_requested)
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.activated.connect(self._activated)
        self.set_locked(True)

    def set_locked(self, locked: bool) -> None:
        self.lock_action.setEnabled(not locked)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()
