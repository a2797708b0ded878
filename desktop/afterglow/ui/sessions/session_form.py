"""Recording a session, or editing one: every field of DESIGN §4, in the order a person
thinks of them (when and how, where and with whom, before, after).

The dose is optional and neutral: a number the person may want to keep, nothing more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QPalette, QRegularExpressionValidator, QTextOption
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.errors import InvalidSession
from afterglow.core.session import MAX_SHORT_TEXT_LENGTH, Route, Session, check_dose
from afterglow.ui.journal.tag_editor import TagEditor
from afterglow.ui.journal.wording import pydate, qdate
from afterglow.ui.sessions.wording import dose_problem, route_name
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.calm_calendar import CalmCalendar
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.page import button, error_label, show_error, text_label
from afterglow.ui.widgets.scale_button import ScaleButton

FORM_WIDTH = 640
_TIME = QRegularExpression(r"^([01]?\d|2[0-3])[:.][0-5]\d$")


@dataclass(frozen=True)
class SessionFields:
    """What the form holds, ready for `Sessions.add(**fields)`."""

    started_at: datetime
    route: Route
    dose_mg: float | None
    setting: str
    provider: str
    support_person: str
    music: str
    intention: str
    notes: str
    body_sensations: str
    mood_before: int | None
    mood_after: int | None
    tags: tuple[str, ...]

    def applied_to(self, session: Session) -> Session:
        return replace(session, **self.__dict__)


def parse_dose(text: str) -> float | None:
    """The dose typed ("50", "37,5", "37.5 mg"), None when empty; `InvalidSession` otherwise."""
    cleaned = text.strip().lower().removesuffix("mg").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        raise InvalidSession("dose_mg", "must be a number of milligrams or empty") from None
    return check_dose(number)


def parse_time(text: str) -> time | None:
    if not _TIME.match(text.strip()).hasMatch():
        return None
    hours, minutes = text.strip().replace(".", ":").split(":")
    return time(int(hours), int(minutes))


class LongField(QPlainTextEdit):
    """A few lines of plain text; Tab moves on rather than typing a tab.

    Drawn like the theme's line fields, from the palette (the app's style sheet has no
    rule for plain text fields outside the editor), and again when the theme changes.
    """

    def __init__(self, accessible: str, placeholder: str = "") -> None:
        super().__init__()
        self._restyle()
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible)
        self.setPlaceholderText(placeholder)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFixedHeight(88)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base).name()
        border = palette.color(QPalette.ColorRole.Mid).name()
        accent = palette.color(QPalette.ColorRole.Highlight).name()
        style = (
            f"QPlainTextEdit {{ background: {base}; border: 1px solid {border};"
            " border-radius: 10px; padding: 5px 7px; }"
            f"QPlainTextEdit:focus {{ border: 2px solid {accent}; padding: 4px 6px; }}"
        )
        if style != self.styleSheet():
            self.setStyleSheet(style)

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.document().clearUndoRedoStacks()

    def forget(self) -> None:
        self.document().clear()
        self.document().clearUndoRedoStacks()


class SessionForm(QWidget):
    """`save_requested(SessionFields, Session | None)`: the values, and the session being
    edited (None for a new one). The view saves them and calls `show_problem` if the
    journal refuses."""

    save_requested = Signal(object, object)
    cancelled = Signal()

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: Session | None = None

        self.heading = text_label(self.tr("Record a session"), "title")
        self.lead = text_label(
            self.tr(
                "Write down what you want to remember. Every field is optional except the "
                "date and the route, and you can come back to it later."
            ),
            "lead",
        )

        self.day = QDateEdit()  # as tall as the time beside it, unlike the journal's
        self.day.setCalendarPopup(True)
        self.day.setCalendarWidget(CalmCalendar(colors))
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setAccessibleName(self.tr("Date of the session"))
        self.time = QLineEdit()
        self.time.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9:.]{0,5}")))
        self.time.setPlaceholderText("10:00")
        self.time.setAccessibleName(self.tr("Time the session began"))
        self.time.setFixedWidth(96)
        self.route = ChoiceBox(self.tr("How it was taken"))
        for route in Route:
            self.route.addItem(route_name(route), route.value)
        self.dose = QLineEdit()
        self.dose.setPlaceholderText(self.tr("Optional"))
        self.dose.setAccessibleName(self.tr("Dose in milligrams, optional"))
        self.dose.setFixedWidth(140)

        self.setting = self._line(self.tr("Setting"), self.tr("A clinic room, at home…"))
        self.provider = self._line(self.tr("Provider or clinic"))
        self.support_person = self._line(self.tr("Support person"))
        self.music = self._line(self.tr("Music"), self.tr("A playlist, an album, silence…"))
        self.intention = LongField(
            self.tr("Intention for the session"), self.tr("What you brought into the session")
        )
        self.mood_before = ScaleButton(
            self.tr("Mood before"), self.tr("very low"), self.tr("very good")
        )
        self.notes = LongField(
            self.tr("What came up"), self.tr("As it began, at the peak, on the way back…")
        )
        self.body_sensations = LongField(self.tr("Body sensations"))
        self.mood_after = ScaleButton(
            self.tr("Mood after"), self.tr("very low"), self.tr("very good")
        )
        self.tags = TagEditor(self.tr("Add a tag"), self.tr("Tags"))

        self.error = error_label()
        self.cancel_button = button(self.tr("Cancel"))
        self.save_button = button(self.tr("Save session"), "primary")

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self._row = 0

        def add(label: str, field: QWidget | QHBoxLayout, note: str = "") -> None:
            caption = text_label(label, "field-label", wrap=False)
            grid.addWidget(caption, self._row, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, self._row, 1)
            else:
                grid.addWidget(field, self._row, 1)
                caption.setBuddy(field)
            self._row += 1
            if note:
                grid.addWidget(text_label(note, "muted"), self._row, 1)
                self._row += 1

        def section(title: str) -> None:
            if self._row:
                grid.addWidget(_spacer(10), self._row, 0)
                self._row += 1
            grid.addWidget(text_label(title, "card-heading", wrap=False), self._row, 0, 1, 2)
            self._row += 1

        when = QHBoxLayout()
        when.setSpacing(8)
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addStretch(1)
        moods = QHBoxLayout()
        moods.addWidget(self.mood_before)
        moods.addStretch(1)
        moods_after = QHBoxLayout()
        moods_after.addWidget(self.mood_after)
        moods_after.addStretch(1)

        section(self.tr("When and how"))
        add(self.tr("Date and time"), when)
        add(self.tr("Route"), self.route)
        add(
            self.tr("Dose in mg"),
            self.dose,
            self.tr("Only if you want to keep a note of it; it can stay empty."),
        )
        section(self.tr("Where and with whom"))
        add(self.tr("Setting"), self.setting)
        add(self.tr("Provider or clinic"), self.provider)
        add(self.tr("Support person"), self.support_person)
        add(self.tr("Music"), self.music)
        section(self.tr("Before"))
        add(self.tr("Intention"), self.intention)
        add(self.tr("Mood"), moods)
        section(self.tr("After"))
        add(self.tr("What came up"), self.notes)
        add(self.tr("Body sensations"), self.body_sensations)
        add(self.tr("Mood"), moods_after)
        add(self.tr("Tags"), self.tags)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        column = QWidget()
        column.setMaximumWidth(FORM_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 8, 12, 24)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.lead)
        inner.addSpacing(4)
        inner.addLayout(grid)
        inner.addSpacing(8)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        inner.addStretch(1)
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(column, 10)
        centred.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Session record"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        self.dose.textEdited.connect(lambda _text: show_error(self.error, ""))

    def _line(self, accessible: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(accessible)
        field.setPlaceholderText(placeholder)
        field.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        return field

    # -- filling and reading ----------------------------------------------------------

    @property
    def editing(self) -> Session | None:
        return self._editing

    def start_new(self, now: datetime) -> None:
        """An empty form for a session that began at `now` (to the minute)."""
        self._editing = None
        self.heading.setText(self.tr("Record a session"))
        self.save_button.setText(self.tr("Save session"))
        self._fill(
            day=now.date(),
            at=time(now.hour, 0),
            route=Route.IM,
            values=None,
        )

    def edit(self, session: Session) -> None:
        self._editing = session
        self.heading.setText(self.tr("Edit the session"))
        self.save_button.setText(self.tr("Save changes"))
        at = session.started_at
        self._fill(day=at.date(), at=time(at.hour, at.minute), route=session.route, values=session)

    def _fill(self, *, day: date, at: time, route: Route, values: Session | None) -> None:
        show_error(self.error, "")
        self.day.setDate(qdate(day))
        self.time.setText(f"{at.hour:02d}:{at.minute:02d}")
        self.route.setCurrentIndex(self.route.findData(route.value))
        dose = "" if values is None or values.dose_mg is None else f"{values.dose_mg:g}"
        self.dose.setText(dose)
        for name in ("setting", "provider", "support_person", "music"):
            field: QLineEdit = getattr(self, name)
            field.setText("" if values is None else getattr(values, name))
        for name in ("intention", "notes", "body_sensations"):
            long: LongField = getattr(self, name)
            long.set_text("" if values is None else getattr(values, name))
        self.mood_before.set_value(None if values is None else values.mood_before)
        self.mood_after.set_value(None if values is None else values.mood_after)
        self.tags.set_tags(() if values is None else values.tags)
        self.scroll_area.verticalScrollBar().setValue(0)

    def fields(self) -> SessionFields:
        """The values typed, or `InvalidSession` naming the first field to change."""
        at = parse_time(self.time.text())
        if at is None:
            raise InvalidSession("started_at", "must be a time of day")
        day = pydate(self.day.date())
        started_at = datetime.combine(day, at).astimezone()
        original = self._editing
        if original is not None and (
            original.started_at.date() == day
            and (original.started_at.hour, original.started_at.minute) == (at.hour, at.minute)
        ):
            started_at = original.started_at  # unchanged: keep the offset it was recorded with
        return SessionFields(
            started_at=started_at,
            route=Route(str(self.route.currentData())),
            dose_mg=parse_dose(self.dose.text()),
            setting=self.setting.text().strip(),
            provider=self.provider.text().strip(),
            support_person=self.support_person.text().strip(),
            music=self.music.text().strip(),
            intention=self.intention.toPlainText(),
            notes=self.notes.toPlainText(),
            body_sensations=self.body_sensations.toPlainText(),
            mood_before=self.mood_before.value(),
            mood_after=self.mood_after.value(),
            tags=self.tags.tags(),
        )

    def submit(self) -> None:
        typed = self.tags.field.text().strip().strip(",")
        if typed and self.tags.add(typed):  # a tag typed but not yet confirmed with Enter
            self.tags.field.setText("")
        try:
            values = self.fields()
        except InvalidSession as error:
            self.show_problem(error.field)
            return
        show_error(self.error, "")
        self.save_requested.emit(values, self._editing)

    def show_problem(self, field: str, message: str = "") -> None:
        """Says what to change, and puts the cursor there."""
        focus: dict[str, QWidget] = {"dose_mg": self.dose, "started_at": self.time}
        if field == "dose_mg":
            message = dose_problem()
        elif field == "started_at" and not message:
            message = self.tr("Write the time the session began, like 10:00.")
        show_error(self.error, message)
        target = focus.get(field)
        if target is not None:
            target.setFocus()
            self.scroll_area.ensureWidgetVisible(target)

    def clear(self) -> None:
        """Forgets every value and its undo history (on lock)."""
        self._editing = None
        for field in (self.time, self.dose, self.setting, self.provider, self.support_person):
            field.setText("")
        self.music.setText("")
        for long in (self.intention, self.notes, self.body_sensations):
            long.forget()
        self.mood_before.set_value(None)
        self.mood_after.set_value(None)
        self.tags.clear()
        show_error(self.error, "")


def _spacer(height: int) -> QLabel:
    spacer = QLabel()
    spacer.setFixedHeight(height)
    return spacer
