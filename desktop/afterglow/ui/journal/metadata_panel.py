"""An entry's details: kind, date, mood and energy, feelings, tags and the private flag."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.entries import EntryKind
from afterglow.ui.journal.emotions_picker import FeelingsDialog
from afterglow.ui.journal.tag_editor import TagEditor
from afterglow.ui.journal.wording import kind_name, pydate, qdate
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.calm_calendar import CalmCalendar
from afterglow.ui.widgets.chips import Chip
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.flow_layout import FlowLayout
from afterglow.ui.widgets.page import button, text_label
from afterglow.ui.widgets.scale_button import ScaleButton


class MetadataPanel(QWidget):
    """Edits everything about an entry except its words; `changed` on every edit."""

    changed = Signal()
    wants_known_tags = Signal()

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emotions: list[str] = []
        self._emotion_chips: list[Chip] = []
        self._dialog: FeelingsDialog | None = None

        self.kind = ChoiceBox(self.tr("Kind of entry"))
        set_role(self.kind, "property")
        for kind in EntryKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.day = QDateEdit()
        set_role(self.day, "property")
        self.day.setCalendarPopup(True)
        self.day.setCalendarWidget(CalmCalendar(colors))
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setAccessibleName(self.tr("Date of the entry"))
        self.mood = ScaleButton(self.tr("Mood"), self.tr("very low"), self.tr("very good"))
        self.energy = ScaleButton(self.tr("Energy"), self.tr("drained"), self.tr("full of energy"))
        self.private = QCheckBox(self.tr("Private"))
        self.private.setToolTip(self._private_explained())
        self.private.setAccessibleDescription(self._private_explained())

        # Wraps onto a second line in a narrow window rather than squeezing the fields.
        self.properties = QWidget()
        properties = FlowLayout(self.properties, spacing=8)
        for widget in (self.kind, self.day, self.mood, self.energy, self.private):
            properties.addWidget(widget)

        self.feelings_holder = QWidget()
        self.feelings_flow = FlowLayout(self.feelings_holder, spacing=6)
        self.add_feelings = button(self.tr("Add feelings…"), "link")
        self.add_feelings.setAccessibleName(self.tr("Choose feelings"))
        self.feelings_flow.addWidget(self.add_feelings)

        self.tags = TagEditor(self.tr("Add a tag"), self.tr("Tags"))

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        feelings_label = text_label(self.tr("Feelings"), "field-label", wrap=False)
        tags_label = text_label(self.tr("Tags"), "field-label", wrap=False)
        grid.addWidget(feelings_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.feelings_holder, 0, 1)
        grid.addWidget(tags_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.tags, 1, 1)
        grid.setColumnStretch(1, 1)
        feelings_label.setBuddy(self.add_feelings)
        tags_label.setBuddy(self.tags.field)

        self.private_note = text_label(self._private_explained(), "muted")
        self.private_note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.properties)
        layout.addLayout(grid)
        layout.addWidget(self.private_note)

        self.kind.currentIndexChanged.connect(self.changed)
        self.day.dateChanged.connect(self.changed)
        self.mood.value_changed.connect(self.changed)
        self.energy.value_changed.connect(self.changed)
        self.private.toggled.connect(self._private_toggled)
        self.add_feelings.clicked.connect(self.choose_feelings)
        self.tags.changed.connect(self.changed)
        self.tags.wants_known_tags.connect(self.wants_known_tags)

    def _private_explained(self) -> str:
        return self.tr(
            "Private entries are never shared with your therapist unless you choose to unmark them."
        )

    # -- values -----------------------------------------------------------------------

    def kind_value(self) -> EntryKind:
        return EntryKind(str(self.kind.currentData()))

    def day_value(self) -> date:
        return pydate(self.day.date())

    def emotions(self) -> tuple[str, ...]:
        return tuple(self._emotions)

    def load(
        self,
        *,
        kind: EntryKind,
        day: date,
        mood: int | None,
        energy: int | None,
        emotions: Iterable[str],
        tags: Iterable[str],
        private: bool,
    ) -> None:
        """Shows an entry's details without emitting `changed`."""
        self.blockSignals(True)
        for widget in (self.kind, self.day, self.private):
            widget.blockSignals(True)
        try:
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
            self.day.setDate(qdate(day))
            self.mood.set_value(mood)
            self.energy.set_value(energy)
            self.private.setChecked(private)
            self.private_note.setVisible(private)
            self._show_emotions(list(emotions))
            self.tags.set_tags(tags)
        finally:
            for widget in (self.kind, self.day, self.private):
                widget.blockSignals(False)
            self.blockSignals(False)

    def apply_colors(self) -> None:
        calendar = self.day.calendarWidget()
        if isinstance(calendar, CalmCalendar):
            calendar.apply_colors()

    def set_body_tags(self, tags: Iterable[str]) -> None:
        self.tags.set_fixed(tags, self.tr("From a #tag in your text; edit the text to remove it."))

    def clear(self) -> None:
        if self._dialog is not None:
            self._dialog.done(0)
        self.load(
            kind=EntryKind.JOURNAL,
            day=date.today(),
            mood=None,
            energy=None,
            emotions=(),
            tags=(),
            private=False,
        )
        self.tags.clear()

    # -- feelings ---------------------------------------------------------------------

    def choose_feelings(self) -> FeelingsDialog:
        dialog = FeelingsDialog(self._emotions, self.window())
        dialog.picker.changed.connect(lambda: self._set_emotions(dialog.picker.chosen()))
        dialog.finished.connect(self._feelings_closed)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _feelings_closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None

    def _set_emotions(self, words: Iterable[str]) -> None:
        self._show_emotions(list(words))
        self.changed.emit()

    def _remove_emotion(self, word: str) -> None:
        self._set_emotions(w for w in self._emotions if w != word)

    def _show_emotions(self, words: list[str]) -> None:
        for chip in self._emotion_chips:
            self.feelings_flow.discard(chip)
        self._emotion_chips = []
        self._emotions = words
        for index, word in enumerate(words):
            chip = Chip(word, removable=True, role="chip-feeling")
            chip.removed.connect(self._remove_emotion)
            self.feelings_flow.insert_widget(index, chip)
            self._emotion_chips.append(chip)
        self.add_feelings.setText(self.tr("Add feelings…") if not words else self.tr("Change…"))

    def _private_toggled(self, on: bool) -> None:
        self.private_note.setVisible(on)
        self.changed.emit()
