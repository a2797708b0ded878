"""The entries behind a chart point: a list model that reads them a page at a time.

The analytics work on lean entries (no title or body); when a point is chosen, the full
entries are read through the task runner as the list scrolls (`canFetchMore` /
`fetchMore`), so a tag used in thousands of entries costs one page to show.
"""

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

from afterglow.core.entries import Entry
from afterglow.core.errors import AfterglowError, EntryNotFound
from afterglow.core.journal import Journal
from afterglow.ui.journal.list_model import EntryRole, FirstOfDayRole
from afterglow.ui.journal.wording import first_line, long_date
from afterglow.ui.tasks import TaskRunner

PAGE_SIZE = 40

_Index = QModelIndex | QPersistentModelIndex


def _read(journal: Journal, ids: Sequence[str]) -> list[Entry]:
    """Full entries for `ids`, skipping any deleted or moved to the Trash since."""
    found = []
    for entry_id in ids:
        try:
            entry = journal.get(entry_id)
        except EntryNotFound:
            continue
        if not entry.in_trash:
            found.append(entry)
    return found


class FoundEntriesModel(QAbstractListModel):
    """Rows are full entries, newest first; `EntryRole` and `FirstOfDayRole` let the
    Journal's `EntryDelegate` draw them."""

    page_loaded = Signal()
    load_failed = Signal(str)

    def __init__(
        self, runner: TaskRunner, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._journal: Journal | None = None
        self._ids: list[str] = []
        self._asked = 0  # how many of `_ids` have been read (or are being read)
        self._rows: list[Entry] = []
        self._generation = 0
        self._loading = False

    @property
    def total(self) -> int:
        """How many entries are behind the point (rows load as the list scrolls)."""
        return len(self._ids)

    @property
    def is_loading(self) -> bool:
        return self._loading

    def show(self, journal: Journal, entries: Sequence[Entry]) -> None:
        """Lists `entries` (lean ones are fine: only their ids are used), newest first."""
        self.beginResetModel()
        self._generation += 1
        self._journal = journal
        self._ids = [e.id for e in reversed(entries)]
        self._asked = 0
        self._rows = []
        self._loading = False
        self.endResetModel()
        self._request()

    def clear(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._journal = None
        self._ids = []
        self._asked = 0
        self._rows = []
        self._loading = False
        self.endResetModel()

    def entry_at(self, row: int) -> Entry:
        return self._rows[row]

    def entries(self) -> list[Entry]:
        return list(self._rows)

    # -- QAbstractItemModel -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return first_line(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{long_date(entry.date)}: {first_line(entry)}"
        if role == EntryRole:
            return entry
        if role == FirstOfDayRole:
            row = index.row()
            return row == 0 or self._rows[row - 1].date != entry.date
        return None

    def canFetchMore(self, parent: _Index) -> bool:
        return (
            not parent.isValid()
            and self._journal is not None
            and not self._loading
            and self._asked < len(self._ids)
        )

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            self._request()

    # -- loading ----------------------------------------------------------------------

    def _request(self) -> None:
        journal = self._journal
        if journal is None or self._asked >= len(self._ids):
            return
        page = self._ids[self._asked : self._asked + self._page_size]
        self._asked += len(page)
        self._loading = True
        generation = self._generation
        self._runner.run(
            lambda: _read(journal, page),
            on_done=lambda entries: self._arrived(generation, entries),
            on_error=lambda error: self._not_loaded(generation, error),
        )

    def _arrived(self, generation: int, entries: list[Entry]) -> None:
        if generation != self._generation:
            return
        if entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._rows.extend(entries)
            self.endInsertRows()
        self._loading = False  # only now: a view asking for more waits for these rows
        self.page_loaded.emit()

    def _not_loaded(self, generation: int, error: AfterglowError) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._asked = len(self._ids)  # stop asking; the panel says what happened
        self.load_failed.emit(error.message)
