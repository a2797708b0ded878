"""A list row drawn as a quiet card, like the Journal's entries: a title with a note on
its right, a line of detail, then small words and tag chips; optionally a heading above
the row where a new group begins. Sessions, insights and actions are drawn with it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from afterglow.ui.journal.entry_delegate import fonts
from afterglow.ui.theme import Colors, scaled
from afterglow.ui.widgets.paged_model import ItemRole
from afterglow.ui.widgets.row_card import paint_row_card

HEADER_HEIGHT = 36
ROW_HEIGHT = 80
PADDING = 12

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Card:
    """What one row shows."""

    title: str
    note: str = ""  # on the title's right, small and quiet
    detail: str = ""  # a muted line under the title
    meta: tuple[str, ...] = ()  # small words on the last line
    tags: tuple[str, ...] = ()  # chips after them
    mark: str = ""  # a symbol before the title (a star)
    faded: bool = False  # done or dropped: drawn in muted colours


def wrapped(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """`text` in at most `lines` lines of `width`, the last one elided if need be."""
    rest = text.split()
    out: list[str] = []
    while rest and len(out) < lines - 1:
        line, taken = rest[0], 1
        while taken < len(rest) and metrics.horizontalAdvance(f"{line} {rest[taken]}") <= width:
            line, taken = f"{line} {rest[taken]}", taken + 1
        out.append(line)
        rest = rest[taken:]
    if rest:
        out.append(" ".join(rest))
    return [
        line
        if metrics.horizontalAdvance(line) <= width
        else metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        for line in out
    ]


class CardDelegate(QStyledItemDelegate):
    """Subclasses say what a row shows (`card`) and, for grouped lists, where a group
    begins (`heading`); `title_lines` lets a long title wrap."""

    title_lines = 1

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors

    def card(self, item: object) -> Card:
        raise NotImplementedError

    def heading(self, index: _Index) -> str:
        """Text of a heading drawn above this row, or "" for none."""
        return ""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        header = HEADER_HEIGHT if self.heading(index) else 0
        extra = (self.title_lines - 1) * QFontMetrics(fonts(option.font)[0]).height()
        return QSize(option.rect.width() or 280, scaled(ROW_HEIGHT + header, option.font) + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = index.data(ItemRole)
        if item is None:
            return
        card = self.card(item)
        c = self._colors()
        title_font, body_font, small_font = fonts(option.font)
        rect: QRect = option.rect
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        heading = self.heading(index)
        if heading:
            heading_font = QFont(small_font)
            heading_font.setWeight(QFont.Weight.DemiBold)
            heading_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
            painter.setFont(heading_font)
            painter.setPen(QColor(c.muted))
            area = QRect(rect.left() + PADDING, rect.top(), rect.width() - 2 * PADDING, 30)
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                heading.upper(),
            )
            rect = rect.adjusted(0, scaled(HEADER_HEIGHT, option.font), 0, 0)

        box = QRectF(rect.adjusted(4, 2, -4, -2))
        selected = paint_row_card(painter, box, state, c)

        strong = QColor(c.on_accent_soft if selected else c.text)
        muted = QColor(c.on_accent_soft if selected else c.muted)
        text_color = muted if card.faded else strong
        inner = box.toRect().adjusted(PADDING, 9, -PADDING, -9)
        title_metrics = QFontMetrics(title_font)
        body_metrics = QFontMetrics(body_font)
        small_metrics = QFontMetrics(small_font)

        note_width = small_metrics.horizontalAdvance(card.note) + 10 if card.note else 0
        x = inner.left()
        if card.mark:
            painter.setFont(title_font)
            painter.setPen(QColor(c.on_accent_soft if selected else c.accent))
            mark_width = title_metrics.horizontalAdvance(card.mark) + 6
            painter.drawText(
                QRect(x, inner.top(), mark_width, title_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                card.mark,
            )
            x += mark_width
        painter.setFont(title_font)
        painter.setPen(text_color)
        title_width = inner.right() - x - note_width
        lines = wrapped(card.title, title_metrics, max(title_width, 1), self.title_lines)
        for number, words in enumerate(lines):
            painter.drawText(
                QRect(x, inner.top() + number * title_metrics.height(), title_width,
                      title_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                words,
            )  # fmt: skip
        title_height = title_metrics.height() * max(len(lines), 1)
        if card.note:
            painter.setFont(small_font)
            painter.setPen(muted)
            painter.drawText(
                QRect(inner.right() - note_width, inner.top(), note_width, title_metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                card.note,
            )

        detail_rect = QRect(
            inner.left(),
            inner.top() + title_height + 2,
            inner.width(),
            body_metrics.height(),
        )
        painter.setFont(body_font)
        painter.setPen(muted)
        painter.drawText(
            detail_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            body_metrics.elidedText(card.detail, Qt.TextElideMode.ElideRight, detail_rect.width()),
        )

        line = QRect(
            inner.left(), detail_rect.bottom() + 5, inner.width(), small_metrics.height() + 2
        )
        painter.setFont(small_font)
        x = line.left()
        for text in card.meta:
            if not text:
                continue
            shown = small_metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, max(line.right() - x, 0)
            )
            painter.setPen(muted)
            painter.drawText(
                QRect(x, line.top(), max(line.right() - x, 0), line.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            x += small_metrics.horizontalAdvance(shown) + 10
        self._draw_tags(painter, card.tags, x, line, c, selected)
        painter.restore()

    def _draw_tags(
        self,
        painter: QPainter,
        tags: tuple[str, ...],
        x: int,
        line: QRect,
        c: Colors,
        selected: bool,
    ) -> None:
        """As many chips as fit, then "+2" for the rest."""
        metrics = painter.fontMetrics()
        for shown, tag in enumerate(tags):
            text = f"#{tag}"
            width = metrics.horizontalAdvance(text) + 12
            rest = len(tags) - shown - 1
            reserve = metrics.horizontalAdvance(f"+{rest}") + 6 if rest else 0
            if x + width + reserve > line.right():
                painter.setPen(QColor(c.on_accent_soft if selected else c.muted))
                painter.drawText(
                    QRect(x, line.top(), max(line.right() - x + 1, 0), line.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    f"+{len(tags) - shown}",
                )
                return
            pill = QRectF(x, line.top(), width, line.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.surface if selected else c.accent_soft))
            painter.drawRoundedRect(pill, line.height() / 2, line.height() / 2)
            painter.setPen(QColor(c.on_accent_soft))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
            x += width + 5
