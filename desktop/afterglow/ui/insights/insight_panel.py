"""One insight in full: its words, where it came from (click to go back there), tags, a
star, its status steps, and the actions made from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.action import ActionStatus
from afterglow.ui.actions.wording import due_words
from afterglow.ui.actions.wording import status_name as action_status_name
from afterglow.ui.insights.insight_model import InsightRow
from afterglow.ui.insights.status_stepper import StatusStepper
from afterglow.ui.insights.wording import session_source, status_hint
from afterglow.ui.theme import scaled, set_role
from afterglow.ui.widgets.chips import Chip
from afterglow.ui.widgets.flow_layout import FlowLayout
from afterglow.ui.widgets.page import button, rule, text_label

PANEL_WIDTH = 640


class InsightPanel(QWidget):
    """Shows an `InsightRow`; every button asks the Insights view to do the work."""

    source_requested = Signal(object)  # InsightRow: open the source entry
    session_requested = Signal(str)
    star_requested = Signal(object, bool)  # InsightRow, starred
    status_requested = Signal(object, object)  # InsightRow, InsightStatus
    add_action_requested = Signal(object)  # InsightRow
    edit_requested = Signal(object)  # InsightRow
    delete_requested = Signal(object)  # InsightRow
    action_requested = Signal(str)  # action id: show it in Actions

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._row: InsightRow | None = None

        self.star_button = button(self.tr("\u2606 Star"), "quiet")
        self.star_button.setCheckable(True)
        self.edit_button = button(self.tr("Edit"), "quiet")
        self.delete_button = button(self.tr("Delete"), "quiet")
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.star_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.text = text_label("", "heading")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_button = button("", "link")
        self.source_button.setToolTip(self.tr("Go back to where it came from"))
        self.session_button = button("", "link")
        self.session_button.setToolTip(self.tr("Open the session's page"))
        self.source_note = text_label("", "muted")
        self.tags_holder = QWidget()
        self.tags_flow = FlowLayout(self.tags_holder, spacing=6)
        self._tag_chips: list[Chip] = []

        self.stepper = StatusStepper()
        self.status_hint = text_label("", "muted")
        self.message = QFrame()
        set_role(self.message, "chip-bar")
        message_row = QHBoxLayout(self.message)
        message_row.setContentsMargins(12, 8, 12, 8)
        self.message_text = text_label("")
        message_row.addWidget(self.message_text)
        self.message.hide()

        self.actions_box = QVBoxLayout()
        self.actions_box.setSpacing(2)
        self.action_links: list[QPushButton] = []
        self.no_actions = text_label(
            self.tr("No actions yet. What might change, inside you or in what you do?"), "muted"
        )
        self.add_action_button = button(self.tr("Add an action"))

        content = QWidget()
        content.setMaximumWidth(scaled(PANEL_WIDTH, self.font()))
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 16)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.text)
        column.addWidget(self.source_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.source_note)
        column.addWidget(self.tags_holder)
        column.addSpacing(6)
        column.addWidget(rule())
        column.addWidget(text_label(self.tr("Where it is"), "card-heading", wrap=False))
        column.addWidget(self.stepper)
        column.addWidget(self.status_hint)
        column.addWidget(self.message)
        column.addSpacing(6)
        column.addWidget(rule())
        column.addWidget(text_label(self.tr("What changes because of it"), "card-heading"))
        column.addLayout(self.actions_box)
        column.addWidget(self.no_actions)
        column.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Insight"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.placeholder = text_label(
            self.tr("Choose an insight to see where it came from and what you're doing about it."),
            "empty",
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(scroll)
        self.detail = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.star_button.clicked.connect(self._star_clicked)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.source_button.clicked.connect(lambda: self._emit(self.source_requested))
        self.session_button.clicked.connect(self._session_clicked)
        self.add_action_button.clicked.connect(lambda: self._emit(self.add_action_requested))
        self.stepper.step_requested.connect(
            lambda status: self._row is not None and self.status_requested.emit(self._row, status)
        )

    @property
    def row(self) -> InsightRow | None:
        return self._row

    def _emit(self, signal: SignalInstance) -> None:
        if self._row is not None:
            signal.emit(self._row)

    def show_row(self, row: InsightRow | None) -> None:
        """Shows an insight, or the placeholder with None. A message stays only while the
        same insight is shown."""
        if row is None or self._row is None or row.id != self._row.id:
            self.show_message("")
        self._row = row
        if row is None:
            self.pages.setCurrentWidget(self.placeholder)
            return
        insight = row.insight
        self.pages.setCurrentWidget(self.detail)
        self.text.setText(insight.text)
        self.star_button.setChecked(insight.starred)
        self.star_button.setText(
            self.tr("\u2605 Starred") if insight.starred else self.tr("\u2606 Star")
        )
        self.star_button.setAccessibleName(
            self.tr("Starred") if insight.starred else self.tr("Star")
        )
        self.source_button.setText(row.source_words())
        self.source_button.setVisible(row.entry is not None)
        self.session_button.setVisible(row.session is not None)
        if row.session is not None:
            self.session_button.setText(session_source(row.session))
        self.source_note.setText(row.source_words())
        self.source_note.setVisible(row.entry is None and row.session is None)
        for chip in self._tag_chips:
            self.tags_flow.discard(chip)
        self._tag_chips = [Chip(f"#{tag}") for tag in insight.tags]
        for chip in self._tag_chips:
            self.tags_flow.addWidget(chip)
        self.tags_holder.setVisible(bool(insight.tags))
        self.stepper.set_status(insight.status)
        self.status_hint.setText(status_hint(insight.status))
        self._show_actions(row)

    def show_message(self, text: str) -> None:
        """A calm line under the status steps (why a step was not taken)."""
        self.message_text.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))

    def _show_actions(self, row: InsightRow) -> None:
        for link in self.action_links:
            self.actions_box.removeWidget(link)
            link.hide()
            link.deleteLater()
        self.action_links = []
        today = self._today()
        for action in row.actions:
            mark = "\u2713" if action.status == ActionStatus.DONE else "\u25cb"
            parts = [action_status_name(action.status)]
            if action.status.is_active and action.due is not None:
                parts.append(due_words(action.due, today))
            text = f"{mark}  {' '.join(action.text.split())} · {' · '.join(parts)}"
            link = button(text, "link")
            link.setToolTip(self.tr("Show it in Actions"))
            link.clicked.connect(
                lambda _c=False, action_id=action.id: self.action_requested.emit(action_id)
            )
            self.actions_box.addWidget(link)
            self.action_links.append(link)
        self.no_actions.setVisible(not row.actions)

    def _star_clicked(self, checked: bool) -> None:
        if self._row is None:
            return
        self.star_button.setChecked(self._row.insight.starred)  # until the journal agrees
        self.star_requested.emit(self._row, checked)

    def _session_clicked(self) -> None:
        if self._row is not None and self._row.session is not None:
            self.session_requested.emit(self._row.session.id)
