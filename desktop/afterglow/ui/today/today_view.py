"""The Today section, the landing view after unlocking: the date, a prompt for today, a
quick note, check-ins and actions waiting, and "then and now".

`add_card(widget)` is the slot for cards other sections bring (today's practices).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from afterglow.core.action import ActionStatus
from afterglow.core.check_ins import CheckIn
from afterglow.core.prompt import Prompt
from afterglow.core.session import Session
from afterglow.core.today import TodayView as TodayData
from afterglow.ui.journal.wording import long_date
from afterglow.ui.prompts.entry_starts import from_prompt
from afterglow.ui.prompts.library_dialog import PromptLibraryDialog
from afterglow.ui.sessions.steps import step_start
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import scaled
from afterglow.ui.today.cards import ActionsDueCard, CheckInsCard, PromptCard, ThenAndNowCard
from afterglow.ui.today.quick_note import QuickNote
from afterglow.ui.today.wording import greeting
from afterglow.ui.widgets.page import text_label
from afterglow.ui.widgets.reading_order import ReadingOrder
from afterglow.vault.services import JournalServices

PAGE_WIDTH = 760


class TodayView(QWidget):
    """Follows the section contract: `open_journal`, `flush` and `clear`."""

    notice = Signal(str)
    entry_requested = Signal(str)  # open this entry in the Journal
    entry_start_requested = Signal(object)  # DraftContent: start it in the Journal
    note_saved = Signal(object)  # Entry

    def __init__(
        self,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self._now = now
        self._services: JournalServices | None = None
        self._data: TodayData | None = None
        self._generation = 0
        self.library: PromptLibraryDialog | None = None
        self._midnight = QTimer(self)  # a new day brings a new prompt and new check-ins
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh)

        self.greeting = text_label("", "muted", wrap=False)
        self.date_label = text_label("", "title")
        self.quick_note = QuickNote(runner, today)
        self.prompt_card = PromptCard()
        self.check_ins_card = CheckInsCard()
        self.actions_card = ActionsDueCard()
        self.nothing_waiting = text_label(
            self.tr("Nothing is waiting for you today. Write if you feel like it, or simply rest."),
            "empty",
        )
        self.then_card = ThenAndNowCard()
        self.extra_cards = QVBoxLayout()  # see `add_card`
        self.extra_cards.setSpacing(14)
        for card in (self.check_ins_card, self.actions_card, self.then_card):
            card.hide()
        self.nothing_waiting.hide()

        column = QWidget()
        column.setMaximumWidth(scaled(PAGE_WIDTH, self.font()))
        self.column = QVBoxLayout(column)
        self.column.setContentsMargins(0, 8, 12, 24)
        self.column.setSpacing(14)
        self.column.addWidget(self.greeting)
        self.column.addWidget(self.date_label)
        self.column.addSpacing(4)
        self.column.addWidget(self.prompt_card)
        self.column.addWidget(self.quick_note)
        self.column.addWidget(self.check_ins_card)
        self.column.addWidget(self.actions_card)
        self.column.addWidget(self.nothing_waiting)
        self.column.addLayout(self.extra_cards)
        self.column.addWidget(self.then_card)
        self.column.addStretch(1)
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(column, 10)
        centred.addStretch(1)
        self.reading_order = ReadingOrder(column)  # cards fill in later, in any order
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Today"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        self.prompt_card.write_requested.connect(self.write_about)
        self.prompt_card.more_requested.connect(self.open_prompts)
        self.check_ins_card.start_requested.connect(self.start_check_in)
        self.check_ins_card.dismiss_requested.connect(self.dismiss_check_in)
        self.actions_card.done_requested.connect(self.mark_done)
        self.then_card.entry_requested.connect(self.entry_requested)
        self.quick_note.saved.connect(self.note_saved)
        self.quick_note.problem.connect(self.notice)

    # -- the section contract ---------------------------------------------------------

    def open_journal(self, services: JournalServices) -> None:
        self._services = services
        self.quick_note.open_journal(services.journal)
        self._show_date()
        if self.isVisible():
            self.refresh()

    def flush(self) -> None:
        self.quick_note.flush()

    def clear(self) -> None:
        if self.library is not None:
            self.library.done(0)
        self._services = None
        self._data = None
        self._generation += 1
        self._midnight.stop()
        self.quick_note.clear()
        self.prompt_card.show_prompt(None)
        self.check_ins_card.show_check_ins((), {})
        self.actions_card.show_actions((), self._today())
        self.then_card.show_then_and_now(None)
        self.nothing_waiting.hide()
        self.date_label.setText("")
        self.greeting.setText("")

    def add_card(self, widget: QWidget) -> None:
        """Adds a card below the check-ins and actions (for today's practices). The card
        follows the same contract on its own; Today only places it."""
        self.extra_cards.addWidget(widget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the day may have turned, or something been written elsewhere

    # -- loading ----------------------------------------------------------------------

    @property
    def data(self) -> TodayData | None:
        return self._data

    def refresh(self) -> None:
        services = self._services
        if services is None:
            return
        self._show_date()
        now = self._now()
        next_day = datetime.combine(now.date() + timedelta(days=1), time(0, 0, 5), now.tzinfo)
        self._midnight.start(max(int((next_day - now).total_seconds() * 1000), 1000))
        self._generation += 1
        generation = self._generation
        day = self._today()
        self._runner.run(
            lambda: services.today.view(day),
            on_done=lambda data: self._arrived(generation, data),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def _show_date(self) -> None:
        self.greeting.setText(greeting(self._now()))
        self.date_label.setText(long_date(self._today()))

    def _arrived(self, generation: int, data: TodayData) -> None:
        if generation != self._generation or self._services is None:
            return
        self._data = data
        self.prompt_card.show_prompt(data.prompt)
        self.check_ins_card.show_check_ins(data.check_ins, data.sessions)
        self.actions_card.show_actions(data.actions_due, data.date)
        self.nothing_waiting.setVisible(not data.check_ins and not data.actions_due)
        self.then_card.show_then_and_now(data.then_and_now)

    # -- what the person does ---------------------------------------------------------

    def open_prompts(self) -> PromptLibraryDialog | None:
        """The prompt library; choosing a prompt there starts an entry from it."""
        services = self._services
        if services is None:
            return None
        if self.library is not None:
            self.library.raise_()
            return self.library
        dialog = PromptLibraryDialog(self._runner, services.prompts, self.window())
        dialog.write_requested.connect(self.write_about)
        dialog.finished.connect(self._library_closed)
        self.library = dialog
        dialog.open()
        return dialog

    def _library_closed(self) -> None:
        if self.library is not None:
            self.library.deleteLater()
            self.library = None

    def write_about(self, prompt: Prompt) -> None:
        self.entry_start_requested.emit(from_prompt(prompt, self._today()))

    def start_check_in(self, session: Session, step: CheckIn) -> None:
        self.entry_start_requested.emit(step_start(session, step, self._today()))

    def dismiss_check_in(self, session_id: str, day: int) -> None:
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: services.sessions.dismiss_check_in(session_id, day),
            on_done=lambda _none: self._dismissed(),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def _dismissed(self) -> None:
        self.refresh()
        self.notice.emit(
            self.tr("Dismissed. You can bring it back from the session's page if you like.")
        )

    def mark_done(self, action_id: str) -> None:
        services = self._services
        if services is None:
            return
        self._runner.run(
            lambda: services.actions.set_status(action_id, ActionStatus.DONE),
            on_done=lambda _action: self._done(),
            on_error=lambda error: self._not_done(error.message),
        )

    def _done(self) -> None:
        self.refresh()
        self.notice.emit(self.tr("Marked as done."))

    def _not_done(self, message: str) -> None:
        self.refresh()
        self.notice.emit(message)
