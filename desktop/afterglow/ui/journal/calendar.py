"""The journal's month calendar: a small dot under each day that has entries; choosing a
day shows that day's entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QWidget

from afterglow.core.journal import Journal
from afterglow.ui.journal.wording import pydate, qdate
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.calm_calendar import CalmCalendar


class JournalCalendar(CalmCalendar):
    """Marks days with entries, loading each month's marks on the worker as it is shown."""

    day_chosen = Signal(object)  # date

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(colors, parent)
        self.setObjectName("JournalCalendar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumHeight(260)
        inner = self.layout()
        if inner is not None:
            inner.setContentsMargins(6, 4, 6, 8)  # lets the card's rounded corners show
        self._runner = runner
        self._journal: Journal | None = None
        self._marks: dict[date, int] = {}
        self._generation = 0
        self.setAccessibleName(self.tr("Calendar"))
        self.setAccessibleDescription(self.tr("Days with entries are marked with a dot."))
        self.currentPageChanged.connect(lambda _year, _month: self.refresh())
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    @property
    def marks(self) -> dict[date, int]:
        return dict(self._marks)

    def marked(self, day: date) -> bool:
        return day in self._marks

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

    def show_day(self, day: date) -> None:
        """Selects `day` (and shows its month) without emitting `day_chosen`."""
        self.setSelectedDate(qdate(day))

    def _arrived(self, generation: int, marks: dict[date, int]) -> None:
        if generation == self._generation:
            self._marks = marks
            self.updateCells()

    def _chosen(self, day: QDate) -> None:
        self.day_chosen.emit(pydate(day))
