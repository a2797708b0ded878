"""One action in full: its words, kind, due date, the insight it came from, and the
status changes open to it (start, done, drop, reopen)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.action import ALLOWED_MOVES, ActionStatus
from afterglow.ui.actions.action_model import ActionRow
from afterglow.ui.actions.wording import due_words, kind_name, status_name
from afterglow.ui.sessions.wording import short_day
from afterglow.ui.theme import scaled
from afterglow.ui.widgets.page import button, rule, text_label

PANEL_WIDTH = 640


class ActionPanel(QWidget):
    """Shows an `ActionRow`; every button asks the Actions view to do the work."""

    status_requested = Signal(object, object)  # ActionRow, ActionStatus
    edit_requested = Signal(object)  # ActionRow
    delete_requested = Signal(object)  # ActionRow
    insight_requested = Signal(str)  # insight id

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._row: ActionRow | None = None
        self.status = text_label("", "muted", wrap=False)
        self.edit_button = button(self.tr("Edit"), "quiet")
        self.delete_button = button(self.tr("Delete"), "quiet")
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        self.text = text_label("", "heading")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = text_label("", "muted")
        self.insight_button = button("", "link")
        self.insight_button.setToolTip(self.tr("Show the insight in Insights"))
        self.status_buttons: dict[ActionStatus, QPushButton] = {
            ActionStatus.IN_PROGRESS: button(self.tr("Start on it")),
            ActionStatus.DONE: button(self.tr("Mark as done"), "primary"),
            ActionStatus.DROPPED: button(self.tr("Let it go")),
            ActionStatus.OPEN: button(self.tr("Reopen")),
        }
        self.status_buttons[ActionStatus.DROPPED].setToolTip(
            self.tr("Drop it: not every action needs doing, and that's all right.")
        )
        moves = QHBoxLayout()
        moves.setSpacing(8)
        for status in (
            ActionStatus.DONE,
            ActionStatus.IN_PROGRESS,
            ActionStatus.OPEN,
            ActionStatus.DROPPED,
        ):
            moves.addWidget(self.status_buttons[status])
            self.status_buttons[status].clicked.connect(
                lambda _c=False, status=status: self._move(status)
            )
        moves.addStretch(1)

        content = QWidget()
        content.setMaximumWidth(scaled(PANEL_WIDTH, self.font()))
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 16)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.text)
        column.addWidget(self.details)
        column.addWidget(self.insight_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(6)
        column.addWidget(rule())
        column.addLayout(moves)
        column.addStretch(1)

        self.placeholder = text_label(
            self.tr("Choose an action to see where it came from, or to mark how it is going."),
            "empty",
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(content)
        self.detail = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.edit_button.clicked.connect(lambda: self._row and self.edit_requested.emit(self._row))
        self.delete_button.clicked.connect(
            lambda: self._row and self.delete_requested.emit(self._row)
        )
        self.insight_button.clicked.connect(self._insight_clicked)

    @property
    def row(self) -> ActionRow | None:
        return self._row

    def show_row(self, row: ActionRow | None) -> None:
        self._row = row
        if row is None:
            self.pages.setCurrentWidget(self.placeholder)
            return
        action = row.action
        self.pages.setCurrentWidget(self.detail)
        self.status.setText(status_name(action.status))
        self.text.setText(action.text)
        parts = [kind_name(action.kind, explained=True)]
        if action.status == ActionStatus.DONE and action.done_at is not None:
            parts.append(self.tr("Done %1").replace("%1", short_day(action.done_at.date())))
        elif action.due is not None:
            parts.append(due_words(action.due, self._today()))
        self.details.setText(" · ".join(parts))
        self.insight_button.setVisible(row.insight is not None)
        if row.insight is not None:
            self.insight_button.setText(
                self.tr("From your insight: “%1”").replace(
                    "%1", " ".join(row.insight.text.split())[:120]
                )
            )
        allowed = ALLOWED_MOVES[action.status]
        for status, widget in self.status_buttons.items():
            widget.setVisible(status in allowed)
        if action.status == ActionStatus.IN_PROGRESS:
            self.status_buttons[ActionStatus.OPEN].setText(self.tr("Not started yet"))
        else:
            self.status_buttons[ActionStatus.OPEN].setText(self.tr("Reopen"))

    def _move(self, status: ActionStatus) -> None:
        if self._row is not None:
            self.status_requested.emit(self._row, status)

    def _insight_clicked(self) -> None:
        if self._row is not None and self._row.insight is not None:
            self.insight_requested.emit(self._row.insight.id)
