"""Noting one time a pattern showed up: when, what set it off, what I did, what I'd like
to do instead, and how strong it was. Also used from the Journal, where it comes filled
in with the entry and asks which pattern (or a new one) it belongs to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from afterglow.core.entries import Entry
from afterglow.core.patterns import MAX_NAME_LENGTH, Occurrence, Pattern
from afterglow.ui.journal.wording import day_and_month, first_line, qdate
from afterglow.ui.patterns.pattern_dialogs import FIELDS_QSS
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.calm_calendar import CalmCalendar
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error, text_label
from afterglow.ui.widgets.scale_button import ScaleButton

NEW_PATTERN = "__new__"


@dataclass(frozen=True)
class OccurrenceDraft:
    """What the dialog was filled in with; `new_name` is set when a new pattern is named."""

    pattern_id: str | None
    new_name: str
    occurred_at: datetime
    trigger: str
    response: str
    alternative: str
    intensity: int | None
    entry_id: str | None


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


class OccurrenceDialog(FormDialog):
    """`occurrence` to edit one; otherwise a new one for `pattern`, or, with `patterns`
    given, for a pattern chosen here (the Journal's "This is a pattern…")."""

    open_entry_requested = Signal(str)

    def __init__(
        self,
        colors: Callable[[], Colors],
        *,
        pattern: Pattern | None = None,
        occurrence: Occurrence | None = None,
        patterns: Sequence[Pattern] | None = None,
        entry: Entry | None = None,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        editing = occurrence is not None
        if editing:
            title = self.tr("Edit this time")
        elif patterns is not None:
            title = self.tr("This is a pattern")
        else:
            title = self.tr("Note a time it happened")
        lead = ""
        if pattern is not None and not editing:
            lead = self.tr("“%1” showed up again. Noticing it is how it changes.").replace(
                "%1", pattern.name
            )
        elif patterns is not None:
            lead = self.tr(
                "Note that something in this entry is a pattern you want to see more clearly."
            )
        super().__init__(title, lead, parent)
        self.setMinimumWidth(560)
        self.setStyleSheet(FIELDS_QSS)
        self._pattern = pattern
        self._occurrence = occurrence
        self._entry_id = occurrence.entry_id if occurrence else (entry.id if entry else None)
        start = occurrence.occurred_at if occurrence else self._start(entry, now)
        self._start_moment = start

        self.pattern_choice: ChoiceBox | None = None
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(MAX_NAME_LENGTH)
        self.new_name.setPlaceholderText(self.tr("Name the new pattern"))
        self.new_name.setAccessibleName(self.tr("Name of the new pattern"))
        self.new_name.hide()
        if patterns is not None:
            choice = ChoiceBox(self.tr("Pattern"))
            for known in patterns:
                choice.addItem(known.name, known.id)
            choice.addItem(self.tr("A new pattern…"), NEW_PATTERN)
            if pattern is not None:
                choice.setCurrentIndex(max(choice.findData(pattern.id), 0))
            choice.currentIndexChanged.connect(self._pattern_changed)
            self.pattern_choice = choice
            self.add(text_label(self.tr("Which pattern"), "field-label"))
            self.add(choice)
            self.add(self.new_name)

        if entry is not None:
            self.add(
                text_label(
                    self.tr("From your entry of %1: “%2”")
                    .replace("%1", day_and_month(entry.date))
                    .replace("%2", first_line(entry, 80)),
                    "muted",
                )
            )

        self.when = QDateTimeEdit(qdatetime(start))
        set_role(self.when, "property")
        self.when.setCalendarPopup(True)
        self.when.setCalendarWidget(CalmCalendar(colors))
        self.when.setDisplayFormat("d MMM yyyy, HH:mm")
        self.when.setAccessibleName(self.tr("When it happened"))

        self.intensity = ScaleButton(
            self.tr("Intensity"), self.tr("barely there"), self.tr("overwhelming")
        )
        self.intensity.set_value(occurrence.intensity if occurrence else None)
        self.trigger = self._text_box(
            self.tr("What set it off"),
            self.tr("What happened just before?"),
            occurrence.trigger if occurrence else "",
        )
        self.response = self._text_box(
            self.tr("What I did"),
            self.tr("How did you respond, in thought or action?"),
            occurrence.response if occurrence else "",
        )
        self.alternative = self._text_box(
            self.tr("What I'd like to do instead"),
            self.tr("Next time, I'd like to…"),
            occurrence.alternative if occurrence else "",
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("When"), self.when),
            (self.tr("Intensity"), self.intensity),
            (self.tr("What set it off"), self.trigger),
            (self.tr("What I did"), self.response),
            (self.tr("Instead, I'd like to"), self.alternative),
        ]
        for n, (label, widget) in enumerate(rows):
            grid.addWidget(
                text_label(label, "field-label", wrap=False), n, 0, Qt.AlignmentFlag.AlignTop
            )
            grid.addWidget(widget, n, 1)
        grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.add(holder)
        self.error = error_label()
        self.add(self.error)

        self.open_entry_button = button(self.tr("Open the entry"), "link")
        self.open_entry_button.setVisible(editing and self._entry_id is not None)
        self.open_entry_button.clicked.connect(self._open_entry)
        self.cancel_button = button(self.tr("Cancel"))
        self.save_button = button(self.tr("Save") if editing else self.tr("Note it"), "primary")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        self.set_buttons([self.open_entry_button], [self.cancel_button, self.save_button])
        self.save_button.setDefault(True)
        self._pattern_changed()
        (self.pattern_choice or self.trigger).setFocus()

    @staticmethod
    def _start(entry: Entry | None, now: datetime | None) -> datetime:
        moment = now or datetime.now().astimezone()
        if entry is None:
            return moment
        # The entry's day, at the time it was first written (or now, for today).
        written = entry.created_at.astimezone()
        if written.date() == entry.date:
            return written
        return moment.replace(year=entry.date.year, month=entry.date.month, day=entry.date.day)

    def _text_box(self, name: str, placeholder: str, text: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        # Three lines when there is room; fewer on a small screen rather than clipped.
        box.setMinimumHeight(44)
        box.setMaximumHeight(72)
        return box

    def draft(self) -> OccurrenceDraft:
        """What was filled in; the time keeps its original offset unless it was changed."""
        chosen = self.when.dateTime()
        if chosen == qdatetime(self._start_moment):
            moment = self._start_moment
        else:
            day, clock = chosen.date(), chosen.time()
            moment = datetime(
                day.year(), day.month(), day.day(), clock.hour(), clock.minute()
            ).astimezone()
        pattern_id = self._pattern.id if self._pattern else None
        if self._occurrence is not None:
            pattern_id = self._occurrence.pattern_id
        new_name = ""
        if self.pattern_choice is not None:
            data = self.pattern_choice.currentData()
            if data == NEW_PATTERN:
                pattern_id, new_name = None, self.new_name.text().strip()
            else:
                pattern_id = str(data)
        return OccurrenceDraft(
            pattern_id=pattern_id,
            new_name=new_name,
            occurred_at=moment,
            trigger=self.trigger.toPlainText().strip(),
            response=self.response.toPlainText().strip(),
            alternative=self.alternative.toPlainText().strip(),
            intensity=self.intensity.value(),
            entry_id=self._entry_id,
        )

    def clear_text(self) -> None:
        """Empties everything typed (on lock, before the dialog closes)."""
        for box in (self.trigger, self.response, self.alternative):
            box.setPlainText("")
        self.new_name.setText("")

    def _pattern_changed(self) -> None:
        choice = self.pattern_choice
        creating = choice is not None and choice.currentData() == NEW_PATTERN
        self.new_name.setVisible(creating)
        if creating:
            self.new_name.setFocus()

    def _open_entry(self) -> None:
        if self._entry_id is not None:
            self.open_entry_requested.emit(self._entry_id)
            self.reject()

    def _save(self) -> None:
        draft = self.draft()
        if draft.pattern_id is None and not draft.new_name:
            show_error(self.error, self.tr("Name the new pattern, or choose one from the list."))
            self.new_name.setFocus()
            return
        self.accept()
