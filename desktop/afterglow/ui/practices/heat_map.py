"""A practice's calendar heat map: one square per day for the last weeks, done days in the
accent colour, missed days in a quiet neutral (never red), with a legend and a summary a
screen reader can read."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from afterglow.core.practices_service import HeatMapDay
from afterglow.ui.practices.painting import ACCENT, TRACK, color
from afterglow.ui.widgets.page import text_label

WEEKS = 16
CELL = 13
GAP = 3


class DayState(StrEnum):
    DONE = "done"
    MISSED = "missed"  # scheduled, not done: shown gently, in the neutral track colour
    OPEN = "open"  # today, not done yet
    REST = "rest"  # not scheduled
    AHEAD = "ahead"  # after today, or before the map starts


def heat_map_range(today: date, weeks: int = WEEKS) -> tuple[date, date]:
    """From the Monday `weeks - 1` weeks before this one, to today."""
    monday = today - timedelta(days=today.weekday())
    return monday - timedelta(weeks=weeks - 1), today


def day_state(day: HeatMapDay | None, today: date) -> DayState:
    if day is None or day.day > today:
        return DayState.AHEAD
    if day.done:
        return DayState.DONE
    if not day.scheduled:
        return DayState.REST
    return DayState.OPEN if day.day == today else DayState.MISSED


class HeatMapGrid(QWidget):
    """Weeks left to right, Monday at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: dict[date, HeatMapDay] = {}
        self._today = date.today()
        self._start, _end = heat_map_range(self._today)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(WEEKS * (CELL + GAP) - GAP, 7 * (CELL + GAP) - GAP)

    def show_days(self, days: Mapping[date, HeatMapDay], today: date) -> None:
        self._days = dict(days)
        self._today = today
        self._start, _end = heat_map_range(today)
        self.update()

    def state(self, day: date) -> DayState:
        return day_state(self._days.get(day), self._today)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fills = {
            DayState.DONE: color(self, ACCENT),
            DayState.MISSED: color(self, TRACK),
            DayState.OPEN: color(self, TRACK, 0.5),
            DayState.REST: color(self, TRACK, 0.25),
        }
        for index in range(WEEKS * 7):
            day = self._start + timedelta(days=index)
            state = self.state(day)
            if state is DayState.AHEAD:
                continue
            week, weekday = divmod(index, 7)
            rect = QRectF(week * (CELL + GAP), weekday * (CELL + GAP), CELL, CELL)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fills[state])
            painter.drawRoundedRect(rect, 3, 3)
            if state is DayState.OPEN:
                painter.setPen(QPen(color(self, ACCENT, 0.8), 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), 3, 3)
        painter.end()


class _Swatch(QWidget):
    def __init__(self, state: DayState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setFixedSize(CELL, CELL)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        fill = {DayState.DONE: color(self, ACCENT), DayState.MISSED: color(self, TRACK)}
        painter.setBrush(fill.get(self._state, color(self, TRACK, 0.25)))
        painter.drawRoundedRect(QRectF(0, 0, CELL, CELL), 3, 3)
        painter.end()


class HeatMap(QWidget):
    """The grid, a legend below it, and `summary` (also its accessible description)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = HeatMapGrid()
        self.setAccessibleName(self.tr("Last %n weeks", "", WEEKS))
        legend = QHBoxLayout()
        legend.setSpacing(6)
        for state, words in (
            (DayState.DONE, self.tr("Done")),
            (DayState.MISSED, self.tr("Not done")),
            (DayState.REST, self.tr("Not scheduled")),
        ):
            legend.addWidget(_Swatch(state))
            legend.addWidget(text_label(words, "muted", wrap=False))
            legend.addSpacing(8)
        legend.addStretch(1)
        self.summary = text_label("", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.grid)
        layout.addLayout(legend)

    def show_days(self, days: Mapping[date, HeatMapDay], today: date) -> None:
        self.grid.show_days(days, today)
        # Today counts once it is done; before that it is still open, not judged.
        judged = [d for d in days.values() if d.scheduled and (d.day < today or d.done)]
        done = sum(1 for d in judged if d.done)
        text = self.tr("Done on %1 of %2 scheduled days in the last %3 weeks.")
        text = (
            text.replace("%1", str(done)).replace("%2", str(len(judged))).replace("%3", str(WEEKS))
        )
        self.summary.setText(text)
        self.setAccessibleDescription(text)
        self.grid.setToolTip(text)
