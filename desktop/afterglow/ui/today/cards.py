"""The cards on Today: the prompt of the day, check-ins waiting, actions due soon, and
"then and now". Each one only shows data and asks, through signals, for work to be done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.action import Action
from afterglow.core.check_ins import CheckIn
from afterglow.core.entries import Entry
from afterglow.core.prompt import Prompt
from afterglow.core.session import Session
from afterglow.core.today import OnThisDay, SameDayAfterSession, ThenAndNow
from afterglow.ui.actions.wording import due_words, kind_name
from afterglow.ui.journal.wording import first_line, time_ago
from afterglow.ui.journal.wording import kind_name as entry_kind_name
from afterglow.ui.prompts.wording import category_name
from afterglow.ui.sessions.wording import short_day
from afterglow.ui.theme import set_role
from afterglow.ui.today.wording import check_in_detail, check_in_title, same_day_lead
from afterglow.ui.widgets.page import button, text_label

SHOWN_PAST_DAYS = 3


class Card(QFrame):
    """A rounded card with a heading; rows go in `rows`, rebuilt on each `show_…`."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.heading = text_label(heading, "card-heading")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(18, 14, 18, 14)
        self.outer.setSpacing(8)
        self.outer.addWidget(self.heading)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        self.outer.addLayout(self.rows)
        self.setAccessibleName(heading)

    def empty_rows(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()


class PromptCard(Card):
    """The prompt of the day, with a way to write about it and to see more."""

    write_requested = Signal(object)  # Prompt
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A prompt for today"), parent)
        self._prompt: Prompt | None = None
        self.category = text_label("", "muted", wrap=False)
        self.text = text_label("", "heading")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.write_button = button(self.tr("Write about this"), "primary")
        self.more_button = button(self.tr("More prompts…"), "link")
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.category)
        self.outer.removeWidget(self.heading)
        self.outer.insertLayout(0, header)
        self.outer.addWidget(self.text)
        self.outer.addSpacing(2)
        self.outer.addLayout(buttons)
        self.write_button.clicked.connect(
            lambda: self._prompt is not None and self.write_requested.emit(self._prompt)
        )
        self.more_button.clicked.connect(self.more_requested)

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def show_prompt(self, prompt: Prompt | None) -> None:
        self._prompt = prompt
        self.text.setText(prompt.text if prompt else "")
        self.category.setText(category_name(prompt.category) if prompt and prompt.category else "")
        self.write_button.setEnabled(prompt is not None)


class CheckInsCard(Card):
    """Reflections and check-ins due today or waiting, each to write or dismiss."""

    start_requested = Signal(object, object)  # Session, CheckIn
    dismiss_requested = Signal(str, int)  # session id, day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check-ins waiting for you"), parent)
        self.start_buttons: list[QPushButton] = []
        self.dismiss_buttons: list[QPushButton] = []

    def show_check_ins(self, steps: tuple[CheckIn, ...], sessions: dict[str, Session]) -> None:
        self.empty_rows()
        self.start_buttons = []
        self.dismiss_buttons = []
        for step in steps:
            session = sessions.get(step.session_id)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            words = QVBoxLayout()
            words.setSpacing(0)
            words.addWidget(text_label(check_in_title(step)))
            words.addWidget(text_label(check_in_detail(step, session), "muted"))
            line.addLayout(words, 1)
            start = button(self.tr("Write it"))
            start.setAccessibleName(
                self.tr("Write the %1").replace("%1", check_in_title(step).lower())
            )
            dismiss = button(self.tr("Dismiss"), "quiet")
            dismiss.setToolTip(self.tr("Skip this one; it will not ask again."))
            if session is not None:
                start.clicked.connect(
                    lambda _c=False, s=session, step=step: self.start_requested.emit(s, step)
                )
            dismiss.clicked.connect(
                lambda _c=False, step=step: self.dismiss_requested.emit(step.session_id, step.day)
            )
            line.addWidget(start, 0, Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
            self.rows.addWidget(row)
            self.start_buttons.append(start)
            self.dismiss_buttons.append(dismiss)
        self.setVisible(bool(steps))


class ActionsDueCard(Card):
    """Open actions due within a week (or overdue): tick one to mark it done."""

    done_requested = Signal(str)  # action id
    open_requested = Signal(str)  # action id: show it in Actions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Actions due soon"), parent)
        self.boxes: dict[str, QCheckBox] = {}

    def show_actions(self, actions: tuple[Action, ...], today: date) -> None:
        self.empty_rows()
        self.boxes = {}
        for action in actions:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(10)
            box = QCheckBox()
            box.setAccessibleName(self.tr("Mark as done: %1").replace("%1", action.text))
            box.setToolTip(self.tr("Mark as done"))
            box.toggled.connect(lambda on, action_id=action.id: self._ticked(on, action_id))
            words = QVBoxLayout()
            words.setSpacing(0)
            text = text_label(action.text)
            words.addWidget(text)
            detail = " · ".join(
                part for part in (due_words(action.due, today), kind_name(action.kind)) if part
            )
            words.addWidget(text_label(detail, "muted"))
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addLayout(words, 1)
            self.rows.addWidget(row)
            self.boxes[action.id] = box
        self.setVisible(bool(actions))

    def _ticked(self, on: bool, action_id: str) -> None:
        if on:
            self.done_requested.emit(action_id)


class ThenAndNowCard(Card):
    """What was written at the same point after the previous session, or on this day in
    earlier months; each entry opens in the Journal."""

    entry_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Then and now"), parent)
        self.lead = text_label("", "muted")
        self.outer.insertWidget(1, self.lead)
        self.rows.setSpacing(0)  # links carry their own padding
        self.links: list[QPushButton] = []

    def show_then_and_now(self, then: ThenAndNow | None) -> None:
        self.empty_rows()
        self.links = []
        if isinstance(then, SameDayAfterSession):
            self.heading.setText(self.tr("Then and now"))
            self.lead.setText(same_day_lead(then.day, then.session, then.previous_session))
            self.lead.show()
            for entry in then.entries:
                self._link(entry, short_day(entry.date))
        elif isinstance(then, OnThisDay):
            self.heading.setText(self.tr("On this day"))
            self.lead.hide()
            for past in then.days[:SHOWN_PAST_DAYS]:
                for entry in past.entries[:2]:
                    self._link(entry, time_ago(past.months_ago))
        self.setVisible(then is not None and bool(self.links))

    def _link(self, entry: Entry, when: str) -> None:
        link = button(
            f"{when} · {first_line(entry, 80)}",
            "link",
            accessible=f"{when}, {entry_kind_name(entry.kind)}: {first_line(entry)}",
        )
        link.setToolTip(self.tr("Open in your journal"))
        link.clicked.connect(
            lambda _c=False, entry_id=entry.id: self.entry_requested.emit(entry_id)
        )
        self.rows.addWidget(link)
        self.links.append(link)
