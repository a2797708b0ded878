"""Tidying tags: rename one, or merge several into one, everywhere they are used."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget

from afterglow.core.errors import AfterglowError, InvalidEntry
from afterglow.core.journal import Journal
from afterglow.core.store import TagCount
from afterglow.core.tags import normalize_tag
from afterglow.ui.journal.wording import plural
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error, text_label

_Index = QModelIndex | QPersistentModelIndex


class TagCountModel(QAbstractListModel):
    """Tags in use with how many entries have each: "gratitude · 12 entries"."""

    TagRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags: list[TagCount] = []

    def set_tags(self, tags: Sequence[TagCount]) -> None:
        self.beginResetModel()
        self._tags = list(tags)
        self.endResetModel()

    def tag_at(self, row: int) -> TagCount:
        return self._tags[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tags):
            return None
        tag = self._tags[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = plural(
                tag.entries,
                self.tr("#%1 · 1 entry"),
                self.tr("#%1 · %n entries", "", tag.entries),
            )
            return text.replace("%1", tag.tag)
        if role == self.TagRole:
            return tag.tag
        return None


class TagsDialog(FormDialog):
    """Pick one tag to rename it, or several to merge them under one name."""

    tags_changed = Signal(int)  # how many entries changed

    def __init__(self, journal: Journal, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your tags"),
            self.tr(
                "Rename a tag, or choose several and merge them into one. Entries and the "
                "#tags in their text change with them."
            ),
            parent,
        )
        self.setMinimumWidth(520)
        self._journal = journal
        self._runner = runner
        self.model = TagCountModel(self)
        self.view = QListView()
        self.view.setObjectName("TagList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(self.tr("Tags"))
        self.view.setMinimumHeight(300)
        self.empty = text_label(
            self.tr("No tags yet. Type #gratitude in an entry, or add tags in its details."),
            "muted",
        )
        self.empty.hide()
        self.name_label = text_label(self.tr("New name"), "field-label")
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("New name for the tags chosen"))
        self.name.setPlaceholderText(self.tr("Choose a tag above first"))
        self.name.setMaxLength(64)
        self.error = error_label()
        self.apply_button = button(self.tr("Rename"), "primary")
        self.close_button = button(self.tr("Close"))
        self.add(self.view)
        self.add(self.empty)
        self.body.addSpacing(6)
        self.add(self.name_label)
        self.add(self.name)
        self.add(self.error)
        self.set_buttons([self.close_button], [self.apply_button])

        self.view.selectionModel().selectionChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self.name.returnPressed.connect(self.apply)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.accept)
        self.load()
        self._update()

    def load(self) -> None:
        self._runner.run(self._journal.all_tags, on_done=self._loaded, on_error=self._failed)

    def chosen(self) -> list[str]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.tag_at(row).tag for row in rows]

    def choose(self, *tags: str) -> None:
        """Selects these tags (for keyboard-free use and tests)."""
        selection = self.view.selectionModel()
        selection.clear()
        for row in range(self.model.rowCount()):
            if self.model.tag_at(row).tag in tags:
                selection.select(self.model.index(row), selection.SelectionFlag.Select)
                self.view.scrollTo(self.model.index(row))

    def apply(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        try:
            target = normalize_tag(self.name.text())
        except InvalidEntry:
            show_error(
                self.error,
                self.tr("A tag is made of letters, digits, - and _, with at least one letter."),
            )
            return
        show_error(self.error, "")
        self.apply_button.setEnabled(False)
        journal = self._journal
        self._runner.run(
            lambda: journal.merge_tags(chosen, target),
            on_done=self._applied,
            on_error=self._failed,
        )

    def _applied(self, changed: int) -> None:
        self.name.clear()
        self.tags_changed.emit(changed)
        self.load()

    def _loaded(self, tags: list[TagCount]) -> None:
        self.model.set_tags(tags)
        self.view.setVisible(bool(tags))
        self.empty.setVisible(not tags)
        self._update()

    def _failed(self, error: AfterglowError) -> None:
        show_error(self.error, error.message)
        self._update()

    def _update(self, *_args: object) -> None:
        chosen = self.chosen()
        self.apply_button.setText(self.tr("Merge") if len(chosen) > 1 else self.tr("Rename"))
        self.name.setEnabled(bool(chosen))
        if len(chosen) == 1:
            self.name.setPlaceholderText(self.tr("A new name for #%1").replace("%1", chosen[0]))
        elif chosen:
            self.name.setPlaceholderText(self.tr("The one tag they become"))
        else:
            self.name.setPlaceholderText(self.tr("Choose a tag above first"))
        self.apply_button.setEnabled(bool(chosen) and bool(self.name.text().strip()))
