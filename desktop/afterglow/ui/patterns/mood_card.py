"""Mood and energy over time: 7-day averages as lines, each day's mood as a dot, and a
dashed line on every session day. Clicking a dot lists that day's rated entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QWidget

from afterglow.patterns import MoodTimeline, entries_for
from afterglow.ui.journal.wording import day_and_month
from afterglow.ui.patterns.cards import ChartCard, PointQuery
from afterglow.ui.patterns.chart_theme import soft
from afterglow.ui.patterns.digest import PatternsDigest
from afterglow.ui.patterns.wording import PeriodWords, mood_summary
from afterglow.ui.theme import Colors

SCALE_TOP = 10
# Beyond these, a chart of years would be a thicket: sessions become small marks along the
# top instead of lines, and days are chosen on the average line instead of as dots.
MOST_SESSION_LINES = 12
MOST_DOTS = 400
YEAR_IN_LABELS_AFTER = timedelta(days=300)


def msecs(day: date) -> float:
    """A day as a chart x value: its local noon, in milliseconds since the epoch (as the
    date axis reads it). Python's own conversion: thousands of QDateTimes are slow."""
    return datetime(day.year, day.month, day.day, 12).timestamp() * 1000


class MoodCard(ChartCard):
    """`days` maps each point's x value back to its day, for clicks."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mood and energy"), colors, parent)
        self.days: dict[float, date] = {}
        self.dots: QScatterSeries | None = None
        self.mood_line: QLineSeries | None = None

    def show_digest(self, digest: PatternsDigest, period: PeriodWords) -> None:
        timeline = digest.timeline
        lines = len(timeline.sessions) <= MOST_SESSION_LINES
        self.set_summary(
            mood_summary(digest.means, digest.before, len(timeline.sessions), period, lines)
        )
        self._draw(timeline, digest.since, digest.until)

    def _draw(self, timeline: MoodTimeline, since: date | None, until: date | None) -> None:
        c = self._colors()
        chart = self.fresh_chart()
        self.days = {}
        mood = QLineSeries()
        mood.setName(self.tr("Mood, %1-day average").replace("%1", str(timeline.window)))
        mood.setPen(_pen(c.accent, 2.6))
        energy = QLineSeries()
        energy.setName(self.tr("Energy, %1-day average").replace("%1", str(timeline.window)))
        energy.setPen(_pen(c.fair, 2.0, Qt.PenStyle.DashLine))
        rated = [p for p in timeline.points if p.mood is not None]
        dots: QScatterSeries | None = None
        if len(rated) <= MOST_DOTS:
            dots = QScatterSeries()
            dots.setName(self.tr("Mood each day"))
            dot_color = QColor(c.accent)
            dot_color.setAlphaF(0.45)
            dots.setColor(dot_color)
            dots.setBorderColor(dot_color)
            dots.setMarkerSize(8)
        # Points are plain pairs until thinned: years of days make thousands, and only
        # a few hundred become QPointFs.
        mood_points: list[tuple[float, float]] = []
        energy_points: list[tuple[float, float]] = []
        dot_points: list[tuple[float, float]] = []
        for point in timeline.points:
            x = msecs(point.day)
            if point.mood_rolling is not None:
                mood_points.append((x, point.mood_rolling))
            if point.energy_rolling is not None:
                energy_points.append((x, point.energy_rolling))
            if point.mood is not None:
                dot_points.append((x, point.mood))
                self.days[x] = point.day
        mood.append([QPointF(*xy) for xy in _thinned(mood_points)])
        energy.append([QPointF(*xy) for xy in _thinned(energy_points)])
        chart.addSeries(mood)
        chart.addSeries(energy)
        if dots is not None:
            dots.append([QPointF(*xy) for xy in dot_points])
            chart.addSeries(dots)

        first, last = self._span(timeline, since, until)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MMM yyyy" if last - first > YEAR_IN_LABELS_AFTER else "d MMM")
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
        self._mark_sessions(chart, timeline, c)
        for attached in chart.series():
            attached.attachAxis(x_axis)
            attached.attachAxis(y_axis)
        chart.legend().setVisible(bool(timeline.points))
        self.finish_chart(chart)
        if dots is not None:
            dots.clicked.connect(self._clicked)
        else:
            mood.clicked.connect(self._clicked)
        self.dots = dots
        self.mood_line = mood
        self.set_hint(
            self.tr("Choose a dot to see that day's entries.")
            if dots is not None
            else self.tr("Choose a point on the line to see that day's entries.")
        )

    def _mark_sessions(self, chart: QChart, timeline: MoodTimeline, c: Colors) -> None:
        """A dashed line on each session day, or, for many sessions, a small mark along the
        top of the chart (one series, so a few hundred sessions cost what one does)."""
        if len(timeline.sessions) > MOST_SESSION_LINES:
            marks = QScatterSeries()
            marks.setName(self.tr("Session"))
            marks.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
            marks.setMarkerSize(7)
            marks.setColor(soft(c.muted, c.surface))
            marks.setBorderColor(soft(c.muted, c.surface))
            marks.append([QPointF(msecs(s.day), SCALE_TOP - 0.3) for s in timeline.sessions])
            chart.addSeries(marks)
            return
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

    @staticmethod
    def _span(timeline: MoodTimeline, since: date | None, until: date | None) -> tuple[date, date]:
        days = [p.day for p in timeline.points] + [s.day for s in timeline.sessions]
        first = since or (min(days) if days else date.today() - timedelta(days=29))
        last = until or (max(days) if days else date.today())
        return first, max(last, first + timedelta(days=1))

    def _clicked(self, point: QPointF) -> None:
        if not self.days:
            return
        x = min(self.days, key=lambda known: abs(known - point.x()))
        self.choose_day(self.days[x])

    def choose_day(self, day: date) -> None:
        title = self.tr("Rated entries on %1").replace("%1", day_and_month(day))
        self.point_chosen.emit(
            PointQuery(title, lambda entries: entries_for(entries, day=day, rated=True))
        )


def _thinned(
    points: list[tuple[float, float]], most: int = MOST_DOTS
) -> list[tuple[float, float]]:
    """At most about `most` points of a line, evenly spaced, the last one kept: a 7-day
    average over years looks the same, and long dashed lines are slow to draw."""
    if len(points) <= most:
        return points
    step = -(-len(points) // most)
    kept = points[::step]
    if kept[-1] is not points[-1]:
        kept.append(points[-1])
    return kept


def _pen(color: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setStyle(style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen
