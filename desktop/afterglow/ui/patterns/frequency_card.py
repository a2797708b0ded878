"""Tags or feelings used most, week by week or month by month, as stacked bars.
Clicking a bar segment lists the entries with that tag (or feeling) in that period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QWidget

from afterglow.patterns import Frequencies, ItemKind, PeriodCounts, entries_for, week_days
from afterglow.ui.journal.wording import day_and_month, qdate
from afterglow.ui.patterns.cards import ChartCard, PointQuery
from afterglow.ui.patterns.chart_theme import category_labels, markup_safe, series_colors
from afterglow.ui.patterns.wording import frequency_summary, tag_name
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.page import button

TOP_NAMES = 5
MAX_WEEKS = 13
MAX_MONTHS = 12
MOST_LABELS = 7


def week_label(week: str) -> str:
    """An ISO week by its Monday, as axis markup: the day over the month."""
    monday, _sunday = week_days(week)
    locale = QLocale()
    # Two short lines ("3" over "Mar"), so thirteen weeks fit under their bars.
    return f"{locale.toString(qdate(monday), 'd')}<br>{locale.toString(qdate(monday), 'MMM')}"


def month_label(month: str, with_year: bool) -> str:
    """A month as axis markup: "Mar", or the month over the year when the chart spans
    years (two short lines fit under a bar where "Mar 25" would be cut short)."""
    first = qdate(_first_day(month))
    locale = QLocale()
    if not with_year:
        return locale.toString(first, "MMM")
    return f"{locale.toString(first, 'MMM')}<br>{locale.toString(first, 'yyyy')}"


def month_name(month: str) -> str:
    """A month in a sentence: "March 2025"."""
    return QLocale().toString(qdate(_first_day(month)), "MMMM yyyy")


def _first_day(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


class FrequencyCard(ChartCard):
    """For tags (`ItemKind.TAG`) or feelings (`ItemKind.EMOTION`), with a week/month toggle."""

    def __init__(
        self, kind: ItemKind, colors: Callable[[], Colors], parent: QWidget | None = None
    ) -> None:
        heading = self.tr("Tags") if kind is ItemKind.TAG else self.tr("Feelings")
        super().__init__(heading, colors, parent)
        self.kind = kind
        self._frequencies: Frequencies | None = None
        self.names: list[str] = []
        self.periods: list[str] = []
        self.counts: dict[str, list[int]] = {}  # per name, one count per period shown
        self.by_week_button = button(self.tr("By week"), "quiet")
        self.by_month_button = button(self.tr("By month"), "quiet")
        group = QButtonGroup(self)
        for toggle in (self.by_week_button, self.by_month_button):
            toggle.setCheckable(True)
            group.addButton(toggle)
            self.controls.addWidget(toggle)
        self.by_week_button.setChecked(True)
        self.by_week_button.toggled.connect(lambda _on: self._redraw())
        what = self.tr("tag") if kind is ItemKind.TAG else self.tr("feeling")
        self.set_hint(
            self.tr("Choose part of a bar to see the entries with that %1 then.").replace(
                "%1", what
            )
        )

    @property
    def by_week(self) -> bool:
        return self.by_week_button.isChecked()

    def set_by_week(self, by_week: bool) -> None:
        (self.by_week_button if by_week else self.by_month_button).setChecked(True)

    def show_frequencies(self, frequencies: Frequencies) -> None:
        self._frequencies = frequencies
        self._redraw()

    def _redraw(self) -> None:
        frequencies = self._frequencies
        if frequencies is None:
            return
        by_week = self.by_week
        periods: tuple[PeriodCounts, ...] = (
            frequencies.by_week[-MAX_WEEKS:] if by_week else frequencies.by_month[-MAX_MONTHS:]
        )
        self.names = [c.name for c in frequencies.total[:TOP_NAMES]]
        self.counts = {}
        self.periods = [p.period for p in periods]
        every = frequencies.by_week if by_week else frequencies.by_month
        latest = len(periods) if len(every) > len(periods) else 0
        self.set_summary(
            frequency_summary(frequencies.total, self.kind, by_week, len(self.names), latest)
        )
        c = self._colors()
        chart = self.fresh_chart()
        series = QStackedBarSeries()
        series.setBarWidth(0.6)
        colours = series_colors(c)
        for n, name in enumerate(self.names):
            bar_set = QBarSet(markup_safe(tag_name(name) if self.kind is ItemKind.TAG else name))
            colour = QColor(colours[n % len(colours)])
            bar_set.setColor(colour)
            bar_set.setBorderColor(QColor(c.surface))
            bar_set.setLabelColor(QColor(c.text))
            self.counts[name] = [
                next((x.count for x in period.counts if x.name == name), 0) for period in periods
            ]
            bar_set.append([float(n) for n in self.counts[name]])
            bar_set.clicked.connect(lambda index, name=name: self.choose(name, index))
            series.append(bar_set)
        chart.addSeries(series)
        years = {p[:4] for p in self.periods}
        labels = [
            week_label(p) if by_week else month_label(p, len(years) > 1) for p in self.periods
        ]
        x_axis = QBarCategoryAxis()
        x_axis.append(category_labels(labels, MOST_LABELS) or [""])
        y_axis = QValueAxis()
        top = max(
            (sum(x.count for x in p.counts if x.name in self.names) for p in periods), default=0
        )
        y_axis.setRange(0, max(top, 4))
        y_axis.setLabelFormat("%d")
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(bool(self.names))
        self.finish_chart(chart)

    def choose(self, name: str, index: int) -> None:
        if not 0 <= index < len(self.periods):
            return
        period = self.periods[index]
        shown = tag_name(name) if self.kind is ItemKind.TAG else name
        if self.by_week:
            monday, _ = week_days(period)
            when = self.tr("the week of %1").replace("%1", day_and_month(monday))
        else:
            when = month_name(period)
        title = self.tr("Entries with %1 in %2").replace("%1", shown).replace("%2", when)
        week = period if self.by_week else None
        month = None if self.by_week else period
        if self.kind is ItemKind.TAG:
            self.point_chosen.emit(
                PointQuery(title, lambda es: entries_for(es, week=week, month=month, tag=name))
            )
        else:
            self.point_chosen.emit(
                PointQuery(title, lambda es: entries_for(es, week=week, month=month, emotion=name))
            )
