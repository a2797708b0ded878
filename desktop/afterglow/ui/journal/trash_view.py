"""The Trash: deleted entries stay 30 days, can be read and restored, or deleted for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.entries import Entry
from afterglow.core.errors import AfterglowError
from afterglow.core.journal import Journal
from afterglow.core.store import EntryFilter
from afterglow.ui.journal.entry_delegate import EntryDelegate
from afterglow.ui.journal.list_model import EntryListModel
from afterglow.ui.journal.markdown_highlighter import MarkdownHighlighter
from afterglow.ui.journal.wording import first_line, long_date, plural
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.dialog import ConfirmDialog
from afterglow.ui.widgets.list_detail import RowList
from afterglow.ui.widgets.page import button, text_label

IN_TRASH = EntryFilter(in_trash=True)


class TrashView(QWidget):
    """Lists the Trash; `restored` and `emptied` tell the journal view what changed."""

    back_requested = Signal()
    restored = Signal(object)  # Entry
    emptied = Signal(int)
    problem = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._journal: Journal | None = None
        self.dialog: ConfirmDialog | None = None

        self.back_button = button(self.tr("← Back to your journal"), "link")
        title = text_label(self.tr("Trash"), "title")
        lead = text_label(
            self.tr(
                "Deleted entries stay here for 30 days, then they are deleted for good. "
                "Restore one to put it back in your journal."
            ),
            "lead",
        )
        self.model = EntryListModel(runner, parent=self)
        self.view = RowList(self.model, self.tr("Entries in the Trash"))
        self.view.setItemDelegate(EntryDelegate(colors, in_trash=True, parent=self.view))
        self.empty = text_label(self.tr("The Trash is empty."), "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.list_pages = QStackedWidget()
        self.list_pages.addWidget(self.view)
        self.list_pages.addWidget(self.empty)
        self.list_pages.setFixedWidth(330)

        self.preview_title = text_label("", "heading")
        self.preview_date = text_label("", "muted")
        self.preview = QPlainTextEdit()
        set_role(self.preview, "body")
        self.preview.setReadOnly(True)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.document().setDocumentMargin(0)
        self.preview.setAccessibleName(self.tr("The entry's text"))
        self.highlighter = MarkdownHighlighter(self.preview.document(), colors())
        self.restore_button = button(self.tr("Restore"), "primary")
        self.empty_button = button(self.tr("Empty Trash…"))
        self.preview_card = QFrame()
        set_role(self.preview_card, "card")
        preview_column = QVBoxLayout(self.preview_card)
        preview_column.setContentsMargins(20, 16, 20, 16)
        preview_column.setSpacing(6)
        preview_column.addWidget(self.preview_title)
        preview_column.addWidget(self.preview_date)
        preview_column.addWidget(self.preview, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.restore_button)
        preview_column.addLayout(actions)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self.list_pages)
        columns.addWidget(self.preview_card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 12)
        layout.setSpacing(8)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        layout.addWidget(lead)
        layout.addSpacing(8)
        layout.addLayout(columns, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.model.page_loaded.connect(self._update)
        self.model.modelReset.connect(self._update)
        self.model.rowsRemoved.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self._update()

    def open_journal(self, journal: Journal) -> None:
        self._journal = journal

    def refresh(self) -> None:
        if self._journal is not None:
            self.model.show(self._journal, IN_TRASH)

    def set_colors(self, colors: Colors) -> None:
        self.highlighter.set_colors(colors)

    def clear(self) -> None:
        self._journal = None
        if self.dialog is not None:
            self.dialog.done(0)
        self.model.clear()
        self._show(None)

    def selected_entry(self) -> Entry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row))

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        journal = self._journal
        if entry is None or journal is None:
            return
        self._runner.run(
            lambda: journal.restore_from_trash(entry.id),
            on_done=self._restored,
            on_error=self._failed,
        )

    def empty_trash(self) -> ConfirmDialog | None:
        """Asks before deleting for good; nothing happens unless the person confirms."""
        count = self.model.rowCount()
        if count == 0 or self._journal is None:
            return None
        dialog = ConfirmDialog(
            self.tr("Empty the Trash?"),
            plural(
                count,
                self.tr("The entry in the Trash will be deleted for good. This cannot be undone."),
                self.tr(
                    "The %n entries in the Trash will be deleted for good. This cannot be undone.",
                    "",
                    count,
                ),
            ),
            self.tr("Delete for good"),
            self.window(),
            keep=self.tr("Keep them"),
        )
        dialog.accepted.connect(self._empty_confirmed)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _empty_confirmed(self) -> None:
        journal = self._journal
        if journal is not None:
            self._runner.run(journal.empty_trash, on_done=self._emptied, on_error=self._failed)

    def _restored(self, entry: Entry) -> None:
        self.model.remove(entry.id)
        self.restored.emit(entry)

    def _emptied(self, count: int) -> None:
        self.refresh()
        self.emptied.emit(count)

    def _failed(self, error: AfterglowError) -> None:
        self.problem.emit(error.message)

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected_entry())

    def _show(self, entry: Entry | None) -> None:
        self.preview_title.setText(first_line(entry) if entry else "")
        self.preview_date.setText(long_date(entry.date) if entry else "")
        self.preview.setPlainText(entry.body if entry else "")
        self.preview.document().clearUndoRedoStacks()
        self.restore_button.setEnabled(entry is not None)

    def _update(self, *_args: object) -> None:
        has_rows = self.model.rowCount(QModelIndex()) > 0
        showing_empty = not has_rows and not self.model.is_loading
        self.list_pages.setCurrentWidget(self.empty if showing_empty else self.view)
        self.empty_button.setEnabled(has_rows)
        if self.selected_entry() is None:
            self._show(None)
