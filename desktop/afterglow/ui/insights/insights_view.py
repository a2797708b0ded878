"""The Insights section: insights newest first, filtered by status, star, tag or session,
beside the one chosen; and keeping a passage of an entry as an insight ("Mark as insight"
in the Journal's editor). Every read and write goes through the task runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.errors import AfterglowError, RefusedChange
from afterglow.core.insight import Insight, InsightStatus
from afterglow.core.integration_store import InsightFilter, SessionFilter
from afterglow.core.session import Session
from afterglow.core.tags import is_valid_tag
from afterglow.ui.actions.action_dialog import ActionDialog
from afterglow.ui.insights.insight_dialog import InsightDialog
from afterglow.ui.insights.insight_model import (
    InsightDelegate,
    InsightListModel,
    InsightRow,
    read_row,
)
from afterglow.ui.insights.insight_panel import InsightPanel
from afterglow.ui.insights.wording import insight_problem, refused_move, status_name
from afterglow.ui.journal.editor import MarkedPassage
from afterglow.ui.journal.journal_view import EmptyState
from afterglow.ui.sessions.wording import short_day
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.chips import ToggleChip
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.dialog import ConfirmDialog, FormDialog
from afterglow.ui.widgets.list_detail import RowList, beside, detail_column, list_column
from afterglow.ui.widgets.page import button, text_label
from afterglow.vault.services import JournalServices

LIST_WIDTH = 380
TAG_DELAY_MS = 300
SESSIONS_OFFERED = 200


class InsightsView(QWidget):
    """Follows the section contract: `open_journal`, `flush` and `clear`."""

    notice = Signal(str)
    entry_requested = Signal(str, object)  # entry id, (start, end) string offsets or None
    session_requested = Signal(str)
    action_requested = Signal(str)  # show this action in Actions
    changed = Signal()  # insights or their actions changed (other views may refresh)

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
        self._sessions: list[Session] = []
        self._wanted_session: str | None = None
        self._selected: str | None = None
        self.dialog: FormDialog | None = None

        # -- the list and its filters ---------------------------------------------------
        self.new_button = button(self.tr("New insight"), "primary")
        heading = QHBoxLayout()
        heading.addWidget(text_label(self.tr("Insights"), "heading", wrap=False))
        heading.addStretch(1)
        heading.addWidget(self.new_button)
        self.status_filter = ChoiceBox(self.tr("Show insights by status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in InsightStatus:
            self.status_filter.addItem(status_name(status), status.value)
        self.starred_filter = ToggleChip(self.tr("\u2605 Starred"))
        self.tag_filter = QLineEdit()
        self.tag_filter.setPlaceholderText(self.tr("Tag"))
        self.tag_filter.setAccessibleName(self.tr("Show insights with this tag"))
        self.tag_filter.setClearButtonEnabled(True)
        self.session_filter = ChoiceBox(self.tr("Show insights from a session"))
        self.session_filter.addItem(self.tr("Any session"), None)
        filters_top = QHBoxLayout()
        filters_top.setSpacing(6)
        filters_top.addWidget(self.status_filter, 1)
        filters_top.addWidget(self.starred_filter)
        filters_bottom = QHBoxLayout()
        filters_bottom.setSpacing(6)
        filters_bottom.addWidget(self.tag_filter, 1)
        filters_bottom.addWidget(self.session_filter, 1)

        self.model = InsightListModel(runner, parent=self)
        self.list = RowList(self.model, self.tr("Insights, newest first"))
        self.list.setItemDelegate(InsightDelegate(colors, parent=self.list))
        self.empty = EmptyState()
        self.results = QStackedWidget()
        self.results.addWidget(self.list)
        self.results.addWidget(self.empty)

        left, column = list_column(300)
        column.addLayout(heading)
        column.addLayout(filters_top)
        column.addLayout(filters_bottom)
        column.addWidget(self.results, 1)

        self.panel = InsightPanel(today)
        self.splitter = beside(left, detail_column(self.panel), (LIST_WIDTH, 640))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._tag_timer = QTimer(self)
        self._tag_timer.setSingleShot(True)
        self._tag_timer.setInterval(TAG_DELAY_MS)
        self._tag_timer.timeout.connect(self.reload)

        self.new_button.clicked.connect(lambda: self.write_insight())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.starred_filter.toggled.connect(lambda _on: self.reload())
        self.session_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.tag_filter.textChanged.connect(lambda _text: self._tag_timer.start())
        self.list.clicked.connect(self._row_chosen)
        self.list.activated.connect(self._row_chosen)
        self.model.modelReset.connect(self._update_list_page)
        self.model.page_loaded.connect(self._list_loaded)
        self.model.rowsRemoved.connect(self._update_list_page)
        self.model.rowsInserted.connect(self._update_list_page)
        self.model.load_failed.connect(self.notice)
        self.empty.action.clicked.connect(self._empty_action)
        panel = self.panel
        panel.source_requested.connect(self.go_to_source)
        panel.session_requested.connect(self.session_requested)
        panel.star_requested.connect(self.set_starred)
        panel.status_requested.connect(self.set_status)
        panel.add_action_requested.connect(lambda row: self.add_action(row.insight))
        panel.edit_requested.connect(lambda row: self.write_insight(row.insight))
        panel.delete_requested.connect(lambda row: self.confirm_delete(row.insight))
        panel.action_requested.connect(self.action_requested)
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
        self._sessions = []
        self._wanted_session = None
        self._selected = None
        self._tag_timer.stop()
        if self.dialog is not None:
            self.dialog.done(0)
        for widget in (self.status_filter, self.starred_filter, self.session_filter):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.starred_filter.setChecked(False)
        while self.session_filter.count() > 1:
            self.session_filter.removeItem(1)
        for widget in (self.status_filter, self.starred_filter, self.session_filter):
            widget.blockSignals(False)
        self.tag_filter.blockSignals(True)
        self.tag_filter.setText("")  # setText, unlike clear(), leaves no undo step
        self.tag_filter.blockSignals(False)
        self.model.clear()
        self.panel.show_row(None)
        self._update_list_page()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Loads the sessions to filter by, then the list (keeping the chosen insight)."""
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: services.sessions.list(SessionFilter(limit=SESSIONS_OFFERED)),
            on_done=self._sessions_arrived,
        )
        self.reload()

    # -- filters ----------------------------------------------------------------------

    def current_filter(self) -> InsightFilter:
        status = self.status_filter.currentData()
        tag = self.tag_filter.text().strip().lstrip("#").lower()
        session = self.session_filter.currentData()
        return InsightFilter(
            statuses=(InsightStatus(status),) if status else (),
            starred=True if self.starred_filter.isChecked() else None,
            tags=(tag,) if tag else (),
            session_id=str(session) if session else self._wanted_session,
        )

    @property
    def is_narrowing(self) -> bool:
        return self.current_filter() != InsightFilter()

    def filter_session(self, session_id: str | None) -> None:
        """Shows the insights of one session (from its page), or of all with None."""
        self._wanted_session = session_id
        index = self.session_filter.findData(session_id) if session_id else 0
        if index >= 0:
            self.session_filter.setCurrentIndex(index)
        self.reload()

    def show_insight(self, insight_id: str) -> None:
        """Shows one insight (from an action), with every filter cleared so it is listed."""
        self._selected = insight_id
        self.clear_filters()

    def clear_filters(self) -> None:
        self._wanted_session = None
        widgets = (self.status_filter, self.session_filter, self.starred_filter, self.tag_filter)
        for widget in widgets:
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.session_filter.setCurrentIndex(0)
        self.starred_filter.setChecked(False)
        self.tag_filter.setText("")
        for widget in widgets:
            widget.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        services = self._services
        if services is None:
            return
        self._tag_timer.stop()
        where = self.current_filter()
        if where.tags and not is_valid_tag(where.tags[0]):
            where = replace(where, tags=("-",))  # a tag that cannot exist lists nothing
        self.model.show_insights(services, where)

    def _sessions_arrived(self, sessions: list[Session]) -> None:
        if self._services is None:
            return
        self._sessions = sessions
        chosen = self.session_filter.currentData() or self._wanted_session
        self.session_filter.blockSignals(True)
        while self.session_filter.count() > 1:
            self.session_filter.removeItem(1)
        for session in sessions:
            self.session_filter.addItem(
                self.tr("Session on %1").replace("%1", short_day(session.local_date)), session.id
            )
        index = self.session_filter.findData(chosen) if chosen else 0
        self.session_filter.setCurrentIndex(max(index, 0))
        self.session_filter.blockSignals(False)
        if index >= 0:
            self._wanted_session = None

    # -- the list ---------------------------------------------------------------------

    def select(self, insight_id: str) -> None:
        self._selected = insight_id
        row = self.model.row_of(insight_id)
        if row is None:
            self.panel.show_row(None)
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

    def _list_loaded(self) -> None:
        self._update_list_page()
        if self._selected is not None and self.model.row_of(self._selected) is not None:
            self.select(self._selected)
        elif self.model.is_complete or self._selected is None:
            if self.model.rowCount():
                self.select(self.model.row_at(0).id)
            else:
                self.panel.show_row(None)

    def _update_list_page(self, *_args: object) -> None:
        if self.model.rowCount() > 0 or self.model.is_loading or self._services is None:
            self.results.setCurrentWidget(self.list)
            return
        if self.is_narrowing:
            self.empty.say(self.tr("No insights match these filters."), self.tr("Clear filters"))
        else:
            self.empty.say(
                self.tr(
                    "Insights you keep will gather here, like pieces of gold. Select words in "
                    "any entry and choose “Mark as insight” (Ctrl+Shift+I), or write one "
                    "directly."
                ),
                self.tr("Write an insight"),
            )
        self.results.setCurrentWidget(self.empty)

    def _empty_action(self) -> None:
        if self.is_narrowing:
            self.clear_filters()
        else:
            self.write_insight()

    # -- changes ----------------------------------------------------------------------

    def _refresh_row(self, insight: Insight, message: str = "") -> None:
        """Reads one insight again with its sources and actions, and shows it in place."""
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: read_row(services, insight),
            on_done=lambda row: self._row_refreshed(row, message),
        )

    def _row_refreshed(self, row: InsightRow, message: str) -> None:
        self.model.replace_item(row)
        if self.panel.row is not None and self.panel.row.id == row.id:
            self.panel.show_row(row)
            self.panel.show_message(message)
        self.changed.emit()

    def set_starred(self, row: InsightRow, starred: bool) -> None:
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: services.insights.star(row.id, starred),
            on_done=self._refresh_row,
            on_error=lambda error: self.notice.emit(insight_problem(error)),
        )

    def set_status(self, row: InsightRow, status: InsightStatus) -> None:
        services = self._services
        if services is None:
            return
        current = row.insight.status

        def refused(error: AfterglowError) -> None:
            if isinstance(error, RefusedChange):
                self.panel.show_message(refused_move(current, status))
            else:
                self.notice.emit(insight_problem(error))

        self._runner.run(
            lambda: services.insights.set_status(row.id, status),
            on_done=self._refresh_row,
            on_error=refused,
        )

    def go_to_source(self, row: InsightRow) -> None:
        """Opens the source entry with the passage selected, when it can still be found."""
        services = self._services
        entry = row.entry
        if services is None or entry is None:
            return
        insight = row.insight
        self._runner.run(
            lambda: services.insights.source_range(insight),
            on_done=lambda found: self._source_found(entry.id, insight, found),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def _source_found(self, entry_id: str, insight: Insight, found: tuple[int, int] | None) -> None:
        self.entry_requested.emit(entry_id, found)
        if found is None and insight.excerpt is not None:
            self.notice.emit(
                self.tr("Those words have changed since; here is the entry they came from.")
            )

    def write_insight(self, insight: Insight | None = None) -> InsightDialog | None:
        services = self._services
        if services is None:
            return None
        dialog = InsightDialog(
            self._runner,
            services.insights,
            self._sessions,
            insight=insight,
            session_id=self.session_filter.currentData() if insight is None else None,
            parent=self.window(),
        )
        dialog.saved.connect(self._written)
        self._open(dialog)
        return dialog

    def _written(self, insight: Insight) -> None:
        self._selected = insight.id
        self.reload()
        self.changed.emit()

    def add_action(self, insight: Insight) -> ActionDialog | None:
        services = self._services
        if services is None:
            return None
        dialog = ActionDialog(
            self._runner,
            services.actions,
            self._colors,
            insight=insight,
            today=self._today,
            parent=self.window(),
        )
        dialog.saved.connect(lambda _action: self._refresh_row(insight))
        self._open(dialog)
        return dialog

    def confirm_delete(self, insight: Insight) -> ConfirmDialog:
        dialog = ConfirmDialog(
            self.tr("Delete this insight?"),
            self.tr(
                "It is deleted for good. The entry it came from stays as it is, and actions "
                "made from it stay in Actions."
            ),
            self.tr("Delete for good"),
            self.window(),
        )
        dialog.accepted.connect(lambda: self._delete(insight))
        self._open(dialog)
        return dialog

    def _delete(self, insight: Insight) -> None:
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: services.insights.delete(insight.id),
            on_done=lambda _none: self._deleted(insight),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def _deleted(self, insight: Insight) -> None:
        self.model.remove(insight.id)
        self._selected = None
        self.panel.show_row(None)
        if self.model.rowCount():
            self.select(self.model.row_at(0).id)
        self.notice.emit(self.tr("The insight was deleted."))
        self.changed.emit()

    def _open(self, dialog: FormDialog) -> None:
        if self.dialog is not None:
            self.dialog.done(0)
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _dialog_closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- "Mark as insight" in the editor ----------------------------------------------

    def keep_passage(self, passage: MarkedPassage) -> None:
        """Keeps a passage of an entry as an insight, once the editor's saves queued
        before it have run; the passage must still read as it did when chosen."""
        services = self._services
        if services is None:
            return
        changed = AfterglowError(
            self.tr("Those words could not be saved with the entry yet; try again in a moment.")
        )

        def keep() -> Insight:
            entry_id = passage.draft.entry_id
            if entry_id is None:
                raise changed
            entry = services.journal.get(entry_id)
            if entry.body[passage.start : passage.end] != passage.quote:
                raise changed
            return services.insights.add_from_selection(entry_id, passage.start, passage.end)

        self._runner.run(
            keep,
            on_done=self._kept,
            on_error=lambda error: self.notice.emit(insight_problem(error)),
        )

    def _kept(self, insight: Insight) -> None:
        self._selected = insight.id
        self.notice.emit(self.tr("Kept as an insight. You'll find it in Insights."))
        self.changed.emit()
        if self.isVisible():
            self.reload()
