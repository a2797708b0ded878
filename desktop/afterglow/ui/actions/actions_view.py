"""The Actions section: actions grouped as open, in progress, done and dropped, beside the
one chosen; adding and editing them, changing their status, and the weekly review. Every
read and write goes through the task runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.action import Action, ActionStatus
from afterglow.ui.actions.action_dialog import ActionDialog
from afterglow.ui.actions.action_model import ActionDelegate, ActionListModel, ActionRow
from afterglow.ui.actions.action_panel import ActionPanel
from afterglow.ui.actions.weekly_review import WeeklyReviewDialog
from afterglow.ui.actions.wording import action_problem, status_name
from afterglow.ui.journal.journal_view import EmptyState
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.dialog import ConfirmDialog, FormDialog
from afterglow.ui.widgets.list_detail import RowList, beside, detail_column, list_column
from afterglow.ui.widgets.page import button, text_label
from afterglow.vault.services import JournalServices

LIST_WIDTH = 380


class ActionsView(QWidget):
    """Follows the section contract: `open_journal`, `flush` and `clear`."""

    notice = Signal(str)
    insight_requested = Signal(str)  # show this insight in Insights
    changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._colors = colors
        self._today = today
        self._services: JournalServices | None = None
        self._selected: str | None = None
        self.dialog: QWidget | None = None

        self.add_button = button(self.tr("Add an action"), "primary")
        heading = QHBoxLayout()
        heading.addWidget(text_label(self.tr("Actions"), "heading", wrap=False))
        heading.addStretch(1)
        heading.addWidget(self.add_button)
        self.review_button = button(self.tr("Weekly review…"))
        self.review_button.setToolTip(self.tr("What did I do about my insights this week?"))

        self.model = ActionListModel(runner, parent=self)
        self.list = RowList(self.model, self.tr("Actions: open, in progress, done and dropped"))
        self.list.setItemDelegate(ActionDelegate(colors, today, parent=self.list))
        self.empty = EmptyState()
        self.empty.say(
            self.tr(
                "No actions yet. When an insight asks for something to change, inside you "
                "or in what you do, add it here, or from the insight itself."
            ),
            self.tr("Add your first action"),
        )
        self.results = QStackedWidget()
        self.results.addWidget(self.list)
        self.results.addWidget(self.empty)

        left, column = list_column(300)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_button)
        review_row.addStretch(1)
        column.addLayout(heading)
        column.addLayout(review_row)
        column.addWidget(self.results, 1)

        self.panel = ActionPanel(today)
        self.splitter = beside(left, detail_column(self.panel), (LIST_WIDTH, 640))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.add_button.clicked.connect(lambda: self.add_action())
        self.review_button.clicked.connect(lambda: self.weekly_review())
        self.empty.action.clicked.connect(lambda: self.add_action())
        self.list.clicked.connect(self._row_chosen)
        self.list.activated.connect(self._row_chosen)
        self.model.loaded.connect(self._loaded)
        self.model.load_failed.connect(self.notice)
        self.panel.status_requested.connect(self.set_status)
        self.panel.edit_requested.connect(lambda row: self.add_action(row.action))
        self.panel.delete_requested.connect(lambda row: self.confirm_delete(row.action))
        self.panel.insight_requested.connect(self.insight_requested)
        self._update_list_page()

    # -- the section contract ---------------------------------------------------------

    def open_journal(self, services: JournalServices) -> None:
        self._services = services
        if self.isVisible():
            self.refresh()

    def flush(self) -> None:
        """Everything is saved as it is done."""

    def clear(self) -> None:
        self._services = None
        self._selected = None
        if self.dialog is not None and isinstance(self.dialog, FormDialog | WeeklyReviewDialog):
            self.dialog.done(0)
        self.model.clear()
        self.panel.show_row(None)
        self._update_list_page()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self._services is not None:
            self.model.show(self._services)

    # -- the list ---------------------------------------------------------------------

    def select(self, action_id: str) -> None:
        """Shows one action (also from Insights and Today); found once the list loads."""
        self._selected = action_id
        row = self.model.row_of(action_id)
        if row is None:
            return
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)
        self.panel.show_row(self.model.row_at(row))

    def _row_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select(self.model.row_at(index.row()).id)

    def _loaded(self) -> None:
        self._update_list_page()
        if self._selected is not None and self.model.row_of(self._selected) is not None:
            self.select(self._selected)
        elif self.model.rowCount():
            self.select(self.model.row_at(0).id)
        else:
            self.panel.show_row(None)

    def _update_list_page(self) -> None:
        empty = self.model.rowCount() == 0 and not self.model.is_loading
        self.results.setCurrentWidget(self.empty if empty and self._services else self.list)
        self.review_button.setVisible(not empty)

    # -- changes ----------------------------------------------------------------------

    def set_status(self, row: ActionRow, status: ActionStatus) -> None:
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: services.actions.set_status(row.id, status),
            on_done=lambda action: self._status_set(action),
            on_error=lambda error: self.notice.emit(action_problem(error)),
        )

    def _status_set(self, action: Action) -> None:
        self._selected = action.id
        self.refresh()
        self.changed.emit()
        if action.status == ActionStatus.DONE:
            self.notice.emit(self.tr("Marked as done."))
        else:
            self.notice.emit(self.tr("Now %1.").replace("%1", status_name(action.status).lower()))

    def add_action(self, action: Action | None = None) -> ActionDialog | None:
        """A new action, or editing `action`."""
        services = self._services
        if services is None:
            return None
        dialog = ActionDialog(
            self._runner,
            services.actions,
            self._colors,
            action=action,
            today=self._today,
            parent=self.window(),
        )
        dialog.saved.connect(self._saved)
        self._open(dialog)
        return dialog

    def _saved(self, action: Action) -> None:
        self._selected = action.id
        self.refresh()
        self.changed.emit()

    def confirm_delete(self, action: Action) -> ConfirmDialog:
        dialog = ConfirmDialog(
            self.tr("Delete this action?"),
            self.tr(
                "It is deleted for good. If you simply decided not to do it, “Let it go” "
                "keeps it in your history instead."
            ),
            self.tr("Delete for good"),
            self.window(),
        )
        dialog.accepted.connect(lambda: self._delete(action))
        self._open(dialog)
        return dialog

    def _delete(self, action: Action) -> None:
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: services.actions.delete(action.id),
            on_done=lambda _none: self._deleted(),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def _deleted(self) -> None:
        self._selected = None
        self.refresh()
        self.changed.emit()
        self.notice.emit(self.tr("The action was deleted."))

    def weekly_review(self) -> WeeklyReviewDialog | None:
        services = self._services
        if services is None:
            return None
        dialog = WeeklyReviewDialog(
            self._runner, services, self._colors, self._today, parent=self.window()
        )
        dialog.changed.connect(self.refresh)
        dialog.changed.connect(self.changed)
        self._open(dialog)
        return dialog

    def _open(self, dialog: FormDialog | WeeklyReviewDialog) -> None:
        if isinstance(self.dialog, FormDialog | WeeklyReviewDialog):
            self.dialog.done(0)
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
