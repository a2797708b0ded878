"""The named patterns, active ones first: a list model and how each row is drawn."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from afterglow.core.patterns import Pattern, PatternStatus
from afterglow.core.patterns_service import Patterns
from afterglow.patterns import PatternTrend
from afterglow.ui.journal.entry_delegate import PADDING, fonts
from afterglow.ui.journal.wording import plural
from afterglow.ui.patterns.wording import trend_phrase
from afterglow.ui.theme import Colors, scaled
from afterglow.ui.widgets.row_card import paint_row_card
from afterglow.ui.words import translated

ROW_HEIGHT = 62
RowRole = Qt.ItemDataRole.UserRole + 20

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PatternRow:
    pattern: Pattern
    occurrences: int
    trend: PatternTrend


def pattern_rows(patterns: Patterns) -> list[PatternRow]:
    """Every pattern with its count and trend, active first, each group by name (worker)."""
    rows = [
        PatternRow(p, patterns.occurrence_count(p.id), patterns.trend(p.id))
        for p in patterns.list()
    ]
    rows.sort(key=lambda r: (r.pattern.status is PatternStatus.RESOLVED, r.pattern.name.casefold()))
    return rows


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return translated(text, disambiguation, n)


def row_description(row: PatternRow) -> str:
    """The second line of a row: how many times, and the trend, or that it is resolved."""
    count = row.occurrences
    times = plural(
        count,
        _tr("Noted once"),
        _tr("Noted %n times", "", count),
    )
    if count == 0:
        times = _tr("Not noted yet")
    if row.pattern.status is PatternStatus.RESOLVED:
        return _tr("%1 · resolved").replace("%1", times)
    if count == 0:
        return times
    return f"{times} · {trend_phrase(row.trend)}"


class PatternListModel(QAbstractListModel):
    """Rows of `PatternRow`; replaced whole when the patterns change (there are few)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PatternRow] = []

    def set_rows(self, rows: Sequence[PatternRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> PatternRow:
        return self._rows[row]

    def row_of(self, pattern_id: str) -> int | None:
        for n, row in enumerate(self._rows):
            if row.pattern.id == pattern_id:
                return n
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.pattern.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.pattern.name}: {row_description(row)}"
        if role == RowRole:
            return row
        return None


class PatternDelegate(QStyledItemDelegate):
    """The name, and below it how often and which way it is going, in quiet type."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(option.rect.width() or 240, scaled(ROW_HEIGHT, option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(RowRole)
        if not isinstance(row, PatternRow):
            return
        c = self._colors()
        title_font, _body, small_font = fonts(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(2, 2, -2, -2))
        selected = paint_row_card(painter, card, option.state, c)
        resolved = row.pattern.status is PatternStatus.RESOLVED
        text = QColor(c.on_accent_soft if selected else (c.muted if resolved else c.text))
        muted = QColor(c.on_accent_soft if selected else c.muted)
        inner = card.toRect().adjusted(PADDING, 9, -PADDING, -9)
        title_height = QFontMetrics(title_font).height()
        painter.setFont(title_font)
        painter.setPen(text)
        title_rect = QRect(inner.left(), inner.top(), inner.width(), title_height)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(title_font).elidedText(
                row.pattern.name, Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        painter.setFont(small_font)
        painter.setPen(muted)
        painter.drawText(
            QRect(inner.left(), title_rect.bottom() + 3, inner.width(), inner.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            QFontMetrics(small_font).elidedText(
                row_description(row), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        painter.restore()
