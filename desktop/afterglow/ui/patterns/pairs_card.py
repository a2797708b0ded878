"""Tags and feelings that tend to turn up in the same entries: only pairs seen together
often enough to mean something (the analytics hide the rest). Clicking a bar lists the
entries holding both."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from afterglow.patterns import Pair, entries_with_pair
from afterglow.ui.patterns.cards import ChartCard, PointQuery
from afterglow.ui.patterns.chart_theme import CHART_HEIGHT, markup_safe
from afterglow.ui.patterns.wording import pairs_summary, short_item_name
from afterglow.ui.theme import Colors

MAX_PAIRS = 8
ROW_HEIGHT = 34  # per pair: room for a label, which Qt Charts elides when squeezed


def pair_label(pair: Pair) -> str:
    return f"{short_item_name(pair.first)} + {short_item_name(pair.second)}"


class PairsCard(ChartCard):
    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What goes together"), colors, parent)
        self.pairs: list[Pair] = []
        self.set_hint(self.tr("Choose a bar to see the entries holding both."))

    def show_pairs(self, pairs: tuple[Pair, ...]) -> None:
        self.pairs = list(pairs[:MAX_PAIRS])
        self.set_summary(pairs_summary(pairs, len(self.pairs)))
        self.view.setVisible(bool(self.pairs))
        self.view.setFixedHeight(max(CHART_HEIGHT, ROW_HEIGHT * len(self.pairs) + 90))
        self.hint.setVisible(bool(self.pairs))
        c = self._colors()
        chart = self.fresh_chart()
        # How much more often than chance, as the sentences say; the strongest pair on
        # top (a horizontal chart fills from the bottom).
        together = QBarSet(self.tr("Times as often as chance would give"))
        together.setColor(QColor(c.accent))
        together.setBorderColor(QColor(c.accent))
        shown = list(reversed(self.pairs))
        for pair in shown:
            together.append(pair.lift)
        together.clicked.connect(lambda index: self.choose(len(shown) - 1 - index))
        series = QHorizontalBarSeries()
        series.setBarWidth(0.55)
        series.append(together)
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append([markup_safe(pair_label(p)) for p in shown] or [""])
        x_axis = QValueAxis()
        x_axis.setRange(0, max(max((p.lift for p in self.pairs), default=2.0), 2.0))
        x_axis.setLabelFormat("%g")  # no multiplication sign in printf: the legend says it
        x_axis.applyNiceNumbers()
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(bool(self.pairs))
        self.finish_chart(chart)
        y_axis.setGridLineVisible(False)
        x_axis.setGridLineVisible(True)

    def choose(self, index: int) -> None:
        if not 0 <= index < len(self.pairs):
            return
        pair = self.pairs[index]
        first = (pair.first.kind.value, pair.first.name)
        second = (pair.second.kind.value, pair.second.name)
        title = self.tr("Entries with both %1").replace("%1", pair_label(pair))
        self.point_chosen.emit(
            PointQuery(title, lambda entries: entries_with_pair(entries, first, second))
        )
