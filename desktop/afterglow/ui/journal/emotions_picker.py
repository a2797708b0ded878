"""Choosing feelings: the built-in words grouped by pleasantness and energy, and the
person's own words alongside them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from afterglow.core.emotions import VOCABULARY, Quadrant, normalize_emotion, quadrant_of
from afterglow.core.errors import InvalidEntry
from afterglow.ui.widgets.chips import ToggleChip
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.flow_layout import FlowLayout
from afterglow.ui.widgets.page import button, text_label


def quadrant_name(quadrant: Quadrant) -> str:
    names = {
        Quadrant.PLEASANT_HIGH_ENERGY: QT_TRANSLATE_NOOP("EmotionsPicker", "Pleasant, with energy"),
        Quadrant.PLEASANT_LOW_ENERGY: QT_TRANSLATE_NOOP("EmotionsPicker", "Pleasant and calm"),
        Quadrant.UNPLEASANT_HIGH_ENERGY: QT_TRANSLATE_NOOP(
            "EmotionsPicker", "Unpleasant, with energy"
        ),
        Quadrant.UNPLEASANT_LOW_ENERGY: QT_TRANSLATE_NOOP("EmotionsPicker", "Unpleasant and low"),
    }
    return QCoreApplication.translate("EmotionsPicker", str(names[quadrant]))


class EmotionsPicker(QWidget):
    """Toggle chips for the 60 built-in words, and a field for words of one's own.

    The order of the chosen words is the order they were picked in.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: list[str] = []
        self._chips: dict[str, ToggleChip] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for quadrant, words in VOCABULARY.items():
            layout.addWidget(text_label(quadrant_name(quadrant), "muted"))
            holder = QWidget()
            flow = FlowLayout(holder, spacing=6)
            for word in words:
                flow.addWidget(self._chip(word))
            layout.addWidget(holder)
            layout.addSpacing(6)
        layout.addWidget(text_label(self.tr("Your own words"), "muted"))
        self.own_holder = QWidget()
        self.own_flow = FlowLayout(self.own_holder, spacing=6)
        layout.addWidget(self.own_holder)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.own_field = QLineEdit()
        self.own_field.setPlaceholderText(self.tr("A word of your own"))
        self.own_field.setAccessibleName(self.tr("A feeling in your own words"))
        self.own_field.setMaxLength(40)
        self.add_button = button(self.tr("Add"))
        row.addWidget(self.own_field, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.own_field.returnPressed.connect(self._add_own)
        self.add_button.clicked.connect(self._add_own)

    def chosen(self) -> tuple[str, ...]:
        return tuple(self._chosen)

    def set_chosen(self, words: Iterable[str]) -> None:
        self._chosen = []
        for chip in self._chips.values():
            chip.setChecked(False)
        for word in words:
            self._choose(word)

    def _chip(self, word: str) -> ToggleChip:
        chip = ToggleChip(word)
        chip.toggled.connect(lambda on, word=word: self._toggled(word, on))
        self._chips[word] = chip
        return chip

    def _choose(self, word: str) -> None:
        chip = self._chips.get(word)
        if chip is None:
            chip = self._chip(word)
            self.own_flow.addWidget(chip)
        if word not in self._chosen:
            self._chosen.append(word)
        chip.blockSignals(True)
        chip.setChecked(True)
        chip.blockSignals(False)

    def _toggled(self, word: str, on: bool) -> None:
        if on and word not in self._chosen:
            self._chosen.append(word)
        elif not on and word in self._chosen:
            self._chosen.remove(word)
        self.changed.emit()

    def _add_own(self) -> None:
        try:
            word = normalize_emotion(self.own_field.text())
        except InvalidEntry:
            return
        self.own_field.clear()
        if word not in self._chosen:
            self._choose(word)
            self.changed.emit()


class FeelingsDialog(FormDialog):
    """The picker in a dialog; changes apply as they are made."""

    def __init__(self, chosen: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("EmotionsPicker", "How are you feeling?"),
            QCoreApplication.translate(
                "EmotionsPicker",
                "Pick as many words as fit, or add your own. There are no wrong answers.",
            ),
            parent,
        )
        self.setMinimumWidth(680)
        self.picker = EmotionsPicker()
        self.picker.set_chosen(chosen)
        self.add(self.picker)
        self.done_button = button(self.tr("Done"), "primary")
        self.done_button.clicked.connect(self.accept)
        self.set_buttons([], [self.done_button])
        self.done_button.setDefault(True)
        self.done_button.setFocus()
        self.fit_to_width(680)

    def fit_to_width(self, width: int) -> None:
        """Tall enough for every line of chips at `width` (layouts that wrap, like the
        chips', only know their height once the width is known)."""
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else -1
        self.resize(width, max(height, self.height()))


def is_own_word(word: str) -> bool:
    return quadrant_of(word) is None
