"""File → Import… and File → Export…: two actions that follow the lock, and the dialogs
they open over the journal while it is open."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QWidget

from afterglow.ui.menus import AppMenus
from afterglow.ui.session import JournalSession
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.widgets.dialog import FormDialog

if TYPE_CHECKING:
    # Imported when first used: the dialogs and the import plans bring in the whole
    # interchange and bundle code, which the unlock screen, shown first, has no use for.
    from afterglow.interchange.import_plan import ImportResult
    from afterglow.ui.exchange.export_dialog import ExportDialog
    from afterglow.ui.exchange.import_dialog import ImportDialog


class ExchangeMenu(QObject):
    """Adds Import… and Export… to the File menu, just above the group that ends with
    `before` (Settings…). `journal_changed` after an import brought something in."""

    journal_changed = Signal()

    def __init__(
        self,
        menus: AppMenus,
        before: QAction,
        session: JournalSession,
        runner: TaskRunner,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._session = session
        self._runner = runner
        self._window = window
        self._menu = menus.file
        self._before = before
        self.dialog: FormDialog | None = None

        self.import_action = QAction(self.tr("Import…"), window)
        self.import_action.setStatusTip(self.tr("Bring in entries from another journal app"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_action = QAction(self.tr("Export…"), window)
        self.export_action.setStatusTip(self.tr("Save an unencrypted copy of your journal"))
        self.export_action.triggered.connect(lambda: self.open_export())
        self._mine = (self.import_action, self.export_action)
        for action in self._mine:
            menus.journal_action(self._menu, action)
        self._keep_place()
        # The composition root adds "Open bundle…" (and its separator) above Settings…
        # once the window is built; Import… and Export… move below it as it arrives.
        self._menu.installEventFilter(self)

    # -- the menu -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._menu
            and event.type() == QEvent.Type.ActionAdded
            and isinstance(event, QActionEvent)
            and event.action() not in self._mine
        ):
            self._keep_place()
        return False

    def _keep_place(self) -> None:
        """Import…, Export… directly above `before`, or above the separator over it."""
        actions = self._menu.actions()
        if self._before not in actions:
            return
        at = actions.index(self._before)
        if at > 0 and actions[at - 1].isSeparator() and actions[at - 1] not in self._mine:
            at -= 1
        anchor = actions[at]
        if actions[max(at - 2, 0) : at] == list(self._mine):
            return
        for action in self._mine:
            self._menu.insertAction(anchor, action)

    # -- the dialogs ----------------------------------------------------------------------

    def open_import(self) -> ImportDialog | None:
        services = self._session.services
        if services is None or self.dialog is not None:
            return None
        from afterglow.ui.exchange.import_dialog import ImportDialog  # see TYPE_CHECKING

        dialog = ImportDialog(self._runner, services.journal, services.whole_journal, self._window)
        dialog.imported.connect(self._imported)
        self._show(dialog)
        return dialog

    def open_export(self) -> ExportDialog | None:
        services = self._session.services
        if services is None or self.dialog is not None:
            return None
        from afterglow.ui.exchange.export_dialog import ExportDialog  # see TYPE_CHECKING

        dialog = ExportDialog(self._runner, services.whole_journal, self._window)
        self._show(dialog)
        return dialog

    def _show(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _imported(self, result: ImportResult) -> None:
        report = result.report
        if any(
            counts.added or counts.updated
            for counts in (getattr(report, f.name) for f in fields(report))
        ):
            self.journal_changed.emit()
