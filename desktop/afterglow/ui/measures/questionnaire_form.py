"""A PHQ-9 or GAD-7 form: the standard stem, each item with its four answers as radio
buttons (arrow keys move within an item, Tab to the next), and, for the PHQ-9, crisis
resources the moment item 9 is answered with anything but "Not at all"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.measures import Instrument
from afterglow.measures import PHQ9_SELF_HARM_ITEM, questionnaire, self_harm_item_answered
from afterglow.measures.instruments import COPYRIGHT_NOTE
from afterglow.ui.measures.crisis_panel import CrisisPanel
from afterglow.ui.measures.wording import answer_labels, domain, instrument_name
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.page import text_label


class ItemRow(QFrame):
    """One item: its number and wording, then the four answers in a row."""

    answered = Signal(int, int)  # item index, answer

    def __init__(self, index: int, wording: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.index = index
        self.question = text_label(f"{index + 1}.  {wording}", "card-heading")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        answers = QHBoxLayout()
        answers.setSpacing(8)
        self.buttons: list[QRadioButton] = []
        for value, label in answer_labels():
            radio = QRadioButton(label)
            radio.setAccessibleName(label)
            radio.setAccessibleDescription(wording)
            radio.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(radio, value)
            answers.addWidget(radio)
            self.buttons.append(radio)
        answers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.question)
        layout.addLayout(answers)
        self.setAccessibleName(wording)
        self.group.idClicked.connect(lambda value: self.answered.emit(self.index, value))

    def answer(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def choose(self, value: int) -> None:
        """Answers as a click would (tests, and keyboard users pressing Space)."""
        self.buttons[value].click()

    def reset(self) -> None:
        self.group.setExclusive(False)
        for radio in self.buttons:
            radio.setChecked(False)
        self.group.setExclusive(True)


class QuestionnaireForm(QWidget):
    """`changed` after every answer; `answers()` has None for items not answered yet."""

    changed = Signal()

    def __init__(
        self, instrument: Instrument, colors: Callable[[], Colors], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self._colors = colors
        form = questionnaire(instrument)
        self.heading = text_label(instrument_name(instrument), "title")
        self.about = text_label(domain(form.about), "muted")
        self.stem = text_label(domain(form.stem), "lead")
        self.rows = [ItemRow(n, domain(item)) for n, item in enumerate(form.items)]
        self.crisis = CrisisPanel(colors)
        self.attribution = text_label(domain(COPYRIGHT_NOTE), "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(self.stem)
        for row in self.rows:
            layout.addWidget(row)
            row.answered.connect(self._answered)
            # Right under item 9, so it is the next thing read and the next Tab stop.
            if instrument is Instrument.PHQ9 and row.index == PHQ9_SELF_HARM_ITEM:
                layout.addWidget(self.crisis)
        layout.addWidget(self.attribution)
        previous: QWidget | None = None
        for row in self.rows:
            for radio in row.buttons:
                if previous is not None:
                    self.setTabOrder(previous, radio)
                previous = radio
            if instrument is Instrument.PHQ9 and row.index == PHQ9_SELF_HARM_ITEM:
                self.setTabOrder(row.buttons[-1], self.crisis)
                previous = self.crisis
        self.apply_colors()

    def answers(self) -> list[int | None]:
        return [row.answer() for row in self.rows]

    def is_complete(self) -> bool:
        return all(answer is not None for answer in self.answers())

    def answered_count(self) -> int:
        return sum(answer is not None for answer in self.answers())

    def shows_crisis_resources(self) -> bool:
        return self.crisis.isVisibleTo(self)

    def reset(self) -> None:
        for row in self.rows:
            row.reset()
        self.crisis.hide()
        self.changed.emit()

    def apply_colors(self) -> None:
        c = self._colors()
        # Answers show where the keyboard is: a ring around the focused answer.
        self.setStyleSheet(
            "QRadioButton { border: 2px solid transparent; border-radius: 8px;"
            " padding: 3px 6px; }"
            f" QRadioButton:focus {{ border-color: {c.accent}; }}"
            f" QRadioButton:hover {{ color: {c.accent}; }}"
            " QRadioButton::indicator { width: 14px; height: 14px; border-radius: 9px;"
            f" border: 2px solid {c.muted}; background: {c.surface}; }}"
            f" QRadioButton::indicator:checked {{ border-color: {c.accent};"
            " background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,"
            f" stop: 0 {c.accent}, stop: 0.55 {c.accent}, stop: 0.65 {c.surface},"
            f" stop: 1 {c.surface}); }}"
        )
        self.crisis.apply_colors()

    def _answered(self, _index: int, _value: int) -> None:
        if self_harm_item_answered(self.instrument, self.answers()):
            self.crisis.reveal()
        else:
            self.crisis.hide()
        self.changed.emit()
