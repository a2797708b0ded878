"""Small layout pieces the sharing and therapist screens share: cards, a scrolling column,
a row of exclusive choices, and a key shown in a fixed-width font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from afterglow.ui.theme import set_role
from afterglow.ui.widgets.chips import ToggleChip
from afterglow.ui.widgets.page import text_label


def card(heading: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A rounded surface with an optional heading; returns it and its layout."""
    frame = QFrame()
    set_role(frame, "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 18)
    layout.setSpacing(10)
    if heading:
        layout.addWidget(text_label(heading, "heading"))
    return frame, layout


def scrolling(content: QWidget, width: int = 760) -> QScrollArea:
    """`content` in a scroll area, as a column at most `width` wide, aligned left."""
    content.setMaximumWidth(width)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 12, 0)
    row.addWidget(content, 1)
    row.addStretch(0)
    area = QScrollArea()
    area.setAccessibleName(QCoreApplication.translate("Sharing", "Share with therapist"))
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(holder)
    return area


def key_label(text: str = "", role: str | None = "path") -> QLabel:
    """A key or fingerprint: fixed-width, selectable, wrapping anywhere."""
    label = text_label(text, role)
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def fingerprint_lines(fingerprint: str) -> str:
    """Ten groups of four on two lines of five, easier to read aloud and compare."""
    groups = fingerprint.split()
    half = (len(groups) + 1) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])


class Segments(QWidget):
    """A row of toggle chips of which exactly one is on; `chosen(key)` when it changes."""

    chosen = Signal(str)

    def __init__(
        self, choices: list[tuple[str, str]], accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, ToggleChip] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for key, text in choices:
            chip = ToggleChip(text)
            self.group.addButton(chip)
            self.buttons[key] = chip
            layout.addWidget(chip)
            chip.toggled.connect(lambda on, key=key: self._toggled(on, key))
        layout.addStretch(1)
        if choices:
            self.buttons[choices[0][0]].setChecked(True)

    def _toggled(self, on: bool, key: str) -> None:
        if on:
            self.chosen.emit(key)

    @property
    def current(self) -> str:
        for key, chip in self.buttons.items():
            if chip.isChecked():
                return key
        return ""

    def choose(self, key: str) -> None:
        self.buttons[key].setChecked(True)
