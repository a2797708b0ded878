"""The stretch of time the patterns overview looks at, and the selector that chooses it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

from afterglow.ui.journal.wording import pydate, qdate
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.calm_calendar import CalmCalendar
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.page import text_label

Span = tuple[date | None, date | None]


class RangeChoice(StrEnum):
    LAST_30_DAYS = "30d"
    LAST_3_MONTHS = "3m"
    LAST_12_MONTHS = "12m"
    EVERYTHING = "all"
    CUSTOM = "custom"


# How many days each rolling choice covers, today included.
RANGE_DAYS = {
    RangeChoice.LAST_30_DAYS: 30,
    RangeChoice.LAST_3_MONTHS: 91,
    RangeChoice.LAST_12_MONTHS: 365,
}


def span_of(choice: RangeChoice, today: date, custom: Span = (None, None)) -> Span:
    """The first and last day a choice covers (None: open on that side)."""
    days = RANGE_DAYS.get(choice)
    if days is not None:
        return today - timedelta(days=days - 1), today
    if choice is RangeChoice.CUSTOM:
        since, until = custom
        if since is not None and until is not None and since > until:
            since, until = until, since
        return since, until
    return None, None


def previous_span(since: date | None, until: date | None) -> tuple[date, date] | None:
    """The same number of days just before a closed range; None for an open one."""
    if since is None or until is None:
        return None
    length = (until - since).days + 1
    return since - timedelta(days=length), since - timedelta(days=1)


class RangeSelector(QWidget):
    """A choice of period, with two dates when the choice is "Custom"; `changed` on edits."""

    changed = Signal()

    def __init__(
        self,
        colors: Callable[[], Colors],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.choice = ChoiceBox(self.tr("Period shown"))
        set_role(self.choice, "property")
        labels = {
            RangeChoice.LAST_30_DAYS: self.tr("Last 30 days"),
            RangeChoice.LAST_3_MONTHS: self.tr("Last 3 months"),
            RangeChoice.LAST_12_MONTHS: self.tr("Last 12 months"),
            RangeChoice.EVERYTHING: self.tr("All time"),
            RangeChoice.CUSTOM: self.tr("Custom…"),
        }
        for choice, label in labels.items():
            self.choice.addItem(label, choice.value)
        self.since = self._date_edit(self.tr("From"), colors)
        self.until = self._date_edit(self.tr("To"), colors)
        self.dash = text_label("\u2013", "muted", wrap=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.choice)
        layout.addWidget(self.since)
        layout.addWidget(self.dash)
        layout.addWidget(self.until)
        self.reset()
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.since.dateChanged.connect(lambda _d: self.changed.emit())
        self.until.dateChanged.connect(lambda _d: self.changed.emit())

    def _date_edit(self, name: str, colors: Callable[[], Colors]) -> QDateEdit:
        edit = QDateEdit()
        set_role(edit, "property")
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setCalendarWidget(CalmCalendar(colors))
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    def current(self) -> RangeChoice:
        return RangeChoice(str(self.choice.currentData()))

    def set_choice(self, choice: RangeChoice) -> None:
        self.choice.setCurrentIndex(self.choice.findData(choice.value))

    def set_custom(self, since: date, until: date) -> None:
        """Shows a custom range (emits `changed` once the dates are in)."""
        self.blockSignals(True)
        try:
            self.since.setDate(qdate(since))
            self.until.setDate(qdate(until))
            self.set_choice(RangeChoice.CUSTOM)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def span(self) -> Span:
        custom = (pydate(self.since.date()), pydate(self.until.date()))
        return span_of(self.current(), self._today(), custom)

    def reset(self) -> None:
        """Back to the last 30 days (on lock), without emitting `changed`."""
        self.blockSignals(True)
        try:
            self.set_choice(RangeChoice.LAST_30_DAYS)
            today = self._today()
            self.since.setDate(qdate(today - timedelta(days=29)))
            self.until.setDate(qdate(today))
            self._show_dates()
        finally:
            self.blockSignals(False)

    def apply_colors(self) -> None:
        for edit in (self.since, self.until):
            calendar = edit.calendarWidget()
            if isinstance(calendar, CalmCalendar):
                calendar.apply_colors()

    def _choice_changed(self) -> None:
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        custom = self.current() is RangeChoice.CUSTOM
        for widget in (self.since, self.dash, self.until):
            widget.setVisible(custom)
