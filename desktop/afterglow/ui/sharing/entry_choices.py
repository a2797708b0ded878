"""A list of entries with a tick box each: to pick entries one by one, to let in entries
marked private, and to leave entries out of the preview."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QListView,
    QStyleOptionViewItem,
    QWidget,
)

from afterglow.core.entries import Entry
from afterglow.ui.journal.wording import first_line, qdate, short_date
from afterglow.ui.sharing.ticks import TickBoxDelegate
from afterglow.ui.theme import scaled

EntryRole = Qt.ItemDataRole.UserRole + 1
PrivateRole = Qt.ItemDataRole.UserRole + 2
ROW_HEIGHT = 38

_Index = QModelIndex | QPersistentModelIndex


class EntryChoiceModel(QAbstractListModel):
    """Entries in the order given, each ticked or not; `ticked_changed` after every change."""

    ticked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._ticked: set[str] = set()

    # -- contents -------------------------------------------------------------------------

    def show(self, entries: Sequence[Entry], ticked: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        present = {entry.id for entry in self._entries}
        self._ticked = {entry_id for entry_id in ticked if entry_id in present}
        self.endResetModel()

    def forget(self) -> None:
        self.show([])

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry_at(self, row: int) -> Entry:
        return self._entries[row]

    def ticked(self) -> tuple[str, ...]:
        """The ticked entries' ids, in list order."""
        return tuple(entry.id for entry in self._entries if entry.id in self._ticked)

    def unticked(self) -> tuple[str, ...]:
        return tuple(entry.id for entry in self._entries if entry.id not in self._ticked)

    def set_ticked(self, entry_id: str, ticked: bool) -> None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                self.setData(
                    self.index(row),
                    Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )
                return

    # -- the model ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return first_line(entry)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.id in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            words = f"{first_line(entry)}, {short_date(entry.date)}"
            return words + (", " + self.tr("private") if entry.private else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return short_date(entry.date)
        if role == EntryRole:
            return entry
        if role == PrivateRole:
            return entry.private
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        entry = self._entries[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._ticked.add(entry.id)
        else:
            self._ticked.discard(entry.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()
        return True


class EntryChoiceDelegate(TickBoxDelegate):
    """The tick box and title; the date, and a quiet "Private" where it applies, on the
    right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(option.rect.width() or 260, scaled(ROW_HEIGHT, option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry = index.data(EntryRole)
        if not isinstance(entry, Entry):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        small = QFont(opt.font)
        small.setPointSizeF(max(opt.font.pointSizeF() * 0.9, 9.0))
        side = _day(entry.date)
        if entry.private:
            side = self.tr("Private") + "  ·  " + side
        side_width = QFontMetrics(small).horizontalAdvance(side) + 20
        # Leave the right-hand side free for the date: the style elides the title before it.
        available = opt.rect.width() - side_width - 40
        opt.text = QFontMetrics(opt.font).elidedText(
            opt.text, Qt.TextElideMode.ElideRight, max(available, 40)
        )
        self.draw_row(painter, opt)
        painter.save()
        painter.setFont(small)
        painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        area = QRect(opt.rect.adjusted(0, 0, -12, 0))
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), side
        )
        painter.restore()


def _day(day: date) -> str:
    """ "4 Mar", with the year when it is not this year's."""
    pattern = "d MMM" if day.year == date.today().year else "d MMM yyyy"
    return QLocale().toString(qdate(day), pattern)


class EntryChoiceList(QListView):
    """The view for an `EntryChoiceModel`; Space ticks the current row."""

    def __init__(self, model: EntryChoiceModel, accessible_name: str) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(EntryChoiceDelegate(self))
        self.setAccessibleName(accessible_name)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet(
            "QListView { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 10px; padding: 4px; outline: none; }"
            " QListView::item { padding: 2px 6px; border-radius: 6px; }"
            " QListView::item:selected { background: palette(alternate-base);"
            " color: palette(text); }"
        )
        self._fit_rows = 0
        model.modelReset.connect(self._fit)

    def fit_rows(self, most: int) -> None:
        """Grows with its rows, up to `most` of them; scrolls past that."""
        self._fit_rows = most
        self._fit()

    def _fit(self) -> None:
        if self._fit_rows:
            rows = min(max(self.model().rowCount(), 1), self._fit_rows)
            row = scaled(ROW_HEIGHT, self.font())
            self.setFixedHeight(rows * row + 2 * self.frameWidth() + 10)
