"""The side panel listing the entries behind a chosen chart point; choosing one opens it
in the Journal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from afterglow.core.entries import Entry
from afterglow.core.journal import Journal
from afterglow.ui.journal.entry_delegate import EntryDelegate
from afterglow.ui.journal.wording import plural
from afterglow.ui.patterns.found_entries import FoundEntriesModel
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors, scaled, set_role
from afterglow.ui.widgets.list_detail import RowList
from afterglow.ui.widgets.page import button, text_label

PANEL_WIDTH = 340


class EntriesPanel(QFrame):
    """A heading saying what was chosen, how many entries, and the entries themselves."""

    entry_chosen = Signal(str)
    closed = Signal()

    def __init__(
        self, runner: TaskRunner, colors: Callable[[], Colors], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.setMinimumWidth(280)
        self.setMaximumWidth(scaled(PANEL_WIDTH + 80, self.font()))
        self.heading = text_label("", "card-heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.close_button = button(self.tr("Close"), "quiet")
        self.close_button.setAccessibleName(self.tr("Close the list of entries"))
        self.count = text_label("", "muted")
        self.model = FoundEntriesModel(runner, parent=self)
        self.list = RowList(self.model, self.tr("Entries behind the point chosen"))
        self.list.setItemDelegate(EntryDelegate(colors, parent=self.list))
        self.hint = text_label(self.tr("Choose an entry to open it in the Journal."), "muted")

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 8, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)

        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)
        self.close_button.clicked.connect(self.close_panel)
        self.model.load_failed.connect(self._failed)
        self.hide()

    def show_finding(self, title: str) -> None:
        """Opens at once with what was chosen, while the entries are found (a first click
        on a whole journal of many thousands of entries takes a moment)."""
        self.model.clear()
        self.heading.setText(title)
        self.count.setText(self.tr("Looking for the entries…"))
        self.hint.hide()
        self.setAccessibleName(title)
        self.show()

    def show_entries(self, title: str, journal: Journal, entries: Sequence[Entry]) -> None:
        self.heading.setText(title)
        total = len(entries)
        if total:
            counted = plural(total, self.tr("1 entry"), self.tr("%n entries", "", total))
        else:
            counted = self.tr("No entries are behind this point any more.")
        self.count.setText(counted)
        self.hint.setVisible(bool(total))
        self.setAccessibleName(title)
        self.setAccessibleDescription(counted)
        self.model.show(journal, entries)
        self.show()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_panel(self) -> None:
        self.clear()
        self.closed.emit()

    def clear(self) -> None:
        self.model.clear()
        self.heading.clear()
        self.count.clear()
        self.hide()

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entry_chosen.emit(self.model.entry_at(index.row()).id)

    def _failed(self, message: str) -> None:
        self.count.setText(message)
