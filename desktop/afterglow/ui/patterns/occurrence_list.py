"""A pattern's occurrences, newest first: a paged list model and how each row is drawn."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from afterglow.core.errors import AfterglowError
from afterglow.core.patterns import Occurrence
from afterglow.core.patterns_service import Patterns
from afterglow.core.tracking_store import OccurrenceFilter
from afterglow.ui.journal.entry_delegate import PADDING, fonts
from afterglow.ui.journal.wording import qdate
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.words import translated

PAGE_SIZE = 50
OccurrenceRole = Qt.ItemDataRole.UserRole + 30

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


class OccurrenceListModel(QAbstractListModel):
    """One pattern's occurrences, read a page at a time through the task runner."""

    page_loaded = Signal()
    load_failed = Signal(str)

    def __init__(
        self, runner: TaskRunner, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._patterns: Patterns | None = None
        self._pattern_id: str | None = None
        self._rows: list[Occurrence] = []
        self._generation = 0
        self._loading = False
        self._exhausted = True

    @property
    def pattern_id(self) -> str | None:
        return self._pattern_id

    @property
    def is_loading(self) -> bool:
        return self._loading

    def show(self, patterns: Patterns, pattern_id: str) -> None:
        self._patterns = patterns
        self._pattern_id = pattern_id
        self._restart()
        self._request()

    def reload(self) -> None:
        if self._patterns is not None and self._pattern_id is not None:
            self.show(self._patterns, self._pattern_id)

    def clear(self) -> None:
        self._patterns = None
        self._pattern_id = None
        self._restart()

    def occurrence_at(self, row: int) -> Occurrence:
        return self._rows[row]

    def occurrences(self) -> list[Occurrence]:
        return list(self._rows)

    def _restart(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._loading = False
        self._exhausted = self._patterns is None
        self.endResetModel()

    # -- QAbstractItemModel -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        occurrence = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return when_text(occurrence.occurred_at)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(occurrence)
        if role == OccurrenceRole:
            return occurrence
        return None

    def canFetchMore(self, parent: _Index) -> bool:
        return (
            not parent.isValid()
            and self._patterns is not None
            and not self._exhausted
            and not self._loading
        )

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        patterns, pattern_id = self._patterns, self._pattern_id
        if patterns is None or pattern_id is None:
            return
        self._loading = True
        generation = self._generation
        where = OccurrenceFilter(pattern_id, limit=self._page_size, offset=len(self._rows))
        self._runner.run(
            lambda: patterns.occurrences(where),
            on_done=lambda found: self._arrived(generation, found),
            on_error=lambda error: self._not_loaded(generation, error),
        )

    def _arrived(self, generation: int, found: list[Occurrence]) -> None:
        if generation != self._generation:
            return
        self._exhausted = len(found) < self._page_size
        if found:
            # Still "loading" while the rows go in: a view asking for more as they appear
            # must wait for them, or it would ask for this page's offset again.
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._rows.extend(found)
            self.endInsertRows()
        self._loading = False
        self.page_loaded.emit()

    def _not_loaded(self, generation: int, error: AfterglowError) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.load_failed.emit(error.message)


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
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(2, 2, -2, -2))
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.accent_soft if selected else c.track))
            painter.drawRoundedRect(card, 10, 10)
        if state & QStyle.StateFlag.State_HasFocus and selected:
            painter.setPen(QColor(c.accent))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
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
