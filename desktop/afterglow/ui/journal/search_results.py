"""Search results: a list model of hits, and a delegate that draws their titles and
snippets with the matching words highlighted.

Snippets arrive as spans marked match or not; they are drawn as text with formats, so
nothing from the journal is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from afterglow.core.search import SearchHit, Span, plain
from afterglow.ui.journal.entry_delegate import PADDING, fonts
from afterglow.ui.journal.formatting import utf16_length
from afterglow.ui.journal.wording import first_line, kind_name, long_date
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.row_card import paint_row_card

HitRole = Qt.ItemDataRole.UserRole + 10
SNIPPET_LINES = 3

_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """The hits of one query, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit_at(self, row: int) -> SearchHit:
        return self._hits[row]

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain(hit.title) or first_line(hit.entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title = plain(hit.title) or first_line(hit.entry)
            return f"{long_date(hit.entry.date)}: {title}. {plain(hit.snippet)}"
        if role == HitRole:
            return hit
        return None


def span_layout(
    spans: Sequence[Span], font: QFont, width: int, highlight: QTextCharFormat, lines: int
) -> QTextLayout:
    """The spans laid out in at most `lines` lines of `width`, matches formatted."""
    text = "".join(span.text for span in spans).replace("\n", " ").replace("\u2029", " ")
    ranges = []
    position = 0
    for span in spans:
        length = utf16_length(span.text)
        if span.is_match and length:
            mark = QTextLayout.FormatRange()
            mark.start = position
            mark.length = length
            mark.format = highlight
            ranges.append(mark)
        position += length
    layout = QTextLayout(text, font)
    layout.setFormats(ranges)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    for _ in range(lines):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


class SearchHitDelegate(QStyledItemDelegate):
    """Date and kind, the title, then up to three lines around the best match."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title, body, small = fonts(option.font)
        height = (
            18
            + QFontMetrics(small).height()
            + 4
            + QFontMetrics(title).height()
            + 4
            + SNIPPET_LINES * QFontMetrics(body).lineSpacing()
            + 18
        )
        return QSize(option.rect.width() or 280, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit = index.data(HitRole)
        if not isinstance(hit, SearchHit):
            return
        c = self._colors()
        title_font, body_font, small_font = fonts(option.font)
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(rect.adjusted(4, 4, -4, -4))
        selected = paint_row_card(painter, card, option.state, c, focus_ring=False)
        text = QColor(c.on_accent_soft if selected else c.text)
        muted = QColor(c.on_accent_soft if selected else c.muted)
        highlight = QTextCharFormat()
        highlight.setBackground(QColor(c.accent if selected else c.accent_soft))
        highlight.setForeground(QColor(c.on_accent if selected else c.on_accent_soft))
        highlight.setFontWeight(QFont.Weight.DemiBold)

        inner = card.toRect().adjusted(PADDING, 10, -PADDING, -10)
        painter.setClipRect(inner)
        small_metrics = QFontMetrics(small_font)
        painter.setFont(small_font)
        painter.setPen(muted)
        meta = f"{long_date(hit.entry.date)} · {kind_name(hit.entry.kind)}"
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), small_metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, inner.width()),
        )
        y = inner.top() + small_metrics.height() + 4
        title_spans = hit.title or (Span(first_line(hit.entry), False),)
        painter.setPen(text)
        title_layout = span_layout(title_spans, title_font, inner.width(), highlight, 1)
        title_layout.draw(painter, QPointF(inner.left(), y))
        y += QFontMetrics(title_font).height() + 4
        painter.setPen(muted)
        snippet = span_layout(hit.snippet, body_font, inner.width(), highlight, SNIPPET_LINES)
        snippet.draw(painter, QPointF(inner.left(), y))
        painter.restore()
