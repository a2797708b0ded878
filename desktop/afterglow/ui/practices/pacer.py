"""The breathing pacer: a soft circle that grows as you breathe in and shrinks as you
breathe out, with the phase in words, the seconds left in it and the time so far.

Where the breath is comes from `afterglow.core.breathing` on an injectable clock; the
widget only asks and paints. A QTimer repaints about 60 times a second while a session
runs (and not while it is paused, ended or hidden); tests call `tick()` instead.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRadialGradient,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from afterglow.core.breathing import (
    BOX,
    BREATHWORK_MINUTES,
    COHERENT,
    FOUR_SEVEN_EIGHT,
    PATTERNS,
    BreathingPattern,
    BreathingSession,
    PhaseName,
)
from afterglow.core.practice_timers import MonotonicClock, TimerState
from afterglow.ui.practices.painting import ACCENT, FRAME_MS, MUTED, TEXT, TRACK, color
from afterglow.ui.practices.wording import clock_text, elapsed_text, plural
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.page import button, text_label

# The smallest circle, as a share of the largest: small enough to see the breath, large
# enough to hold the words.
SMALLEST = 0.48


class BreathCanvas(QWidget):
    """Paints the circle and the words inside it; knows nothing of timing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = 0.0
        self._headline = ""
        self._detail = ""
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing guide"))

    @property
    def headline(self) -> str:
        return self._headline

    @property
    def detail(self) -> str:
        return self._detail

    @property
    def breath_size(self) -> float:
        return self._size

    def sizeHint(self) -> QSize:
        return QSize(340, 340)

    def show_breath(self, size: float, headline: str, detail: str) -> None:
        changed = (size, headline, detail) != (self._size, self._headline, self._detail)
        self._size, self._headline, self._detail = size, headline, detail
        if changed:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2.0, self.height() / 2.0)
        largest = max(10.0, min(self.width(), self.height()) / 2.0 - 10.0)
        radius = largest * (SMALLEST + (1.0 - SMALLEST) * self._size)

        # The outline of a full breath, so growth has somewhere visible to go.
        painter.setPen(QPen(color(self, TRACK), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)

        # A faint halo, then the breath itself: brighter in the middle, soft at the edge.
        halo = QRadialGradient(centre, radius * 1.14)
        halo.setColorAt(0.80, color(self, ACCENT, 0.16))
        halo.setColorAt(1.0, color(self, ACCENT, 0.0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(centre, radius * 1.14, radius * 1.14)
        # Slightly denser towards the edge, like a soft sphere; two stops, so no banding.
        body = QRadialGradient(centre, radius)
        body.setColorAt(0.0, color(self, ACCENT, 0.24))
        body.setColorAt(1.0, color(self, ACCENT, 0.36))
        painter.setBrush(body)
        painter.setPen(QPen(color(self, ACCENT, 0.55), 1.5))
        painter.drawEllipse(centre, radius, radius)

        inner = largest * SMALLEST
        words = QRectF(centre.x() - inner, centre.y() - inner * 0.55, inner * 2, inner * 0.7)
        font = QFont(self.font())
        # Large, but never wider than the smallest circle can hold.
        font.setPointSizeF(max(11.0, min(font.pointSizeF() * 1.8, largest / 7.5)))
        font.setWeight(QFont.Weight.DemiBold)
        # Point sizes are not pixels: shrink until the words fit inside the smallest circle.
        while (
            font.pointSizeF() > 9.0
            and QFontMetricsF(font).horizontalAdvance(self._headline) > words.width() * 0.92
        ):
            font.setPointSizeF(font.pointSizeF() - 0.5)
        painter.setFont(font)
        painter.setPen(color(self, TEXT))
        align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        painter.drawText(words, int(align), self._headline)
        small = QFont(self.font())
        small.setPointSizeF(max(10.0, small.pointSizeF() * 1.15))
        painter.setFont(small)
        painter.setPen(color(self, MUTED))
        below = QRectF(centre.x() - inner, centre.y() + inner * 0.2, inner * 2, inner * 0.5)
        top = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(below, int(top), self._detail)
        painter.end()


class BreathingPacer(QWidget):
    """A paced-breathing session: pattern, circle, time so far, Start/Pause and Stop.

    `completed(minutes)` is emitted once per session when it ends — by reaching its target
    or by Stop — if at least a tenth of a minute was breathed. Minutes have one decimal.
    """

    completed = Signal(float)

    def __init__(
        self,
        clock: MonotonicClock = time.monotonic,
        target_minutes: float = BREATHWORK_MINUTES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.session = BreathingSession(BOX, target_minutes, clock)
        self._reported = False

        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)

        self.pattern_box = ChoiceBox(self.tr("Breathing pattern"))
        for pattern in PATTERNS:
            self.pattern_box.addItem(self._pattern_label(pattern), pattern.key)
        self.pattern_box.currentIndexChanged.connect(self._pattern_chosen)
        self.total_label = text_label("", "muted", wrap=False)
        self.total_label.setAccessibleName(self.tr("Time so far"))
        self.canvas = BreathCanvas()
        self.stop_button = button(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.main_button = button(self.tr("Start"), "primary")
        self.main_button.clicked.connect(self._main_clicked)

        top = QHBoxLayout()
        top.addWidget(self.pattern_box)
        top.addStretch(1)
        top.addWidget(self.total_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.main_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        self.tick()

    # ---- actions ----------------------------------------------------------------------

    def start(self) -> None:
        """Starts a session, or a new one after the last ended."""
        if self.session.state in (TimerState.FINISHED, TimerState.STOPPED):
            self.session.reset()
            self._reported = False
        self.session.start()
        self._run_timer()
        self.tick()

    def pause(self) -> None:
        self.session.pause()
        self.timer.stop()
        self.tick()

    def resume(self) -> None:
        self.session.resume()
        self._run_timer()
        self.tick()

    def stop(self) -> None:
        self.session.stop()
        self.timer.stop()
        self.tick()

    def set_pattern(self, key: str) -> None:
        """Chooses a pattern by its key; only before a session starts."""
        index = self.pattern_box.findData(key)
        if index < 0:
            raise KeyError(key)
        self.pattern_box.setCurrentIndex(index)

    def tick(self) -> None:
        """Reads the session and shows it. The timer calls this; so can tests."""
        state = self.session.state
        moment = self.session.moment()
        phase = moment.phase
        if state is TimerState.RUNNING:
            headline = self._phase_words(phase.name)
            detail = self._seconds(math.ceil(phase.seconds_left - 1e-9))
            size = moment.size
        elif state is TimerState.PAUSED:
            headline, detail, size = self.tr("Paused"), self.tr("Resume when ready"), moment.size
        elif state is TimerState.FINISHED:
            headline = self.tr("Well done")
            detail = self._minutes_breathed(round(self.session.target_minutes))
            size = 0.0
        elif state is TimerState.STOPPED:
            headline, detail, size = self.tr("Rest a moment"), self._breathed_text(), 0.0
        else:
            headline, detail, size = self.tr("Ready"), self._pattern_hint(), 0.0
        self.canvas.show_breath(size, headline, detail)
        self.total_label.setText(
            self.tr("%1 of %2")
            .replace("%1", elapsed_text(self.session.elapsed()))
            .replace("%2", clock_text(self.session.target_seconds))
        )
        self._describe(state, phase.name, headline, detail)
        self._update_buttons(state)
        if state in (TimerState.FINISHED, TimerState.STOPPED):
            self.timer.stop()
            self._report()

    # ---- internals --------------------------------------------------------------------

    def _main_clicked(self) -> None:
        state = self.session.state
        if state is TimerState.RUNNING:
            self.pause()
        elif state is TimerState.PAUSED:
            self.resume()
        else:
            self.start()

    def _pattern_chosen(self, index: int) -> None:
        key = self.pattern_box.itemData(index)
        if self.session.state is not TimerState.READY:
            self.session.reset()
            self._reported = False
        self.session.pattern = next(p for p in PATTERNS if p.key == key)
        self.tick()

    def _run_timer(self) -> None:
        if self.isVisible() and self.session.state is TimerState.RUNNING:
            self.timer.start()

    def _report(self) -> None:
        minutes = self.session.time_spent().minutes
        if not self._reported and minutes > 0:
            self._reported = True
            self.completed.emit(minutes)

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
        self.stop_button.setEnabled(state in (TimerState.RUNNING, TimerState.PAUSED))
        self.pattern_box.setEnabled(state is not TimerState.RUNNING)

    def _describe(self, state: TimerState, name: PhaseName, headline: str, detail: str) -> None:
        """Tells assistive technology about each new phase with its length, not about
        every second that passes, so a screen reader is not flooded."""
        if state is TimerState.RUNNING:
            length = next(s.seconds for s in self.session.pattern.steps if s.name is name)
            detail = self._seconds(math.ceil(length))
        description = f"{headline}, {detail}"
        if description != self.canvas.accessibleDescription():
            self.canvas.setAccessibleDescription(description)

    def _phase_words(self, name: PhaseName) -> str:
        return {
            PhaseName.IN: self.tr("Breathe in"),
            PhaseName.HOLD: self.tr("Hold"),
            PhaseName.OUT: self.tr("Breathe out"),
            PhaseName.HOLD_AFTER_OUT: self.tr("Hold"),
        }[name]

    def _pattern_label(self, pattern: BreathingPattern) -> str:
        if pattern is BOX:
            return self.tr("Box breathing · 4-4-4-4")
        if pattern is FOUR_SEVEN_EIGHT:
            return self.tr("Relaxing breath · 4-7-8")
        if pattern is COHERENT:
            return self.tr("Coherent breathing · 5.5-5.5")
        return pattern.key  # pragma: no cover - every pattern has words above

    def _pattern_hint(self) -> str:
        n = round(self.session.target_minutes)
        return plural(n, self.tr("1 minute"), self.tr("%n minutes", "", n))

    def _seconds(self, n: int) -> str:
        return plural(n, self.tr("1 second"), self.tr("%n seconds", "", n))

    def _minutes_breathed(self, n: int) -> str:
        return plural(
            n, self.tr("1 minute of breathing"), self.tr("%n minutes of breathing", "", n)
        )

    def _breathed_text(self) -> str:
        seconds = self.session.elapsed()
        if seconds < 60:
            n = math.floor(seconds)
            return plural(
                n, self.tr("1 second of breathing"), self.tr("%n seconds of breathing", "", n)
            )
        return self._minutes_breathed(math.floor(seconds / 60))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run_timer()
        self.tick()

    def hideEvent(self, event: QHideEvent) -> None:
        # The session keeps its time; only the repainting stops while nobody can see it.
        self.timer.stop()
        super().hideEvent(event)
