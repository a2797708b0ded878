"""How often each named pattern came up, month by month, one line per pattern. Clicking
a point lists the entries the month's occurrences were noted from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QBarCategoryAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QWidget

from afterglow.core.patterns import Occurrence
from afterglow.core.patterns_overview import PatternsData
from afterglow.patterns import PatternTrend, month_of
from afterglow.ui.patterns.cards import ChartCard, Entries, PointQuery
from afterglow.ui.patterns.chart_theme import markup_safe, series_colors
from afterglow.ui.patterns.digest import PatternsDigest
from afterglow.ui.patterns.frequency_card import month_label, month_name
from afterglow.ui.patterns.wording import PeriodWords, trends_summary
from afterglow.ui.theme import Colors

MAX_MONTHS = 12
MAX_PATTERNS = 4  # more lines than this tangle; the sentences name every pattern


def entries_noted(
    entries: Entries, occurrences: tuple[Occurrence, ...], pattern_id: str, month: str
) -> Entries:
    """The entries a pattern's occurrences in `month` were noted from, oldest first."""
    ids = {
        o.entry_id
        for o in occurrences
        if o.pattern_id == pattern_id and o.entry_id and month_of(o.occurred_at.date()) == month
    }
    return tuple(e for e in entries if e.id in ids)


class TrendsCard(ChartCard):
    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Named patterns"), colors, parent)
        self.trends: list[PatternTrend] = []
        self.months: list[str] = []
        self._data: PatternsData | None = None
        self.set_hint(self.tr("Choose a point to see the entries those times were noted from."))

    def show_digest(self, digest: PatternsDigest, period: PeriodWords) -> None:
        self._data = digest.data
        active = [t for t in digest.trends if any(m.count for m in t.by_month)]
        self.trends = active[:MAX_PATTERNS]
        every = sorted({m.month for t in self.trends for m in t.by_month})
        months = every[-MAX_MONTHS:]
        self.months = months
        latest = len(months) if len(every) > len(months) else 0
        self.set_summary(trends_summary(digest.trends, digest.lately, period, latest))
        self.view.setVisible(bool(self.trends))
        self.hint.setVisible(bool(self.trends))
        c = self._colors()
        chart = self.fresh_chart()
        colours = series_colors(c)
        top = 0
        for n, trend in enumerate(self.trends):
            counts = {m.month: m.count for m in trend.by_month}
            line = QLineSeries()
            line.setName(markup_safe(trend.name))
            pen = QPen(QColor(colours[n % len(colours)]), 2.4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            line.setPen(pen)
            line.setPointsVisible(True)
            line.setMarkerSize(8)
            for x, month in enumerate(months):
                if month in counts:
                    line.append(float(x), float(counts[month]))
                    top = max(top, counts[month])
            line.clicked.connect(lambda point, trend=trend: self._clicked(trend, point))
            chart.addSeries(line)
        years = {m[:4] for m in months}
        x_axis = QBarCategoryAxis()
        x_axis.append([month_label(m, len(years) > 1) for m in months] or [""])
        y_axis = QValueAxis()
        y_axis.setRange(0, max(top + 1, 4))  # room above the highest point
        y_axis.setLabelFormat("%d")
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setVisible(bool(self.trends))
        self.finish_chart(chart)

    def clear(self) -> None:
        super().clear()
        self._data = None

    def _clicked(self, trend: PatternTrend, point: QPointF) -> None:
        self.choose(trend.pattern_id, round(point.x()))

    def choose(self, pattern_id: str, index: int) -> None:
        trend = next((t for t in self.trends if t.pattern_id == pattern_id), None)
        if trend is None or not 0 <= index < len(self.months):
            return
        month = self.months[index]
        data = self._data
        if data is None:
            return
        title = (
            self.tr("Entries behind “%1” in %2")
            .replace("%1", trend.name)
            .replace("%2", month_name(month))
        )
        self.point_chosen.emit(
            PointQuery(
                # The occurrences are read when first asked for, on the worker like this.
                title,
                lambda entries: entries_noted(entries, data.occurrences, pattern_id, month),
            )
        )
