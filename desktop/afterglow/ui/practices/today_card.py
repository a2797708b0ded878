"""The "Today's practices" card placed on Today: what is due today, with one click to
mark each done. It only shows and asks; the Practices view loads and saves."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from afterglow.core.practices_service import DuePractice
from afterglow.ui.today.cards import Card
from afterglow.ui.widgets.page import button, text_label


class TodayPracticesCard(QWidget):
    """Stays in Today's layout even when nothing is due (only the card inside hides), so
    that Today coming into view always reaches `shown` and the list is loaded afresh."""

    done_requested = Signal(str, bool)  # practice id, done
    open_requested = Signal(str)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = Card(self.tr("Today's practices"))
        self.rows = self.card.rows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        self.due: tuple[DuePractice, ...] = ()
        self.done_buttons: dict[str, QPushButton] = {}
        self.card.hide()

    def show_due(self, due: Sequence[DuePractice]) -> None:
        self.due = tuple(due)
        self.card.empty_rows()
        self.done_buttons = {}
        for item in self.due:
            self.rows.addWidget(self._row(item))
        self.card.setVisible(bool(self.due))

    def _row(self, item: DuePractice) -> QWidget:
        practice = item.practice
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        name = button(practice.name, "link")
        name.setAccessibleName(self.tr("Open %1").replace("%1", practice.name))
        name.clicked.connect(lambda: self.open_requested.emit(practice.id))
        state = text_label(self.tr("Done") if item.done else "", "muted", wrap=False)
        done = button(self.tr("Undo") if item.done else self.tr("Mark done"))
        done.setAccessibleName(f"{done.text()}: {practice.name}")
        done.clicked.connect(lambda: self.done_requested.emit(practice.id, not item.done))
        self.done_buttons[practice.id] = done
        line.addWidget(name)
        line.addStretch(1)
        line.addWidget(state)
        line.addWidget(done)
        return row

    def clear(self) -> None:
        self.show_due(())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
