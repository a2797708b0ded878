"""Practices: how often each was done in the last 30 days, and, only where there are
enough days on both sides, mood on days it was done against days it was not, with the
note that this is a correlation and not a cause."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from afterglow.core.patterns_overview import PatternsData
from afterglow.patterns import DateRange, PracticeStats, entries_on_practice_days
from afterglow.ui.patterns.cards import ChartCard, PointQuery
from afterglow.ui.patterns.chart_theme import markup_safe, soft
from afterglow.ui.patterns.digest import PatternsDigest
from afterglow.ui.patterns.wording import (
    correlation_note,
    mood_with_practices_summary,
    practices_summary,
)
from afterglow.ui.theme import Colors

MAX_PRACTICES = 6


class PracticesCard(ChartCard):
    """Adherence over the last 30 days, one bar per practice (as a share of its days)."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Practices, last 30 days"), colors, parent)
        self.stats: list[PracticeStats] = []

    def show_digest(self, digest: PatternsDigest) -> None:
        self.stats = list(digest.practices[:MAX_PRACTICES])
        self.set_summary(practices_summary(digest.practices))
        c = self._colors()
        chart = self.fresh_chart()
        done = QBarSet(self.tr("Share of scheduled days done"))
        done.setColor(QColor(c.good))
        done.setBorderColor(QColor(c.good))
        # Bottom to top in a horizontal chart: reversed, so the first practice is on top.
        shown = list(reversed(self.stats))
        for stats in shown:
            share = stats.adherence.share
            done.append(0.0 if share is None else share * 100)
        series = QHorizontalBarSeries()
        series.setBarWidth(0.55)
        series.append(done)
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append([markup_safe(s.name) for s in shown] or [""])
        x_axis = QValueAxis()
        x_axis.setRange(0, 100)
        x_axis.setTickCount(5)
        x_axis.setLabelFormat("%d%%")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.finish_chart(chart)
        y_axis.setGridLineVisible(False)
        x_axis.setGridLineVisible(True)


class PracticeMoodCard(ChartCard):
    """Mood on days done and not done, for practices with at least 3 rated days each way."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mood and practices"), colors, parent)
        self.compared: list[PracticeStats] = []
        self._data: PatternsData | None = None
        self._within = DateRange()
        self._as_of: date | None = None
        self.set_hint(self.tr("Choose a bar to see the rated entries behind it."))

    def show_digest(self, digest: PatternsDigest) -> None:
        self.compared = [s for s in digest.practices if s.mood.mood_with is not None][
            :MAX_PRACTICES
        ]
        self._data = digest.data
        self._within = DateRange(digest.since, digest.until)
        self._as_of = digest.data.as_of
        self.set_summary(mood_with_practices_summary(digest.practices))
        self.set_note(correlation_note() if self.compared else "")
        self.view.setVisible(bool(self.compared))
        self.hint.setVisible(bool(self.compared))
        c = self._colors()
        chart = self.fresh_chart()
        with_set = QBarSet(self.tr("Days you did it"))
        without_set = QBarSet(self.tr("Other days"))
        for bar_set, colour in (
            (with_set, QColor(c.accent)),
            (without_set, soft(c.muted, c.surface)),
        ):
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
        for stats in self.compared:
            with_set.append(stats.mood.mood_with or 0.0)
            without_set.append(stats.mood.mood_without or 0.0)
        with_set.clicked.connect(lambda index: self.choose(index, done=True))
        without_set.clicked.connect(lambda index: self.choose(index, done=False))
        series = QBarSeries()
        series.setBarWidth(0.6)
        series.append(with_set)
        series.append(without_set)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append([markup_safe(s.name) for s in self.compared] or [""])
        y_axis = QValueAxis()
        y_axis.setRange(0, 10)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(True)
        self.finish_chart(chart)

    def choose(self, index: int, *, done: bool) -> None:
        data = self._data
        if not 0 <= index < len(self.compared) or self._as_of is None or data is None:
            return
        stats = self.compared[index]
        if done:
            title = self.tr("Rated entries on days you did %1")
        else:
            title = self.tr("Rated entries on days you didn't do %1")
        as_of, within, practice_id = self._as_of, self._within, stats.practice_id
        self.point_chosen.emit(
            PointQuery(
                title.replace("%1", stats.name),
                # The logs are read on the worker, with the entries, when first needed.
                lambda entries: entries_on_practice_days(
                    entries, data.practice_logs, practice_id, as_of, done=done, within=within
                ),
            )
        )
