"""A month calendar with a small dot under each day that has entries; choosing a day
shows that day's entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QToolButton, QWidget

from afterglow.core.journal import Journal
from afterglow.ui.journal.wording import pydate, qdate
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors


class JournalCalendar(QCalendarWidget):
    """Marks days with entries, loading each month's marks on the worker as it is shown."""

    day_chosen = Signal(object)  # date

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("JournalCalendar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumHeight(260)
        inner = self.layout()
        if inner is not None:
            inner.setContentsMargins(6, 4, 6, 8)  # lets the card's rounded corners show
        self._runner = runner
        self._colors = colors
        self._journal: Journal | None = None
        self._marks: dict[date, int] = {}
        self._generation = 0
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.setNavigationBarVisible(True)
        self.setAccessibleName(self.tr("Calendar"))
        self.setAccessibleDescription(self.tr("Days with entries are marked with a dot."))
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
        self.currentPageChanged.connect(lambda _year, _month: self.refresh())
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    @property
    def marks(self) -> dict[date, int]:
        return dict(self._marks)

    def open_journal(self, journal: Journal) -> None:
        self._journal = journal
        self.refresh()

    def refresh(self) -> None:
        """Loads the marks for the month shown."""
        journal = self._journal
        if journal is None:
            return
        self._generation += 1
        generation = self._generation
        year, month = self.yearShown(), self.monthShown()
        self._runner.run(
            lambda: journal.days_with_entries(year, month),
            on_done=lambda marks: self._arrived(generation, marks),
        )

    def clear(self) -> None:
        self._journal = None
        self._generation += 1
        self._marks = {}
        self.setSelectedDate(QDate.currentDate())
        self.updateCells()

    def apply_colors(self) -> None:
        """The day names take the theme's colours (they are not painted by `paintCell`)."""
        c = self._colors()
        header = QTextCharFormat()
        header.setForeground(QColor(c.muted))
        header.setBackground(QColor(c.surface))
        header.setFontWeight(QFont.Weight.DemiBold)
        self.setHeaderTextFormat(header)
        self.updateCells()

    def show_day(self, day: date) -> None:
        """Selects `day` (and shows its month) without emitting `day_chosen`."""
        self.setSelectedDate(qdate(day))

    def _arrived(self, generation: int, marks: dict[date, int]) -> None:
        if generation == self._generation:
            self._marks = marks
            self.updateCells()

    def _chosen(self, day: QDate) -> None:
        self.day_chosen.emit(pydate(day))

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
        if pydate(day) in self._marks and in_month:
            dot = QRectF(0, 0, 4, 4)
            dot.moveCenter(QRectF(rect).center())
            dot.moveTop(circle.bottom() - 6.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.on_accent if selected else c.accent))
            painter.drawEllipse(dot)
        painter.restore()
