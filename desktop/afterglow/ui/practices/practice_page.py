"""Doing a practice: the breathing pacer, the cold-shower countdown, the morning
gratitude list, a note on journaling, or an amount or tick for an own practice.

The page never touches the database: it asks for a log with `log_requested` and the view
saves it on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from afterglow.core.practice_timers import MonotonicClock
from afterglow.core.practices import BuiltinPractice, Practice, PracticeKind, PracticeLog
from afterglow.core.practices_service import meets_target
from afterglow.ui.practices.countdown import Countdown
from afterglow.ui.practices.pacer import BreathingPacer
from afterglow.ui.widgets.page import button, text_label

GRATITUDE_ITEMS = 10


@dataclass(frozen=True)
class LogRequest:
    """A day's log as the page wants it saved (today; the view fills in the date)."""

    practice_id: str
    done: bool
    amount: float | None = None
    items: tuple[str, ...] = field(default=())
    then_entry: bool = False  # gratitude: also turn the list into an entry


class PracticePage(QWidget):
    log_requested = Signal(object)  # LogRequest
    back_requested = Signal()

    def __init__(
        self,
        practice: Practice,
        today_log: PracticeLog | None,
        clock: MonotonicClock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.practice = practice
        self._log = today_log
        self.pacer: BreathingPacer | None = None
        self.countdown: Countdown | None = None
        self.items: list[QLineEdit] = []
        self.amount: QDoubleSpinBox | None = None

        self.back_button = button(self.tr("All practices"), "link")
        self.back_button.setAccessibleName(self.tr("Back to all practices"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = text_label(practice.name, "title")
        self.status = text_label("", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 12, 24)
        layout.setSpacing(14)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.title)
        self.content = QVBoxLayout()
        self.content.setSpacing(12)
        layout.addLayout(self.content, 1)
        layout.addWidget(self.status)
        self._build(clock)

    def _build(self, clock: MonotonicClock) -> None:
        practice, builtin = self.practice, self.practice.builtin
        if builtin is BuiltinPractice.BREATHWORK:
            self.pacer = BreathingPacer(clock, practice.target or 10)
            self.pacer.setMinimumHeight(380)
            self.pacer.completed.connect(self._breathed)
            self.content.addWidget(self.pacer, 1)
        elif builtin is BuiltinPractice.COLD_SHOWER:
            self.countdown = Countdown(clock, practice.target or 30)
            self.countdown.setMinimumHeight(340)
            self.countdown.completed.connect(self._counted_down)
            self.content.addWidget(self.countdown, 1)
        elif builtin is BuiltinPractice.JOURNALING:
            self.content.addWidget(
                text_label(
                    self.tr(
                        "Journaling is counted for you: while you write in the Journal, a "
                        "small timer beside the editor adds up the minutes you spend typing "
                        "and logs them here when you finish or lock."
                    ),
                    "lead",
                )
            )
        elif practice.kind is PracticeKind.LIST:
            self._build_list()
        elif practice.kind is PracticeKind.CHECK:
            done = button(self.tr("Mark done for today"), "primary")
            done.clicked.connect(lambda: self._ask(done=True))
            self.content.addWidget(done)
        else:
            self._build_amount()
        self.content.addStretch(1)
        self._show_log()

    def _build_list(self) -> None:
        count = GRATITUDE_ITEMS
        if self.practice.builtin is None and self.practice.target:
            count = max(1, min(int(self.practice.target), 30))
        if self.practice.builtin is BuiltinPractice.GRATITUDE:
            lead = self.tr("This morning, ten things you are grateful for, small or large.")
            self.content.addWidget(text_label(lead, "lead"))
        held = self._log.items if self._log else ()
        for index in range(count):
            field_ = QLineEdit(held[index] if index < len(held) else "")
            field_.setPlaceholderText(str(index + 1))
            field_.setAccessibleName(self.tr("Item %1").replace("%1", str(index + 1)))
            self.items.append(field_)
            self.content.addWidget(field_)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if self.practice.builtin is BuiltinPractice.GRATITUDE:
            self.entry_button = button(self.tr("Turn into a gratitude entry"))
            self.entry_button.clicked.connect(lambda: self._save_list(then_entry=True))
            buttons.addWidget(self.entry_button)
        self.save_button = button(self.tr("Save the list"), "primary")
        self.save_button.clicked.connect(lambda: self._save_list(then_entry=False))
        buttons.addWidget(self.save_button)
        self.content.addLayout(buttons)

    def _build_amount(self) -> None:
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 1_000_000)
        self.amount.setDecimals(1)
        self.amount.setSuffix(f" {self.practice.unit}" if self.practice.unit else "")
        self.amount.setAccessibleName(self.tr("Amount today"))
        if self._log is not None and self._log.amount is not None:
            self.amount.setValue(self._log.amount)
        row = QHBoxLayout()
        row.addWidget(text_label(self.tr("Today:"), wrap=False))
        row.addWidget(self.amount)
        row.addStretch(1)
        self.save_button = button(self.tr("Save"), "primary")
        self.save_button.clicked.connect(self._save_amount)
        row.addWidget(self.save_button)
        self.content.addLayout(row)

    # ---- what was done ----------------------------------------------------------------

    def _so_far(self) -> float:
        return self._log.amount or 0.0 if self._log is not None else 0.0

    def _breathed(self, minutes: float) -> None:
        total = round(self._so_far() + minutes, 1)
        self._ask(done=meets_target(self.practice, total), amount=total)

    def _counted_down(self, seconds: int) -> None:
        self._ask(done=True, amount=float(seconds))

    def _save_list(self, *, then_entry: bool) -> None:
        items = tuple(f.text().strip() for f in self.items if f.text().strip())
        self._ask(done=meets_target(self.practice, None, items), items=items, entry=then_entry)

    def _save_amount(self) -> None:
        assert self.amount is not None
        amount = self.amount.value()
        self._ask(done=meets_target(self.practice, amount), amount=amount)

    def _ask(
        self,
        *,
        done: bool,
        amount: float | None = None,
        items: tuple[str, ...] = (),
        entry: bool = False,
    ) -> None:
        self.log_requested.emit(LogRequest(self.practice.id, done, amount, items, entry))

    def saved(self, log: PracticeLog) -> None:
        """The view reports the log it saved."""
        self._log = log
        self._show_log()

    def _show_log(self) -> None:
        log = self._log
        if log is None:
            self.status.setText(self.tr("Nothing logged today yet."))
        elif log.done:
            self.status.setText(self.tr("Logged for today. Well done."))
        else:
            self.status.setText(self.tr("Saved for today."))

    def stop(self) -> None:
        """Leaving the page: a running pacer reports what was breathed."""
        if self.pacer is not None:
            self.pacer.stop()
        if self.countdown is not None:
            self.countdown.pause()
