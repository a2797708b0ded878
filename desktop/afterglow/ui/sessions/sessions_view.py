"""The Sessions section: the list of sessions (newest first), recording or editing one,
and each session's page with its arc. Every read and write goes through the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.check_ins import CheckIn
from afterglow.core.errors import AfterglowError, InvalidSession
from afterglow.core.integration_store import SessionFilter
from afterglow.core.session import Session
from afterglow.core.sessions import SessionArc
from afterglow.ui.journal.journal_view import EmptyState
from afterglow.ui.sessions.arc_page import SessionArcPage
from afterglow.ui.sessions.session_form import SessionFields, SessionForm
from afterglow.ui.sessions.session_model import SessionDelegate, SessionListModel
from afterglow.ui.sessions.steps import intention_start, step_start
from afterglow.ui.sessions.wording import session_problem
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.dialog import ConfirmDialog
from afterglow.ui.widgets.list_detail import RowList
from afterglow.ui.widgets.page import button, text_label
from afterglow.vault.services import JournalServices

LIST_WIDTH = 720


class SessionsView(QWidget):
    """Follows the section contract: `open_journal`, `flush` and `clear`."""

    notice = Signal(str)
    entry_requested = Signal(str)  # open this entry in the Journal
    entry_start_requested = Signal(object)  # DraftContent: start it in the Journal
    insights_requested = Signal(str)  # show the insights of this session

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self._now = now
        self._services: JournalServices | None = None
        self._showing: str | None = None  # the id of the session whose page is open
        self._generation = 0
        self.trash_dialog: ConfirmDialog | None = None

        # -- the list -----------------------------------------------------------------
        self.heading = text_label(self.tr("Sessions"), "title")
        self.record_button = button(self.tr("Record a session"), "primary")
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addStretch(1)
        heading.addWidget(self.record_button)
        self.lead = text_label(
            self.tr(
                "Each session gathers your intention before it, what came up, and your "
                "reflection and check-ins in the weeks after."
            ),
            "lead",
        )
        self.model = SessionListModel(runner, parent=self)
        self.list = RowList(self.model, self.tr("Sessions, newest first"))
        self.list.setItemDelegate(SessionDelegate(colors, parent=self.list))
        self.empty = EmptyState()
        self.results = QStackedWidget()
        self.results.addWidget(self.list)
        self.results.addWidget(self.empty)
        self.trash_button = button(self.tr("Trash"), "quiet")
        self.trash_button.setCheckable(True)
        self.trash_button.setToolTip(self.tr("Sessions moved to the Trash in the last 30 days"))
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.trash_button)

        list_column = QWidget()
        list_column.setMaximumWidth(LIST_WIDTH)
        column = QVBoxLayout(list_column)
        column.setContentsMargins(0, 8, 12, 8)
        column.setSpacing(10)
        column.addLayout(heading)
        column.addWidget(self.lead)
        column.addSpacing(4)
        column.addWidget(self.results, 1)
        column.addLayout(footer)
        self.list_page = QWidget()
        list_layout = QHBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(list_column, 10)
        list_layout.addStretch(1)

        # -- a session, and the form ---------------------------------------------------
        self.arc_page = SessionArcPage(colors)
        self.form = SessionForm(colors)
        self.pages = QStackedWidget()
        for page in (self.list_page, self.arc_page, self.form):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.record_button.clicked.connect(self.record_session)
        self.list.clicked.connect(self._row_chosen)
        self.list.activated.connect(self._row_chosen)
        self.model.modelReset.connect(self._update_list_page)
        self.model.page_loaded.connect(self._update_list_page)
        self.model.rowsRemoved.connect(self._update_list_page)
        self.model.load_failed.connect(self.notice)
        self.empty.action.clicked.connect(self._empty_action)
        self.trash_button.toggled.connect(lambda _on: self.show_list())
        self.form.save_requested.connect(self._save)
        self.form.cancelled.connect(self._form_cancelled)
        self.form.tags.wants_known_tags.connect(self._load_known_tags)
        page = self.arc_page
        page.back_requested.connect(self.show_list)
        page.edit_requested.connect(self.edit_session)
        page.trash_requested.connect(self.confirm_trash)
        page.restore_requested.connect(self._restore)
        page.intention_requested.connect(self._write_intention)
        page.step_requested.connect(self._start_step)
        page.dismiss_requested.connect(lambda s, day: self._set_dismissed(s, day, True))
        page.undismiss_requested.connect(lambda s, day: self._set_dismissed(s, day, False))
        page.entry_requested.connect(self.entry_requested)
        page.insights_requested.connect(self.insights_requested)
        self._update_list_page()

    # -- the section contract ---------------------------------------------------------

    def open_journal(self, services: JournalServices) -> None:
        self._services = services
        self.pages.setCurrentWidget(self.list_page)
        if self.isVisible():
            self.refresh()

    def flush(self) -> None:
        """Nothing is written without the person saving it."""

    def clear(self) -> None:
        self._services = None
        self._showing = None
        self._generation += 1
        if self.trash_dialog is not None:
            self.trash_dialog.done(0)
        self.model.clear()
        self.arc_page.clear()
        self.form.clear()
        self.trash_button.setChecked(False)
        self.pages.setCurrentWidget(self.list_page)
        self._update_list_page()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # entries written elsewhere may have moved a check-in on

    def refresh(self) -> None:
        if self._services is None:
            return
        current = self.pages.currentWidget()
        if current is self.arc_page and self._showing is not None:
            self.show_session(self._showing)
        elif current is self.list_page:
            self._load_list()

    # -- what the person does ---------------------------------------------------------

    def show_list(self) -> None:
        self._showing = None
        self.pages.setCurrentWidget(self.list_page)
        self._load_list()

    def show_session(self, session_id: str) -> None:
        services = self._services
        if services is None:
            return
        self._generation += 1
        generation = self._generation
        today = self._today()
        self._runner.run(
            lambda: services.sessions.arc(session_id, today),
            on_done=lambda arc: self._arc_arrived(generation, arc, today),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def record_session(self) -> None:
        if self._services is None:
            return
        self.form.start_new(self._now())
        self.pages.setCurrentWidget(self.form)
        self.form.day.setFocus()

    def edit_session(self, session: Session) -> None:
        self.form.edit(session)
        self.pages.setCurrentWidget(self.form)

    def confirm_trash(self, session: Session) -> ConfirmDialog:
        """Asks before moving a session to the Trash, and says what happens to its entries."""
        dialog = ConfirmDialog(
            self.tr("Move this session to the Trash?"),
            self.tr(
                "The entries you wrote about it stay in your journal, still linked to it, "
                "and so do its insights. You can restore the session from the Trash for "
                "30 days."
            ),
            self.tr("Move to Trash"),
            self.window(),
            role="primary",
        )
        dialog.accepted.connect(lambda: self._trash(session))
        dialog.finished.connect(self._trash_dialog_closed)
        self.trash_dialog = dialog
        dialog.open()
        return dialog

    # -- internals --------------------------------------------------------------------

    def _load_list(self) -> None:
        services = self._services
        if services is None:
            return
        trash = self.trash_button.isChecked()
        self.heading.setText(self.tr("Sessions in the Trash") if trash else self.tr("Sessions"))
        self.record_button.setVisible(not trash)
        self.model.show_sessions(services.sessions, SessionFilter(in_trash=trash))

    def _row_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_session(self.model.session_at(index.row()).id)

    def _arc_arrived(self, generation: int, arc: SessionArc, today: date) -> None:
        if generation != self._generation or self._services is None:
            return
        self._showing = arc.session.id
        self.arc_page.show_arc(arc, today)
        self.pages.setCurrentWidget(self.arc_page)

    def _save(self, fields: SessionFields, editing: Session | None) -> None:
        services = self._services
        if services is None:
            return
        self.form.save_button.setEnabled(False)

        def save() -> Session:
            if editing is None:
                return services.sessions.add(**fields.__dict__)
            return services.sessions.update(fields.applied_to(editing))

        self._runner.run(save, on_done=self._saved, on_error=self._not_saved)

    def _saved(self, session: Session) -> None:
        self.form.save_button.setEnabled(True)
        self.form.clear()
        self.model.reload()
        self.show_session(session.id)
        self.notice.emit(self.tr("Your session is saved."))

    def _not_saved(self, error: AfterglowError) -> None:
        self.form.save_button.setEnabled(True)
        field = error.field if isinstance(error, InvalidSession) else ""
        self.form.show_problem(field, session_problem(error))

    def _form_cancelled(self) -> None:
        editing = self.form.editing
        self.form.clear()
        if editing is not None:
            self.pages.setCurrentWidget(self.arc_page)
        else:
            self.show_list()

    def _trash(self, session: Session) -> None:
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: services.sessions.trash(session.id),
            on_done=lambda _trashed: self._trashed(),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def _trashed(self) -> None:
        self.show_list()
        self.notice.emit(
            self.tr(
                "Moved to the Trash. Its entries stay in your journal, and you can restore "
                "the session for 30 days."
            )
        )

    def _trash_dialog_closed(self) -> None:
        if self.trash_dialog is not None:
            self.trash_dialog.deleteLater()
            self.trash_dialog = None

    def _restore(self, session: Session) -> None:
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: services.sessions.restore_from_trash(session.id),
            on_done=lambda restored: self._restored(restored),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def _restored(self, session: Session) -> None:
        self.trash_button.setChecked(False)
        self.show_session(session.id)
        self.notice.emit(self.tr("The session is back among your sessions."))

    def _write_intention(self, session: Session) -> None:
        self.entry_start_requested.emit(intention_start(session, self._today()))

    def _start_step(self, session: Session, step: CheckIn) -> None:
        self.entry_start_requested.emit(step_start(session, step, self._today()))

    def _set_dismissed(self, session: Session, day: int, dismissed: bool) -> None:
        services = self._services
        if services is None:
            return
        sessions = services.sessions
        change = sessions.dismiss_check_in if dismissed else sessions.undismiss_check_in
        self._runner.run(
            lambda: change(session.id, day),
            on_done=lambda _none: self.show_session(session.id),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def _load_known_tags(self) -> None:
        services = self._services
        if services is not None:
            self._runner.run(
                services.journal.all_tags,
                on_done=lambda tags: self.form.tags.set_known_tags(t.tag for t in tags),
            )

    def _update_list_page(self, *_args: object) -> None:
        if self.model.rowCount() > 0 or self.model.is_loading or self._services is None:
            self.results.setCurrentWidget(self.list)
            return
        if self.trash_button.isChecked():
            self.empty.say(self.tr("No sessions in the Trash."), self.tr("Back to your sessions"))
        else:
            self.empty.say(
                self.tr(
                    "No sessions recorded yet. When you have one, keep it here: your "
                    "intention, what came up, and the gentle check-ins in the weeks after."
                ),
                self.tr("Record your first session"),
            )
        self.results.setCurrentWidget(self.empty)

    def _empty_action(self) -> None:
        if self.trash_button.isChecked():
            self.trash_button.setChecked(False)
        else:
            self.record_session()
