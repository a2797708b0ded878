"""The "On this day" card: what was written on this day of the month, months and years ago."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from afterglow.core.journal import Journal, PastDay
from afterglow.ui.journal.wording import first_line, time_ago
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import set_role
from afterglow.ui.widgets.page import button, text_label

SHOWN_DAYS = 3


class OnThisDayCard(QFrame):
    """Hidden when there is nothing from earlier months; otherwise up to three days,
    most recent first, each opening its first entry when clicked."""

    entry_chosen = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._runner = runner
        self._today = today
        self._generation = 0
        self._days: list[PastDay] = []
        self.setAccessibleName(self.tr("On this day"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(14, 10, 14, 10)
        self.layout_.setSpacing(2)
        header = QHBoxLayout()
        header.addWidget(text_label(self.tr("On this day"), "card-heading", wrap=False))
        header.addStretch(1)
        self.layout_.addLayout(header)
        self.lines: list[QPushButton] = []
        self.hide()

    @property
    def days(self) -> list[PastDay]:
        return list(self._days)

    def open_journal(self, journal: Journal) -> None:
        self._generation += 1
        generation = self._generation
        today = self._today()
        self._runner.run(
            lambda: journal.on_this_day(today),
            on_done=lambda days: self._arrived(generation, days),
        )

    def clear(self) -> None:
        self._generation += 1
        self._show([])

    def _arrived(self, generation: int, days: list[PastDay]) -> None:
        if generation == self._generation:
            self._show(days)

    def _show(self, days: list[PastDay]) -> None:
        for line in self.lines:
            self.layout_.removeWidget(line)
            line.deleteLater()
        self.lines = []
        self._days = days[:SHOWN_DAYS]
        for day in self._days:
            entry = day.entries[0]
            more = len(day.entries) - 1
            text = f"{time_ago(day.months_ago)} · {first_line(entry, 80)}"
            if more:
                text += " " + self.tr("(+%n more)", "", more)
            line = button(text, "link")
            line.setToolTip(first_line(entry))
            line.setCursor(Qt.CursorShape.PointingHandCursor)
            line.clicked.connect(
                lambda _checked=False, entry_id=entry.id: self.entry_chosen.emit(entry_id)
            )
            self.layout_.addWidget(line)
            self.lines.append(line)
        self.setVisible(bool(self._days))
        self.loaded.emit()
