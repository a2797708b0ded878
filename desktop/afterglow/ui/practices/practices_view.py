"""The Practices section: built-in practices switched on or off, the person's own
practices, each with today's state, streaks, adherence and a heat map; opening one shows
the pacer, countdown or list that goes with it. Also fills the card on Today.

Follows the section contract (`open_journal`, `flush`, `clear`); every read and write goes
through the task runner.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.entries import Entry
from afterglow.core.errors import AfterglowError
from afterglow.core.practice_timers import MonotonicClock
from afterglow.core.practices import BuiltinPractice, Practice, PracticeLog
from afterglow.core.practices_service import DuePractice, Practices
from afterglow.ui.practices.overview import (
    PracticeOverview,
    builtin_names,
    builtin_summary,
    load_overview,
)
from afterglow.ui.practices.practice_card import PracticeCard
from afterglow.ui.practices.practice_dialog import PracticeDialog, PracticeDraft
from afterglow.ui.practices.practice_page import LogRequest, PracticePage
from afterglow.ui.practices.today_card import TodayPracticesCard
from afterglow.ui.practices.writing_timer import WritingTimer
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import scaled
from afterglow.ui.widgets.page import button, text_label
from afterglow.vault.services import JournalServices

PAGE_WIDTH = 760


class PracticesView(QWidget):
    notice = Signal(str)
    shown_section = Signal()  # the Today card asked to open a practice: show this section
    entry_requested = Signal(str)  # open this entry in the Journal
    loaded = Signal()  # the overview and the Today card show the journal's state

    def __init__(
        self,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        clock: MonotonicClock = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self.clock = clock  # the pacer's, countdown's and writing timer's; tests pass a fake one
        self._services: JournalServices | None = None
        self._generation = 0
        self.overviews: list[PracticeOverview] = []
        self.cards: dict[str, PracticeCard] = {}
        self.page: PracticePage | None = None
        self.dialog: PracticeDialog | None = None
        self.confirm: QMessageBox | None = None
        self.today_card = TodayPracticesCard()
        self.today_card.done_requested.connect(self.mark_done)
        self.today_card.open_requested.connect(self._open_from_today)
        self.today_card.shown.connect(self.refresh)
        # Sits beside the Journal's editor (app.py places it); counts while the person types.
        self.writing_timer = WritingTimer(lambda: self.clock())
        self.writing_timer.hide()  # until the journaling practice is known to be on
        self.writing_timer.completed.connect(self.log_writing)

        self.title = text_label(self.tr("Practices"), "title")
        self.lead = text_label(
            self.tr(
                "Small things to keep doing between sessions. Turn on the ones you want; "
                "a missed day is just a day, and the next one is a fresh start."
            ),
            "lead",
        )
        self.add_button = button(self.tr("Add a practice…"), "primary")
        self.add_button.clicked.connect(lambda: self.edit_practice(None))
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(14)
        self.own_heading = text_label(self.tr("Your own practices"), "heading")
        self.own_layout = QVBoxLayout()
        self.own_layout.setSpacing(14)
        self.own_empty = text_label(
            self.tr("Anything you want to keep track of: a walk, water, stretching, reading."),
            "muted",
        )

        column = QWidget()
        column.setMaximumWidth(scaled(PAGE_WIDTH, self.font()))
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 8, 12, 24)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.lead)
        inner.addLayout(self.list_layout)
        own_top = QHBoxLayout()
        own_top.addWidget(self.own_heading, 1)
        own_top.addWidget(self.add_button)
        inner.addSpacing(8)
        inner.addLayout(own_top)
        inner.addWidget(self.own_empty)
        inner.addLayout(self.own_layout)
        inner.addStretch(1)
        self.overview_page = self._scrolling(column)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @staticmethod
    def _scrolling(column: QWidget) -> QScrollArea:
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(column, 10)
        centred.addStretch(1)
        area = QScrollArea()
        area.setAccessibleName(QCoreApplication.translate("PracticesView", "Practices"))
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(holder)
        return area

    # -- the section contract ---------------------------------------------------------

    def open_journal(self, services: JournalServices) -> None:
        self._services = services
        self.refresh()

    def flush(self) -> None:
        """Saves the minutes written so far: every other log is saved when it is made."""
        minutes = self.writing_timer.take_minutes()
        work = self._add_writing(minutes)
        services = self._services
        if work is None or services is None:
            return
        # On this thread, like the editor's last draft: the lock that follows drops every
        # job still queued for the worker.
        try:
            work(services.practices)
        except AfterglowError as error:
            self.notice.emit(error.message)

    def clear(self) -> None:
        self._services = None
        self.writing_timer.take_minutes()  # flush() saved them, if the journal was open
        self.writing_timer.hide()
        self._generation += 1
        self.overviews = []
        self._close_page()
        for dialog in (self.dialog, self.confirm):
            if dialog is not None:
                dialog.done(0)
        self.dialog = self.confirm = None
        self._empty_cards()
        self.today_card.clear()

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        services = self._services
        if services is None:
            return
        self._generation += 1
        generation = self._generation
        day = self._today()
        names = builtin_names()
        practices = services.practices
        self._runner.run(
            lambda: (load_overview(practices, names, day), practices.due_today(day)),
            on_done=lambda result: self._arrived(generation, day, *result),
            on_error=self._failed,
        )

    def _arrived(
        self, generation: int, day: date, overviews: list[PracticeOverview], due: list[DuePractice]
    ) -> None:
        if generation != self._generation or self._services is None:
            return
        self.overviews = overviews
        self._empty_cards()
        own = 0
        for overview in overviews:
            card = PracticeCard(overview, day)
            card.done_requested.connect(self.mark_done)
            card.open_requested.connect(self.open_practice)
            card.edit_requested.connect(self._edit_by_id)
            card.delete_requested.connect(self.delete_practice)
            card.active_changed.connect(self.set_active)
            builtin = overview.practice.builtin
            if builtin is not None:
                card.details.setText(builtin_summary(builtin))
                self.list_layout.addWidget(card)
            else:
                own += 1
                self.own_layout.addWidget(card)
            self.cards[overview.practice.id] = card
        self.own_empty.setVisible(own == 0)
        self.today_card.show_due(due)
        journaling = self.journaling_practice()
        self.writing_timer.setVisible(journaling is not None)
        self.loaded.emit()

    def _empty_cards(self) -> None:
        for card in self.cards.values():
            card.hide()
            card.deleteLater()
        self.cards = {}

    def _failed(self, error: AfterglowError) -> None:
        self.notice.emit(error.message)
        self.refresh()

    def _practice(self, practice_id: str) -> PracticeOverview | None:
        return next((o for o in self.overviews if o.practice.id == practice_id), None)

    def _run(self, work: Callable[[Practices], object], then: Callable[[object], None]) -> None:
        services = self._services
        if services is None:
            return
        practices = services.practices
        self._runner.run(lambda: work(practices), on_done=then, on_error=self._failed)

    # -- what the person does ---------------------------------------------------------

    def set_active(self, practice_id: str, active: bool) -> None:
        self._run(lambda p: p.set_active(practice_id, active), lambda _p: self.refresh())

    def mark_done(self, practice_id: str, done: bool) -> None:
        """One click: today done (or not), keeping any amount or list already logged."""
        day = self._today()

        def work(practices: Practices) -> PracticeLog:
            held = practices.log_on(practice_id, day)
            amount = held.amount if held else None
            items = held.items if held else ()
            note = held.note if held else ""
            return practices.log(practice_id, day, done=done, amount=amount, items=items, note=note)

        self._run(work, lambda _log: self._logged(self.tr("Marked as done.") if done else ""))

    def _logged(self, message: str) -> None:
        if message:
            self.notice.emit(message)
        self.refresh()

    def edit_practice(self, practice: Practice | None) -> PracticeDialog:
        dialog = PracticeDialog(practice, self.window())
        dialog.accepted.connect(lambda: self._save_practice(practice, dialog.draft()))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _edit_by_id(self, practice_id: str) -> None:
        overview = self._practice(practice_id)
        if overview is not None:
            self.edit_practice(overview.practice)

    def _dialog_closed(self, dialog: PracticeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _save_practice(self, practice: Practice | None, draft: PracticeDraft) -> None:
        def work(practices: Practices) -> Practice:
            if practice is None:
                return practices.add(
                    name=draft.name,
                    kind=draft.kind,
                    target=draft.target,
                    unit=draft.unit,
                    schedule=draft.schedule,
                )
            return practices.update(
                replace(
                    practice,
                    name=draft.name,
                    kind=draft.kind,
                    target=draft.target,
                    unit=draft.unit,
                    schedule=draft.schedule,
                )
            )

        self._run(work, lambda _p: self._logged(self.tr("Practice saved.")))

    def delete_practice(self, practice_id: str) -> None:
        """Asks first when the practice has logs, since they go with it."""
        self._run(
            lambda p: p.log_count(practice_id), lambda n: self._confirm_delete(practice_id, n)
        )

    def _confirm_delete(self, practice_id: str, logs: object) -> None:
        overview = self._practice(practice_id)
        if overview is None:
            return
        if isinstance(logs, int) and logs > 0:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Delete the practice?"),
                self.tr(
                    "“%1” has %2 logged days. They are deleted with it. To keep them, "
                    "switch the practice off instead."
                )
                .replace("%1", overview.practice.name)
                .replace("%2", str(logs)),
                QMessageBox.StandardButton.Cancel,
                self.window(),
            )
            delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(lambda _r: self._confirmed(box, delete, practice_id))
            self.confirm = box
            box.open()
            return
        self._delete_now(practice_id)

    def _confirmed(self, box: QMessageBox, delete: object, practice_id: str) -> None:
        if box.clickedButton() is delete:
            self._delete_now(practice_id)

    def _delete_now(self, practice_id: str) -> None:
        self._run(lambda p: p.delete(practice_id), lambda _n: self._logged(self.tr("Deleted.")))

    # -- a practice's own page --------------------------------------------------------

    def _open_from_today(self, practice_id: str) -> None:
        self.shown_section.emit()
        self.open_practice(practice_id)

    def open_practice(self, practice_id: str) -> PracticePage | None:
        overview = self._practice(practice_id)
        if overview is None:
            return None
        self._close_page()
        page = PracticePage(overview.practice, overview.today, self.clock)
        page.back_requested.connect(self.show_overview)
        page.log_requested.connect(self.save_log)
        column = QWidget()
        column.setMaximumWidth(scaled(PAGE_WIDTH, self.font()))
        holder = QVBoxLayout(column)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(page)
        self.page = page
        self.stack.addWidget(self._scrolling(column))
        self.stack.setCurrentIndex(1)
        return page

    def show_overview(self) -> None:
        self._close_page()
        self.refresh()

    def _close_page(self) -> None:
        if self.page is not None:
            self.page.stop()
            self.page = None
        while self.stack.count() > 1:
            widget = self.stack.widget(1)
            assert widget is not None
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.stack.setCurrentIndex(0)

    def save_log(self, request: LogRequest) -> None:
        day = self._today()

        def work(practices: Practices) -> tuple[PracticeLog, Entry | None]:
            held = practices.log_on(request.practice_id, day)
            log = practices.log(
                request.practice_id,
                day,
                done=request.done,
                amount=request.amount,
                items=request.items,
                note=held.note if held else "",
            )
            if not request.then_entry:
                return log, None
            return log, practices.gratitude_entry(request.practice_id, day)

        self._run(work, self._log_saved)

    def _log_saved(self, result: object) -> None:
        assert isinstance(result, tuple)
        log, entry = result
        if self.page is not None and self.page.practice.id == log.practice_id:
            self.page.saved(log)
        if entry is not None:
            self.notice.emit(self.tr("Your list is now a gratitude entry in the Journal."))
            self.entry_requested.emit(entry.id)
        else:
            self.notice.emit(self.tr("Logged for today."))
        self.refresh()

    def typed_in_journal(self) -> None:
        """The Journal's editor was typed in: the writing timer counts, if journaling is on."""
        if self.journaling_practice() is not None:
            self.writing_timer.keystroke()

    def log_writing(self, minutes: float) -> None:
        """Adds minutes written in the Journal to today's journaling, when it is on."""
        work = self._add_writing(minutes)
        if work is not None:
            self._run(work, lambda _log: self.refresh())

    def _add_writing(self, minutes: float) -> Callable[[Practices], PracticeLog] | None:
        practice = self.journaling_practice()
        if practice is None or minutes <= 0:
            return None
        day = self._today()

        def work(practices: Practices) -> PracticeLog:
            held = practices.log_on(practice.id, day)
            before = (held.amount or 0.0) if held else 0.0
            total = round(before + minutes, 1)
            done = practice.target is None or total >= practice.target
            return practices.log(
                practice.id,
                day,
                done=done or bool(held and held.done),
                amount=total,
                items=held.items if held else (),
                note=held.note if held else "",
            )

        return work

    def journaling_practice(self) -> Practice | None:
        """The journaling built-in when it is on (the editor's writing timer logs to it)."""
        for overview in self.overviews:
            practice = overview.practice
            if practice.builtin is BuiltinPractice.JOURNALING and practice.active:
                return practice
        return None
