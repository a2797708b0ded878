"""Narrowing the list and search: kind, tags (all of, none of, or untagged), dates, mood."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.entries import EntryKind
from afterglow.core.store import EntryFilter
from afterglow.ui.journal.tag_editor import TagEditor
from afterglow.ui.journal.wording import kind_name, pydate
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.calm_calendar import CalmCalendar
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.page import button, text_label

# A date edit at its minimum shows "Any": the filter has no bound there.
_NO_DATE = QDate(1900, 1, 1)


class FilterPanel(QFrame):
    """Emits `changed` with the filter as chosen; `clear()` goes back to everything."""

    changed = Signal(object)  # EntryFilter
    wants_known_tags = Signal()

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._colors = colors
        self._quiet = False
        self.kind = ChoiceBox(self.tr("Kind of entry"))
        set_role(self.kind, "property")
        self.kind.addItem(self.tr("Any kind"), "")
        for kind in EntryKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.all_of = TagEditor(self.tr("Add a tag"), self.tr("Entries with all of these tags"))
        self.none_of = TagEditor(self.tr("Add a tag"), self.tr("Entries with none of these tags"))
        self.all_of.setToolTip(self.tr("Entries that have every one of these tags"))
        self.none_of.setToolTip(self.tr("Entries that have none of these tags"))
        self.untagged = QCheckBox(self.tr("Only untagged entries"))
        self.since = self._date_edit(self.tr("From"))
        self.until = self._date_edit(self.tr("To"))
        self.mood_min = self._mood_box(self.tr("Lowest mood"))
        self.mood_max = self._mood_box(self.tr("Highest mood"))
        self.clear_button = button(self.tr("Clear filters"), "link")

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        rows = [
            (self.tr("Kind"), self.kind),
            (self.tr("With"), self.all_of),
            (self.tr("Without"), self.none_of),
        ]
        for row, (label, widget) in enumerate(rows):
            grid.addWidget(
                text_label(label, "field-label", wrap=False), row, 0, Qt.AlignmentFlag.AlignTop
            )
            grid.addWidget(widget, row, 1)
        grid.addWidget(self.untagged, 3, 1)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        dates.addWidget(self.since, 1)
        dates.addWidget(text_label("\u2013", "muted", wrap=False))
        dates.addWidget(self.until, 1)
        grid.addWidget(text_label(self.tr("Dates"), "field-label", wrap=False), 4, 0)
        grid.addLayout(dates, 4, 1)
        moods = QHBoxLayout()
        moods.setSpacing(6)
        moods.addWidget(self.mood_min, 1)
        moods.addWidget(text_label("\u2013", "muted", wrap=False))
        moods.addWidget(self.mood_max, 1)
        grid.addWidget(text_label(self.tr("Mood"), "field-label", wrap=False), 5, 0)
        grid.addLayout(moods, 5, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)

        self.kind.currentIndexChanged.connect(self._emit)
        self.all_of.changed.connect(self._emit)
        self.none_of.changed.connect(self._emit)
        self.untagged.toggled.connect(self._untagged_toggled)
        self.since.dateChanged.connect(self._emit)
        self.until.dateChanged.connect(self._emit)
        self.mood_min.currentIndexChanged.connect(self._emit)
        self.mood_max.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        for editor in (self.all_of, self.none_of):
            editor.wants_known_tags.connect(self.wants_known_tags)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        set_role(edit, "property")
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setCalendarWidget(CalmCalendar(self._colors))
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(_NO_DATE)
        return edit

    def _mood_box(self, name: str) -> ChoiceBox:
        box = ChoiceBox(name)
        set_role(box, "property")
        box.addItem(self.tr("Any"), -1)
        for value in range(11):
            box.addItem(str(value), value)
        return box

    def apply_colors(self) -> None:
        for edit in (self.since, self.until):
            calendar = edit.calendarWidget()
            if isinstance(calendar, CalmCalendar):
                calendar.apply_colors()

    def set_known_tags(self, names: list[str]) -> None:
        self.all_of.set_known_tags(names)
        self.none_of.set_known_tags(names)

    def current(self) -> EntryFilter:
        kind = str(self.kind.currentData() or "")
        untagged = self.untagged.isChecked()
        since, until = self._date(self.since), self._date(self.until)
        if since and until and since > until:
            since, until = until, since  # a range typed backwards still means that range
        low, high = self._mood(self.mood_min), self._mood(self.mood_max)
        if low is not None and high is not None and low > high:
            low, high = high, low
        return EntryFilter(
            kinds=(EntryKind(kind),) if kind else (),
            # "Untagged" and "has all of" cannot both hold; the tag fields rest while it is on.
            tags=() if untagged else self.all_of.tags(),
            not_tags=() if untagged else self.none_of.tags(),
            untagged=untagged,
            since=since,
            until=until,
            mood_min=low,
            mood_max=high,
        )

    @property
    def is_narrowing(self) -> bool:
        """Whether any filter is set."""
        return self.current() != EntryFilter()

    def clear(self) -> None:
        self._quiet = True
        try:
            self.kind.setCurrentIndex(0)
            self.all_of.set_tags(())
            self.none_of.set_tags(())
            self.untagged.setChecked(False)
            self.since.setDate(_NO_DATE)
            self.until.setDate(_NO_DATE)
            self.mood_min.setCurrentIndex(0)
            self.mood_max.setCurrentIndex(0)
        finally:
            self._quiet = False
        self._emit()

    def forget(self) -> None:
        """Clears everything without telling anyone (on lock)."""
        self.blockSignals(True)
        try:
            self.clear()
            self.all_of.clear()
            self.none_of.clear()
        finally:
            self.blockSignals(False)

    @staticmethod
    def _date(edit: QDateEdit) -> date | None:
        return None if edit.date() == _NO_DATE else pydate(edit.date())

    @staticmethod
    def _mood(box: ChoiceBox) -> int | None:
        value = int(box.currentData())
        return None if value < 0 else value

    def _untagged_toggled(self, on: bool) -> None:
        self.all_of.setEnabled(not on)
        self.none_of.setEnabled(not on)
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.current())
