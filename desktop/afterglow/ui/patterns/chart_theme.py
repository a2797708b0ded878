"""Charts in the app's colours: no white boxes in the dark theme, quiet grids, readable
axis labels, and a small set of series colours taken from the theme."""

from __future__ import annotations

import html

from PySide6.QtCharts import QAbstractAxis, QChart, QChartView
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from afterglow.ui.theme import Colors

CHART_HEIGHT = 250


def markup_safe(text: str) -> str:
    """Qt Charts draws axis labels and legend names as rich text: names the person typed
    (tags, practices, patterns) are escaped so they always show as typed."""
    return html.escape(text, quote=False)


def series_colors(c: Colors) -> list[QColor]:
    """Distinct colours for bars and lines, the accent first; all read on `c.surface`."""
    return [QColor(name) for name in (c.accent, c.good, c.fair, c.weak, c.strong, c.muted)]


def soft(color: str, background: str, share: float = 0.5) -> QColor:
    """`color` mixed into `background`: a quieter colour that still reads in both themes."""
    a, b = QColor(color), QColor(background)
    return QColor(
        round(a.red() * share + b.red() * (1 - share)),
        round(a.green() * share + b.green() * (1 - share)),
        round(a.blue() * share + b.blue() * (1 - share)),
    )


def category_labels(labels: list[str], most: int) -> list[str]:
    """Axis labels with only every other one written once there are more than `most`, so
    they never overlap; the blanks stay distinct, as the axis needs unique categories."""
    if len(labels) <= most:
        return labels
    step = -(-len(labels) // most)
    keep = len(labels) - 1  # the latest period is always labelled
    return [
        label if (keep - i) % step == 0 else "\u200b" * (i + 1) for i, label in enumerate(labels)
    ]


def axis_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF() * 0.85, 8.5))
    return font


def style_axis(axis: QAbstractAxis, c: Colors, font: QFont, *, grid: bool = True) -> None:
    axis.setLabelsBrush(QBrush(QColor(c.muted)))
    axis.setLabelsFont(font)
    axis.setLinePen(QPen(QColor(c.border), 1))
    axis.setGridLinePen(QPen(QColor(c.track), 1))
    axis.setGridLineVisible(grid)
    axis.setMinorGridLineVisible(False)
    axis.setShadesVisible(False)
    axis.setTitleVisible(False)


def style_chart(chart: QChart, c: Colors, font: QFont) -> None:
    """Backgrounds, legend and every attached axis in the theme's colours."""
    chart.setBackgroundBrush(QBrush(QColor(c.surface)))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(0)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setDropShadowEnabled(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    legend = chart.legend()
    legend.setLabelColor(QColor(c.text))
    legend.setFont(axis_font(font))
    legend.setBrush(QBrush(Qt.BrushStyle.NoBrush))
    legend.setPen(QPen(Qt.PenStyle.NoPen))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    for axis in chart.axes():
        style_axis(axis, c, axis_font(font), grid=axis.orientation() == Qt.Orientation.Vertical)


class ChartView(QChartView):
    """An antialiased chart without a frame, at a readable height, drawn on the card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QChart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("background: transparent;")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the summary beside it is what reads

    def new_chart(self) -> QChart:
        """Replaces the chart (series and axes go with the old one)."""
        old = self.chart()
        chart = QChart()
        chart.legend().setVisible(False)
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart
