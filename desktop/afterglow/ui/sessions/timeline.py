"""One step of a calm vertical timeline: a dot on a thin rail at the left, a heading with
a quiet status on its right, and whatever the step holds beneath."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from afterglow.ui.theme import Colors
from afterglow.ui.widgets.page import text_label

RAIL_X = 12
DOT_Y = 13
INDENT = 36


class Marker(Enum):
    DONE = "done"  # filled
    ATTENTION = "attention"  # a ring in the accent colour: due or overdue
    UPCOMING = "upcoming"  # a quiet ring
    QUIET = "quiet"  # dismissed or missed: a small grey dot
    SESSION = "session"  # the session itself, a little larger


class TimelineStep(QWidget):
    """`body` is where the step's content goes; `first` and `last` end the rail."""

    def __init__(
        self,
        colors: Callable[[], Colors],
        title: str,
        status: str = "",
        marker: Marker = Marker.UPCOMING,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._colors = colors
        self.marker = marker
        self.first = False
        self.last = False
        self.title = text_label(title, "card-heading")
        self.status: QLabel = text_label(status, "muted", wrap=False)
        self.status.setVisible(bool(status))
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.title, 1)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(INDENT, 4, 0, 18)
        outer.setSpacing(6)
        outer.addLayout(header)
        outer.addLayout(self.body)
        self.setAccessibleName(f"{title}: {status}" if status else title)

    def add(self, widget: QWidget) -> None:
        self.body.addWidget(widget)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self._colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rail = QPen(QColor(c.border), 2)
        painter.setPen(rail)
        if not self.first:
            painter.drawLine(QPointF(RAIL_X, 0), QPointF(RAIL_X, DOT_Y))
        if not self.last:
            painter.drawLine(QPointF(RAIL_X, DOT_Y), QPointF(RAIL_X, self.height()))
        radius = 7.5 if self.marker == Marker.SESSION else 6.0
        dot = QRectF(RAIL_X - radius, DOT_Y - radius, 2 * radius, 2 * radius)
        if self.marker in (Marker.DONE, Marker.SESSION):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.accent))
        elif self.marker == Marker.ATTENTION:
            painter.setPen(QPen(QColor(c.accent), 2.5))
            painter.setBrush(QColor(c.accent_soft))
        elif self.marker == Marker.UPCOMING:
            painter.setPen(QPen(QColor(c.border), 2))
            painter.setBrush(QColor(c.window))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.border))
            dot = dot.adjusted(2, 2, -2, -2)
        painter.drawEllipse(dot)
        painter.end()
