"""A small writing timer to sit beside the editor: the minutes written towards the day's
journaling, counting only while the person is typing (see `core.practice_timers`).

The editor calls `keystroke()` as text changes (the first one starts the timer) and
`finish()` when the writing is over — the entry closes, or the journal locks.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from afterglow.core import practice_timers
from afterglow.core.practice_timers import MonotonicClock
from afterglow.ui.practices.painting import ACCENT, MUTED, color
from afterglow.ui.practices.wording import plural
from afterglow.ui.widgets.page import text_label

# Minutes change slowly; a refresh a second keeps the idle hint prompt.
REFRESH_MS = 1000


class _Dot(QWidget):
    """A small dot: filled accent while counting, an outline while not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counting = False
        self.setFixedSize(10, 10)

    def sizeHint(self) -> QSize:
        return QSize(10, 10)

    def set_counting(self, counting: bool) -> None:
        if counting != self.counting:
            self.counting = counting
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        if self.counting:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color(self, ACCENT))
        else:
            painter.setPen(color(self, MUTED))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 3.5, 3.5)
        painter.end()


class WritingTimer(QWidget):
    """Shows "12 of 20 min" and whether it is counting.

    Signals: `target_reached()` once when the day's minutes are met (it keeps counting);
    `completed(minutes)` from `finish()` when any writing was counted (one decimal).
    """

    completed = Signal(float)
    target_reached = Signal()

    def __init__(
        self,
        clock: MonotonicClock = time.monotonic,
        target_minutes: float = practice_timers.JOURNALING_MINUTES,
        idle_after: float | None = practice_timers.WRITING_IDLE_SECONDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.writing = practice_timers.WritingTimer(
            target_minutes, idle_after=idle_after, clock=clock
        )
        self._target_told = False

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)

        self.dot = _Dot()
        self.minutes_label = text_label("", wrap=False)
        self.state_label = text_label("", "muted", wrap=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.dot)
        layout.addWidget(self.minutes_label)
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Writing time"))
        self.tick()

    @Slot()
    def keystroke(self) -> None:
        """The editor calls this on every change the person types."""
        was_counting = self.writing.counting
        self.writing.keystroke()
        if not self.timer.isActive():
            self.timer.start()
        if not was_counting:
            self.tick()

    @Slot()
    def start(self) -> None:
        self.writing.start()
        self.timer.start()
        self.tick()

    @Slot()
    def pause(self) -> None:
        self.writing.pause()
        self.timer.stop()
        self.tick()

    @Slot()
    def finish(self) -> None:
        """Ends this stretch of writing and reports it; the count starts again from 0."""
        minutes = self.take_minutes()
        if minutes > 0:
            self.completed.emit(minutes)

    def take_minutes(self) -> float:
        """Ends this stretch of writing quietly and returns its minutes (one decimal)."""
        spent = self.writing.stop()
        self.timer.stop()
        self.writing.reset()
        self._target_told = False
        self.tick()
        return spent.minutes

    def tick(self) -> None:
        """Reads the timer and shows it. The QTimer calls this; so can tests."""
        seconds = self.writing.elapsed()
        minutes = math.floor(seconds / 60 + 1e-9)
        target = round(self.writing.target_minutes)
        self.minutes_label.setText(
            self.tr("%1 of %2 min").replace("%1", str(minutes)).replace("%2", str(target))
        )
        if self.writing.reached_target:
            state = self.tr("done for today")
        elif self.writing.idle:
            state = self.tr("paused · type to go on")
        elif self.writing.running:
            state = self.tr("writing")
        else:
            state = ""
        self.state_label.setText(state)
        self.dot.set_counting(self.writing.counting)
        spoken = plural(
            minutes,
            self.tr("1 minute written"),
            self.tr("%n minutes written", "", minutes),
        )
        description = f"{spoken}, {state}" if state else spoken
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        if self.writing.reached_target and not self._target_told:
            self._target_told = True
            self.target_reached.emit()
