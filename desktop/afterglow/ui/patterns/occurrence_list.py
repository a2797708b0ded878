"""A pattern's occurrences, newest first: a paged list model and how each row is drawn."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from afterglow.core.patterns import Occurrence
from afterglow.core.patterns_service import Patterns
from afterglow.core.tracking_store import OccurrenceFilter
from afterglow.ui.journal.entry_delegate import PADDING, fonts
from afterglow.ui.journal.wording import qdate
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.paged_model import ItemRole, PagedListModel
from afterglow.ui.widgets.row_card import paint_row_card
from afterglow.ui.words import translated

PAGE_SIZE = 50
OccurrenceRole = ItemRole

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return translated(text)


def when_text(moment: datetime) -> str:
    """ "Tuesday 4 March 2025, 18:20" in the person's locale, at the time it was noted."""
    locale = QLocale()
    day = locale.toString(qdate(moment.date()), "dddd d MMMM yyyy")
    clock = locale.toString(QTime(moment.hour, moment.minute), "HH:mm")
    return _tr("%1, %2").replace("%1", day).replace("%2", clock)


def detail_lines(occurrence: Occurrence) -> list[tuple[str, str]]:
    """The parts that were written, each with its label, in the order they happen."""
    parts = [
        (_tr("Trigger"), occurrence.trigger),
        (_tr("Response"), occurrence.response),
        (_tr("Instead"), occurrence.alternative),
    ]
    return [(label, text) for label, text in parts if text]


def intensity_text(occurrence: Occurrence) -> str:
    """The quiet words on the right of a row: whether it came from an entry, and how strong."""
    parts = []
    if occurrence.entry_id is not None:
        parts.append(_tr("From an entry"))
    if occurrence.intensity is not None:
        parts.append(_tr("Intensity %1").replace("%1", str(occurrence.intensity)))
    return " · ".join(parts)


def accessible_text(occurrence: Occurrence) -> str:
    parts = [when_text(occurrence.occurred_at)]
    if occurrence.entry_id is not None:
        parts.append(_tr("noted from an entry"))
    if occurrence.intensity is not None:
        parts.append(_tr("intensity %1 of 10").replace("%1", str(occurrence.intensity)))
    parts += [f"{label}: {text}" for label, text in detail_lines(occurrence)]
    return ". ".join(parts)


class OccurrenceListModel(PagedListModel):
    """One pattern's occurrences, read a page at a time through the task runner."""

    def __init__(
        self, runner: TaskRunner, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(runner, page_size, parent)
        self._pattern_id: str | None = None

    @property
    def pattern_id(self) -> str | None:
        return self._pattern_id

    def show_occurrences(self, patterns: Patterns, pattern_id: str) -> None:
        self._pattern_id = pattern_id
        self.show(
            lambda offset, limit: patterns.occurrences(
                OccurrenceFilter(pattern_id, limit=limit, offset=offset)
            )
        )

    def clear(self) -> None:
        self._pattern_id = None
        super().clear()

    def occurrence_at(self, row: int) -> Occurrence:
        item = self.item_at(row)
        assert isinstance(item, Occurrence)
        return item

    def occurrences(self) -> list[Occurrence]:
        return self.items()

    def label(self, item: Any) -> str:
        assert isinstance(item, Occurrence)
        return when_text(item.occurred_at)

    def describe(self, item: Any) -> str:
        assert isinstance(item, Occurrence)
        return accessible_text(item)


class OccurrenceDelegate(QStyledItemDelegate):
    """When (and how strong) on the first line, then each part written on its own line."""

    LINE_GAP = 3

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        occurrence = index.data(OccurrenceRole)
        lines = len(detail_lines(occurrence)) if isinstance(occurrence, Occurrence) else 0
        title_font, body_font, _small = fonts(option.font)
        height = QFontMetrics(title_font).height() + 20
        height += lines * (QFontMetrics(body_font).height() + self.LINE_GAP)
        return QSize(option.rect.width() or 400, height + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        occurrence = index.data(OccurrenceRole)
        if not isinstance(occurrence, Occurrence):
            return
        c = self._colors()
        title_font, body_font, small_font = fonts(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(2, 2, -2, -2))
        selected = paint_row_card(painter, card, option.state, c)
        text = QColor(c.on_accent_soft if selected else c.text)
        muted = QColor(c.on_accent_soft if selected else c.muted)
        inner = card.toRect().adjusted(PADDING, 9, -PADDING, -9)

        intensity = intensity_text(occurrence)
        small_metrics = QFontMetrics(small_font)
        intensity_width = small_metrics.horizontalAdvance(intensity) + 10 if intensity else 0
        title_metrics = QFontMetrics(title_font)
        line = QRect(
            inner.left(), inner.top(), inner.width() - intensity_width, title_metrics.height()
        )
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(
            line,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title_metrics.elidedText(
                when_text(occurrence.occurred_at), Qt.TextElideMode.ElideRight, line.width()
            ),
        )
        if intensity:
            painter.setFont(small_font)
            painter.setPen(muted)
            painter.drawText(
                QRect(inner.right() - intensity_width, inner.top(), intensity_width, line.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                intensity,
            )

        label_font = QFont(small_font)
        label_font.setWeight(QFont.Weight.DemiBold)
        label_metrics = QFontMetrics(label_font)
        body_metrics = QFontMetrics(body_font)
        label_width = max(
            (label_metrics.horizontalAdvance(label) for label, _ in detail_lines(occurrence)),
            default=0,
        )
        y = line.bottom() + 6
        for label, value in detail_lines(occurrence):
            height = body_metrics.height()
            painter.setFont(label_font)
            painter.setPen(muted)
            painter.drawText(
                QRect(inner.left(), y, label_width, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.setFont(body_font)
            painter.setPen(text)
            left = inner.left() + label_width + 12
            first_line = value.splitlines()[0] if value.splitlines() else value
            painter.drawText(
                QRect(left, y, inner.right() - left, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                body_metrics.elidedText(
                    first_line, Qt.TextElideMode.ElideRight, inner.right() - left
                ),
            )
            y += height + self.LINE_GAP
        painter.restore()
