"""A session's page: its whole arc as a calm timeline, from the intention written before
it, through the session itself and the reflection on the day, to the check-ins on days 1,
3, 7, 14 and 30, each with its status and a way to open or start it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.check_ins import CheckIn, CheckInStatus
from afterglow.core.entries import Entry
from afterglow.core.session import Session
from afterglow.core.sessions import SessionArc
from afterglow.ui.journal.wording import first_line, kind_name
from afterglow.ui.sessions.steps import can_start
from afterglow.ui.sessions.timeline import Marker, TimelineStep
from afterglow.ui.sessions.wording import (
    days_since,
    dose_text,
    route_name,
    session_time,
    session_title,
    short_day,
    status_name,
    step_name,
    step_when,
)
from afterglow.ui.theme import Colors, scaled, set_role
from afterglow.ui.widgets.page import button, text_label

PAGE_WIDTH = 720

_MARKERS = {
    CheckInStatus.DONE: Marker.DONE,
    CheckInStatus.DUE: Marker.ATTENTION,
    CheckInStatus.OVERDUE: Marker.ATTENTION,
    CheckInStatus.UPCOMING: Marker.UPCOMING,
    CheckInStatus.DISMISSED: Marker.QUIET,
    CheckInStatus.MISSED: Marker.QUIET,
}


class SessionArcPage(QWidget):
    """Shows one `SessionArc`; every button asks the Sessions view to do the work."""

    back_requested = Signal()
    edit_requested = Signal(object)  # Session
    trash_requested = Signal(object)  # Session
    restore_requested = Signal(object)  # Session
    intention_requested = Signal(object)  # Session
    step_requested = Signal(object, object)  # Session, CheckIn: start it from its guide
    dismiss_requested = Signal(object, int)  # Session, day
    undismiss_requested = Signal(object, int)  # Session, day
    entry_requested = Signal(str)
    insights_requested = Signal(str)  # session id

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors
        self._arc: SessionArc | None = None
        self.steps: dict[str, TimelineStep] = {}  # "intention", "session", "day-0"…
        self.start_buttons: dict[str, QPushButton] = {}  # "intention", "day-3"…
        self.dismiss_buttons: dict[int, QPushButton] = {}  # by day; "bring back" too

        self.back_button = button(self.tr("← All sessions"), "link")
        self.title = text_label("", "title")
        self.subtitle = text_label("", "lead")
        self.edit_button = button(self.tr("Edit"), "quiet")
        self.trash_button = button(self.tr("Move to Trash"), "quiet")
        self.restore_button = button(self.tr("Restore"), "primary")
        self.insights_button = button(self.tr("Insights from this session"), "link")
        header_buttons = QHBoxLayout()
        header_buttons.setSpacing(4)
        header_buttons.addWidget(self.insights_button)
        header_buttons.addStretch(1)
        header_buttons.addWidget(self.edit_button)
        header_buttons.addWidget(self.trash_button)
        header_buttons.addWidget(self.restore_button)

        self.timeline = QVBoxLayout()
        self.timeline.setContentsMargins(0, 0, 0, 0)
        self.timeline.setSpacing(0)

        column = QWidget()
        column.setMaximumWidth(scaled(PAGE_WIDTH, self.font()))
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 8, 12, 24)
        inner.setSpacing(8)
        inner.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addLayout(header_buttons)
        inner.addSpacing(12)
        inner.addLayout(self.timeline)
        inner.addStretch(1)
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(column, 10)
        centred.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Session"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(lambda: self._emit_session(self.edit_requested))
        self.trash_button.clicked.connect(lambda: self._emit_session(self.trash_requested))
        self.restore_button.clicked.connect(lambda: self._emit_session(self.restore_requested))
        self.insights_button.clicked.connect(
            lambda: self._arc and self.insights_requested.emit(self._arc.session.id)
        )

    @property
    def arc(self) -> SessionArc | None:
        return self._arc

    @property
    def session(self) -> Session | None:
        return self._arc.session if self._arc is not None else None

    def _emit_session(self, signal: SignalInstance) -> None:
        if self._arc is not None:
            signal.emit(self._arc.session)

    # -- showing an arc ---------------------------------------------------------------

    def show_arc(self, arc: SessionArc, today: date) -> None:
        keep_scroll = self._arc is not None and self._arc.session.id == arc.session.id
        scrolled = self.scroll_area.verticalScrollBar().value()
        self._clear_steps()
        self._arc = arc
        session = arc.session
        self.title.setText(session_title(session))
        self.subtitle.setText(
            " · ".join(
                (session_time(session), route_name(session.route), days_since(session, today))
            )
        )
        trashed = session.in_trash
        self.edit_button.setVisible(not trashed)
        self.trash_button.setVisible(not trashed)
        self.restore_button.setVisible(trashed)
        self.insights_button.setVisible(not trashed)

        self._add_step("intention", self._intention_step(arc))
        self._add_step("session", self._session_step(session))
        for step in (arc.reflection, *arc.check_ins):
            self._add_step(f"day-{step.day}", self._check_in_step(session, step, trashed))
        if arc.other_entries:
            other = TimelineStep(
                self._colors, self.tr("Also linked to this session"), "", Marker.QUIET
            )
            for entry in arc.other_entries:
                other.add(self._entry_link(entry))
            self._add_step("other", other)
        steps = list(self.steps.values())
        steps[0].first = True
        steps[-1].last = True
        if keep_scroll:
            self.scroll_area.verticalScrollBar().setValue(scrolled)
        else:
            self.scroll_area.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self._arc = None
        self._clear_steps()
        self.title.setText("")
        self.subtitle.setText("")

    def _clear_steps(self) -> None:
        for step in self.steps.values():
            self.timeline.removeWidget(step)
            step.hide()
            step.deleteLater()
        self.steps = {}
        self.start_buttons = {}
        self.dismiss_buttons = {}

    def _add_step(self, key: str, step: TimelineStep) -> None:
        self.steps[key] = step
        self.timeline.addWidget(step)

    # -- the steps --------------------------------------------------------------------

    def _intention_step(self, arc: SessionArc) -> TimelineStep:
        done = bool(arc.intentions)
        step = TimelineStep(
            self._colors,
            self.tr("Before: your intention"),
            status_name(CheckInStatus.DONE) if done else "",
            Marker.DONE if done else Marker.UPCOMING,
        )
        for entry in arc.intentions:
            step.add(self._entry_link(entry))
        if not done and not arc.session.in_trash:
            step.add(
                text_label(
                    self.tr(
                        "What you hope to explore, what worries you, who you can talk to "
                        "afterwards, and what soothes you."
                    ),
                    "muted",
                )
            )
            write = button(self.tr("Write your intention"))
            write.clicked.connect(lambda: self.intention_requested.emit(arc.session))
            step.add(_left(write))
            self.start_buttons["intention"] = write
        return step

    def _session_step(self, session: Session) -> TimelineStep:
        step = TimelineStep(self._colors, self.tr("The session"), "", Marker.SESSION)
        card = QFrame()
        set_role(card, "card")
        grid = QGridLayout(card)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        row = 0
        short = [
            (self.tr("Route"), route_name(session.route)),
            (self.tr("Dose"), dose_text(session.dose_mg)),
            (self.tr("Setting"), session.setting),
            (self.tr("Provider or clinic"), session.provider),
            (self.tr("Support person"), session.support_person),
            (self.tr("Music"), session.music),
            (
                self.tr("Mood before"),
                "" if session.mood_before is None else str(session.mood_before),
            ),
            (self.tr("Mood after"), "" if session.mood_after is None else str(session.mood_after)),
            (self.tr("Tags"), " ".join(f"#{tag}" for tag in session.tags)),
        ]
        long = [
            (self.tr("Intention"), session.intention),
            (self.tr("What came up"), session.notes),
            (self.tr("Body sensations"), session.body_sensations),
        ]
        for label, value in short:
            if value:
                grid.addWidget(
                    text_label(label, "muted", wrap=False), row, 0, Qt.AlignmentFlag.AlignTop
                )
                value_label = text_label(value)
                value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value_label, row, 1)
                row += 1
        for label, value in long:
            if value.strip():
                if row:
                    grid.addItem(QSpacerItem(0, 6), row, 0)
                    row += 1
                grid.addWidget(text_label(label, "muted", wrap=False), row, 0, 1, 2)
                row += 1
                value_label = text_label(value.strip())
                value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value_label, row, 0, 1, 2)
                row += 1
        if row == 0:
            grid.addWidget(
                text_label(self.tr("Only the date and route were recorded."), "muted"), 0, 0, 1, 2
            )
        step.add(card)
        return step

    def _check_in_step(self, session: Session, check_in: CheckIn, trashed: bool) -> TimelineStep:
        status = check_in.status
        words = status_name(status)
        if status != CheckInStatus.DONE:
            words = f"{words} · {step_when(check_in)}"
        else:
            words = f"{words} · {short_day(check_in.due)}"
        step = TimelineStep(self._colors, step_name(check_in.day), words, _MARKERS[status])
        for entry in check_in.entries:
            step.add(self._entry_link(entry))
        if trashed:
            return step
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 2, 0, 0)
        actions.setSpacing(8)
        if can_start(check_in):
            label = (
                self.tr("Write it now")
                if status != CheckInStatus.MISSED
                else self.tr("Write it anyway")
            )
            start = button(label, "primary" if status.asks_for_attention else None)
            if status == CheckInStatus.MISSED:
                start.setToolTip(
                    self.tr(
                        "It will be dated %1, its own day, so it counts for this check-in."
                    ).replace("%1", short_day(check_in.due))
                )
            start.clicked.connect(lambda: self.step_requested.emit(session, check_in))
            actions.addWidget(start)
            self.start_buttons[f"day-{check_in.day}"] = start
        if status.asks_for_attention:
            dismiss = button(self.tr("Dismiss"), "quiet")
            dismiss.setToolTip(self.tr("Skip this one; it will not ask for attention again."))
            dismiss.clicked.connect(lambda: self.dismiss_requested.emit(session, check_in.day))
            actions.addWidget(dismiss)
            self.dismiss_buttons[check_in.day] = dismiss
        if status == CheckInStatus.DISMISSED:
            back = button(self.tr("Bring it back"), "quiet")
            back.clicked.connect(lambda: self.undismiss_requested.emit(session, check_in.day))
            actions.addWidget(back)
            self.dismiss_buttons[check_in.day] = back
        if actions.count():
            actions.addStretch(1)
            holder = QWidget()
            holder.setLayout(actions)
            step.add(holder)
        return step

    def _entry_link(self, entry: Entry) -> QPushButton:
        text = f"{first_words(entry)} · {short_day(entry.date)}"
        link = button(text, "link", accessible=f"{kind_name(entry.kind)}: {first_line(entry)}")
        link.setToolTip(self.tr("Open in your journal"))
        link.clicked.connect(
            lambda _checked=False, entry_id=entry.id: self.entry_requested.emit(entry_id)
        )
        return link


def first_words(entry: Entry, limit: int = 70) -> str:
    """The first thing written under a guide's headings (a guide's title says nothing
    new beside its step), else the entry's first line."""
    if not entry.body.startswith("#"):
        return first_line(entry, limit)
    for line in entry.body.splitlines():
        text = line.strip()
        if text and not text.startswith("#"):
            text = text.lstrip(">-*+ ").strip()
            return (
                "\u201c"
                + (text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026")
                + "\u201d"
            )
    return first_line(entry, limit)


def _left(widget: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return holder
