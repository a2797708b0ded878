"""A month calendar drawn in the theme: round days, a ring for today, quiet weekends,
chevrons for months, and an optional dot under marked days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QToolButton, QWidget

from afterglow.ui.theme import Colors


class CalmCalendar(QCalendarWidget):
    """Used on its own as the date edits' pop-up, and as the base of the journal's calendar.

    `marked(day)` says whether a day gets a dot; here no day does.
    """

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors
        self.setMinimumSize(280, 240)  # round days need room; the pop-up would be cramped
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        # Weekends look like any other day: Saturday is not an alarm.
        plain = QTextCharFormat()
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, plain)
        # The platform's arrow icons ignore the theme; quiet chevrons read better.
        for name, text, label in (
            ("qt_calendar_prevmonth", "\u2039", self.tr("Previous month")),
            ("qt_calendar_nextmonth", "\u203a", self.tr("Next month")),
        ):
            arrow = self.findChild(QToolButton, name)
            if arrow is not None:
                arrow.setIcon(QIcon())
                arrow.setText(text)
                arrow.setAccessibleName(label)
                arrow.setToolTip(label)
        self.apply_colors()

    def apply_colors(self) -> None:
        """The day names take the theme's colours (they are not painted by `paintCell`)."""
        c = self._colors()
        header = QTextCharFormat()
        header.setForeground(QColor(c.muted))
        header.setBackground(QColor(c.surface))
        header.setFontWeight(QFont.Weight.DemiBold)
        self.setHeaderTextFormat(header)
        self.updateCells()

    def marked(self, day: date) -> bool:
        return False

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        c = self._colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, QColor(c.surface))  # over the view's square selection
        in_month = day.month() == self.monthShown()
        selected = day == self.selectedDate()
        today = day == QDate.currentDate()
        size = min(rect.width(), rect.height()) - 4
        circle = QRectF(0, 0, size, size)
        circle.moveCenter(QRectF(rect).center())
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.accent))
            painter.drawEllipse(circle)
        elif today:
            painter.setPen(QColor(c.accent))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5))
        font = QFont(self.font())
        if today or selected:
            font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        if selected:
            painter.setPen(QColor(c.on_accent))
        else:
            painter.setPen(QColor(c.text if in_month else c.muted))
        painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), str(day.day()))
        if in_month and self.marked(date(day.year(), day.month(), day.day())):
            dot = QRectF(0, 0, 4, 4)
            dot.moveCenter(QRectF(rect).center())
            dot.moveTop(circle.bottom() - 6.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.on_accent if selected else c.accent))
            painter.drawEllipse(dot)
        painter.restore()
