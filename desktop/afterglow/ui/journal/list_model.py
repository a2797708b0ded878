"""Entries newest first, a page at a time: a list model that stays instant for any size.

Pages are fetched through the task runner as the list scrolls (`canFetchMore` /
`fetchMore`), each one continuing after the last entry shown (keyset paging), so the
50,000th entry costs what the first does. Saved entries are slotted in place without
reloading, and results for a filter no longer shown are dropped.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
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
from afterglow.core.errors import AfterglowError
from afterglow.core.journal import Journal
from afterglow.core.store import EntryFilter
from afterglow.ui.journal.wording import first_line, long_date
from afterglow.ui.tasks import TaskRunner

PAGE_SIZE = 100

EntryRole = Qt.ItemDataRole.UserRole + 1
FirstOfDayRole = Qt.ItemDataRole.UserRole + 2
DayRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def sort_key(entry: Entry) -> tuple[str, str, str]:
    """The database's order (newest first is this key, descending); times compare as
    stored, as ISO text."""
    return (entry.date.isoformat(), entry.created_at.isoformat(), entry.id)


def matches(entry: Entry, where: EntryFilter) -> bool:
    """Whether the filter would list `entry` (used to place a just-saved entry)."""
    tags = set(entry.tags)
    if where.in_trash is not None and entry.in_trash != where.in_trash:
        return False
    if not set(where.tags) <= tags or tags & set(where.not_tags):
        return False
    if where.untagged and tags:
        return False
    if where.kinds and entry.kind not in where.kinds:
        return False
    if where.since is not None and entry.date < where.since:
        return False
    if where.until is not None and entry.date > where.until:
        return False
    if where.mood_min is not None and (entry.mood is None or entry.mood < where.mood_min):
        return False
    if where.mood_max is not None and (entry.mood is None or entry.mood > where.mood_max):
        return False
    return where.session_id is None or entry.session_id == where.session_id


class EntryListModel(QAbstractListModel):
    """One row per entry, newest first; `FirstOfDayRole` marks where a new day begins."""

    page_loaded = Signal()
    load_failed = Signal(str)

    def __init__(
        self, runner: TaskRunner, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._journal: Journal | None = None
        self._where = EntryFilter()
        self._rows: list[Entry] = []
        self._keys: list[tuple[str, str, str]] = []  # sort keys of _rows, for bisect
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self._failed = False

    # -- what is shown ----------------------------------------------------------------

    @property
    def where(self) -> EntryFilter:
        return self._where

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def is_complete(self) -> bool:
        """Every entry the filter lists is loaded."""
        return self._exhausted

    def show(self, journal: Journal, where: EntryFilter) -> None:
        """Lists what `where` selects, from the start; results of earlier lists are dropped."""
        self._journal = journal
        self._where = replace(where, after=None, limit=None, offset=0)
        self._restart()
        self._request()

    def reload(self) -> None:
        if self._journal is not None:
            self.show(self._journal, self._where)

    def clear(self) -> None:
        """Forgets the journal and every row (on lock)."""
        self._journal = None
        self._where = EntryFilter()
        self._restart()

    def _restart(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._keys = []
        self._loading = False
        self._exhausted = self._journal is None
        self._failed = False
        self.endResetModel()

    # -- rows -------------------------------------------------------------------------

    def entry_at(self, row: int) -> Entry:
        return self._rows[row]

    def row_of(self, entry_id: str) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return None

    def entries(self) -> list[Entry]:
        return list(self._rows)

    def upsert(self, entry: Entry) -> None:
        """Puts a saved entry where it belongs, or takes it out if the filter excludes it."""
        row = self.row_of(entry.id)
        if not matches(entry, self._where):
            if row is not None:
                self._remove_row(row)
            return
        if row is not None:
            if self._rows[row].date == entry.date and self._keys[row] == sort_key(entry):
                self._rows[row] = entry
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return
            self._remove_row(row)
        self._insert(entry)

    def remove(self, entry_id: str) -> None:
        row = self.row_of(entry_id)
        if row is not None:
            self._remove_row(row)

    def _insert(self, entry: Entry) -> None:
        key = sort_key(entry)
        # _keys is newest first; bisect wants ascending, so search the negated order.
        row = len(self._keys) - bisect.bisect_left(self._keys[::-1], key)
        if row == len(self._rows) and not self._exhausted:
            return  # older than everything loaded: a later page brings it
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, entry)
        self._keys.insert(row, key)
        self.endInsertRows()
        self._day_changed_at(row + 1)

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self.endRemoveRows()
        self._day_changed_at(row)

    def _day_changed_at(self, row: int) -> None:
        # The row after an insertion or removal may start a day now, or no longer.
        if 0 <= row < len(self._rows):
            index = self.index(row)
            self.dataChanged.emit(index, index, [FirstOfDayRole])

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
        if role == DayRole:
            return entry.date
        if role == FirstOfDayRole:
            return self._first_of_day(index.row())
        return None

    def _first_of_day(self, row: int) -> bool:
        return row == 0 or self._rows[row - 1].date != self._rows[row].date

    def canFetchMore(self, parent: _Index) -> bool:
        return (
            not parent.isValid()
            and self._journal is not None
            and not self._exhausted
            and not self._loading
            and not self._failed
        )

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            self._request()

    # -- loading ----------------------------------------------------------------------

    def _request(self) -> None:
        journal = self._journal
        if journal is None:
            return
        self._loading = True
        generation = self._generation
        where = replace(
            self._where,
            after=self._rows[-1] if self._rows else None,
            limit=self._page_size,
        )
        self._runner.run(
            lambda: journal.list(where),
            on_done=lambda entries: self._arrived(generation, entries),
            on_error=lambda error: self._not_loaded(generation, error),
        )

    def _arrived(self, generation: int, entries: list[Entry]) -> None:
        if generation != self._generation:
            return  # for a filter no longer shown
        self._exhausted = len(entries) < self._page_size
        known = {entry.id for entry in self._rows}
        new = [entry for entry in entries if entry.id not in known]
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self._keys.extend(sort_key(entry) for entry in new)
            self.endInsertRows()
        # Still loading until the rows are in: a view that asks for more while they are
        # inserted would otherwise ask for this same page again.
        self._loading = False
        self.page_loaded.emit()

    def _not_loaded(self, generation: int, error: AfterglowError) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._failed = True
        self.load_failed.emit(error.message)
