"""A large countdown for the cold shower: big numerals inside a ring that empties as the
seconds pass, Start/Pause and Reset, and a gentle word at the end.

Time comes from `afterglow.core.practice_timers.Countdown` on an injectable clock; a
QTimer repaints while it runs, and tests call `tick()` instead.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from afterglow.core import practice_timers
from afterglow.core.practice_timers import MonotonicClock, TimerState
from afterglow.ui.practices.painting import ACCENT, FRAME_MS, MUTED, TEXT, TRACK, color
from afterglow.ui.practices.wording import clock_text, plural
from afterglow.ui.widgets.page import button, text_label

RING_WIDTH = 10.0


class CountdownDial(QWidget):
    """Paints the ring and the numerals; knows nothing of timing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._left = 1.0  # share of the time still to go
        self._done = False
        self._numerals = ""
        self._caption = ""
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def numerals(self) -> str:
        return self._numerals

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def show_time(self, left: float, numerals: str, caption: str, *, done: bool = False) -> None:
        """`done` shows a closed ring and a tick in place of the numerals."""
        shown = (left, numerals, caption, done)
        if shown != (self._left, self._numerals, self._caption, self._done):
            self._left, self._numerals, self._caption, self._done = shown
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = max(20.0, min(self.width(), self.height()) - 2 * RING_WIDTH - 8)
        ring = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

        pen = QPen(color(self, TRACK), RING_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(ring)
        centre = QPointF(self.width() / 2, self.height() / 2)
        if self._done:
            pen.setColor(color(self, ACCENT, 0.45))
            painter.setPen(pen)
            painter.drawEllipse(ring)
            self._paint_tick(painter, centre, side)
        elif self._left > 0:
            pen.setColor(color(self, ACCENT))
            painter.setPen(pen)
            # Clockwise from twelve o'clock; Qt counts sixteenths of a degree, anticlockwise.
            painter.drawArc(ring, 90 * 16, -round(self._left * 360 * 16))
        big = QFont(self.font())
        big.setPointSizeF(max(24.0, side / 5.2))
        big.setWeight(QFont.Weight.Light)
        painter.setFont(big)
        painter.setPen(color(self, TEXT))
        numerals = QRectF(centre.x() - side / 2, centre.y() - side * 0.24, side, side * 0.36)
        if not self._done:
            painter.drawText(numerals, int(Qt.AlignmentFlag.AlignCenter), self._numerals)
        small = QFont(self.font())
        small.setPointSizeF(max(10.0, small.pointSizeF()))
        painter.setFont(small)
        painter.setPen(color(self, MUTED))
        caption = QRectF(centre.x() - side * 0.4, centre.y() + side * 0.14, side * 0.8, side * 0.2)
        top = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(caption, int(top | Qt.TextFlag.TextWordWrap), self._caption)
        painter.end()

    def _paint_tick(self, painter: QPainter, centre: QPointF, side: float) -> None:
        unit = side / 14
        pen = QPen(color(self, ACCENT), max(3.0, unit * 0.7))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        y = centre.y() - unit * 0.8
        painter.drawPolyline(
            [
                QPointF(centre.x() - unit * 1.5, y),
                QPointF(centre.x() - unit * 0.4, y + unit * 1.1),
                QPointF(centre.x() + unit * 1.7, y - unit * 1.2),
            ]
        )


class Countdown(QWidget):
    """A countdown of `seconds` (30 for the cold shower).

    `completed(seconds)` is emitted once, when it reaches zero by itself; a pause, a reset
    or leaving the page never counts as completed.
    """

    completed = Signal(int)

    def __init__(
        self,
        clock: MonotonicClock = time.monotonic,
        seconds: float = practice_timers.COLD_SHOWER_SECONDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.countdown = practice_timers.Countdown(seconds, clock)
        self._reported = False
        self._announced = ""

        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS * 2)  # the ring moves slowly; 30 frames are plenty
        self.timer.timeout.connect(self.tick)

        self.dial = CountdownDial()
        self.dial.setAccessibleName(self.tr("Countdown"))
        self.message = text_label("", "lead")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.reset_button = button(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        self.main_button = button(self.tr("Start"), "primary")
        self.main_button.clicked.connect(self._main_clicked)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.main_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.dial, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.tick()

    def start(self) -> None:
        self.countdown.start()
        self._run_timer()
        self.tick()

    def pause(self) -> None:
        self.countdown.pause()
        self.timer.stop()
        self.tick()

    def resume(self) -> None:
        self.start()

    def reset(self) -> None:
        self.countdown.reset()
        self._reported = False
        self.timer.stop()
        self.tick()

    def tick(self) -> None:
        """Reads the countdown and shows it. The timer calls this; so can tests."""
        state = self.countdown.state
        total = self.countdown.target_seconds
        left = self.countdown.remaining()
        numerals = self._numerals(left)
        captions = {
            TimerState.READY: self.tr("Start when the water turns cold"),
            TimerState.RUNNING: self.tr("Breathe slowly"),
            TimerState.PAUSED: self.tr("Paused"),
            TimerState.FINISHED: self.tr("Done"),
            TimerState.STOPPED: self.tr("Stopped"),
        }
        done = state is TimerState.FINISHED
        self.dial.show_time(left / total, numerals, captions[state], done=done)
        self._show_message(state)
        self._update_buttons(state)
        spoken = f"{numerals}, {captions[state]}"
        # Whole seconds only, so a screen reader is not flooded 30 times a second.
        if spoken != self._announced:
            self._announced = spoken
            self.dial.setAccessibleDescription(spoken)
        if state is TimerState.FINISHED:
            self.timer.stop()
            if not self._reported:
                self._reported = True
                self.completed.emit(round(total))

    def _numerals(self, left: float) -> str:
        if self.countdown.target_seconds < 60:
            return str(self.countdown.remaining_display())
        return clock_text(left)

    def _show_message(self, state: TimerState) -> None:
        if state is TimerState.FINISHED:
            n = round(self.countdown.target_seconds)
            self.message.setText(
                plural(
                    n,
                    self.tr("That was 1 second. Well done."),
                    self.tr("That was %n seconds. Well done.", "", n),
                )
            )
        else:
            self.message.setText("")
        self.message.setVisible(state is TimerState.FINISHED)

    def _update_buttons(self, state: TimerState) -> None:
        labels = {
            TimerState.READY: self.tr("Start"),
            TimerState.RUNNING: self.tr("Pause"),
            TimerState.PAUSED: self.tr("Resume"),
            TimerState.FINISHED: self.tr("Start again"),
            TimerState.STOPPED: self.tr("Start again"),
        }
        self.main_button.setText(labels[state])
        self.main_button.setAccessibleName(labels[state])
        self.reset_button.setEnabled(state is not TimerState.READY)

    def _main_clicked(self) -> None:
        state = self.countdown.state
        if state is TimerState.RUNNING:
            self.pause()
        elif state in (TimerState.FINISHED, TimerState.STOPPED):
            self.reset()
            self.start()
        else:
            self.start()

    def _run_timer(self) -> None:
        if self.isVisible() and self.countdown.state is TimerState.RUNNING:
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run_timer()
        self.tick()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
