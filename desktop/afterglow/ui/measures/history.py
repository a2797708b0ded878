"""Questionnaires taken, newest first: a list model, how each row is drawn, and the
scores over time as a chart with a sentence beside it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from afterglow.core.measures import Instrument, InvalidMeasure, Measure
from afterglow.measures import MeasureScore, questionnaire, score
from afterglow.ui.journal.entry_delegate import PADDING, fonts
from afterglow.ui.journal.wording import long_date
from afterglow.ui.measures.wording import (
    instrument_name,
    severity_name,
    taken_on,
    tr,
)
from afterglow.ui.patterns.cards import ChartCard
from afterglow.ui.patterns.mood_card import msecs
from afterglow.ui.theme import Colors, scaled
from afterglow.ui.widgets.row_card import paint_row_card

ROW_HEIGHT = 56
TakenRole = Qt.ItemDataRole.UserRole + 40

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Taken:
    """A stored measure and its score (None if its answers are incomplete)."""

    measure: Measure
    result: MeasureScore | None


def taken(measures: Sequence[Measure]) -> list[Taken]:
    rows = []
    for measure in measures:
        try:
            result: MeasureScore | None = score(measure)
        except InvalidMeasure:
            result = None
        rows.append(Taken(measure, result))
    return rows


def row_text(row: Taken) -> str:
    name = instrument_name(row.measure.instrument)
    if row.result is None:
        return tr("%1, incomplete").replace("%1", name)
    return (
        tr("%1: %2 of %3, %4")
        .replace("%1", name)
        .replace("%2", str(row.result.total))
        .replace("%3", str(row.result.highest_possible))
        .replace("%4", severity_name(row.result.severity))
    )


class HistoryModel(QAbstractListModel):
    """Every questionnaire taken, newest first (a handful a month at most)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Taken] = []

    def set_rows(self, rows: Sequence[Taken]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Taken:
        return self._rows[row]

    def rows(self) -> list[Taken]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row_text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{long_date(row.measure.taken_at.date())}: {row_text(row)}"
        if role == TakenRole:
            return row
        return None


class HistoryDelegate(QStyledItemDelegate):
    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(option.rect.width() or 300, scaled(ROW_HEIGHT, option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(TakenRole)
        if not isinstance(row, Taken):
            return
        c = self._colors()
        title_font, _body, small_font = fonts(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(2, 2, -2, -2))
        selected = paint_row_card(painter, card, option.state, c)
        text = QColor(c.on_accent_soft if selected else c.text)
        muted = QColor(c.on_accent_soft if selected else c.muted)
        inner = card.toRect().adjusted(PADDING, 8, -PADDING, -8)
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(row_text(row), Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setFont(small_font)
        painter.setPen(muted)
        painter.drawText(
            QRect(
                inner.left(), inner.top() + metrics.height() + 2, inner.width(), metrics.height()
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            long_date(row.measure.taken_at.date()),
        )
        painter.restore()


def trend_summary(rows: Sequence[Taken]) -> str:
    """For each questionnaire taken: the latest score, and the one before it if any."""
    if not rows:
        return tr("Nothing taken yet. Each questionnaire you take shows here over time.")
    parts = []
    for instrument in Instrument:
        scored = [r for r in rows if r.measure.instrument is instrument and r.result]
        if not scored:
            continue
        latest = scored[0]
        assert latest.result is not None
        sentence = (
            tr("Your latest %1 was %2 (%3) on %4")
            .replace("%1", instrument_name(instrument))
            .replace("%2", str(latest.result.total))
            .replace("%3", severity_name(latest.result.severity))
            .replace("%4", taken_on(latest.measure.taken_at))
        )
        if len(scored) > 1:
            earlier = scored[1]
            assert earlier.result is not None
            sentence += (
                tr(", after %1 on %2")
                .replace("%1", str(earlier.result.total))
                .replace("%2", taken_on(earlier.measure.taken_at))
            )
        parts.append(sentence + ".")
    return " ".join(parts)


class ScoresCard(ChartCard):
    """PHQ-9 and GAD-7 scores over time, one line each, on a 0-27 scale."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(tr("Scores over time"), colors, parent)
        self.series: dict[Instrument, QLineSeries] = {}

    def show_rows(self, rows: Sequence[Taken]) -> None:
        self.set_summary(trend_summary(rows))
        c = self._colors()
        chart = self.fresh_chart()
        colours = {Instrument.PHQ9: c.accent, Instrument.GAD7: c.good}
        self.series = {}
        stamps: list[float] = []
        for instrument in Instrument:
            scored = [r for r in reversed(rows) if r.measure.instrument is instrument and r.result]
            if not scored:
                continue
            line = QLineSeries()
            line.setName(instrument_name(instrument))
            pen = QPen(QColor(colours[instrument]), 2.4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            line.setPen(pen)
            line.setPointsVisible(True)
            line.setMarkerSize(8)
            for r in scored:
                assert r.result is not None
                x = msecs(r.measure.taken_at.date())
                stamps.append(x)
                line.append(x, r.result.total)
            chart.addSeries(line)
            self.series[instrument] = line
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        if stamps:
            day = 86_400_000
            x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(int(min(stamps) - 3 * day)),
                QDateTime.fromMSecsSinceEpoch(int(max(stamps) + 3 * day)),
            )
        x_axis.setTickCount(5)
        y_axis = QValueAxis()
        y_axis.setRange(0, questionnaire(Instrument.PHQ9).highest_score)
        y_axis.setTickCount(4)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for attached in chart.series():
            attached.attachAxis(x_axis)
            attached.attachAxis(y_axis)
        chart.legend().setVisible(bool(self.series))
        self.view.setVisible(bool(self.series))
        self.finish_chart(chart)
