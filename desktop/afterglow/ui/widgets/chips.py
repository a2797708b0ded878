"""Small rounded labels for tags and feelings, optionally with a button to remove them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from afterglow.ui.theme import set_role

CHIP_HEIGHT = 26


class Chip(QWidget):
    """A word in a rounded box; with `removable`, a small cross emits `removed(text)`."""

    removed = Signal(str)

    def __init__(
        self,
        text: str,
        *,
        removable: bool = False,
        role: str = "chip",
        tooltip: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.text = text
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Style sheets drop rounded corners whose radius is over half the height; a fixed
        # height keeps every chip round, with or without its remove button.
        self.setFixedHeight(CHIP_HEIGHT)
        set_role(self, role)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 0, 4 if removable else 10, 0)
        layout.setSpacing(2)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        self.remove_button: QToolButton | None = None
        if removable:
            button = QToolButton()
            button.setText("\u00d7")
            set_role(button, "chip-remove")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(self.tr("Remove %1").replace("%1", text))
            button.setToolTip(self.tr("Remove"))
            button.clicked.connect(lambda: self.removed.emit(self.text))
            layout.addWidget(button)
            self.remove_button = button
        if tooltip:
            self.setToolTip(tooltip)
        self.setAccessibleName(text)


class ToggleChip(QPushButton):
    """A chip that can be switched on and off, for choosing words from a list."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        set_role(self, "toggle-chip")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(text)
