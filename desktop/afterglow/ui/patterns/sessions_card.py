"""Mood around each session: the mean mood of the entries in the 7 days before it and
the 14 days after, as a pair of bars. Clicking a bar lists the entries behind it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from afterglow.patterns import SessionMood, entries_around_session
from afterglow.ui.journal.wording import day_and_month
from afterglow.ui.patterns.cards import ChartCard, PointQuery
from afterglow.ui.patterns.chart_theme import soft
from afterglow.ui.patterns.digest import PatternsDigest
from afterglow.ui.patterns.wording import sessions_summary
from afterglow.ui.theme import Colors

MAX_SESSIONS = 8


class SessionsCard(ChartCard):
    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Before and after sessions"), colors, parent)
        self.sessions: list[SessionMood] = []
        self._starts: dict[str, datetime] = {}
        self.set_hint(self.tr("Choose a bar to see the rated entries behind it."))

    def show_digest(self, digest: PatternsDigest) -> None:
        self.sessions = list(digest.sessions[-MAX_SESSIONS:])
        self._starts = dict(digest.data.sessions)
        self.set_summary(sessions_summary(digest.sessions))
        c = self._colors()
        chart = self.fresh_chart()
        before = QBarSet(self.tr("7 days before"))
        after = QBarSet(self.tr("14 days after"))
        for bar_set, colour in ((before, soft(c.muted, c.surface)), (after, QColor(c.accent))):
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
        for session in self.sessions:
            before.append(session.mood_before or 0.0)
            after.append(session.mood_after or 0.0)
        before.clicked.connect(lambda index: self.choose(index, "before"))
        after.clicked.connect(lambda index: self.choose(index, "after"))
        series = QBarSeries()
        series.setBarWidth(0.62)
        series.append(before)
        series.append(after)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append([day_and_month(s.day) for s in self.sessions] or [""])
        y_axis = QValueAxis()
        y_axis.setRange(0, 10)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(bool(self.sessions))
        self.finish_chart(chart)

    def choose(self, index: int, side: str) -> None:
        if not 0 <= index < len(self.sessions):
            return
        session = self.sessions[index]
        started = self._starts.get(session.session_id)
        if started is None:
            return
        day = day_and_month(session.day)
        if side == "before":
            title = self.tr("Rated entries in the week before your session on %1")
        else:
            title = self.tr("Rated entries in the two weeks after your session on %1")
        self.point_chosen.emit(
            PointQuery(
                title.replace("%1", day),
                lambda entries: entries_around_session(entries, started, side),
            )
        )
