"""The row of numbered steps at the top of the sharing flow: where you are, what is done."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

DOT = 26
GAP = 12
LINE_GAP = 10


class Stepper(QWidget):
    """Steps in order, each a numbered dot and a word. Done steps show a tick; the current
    one is filled with the accent colour. Painted from the palette, so it follows the theme."""

    def __init__(self, steps: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._current = 0
        self._finished = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Steps"))
        self._describe()

    @property
    def current(self) -> int:
        return self._current

    def set_current(self, step: int) -> None:
        self._current = max(0, min(step, len(self._steps) - 1))
        self._describe()
        self.update()

    def set_finished(self, finished: bool) -> None:
        """Every step done, the last one included."""
        if finished != self._finished:
            self._finished = finished
            self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(self._current + 1))
            .replace("%2", str(len(self._steps)))
            .replace("%3", self._steps[self._current])
        )

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._font(True))
        words = sum(metrics.horizontalAdvance(step) for step in self._steps)
        width = words + len(self._steps) * (DOT + GAP) + (len(self._steps) - 1) * 60
        return QSize(width, DOT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(len(self._steps) * (DOT + 30), DOT + 8)

    def _font(self, bold: bool) -> QFont:
        font = QFont(self.font())
        if bold:
            font.setWeight(QFont.Weight.DemiBold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        on_accent = palette.color(QPalette.ColorRole.HighlightedText)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        line = palette.color(QPalette.ColorRole.Mid)
        count = len(self._steps)
        # Each step takes an equal share of the width; the words sit right of the dots.
        share = self.width() / count
        y = self.height() / 2
        for i, word in enumerate(self._steps):
            left = i * share
            dot = QRectF(left, y - DOT / 2, DOT, DOT)
            done = i < self._current or self._finished
            current = i == self._current and not done
            if done or current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
            else:
                painter.setPen(QPen(line, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(dot.adjusted(0.75, 0.75, -0.75, -0.75))
            painter.setFont(self._font(True))
            if done:
                pen = QPen(on_accent, 2)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                c = dot.center()
                painter.drawPolyline(
                    [
                        QPointF(c.x() - 5, c.y()),
                        QPointF(c.x() - 1.5, c.y() + 3.5),
                        QPointF(c.x() + 5, c.y() - 4),
                    ]
                )
            else:
                painter.setPen(on_accent if current else muted)
                painter.drawText(dot, int(Qt.AlignmentFlag.AlignCenter), str(i + 1))
            font = self._font(current)
            painter.setFont(font)
            painter.setPen(text if (current or done) else muted)
            words_left = dot.right() + GAP
            width = QFontMetrics(font).horizontalAdvance(word)
            painter.drawText(
                QRectF(words_left, 0, width + 2, self.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                word,
            )
            if i < count - 1:
                start = words_left + width + LINE_GAP
                end = (i + 1) * share - LINE_GAP
                if end > start:
                    painter.setPen(QPen(accent if done else line, 1.5))
                    painter.drawLine(QPointF(start, y), QPointF(end, y))
        painter.end()
