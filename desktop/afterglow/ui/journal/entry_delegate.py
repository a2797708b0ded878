"""How one entry looks in the list: a day heading where a day begins, then the title or
first line, a line of the text, and its kind, tags and mood in small quiet type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from afterglow.core.entries import Entry
from afterglow.core.journal import TRASH_KEEPS
from afterglow.ui.journal.list_model import EntryRole, FirstOfDayRole
from afterglow.ui.journal.wording import day_heading, first_line, kind_name, plural, preview
from afterglow.ui.theme import Colors, scaled
from afterglow.ui.widgets.row_card import paint_row_card

HEADER_HEIGHT = 36
ROW_HEIGHT = 80
PADDING = 12

_Index = QModelIndex | QPersistentModelIndex


def fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """Title, body and small fonts derived from the view's font."""
    title = QFont(base)
    title.setWeight(QFont.Weight.DemiBold)
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() * 0.88, 9.0))
    return title, QFont(base), small


class EntryDelegate(QStyledItemDelegate):
    """Paints rows of an `EntryListModel`. In the Trash, the last line says how long the
    entry is kept rather than its tags."""

    def __init__(
        self,
        colors: Callable[[], Colors],
        today: Callable[[], date] = date.today,
        *,
        in_trash: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._colors = colors
        self._today = today
        self._in_trash = in_trash

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        header = HEADER_HEIGHT if index.data(FirstOfDayRole) else 0
        return QSize(option.rect.width() or 280, scaled(ROW_HEIGHT + header, option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry = index.data(EntryRole)
        if not isinstance(entry, Entry):
            return
        c = self._colors()
        title_font, body_font, small_font = fonts(option.font)
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        if index.data(FirstOfDayRole):
            header_height = scaled(HEADER_HEIGHT, option.font)
            header = QRect(
                rect.left() + PADDING, rect.top(), rect.width() - 2 * PADDING, header_height
            )
            heading_font = QFont(small_font)
            heading_font.setWeight(QFont.Weight.DemiBold)
            heading_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
            painter.setFont(heading_font)
            painter.setPen(QColor(c.muted))
            text = day_heading(entry.date, self._today()).upper()
            painter.drawText(
                header.adjusted(0, 0, 0, -6),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                text,
            )
            rect = rect.adjusted(0, header_height, 0, 0)

        card = QRectF(rect.adjusted(4, 2, -4, -2))
        selected = paint_row_card(painter, card, option.state, c)

        text_color = QColor(c.on_accent_soft if selected else c.text)
        muted = QColor(c.on_accent_soft if selected else c.muted)
        inner = card.toRect().adjusted(PADDING, 9, -PADDING, -9)
        line_title = QFontMetrics(title_font).height()
        line_body = QFontMetrics(body_font).height()

        # Mood on the right of the title line, when it was given.
        mood_text = ""
        if entry.mood is not None:
            mood_text = self.tr("Mood %1").replace("%1", str(entry.mood))
        small_metrics = QFontMetrics(small_font)
        mood_width = small_metrics.horizontalAdvance(mood_text) + 10 if mood_text else 0

        painter.setFont(title_font)
        painter.setPen(text_color)
        title_rect = QRect(inner.left(), inner.top(), inner.width() - mood_width, line_title)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(title_font).elidedText(
                first_line(entry), Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        if mood_text:
            painter.setFont(small_font)
            painter.setPen(muted)
            painter.drawText(
                QRect(inner.right() - mood_width, inner.top(), mood_width, line_title),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                mood_text,
            )

        painter.setFont(body_font)
        painter.setPen(muted)
        preview_rect = QRect(inner.left(), inner.top() + line_title + 2, inner.width(), line_body)
        painter.drawText(
            preview_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(body_font).elidedText(
                preview(entry), Qt.TextElideMode.ElideRight, preview_rect.width()
            ),
        )

        meta_top = preview_rect.bottom() + 5
        meta_rect = QRect(inner.left(), meta_top, inner.width(), small_metrics.height() + 2)
        painter.setFont(small_font)
        x = meta_rect.left()
        for text in self._meta(entry):
            shown = small_metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, max(meta_rect.right() - x, 0)
            )
            painter.setPen(muted)
            painter.drawText(
                QRect(x, meta_rect.top(), meta_rect.right() - x, meta_rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            x += small_metrics.horizontalAdvance(shown) + 10
        if not self._in_trash:
            self._draw_tags(
                painter, entry.tags, QRect(x, meta_rect.top(), 0, 0), meta_rect, c, selected
            )
        painter.restore()

    def _draw_tags(
        self,
        painter: QPainter,
        tags: tuple[str, ...],
        start: QRect,
        line: QRect,
        c: Colors,
        selected: bool,
    ) -> None:
        """Tags as small rounded chips, as many as fit, then "+2" for the rest."""
        metrics = painter.fontMetrics()
        x = start.left()
        for shown, tag in enumerate(tags):
            text = f"#{tag}"
            width = metrics.horizontalAdvance(text) + 12
            rest = len(tags) - shown - 1
            reserve = metrics.horizontalAdvance(f"+{rest}") + 6 if rest else 0
            if x + width + reserve > line.right():
                painter.setPen(QColor(c.on_accent_soft if selected else c.muted))
                painter.drawText(
                    QRect(x, line.top(), line.right() - x + 1, line.height()),
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

    def _meta(self, entry: Entry) -> list[str]:
        """Words before the tags: the kind, and "Private" or how long the Trash keeps it."""
        parts = [kind_name(entry.kind)]
        if self._in_trash and entry.deleted_at is not None:
            parts.append(self._kept_for(entry.deleted_at))
        elif entry.private:
            parts.append(self.tr("Private"))
        return parts

    def _kept_for(self, deleted_at: datetime) -> str:
        left = (deleted_at + TRASH_KEEPS).date() - self._today()
        days = max(left.days, 0)
        if days == 0:
            return self.tr("Deleted for good today")
        return plural(
            days,
            self.tr("Deleted for good tomorrow"),
            self.tr("Deleted for good in %n days", "", days),
        )
