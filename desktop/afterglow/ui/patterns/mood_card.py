"""Mood and energy over time: 7-day averages as lines, each day's mood as a dot, and a
dashed line on every session day. Clicking a dot lists that day's rated entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCharts import QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QWidget

from afterglow.patterns import MoodTimeline, entries_for
from afterglow.ui.journal.wording import day_and_month, qdate
from afterglow.ui.patterns.cards import ChartCard, PointQuery
from afterglow.ui.patterns.digest import PatternsDigest
from afterglow.ui.patterns.wording import PeriodWords, mood_summary
from afterglow.ui.theme import Colors

SCALE_TOP = 10


def msecs(day: date) -> float:
    """A day as a chart x value: its local noon, in milliseconds since the epoch."""
    return float(QDateTime(qdate(day), QTime(12, 0)).toMSecsSinceEpoch())


class MoodCard(ChartCard):
    """`days` maps each dot's x value back to its day, for clicks."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mood and energy"), colors, parent)
        self.days: dict[float, date] = {}
        self.dots: QScatterSeries | None = None
        self.set_hint(self.tr("Choose a dot to see that day's entries."))

    def show_digest(self, digest: PatternsDigest, period: PeriodWords) -> None:
        timeline = digest.timeline
        self.set_summary(mood_summary(digest.means, digest.before, len(timeline.sessions), period))
        self._draw(timeline, digest.since, digest.until)

    def _draw(self, timeline: MoodTimeline, since: date | None, until: date | None) -> None:
        c = self._colors()
        chart = self.fresh_chart()
        self.days = {}
        mood = QLineSeries()
        mood.setName(self.tr("Mood, 7-day average"))
        mood.setPen(_pen(c.accent, 2.6))
        energy = QLineSeries()
        energy.setName(self.tr("Energy, 7-day average"))
        energy.setPen(_pen(c.fair, 2.0, Qt.PenStyle.DashLine))
        dots = QScatterSeries()
        dots.setName(self.tr("Mood each day"))
        dot_color = QColor(c.accent)
        dot_color.setAlphaF(0.45)
        dots.setColor(dot_color)
        dots.setBorderColor(dot_color)
        dots.setMarkerSize(8)
        for point in timeline.points:
            x = msecs(point.day)
            if point.mood_rolling is not None:
                mood.append(x, point.mood_rolling)
            if point.energy_rolling is not None:
                energy.append(x, point.energy_rolling)
            if point.mood is not None:
                dots.append(x, point.mood)
                self.days[x] = point.day
        for series in (mood, energy, dots):
            chart.addSeries(series)

        first, last = self._span(timeline, since, until)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(msecs(first) - 43_200_000)),
            QDateTime.fromMSecsSinceEpoch(int(msecs(last) + 43_200_000)),
        )
        x_axis.setTickCount(6)
        y_axis = QValueAxis()
        y_axis.setRange(0, SCALE_TOP)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        marker_pen = _pen(c.muted, 1.4, Qt.PenStyle.DashLine)
        for n, session in enumerate(timeline.sessions):
            line = QLineSeries()
            line.setName(self.tr("Session"))
            line.setPen(marker_pen)
            x = msecs(session.day)
            line.append(x, 0)
            line.append(x, SCALE_TOP)
            chart.addSeries(line)
            if n:
                for marker in chart.legend().markers(line):
                    marker.setVisible(False)
        for attached in chart.series():
            attached.attachAxis(x_axis)
            attached.attachAxis(y_axis)
        chart.legend().setVisible(bool(timeline.points))
        self.finish_chart(chart)
        dots.clicked.connect(self._dot_clicked)
        self.dots = dots

    @staticmethod
    def _span(timeline: MoodTimeline, since: date | None, until: date | None) -> tuple[date, date]:
        days = [p.day for p in timeline.points] + [s.day for s in timeline.sessions]
        first = since or (min(days) if days else date.today() - timedelta(days=29))
        last = until or (max(days) if days else date.today())
        return first, max(last, first + timedelta(days=1))

    def _dot_clicked(self, point: QPointF) -> None:
        if not self.days:
            return
        x = min(self.days, key=lambda known: abs(known - point.x()))
        self.choose_day(self.days[x])

    def choose_day(self, day: date) -> None:
        title = self.tr("Rated entries on %1").replace("%1", day_and_month(day))
        self.point_chosen.emit(
            PointQuery(title, lambda entries: entries_for(entries, day=day, rated=True))
        )


def _pen(color: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setStyle(style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen
