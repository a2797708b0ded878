"""A list model filled a page at a time through the task runner, as the list scrolls.

The Sessions, Insights and a pattern's occurrences lists build on it: each gives a
`fetch(offset, limit)` that runs on the worker, a key that identifies a row, and the text
a row reads as. Rows already shown are never repeated when a later page overlaps them,
and pages for a list no longer shown are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from afterglow.core.errors import AfterglowError
from afterglow.ui.tasks import TaskRunner

PAGE_SIZE = 100

ItemRole = Qt.ItemDataRole.UserRole + 1

Fetch = Callable[[int, int], list[Any]]  # (offset, limit) -> rows, on the worker
_Index = QModelIndex | QPersistentModelIndex


class PagedListModel(QAbstractListModel):
    """Subclasses say how a row is keyed (`key`), read aloud (`describe`) and, if shorter,
    shown as plain text (`label`)."""

    page_loaded = Signal()
    load_failed = Signal(str)

    def __init__(
        self, runner: TaskRunner, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._fetch: Fetch | None = None
        self._rows: list[Any] = []
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self._failed = False

    # -- for subclasses ---------------------------------------------------------------

    def key(self, item: Any) -> str:
        return str(item.id)

    def describe(self, item: Any) -> str:
        return str(item)

    def label(self, item: Any) -> str:
        return self.describe(item)

    # -- what is shown ----------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def is_complete(self) -> bool:
        return self._exhausted

    def show(self, fetch: Fetch) -> None:
        """Lists what `fetch` returns, from the start; pages of earlier lists are dropped."""
        self._fetch = fetch
        self._restart()
        self._request()

    def reload(self) -> None:
        if self._fetch is not None:
            self.show(self._fetch)

    def clear(self) -> None:
        """Forgets every row and how to fetch them (on lock)."""
        self._fetch = None
        self._restart()

    def _restart(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._loading = False
        self._exhausted = self._fetch is None
        self._failed = False
        self.endResetModel()

    # -- rows -------------------------------------------------------------------------

    def item_at(self, row: int) -> Any:
        return self._rows[row]

    def items(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, key: str) -> int | None:
        for row, item in enumerate(self._rows):
            if self.key(item) == key:
                return row
        return None

    def replace_item(self, item: Any) -> None:
        """Shows a changed row in place (its key is unchanged)."""
        row = self.row_of(self.key(item))
        if row is not None:
            self._rows[row] = item
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def prepend(self, item: Any) -> None:
        """A new row at the top (lists here are newest first)."""
        if self.row_of(self.key(item)) is not None:
            self.replace_item(item)
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, item)
        self.endInsertRows()

    def remove(self, key: str) -> None:
        row = self.row_of(key)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    # -- QAbstractItemModel -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(item)
        if role == ItemRole:
            return item
        return None

    def canFetchMore(self, parent: _Index) -> bool:
        return (
            not parent.isValid()
            and self._fetch is not None
            and not self._exhausted
            and not self._loading
            and not self._failed
        )

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            self._request()

    # -- loading ----------------------------------------------------------------------

    def _request(self) -> None:
        fetch = self._fetch
        if fetch is None:
            return
        self._loading = True
        generation = self._generation
        offset, limit = len(self._rows), self._page_size
        self._runner.run(
            lambda: fetch(offset, limit),
            on_done=lambda rows: self._arrived(generation, rows),
            on_error=lambda error: self._not_loaded(generation, error),
        )

    def _arrived(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._exhausted = len(rows) < self._page_size
        known = {self.key(item) for item in self._rows}
        new = [item for item in rows if self.key(item) not in known]
        if new:
            # Still "loading" while the rows go in: a view asking for more as they appear
            # must wait for them, or it would ask for this page's offset again.
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()
        self._loading = False
        self.page_loaded.emit()

    def _not_loaded(self, generation: int, error: AfterglowError) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._failed = True
        self.load_failed.emit(error.message)
