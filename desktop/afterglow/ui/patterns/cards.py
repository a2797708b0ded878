"""A chart with its sentence beside it: the frame every chart on the overview sits in.

The sentence is the chart in words, for screen readers and a quick read: the chart view
carries it as its accessible description, and the label can take keyboard focus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from afterglow.core.entries import Entry
from afterglow.ui.patterns.chart_theme import ChartView, style_chart
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.page import text_label

SUMMARY_WIDTH = 300
WIDE = 820  # narrower than this, the summary goes under the chart
QWIDGETSIZE_MAX = 16_777_215

Entries = tuple[Entry, ...]


@dataclass(frozen=True)
class PointQuery:
    """A chosen point: what to call it, and how to find its entries among the lean entries
    of the range (run on the task runner's worker)."""

    title: str
    find: Callable[[Entries], Entries]


class ChartCard(QFrame):
    """Heading and controls on top, the chart on the left and its summary on the right,
    and an optional note below. Subclasses draw into `self.view`."""

    point_chosen = Signal(object)  # PointQuery

    def __init__(
        self, heading: str, colors: Callable[[], Colors], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._colors = colors
        self.heading = text_label(heading, "card-heading", wrap=False)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(4)
        self.view = ChartView()
        self.view.setAccessibleName(heading)
        self.summary = text_label("", None)
        self.summary.setAccessibleName(self.tr("%1, in words").replace("%1", heading))
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note = text_label("", "muted")
        self.note.hide()
        self.hint = text_label("", "muted")
        self.hint.hide()

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addLayout(self.controls)
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.summary)
        side.addWidget(self.note)
        side.addWidget(self.hint)
        side.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(20)
        self.body.addWidget(self.view, 1)
        self.body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self.body)
        self._arrange(wide=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(wide=event.size().width() >= WIDE)

    def _arrange(self, *, wide: bool) -> None:
        """The summary beside the chart when there is room, under it when there is not
        (a narrow window, or the list of entries open beside the charts)."""
        if wide:
            self.body.setDirection(QBoxLayout.Direction.LeftToRight)
            self.summary.setFixedWidth(SUMMARY_WIDTH)
        else:
            self.body.setDirection(QBoxLayout.Direction.TopToBottom)
            self.summary.setMinimumWidth(0)
            self.summary.setMaximumWidth(QWIDGETSIZE_MAX)
        for label in (self.note, self.hint):
            label.setMaximumWidth(SUMMARY_WIDTH if wide else QWIDGETSIZE_MAX)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.view.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_hint(self, text: str) -> None:
        """A quiet line saying what clicking the chart does."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def fresh_chart(self) -> QChart:
        """A new, empty chart in the view; the old one and its series are dropped."""
        return self.view.new_chart()

    def finish_chart(self, chart: QChart) -> None:
        """Colours the chart once its series and axes are attached."""
        style_chart(chart, self._colors(), self.font())

    def apply_colors(self) -> None:
        """Repaints in the current theme (subclasses redraw their series colours too)."""
        self.finish_chart(self.view.chart())

    def clear(self) -> None:
        self.fresh_chart()
        self.set_summary("")
        self.set_note("")
