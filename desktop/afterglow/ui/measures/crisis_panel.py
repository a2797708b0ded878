"""Crisis resources, shown calmly as soon as PHQ-9 item 9 is answered with anything but
"Not at all": what to do now, how to reach emergency services or a crisis line, and that
nobody monitors Afterglow. Soft colours, not alarm red; focusable and read out in full."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from afterglow.ui.measures.wording import crisis_resources
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.page import text_label


def _readable(label: QLabel) -> QLabel:
    """Lets keyboard users move through the text and screen readers read each part."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


class CrisisPanel(QFrame):
    """Hidden until `reveal()`; `text` is everything it says, as plain text."""

    revealed = Signal()

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrisisPanel")
        self._colors = colors
        resources = crisis_resources()
        self.text = resources.text
        self.title = _readable(text_label(resources.title, "heading"))
        self.opening = _readable(text_label(resources.opening))
        self.steps = [_readable(text_label(f"\u2022  {step}")) for step in resources.steps]
        self.privacy = _readable(text_label(resources.privacy))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.opening)
        for step in self.steps:
            layout.addWidget(step)
        layout.addWidget(self.privacy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(resources.title)
        self.setAccessibleDescription(self.text)
        self.apply_colors()
        self.hide()

    def reveal(self) -> None:
        """Shows the resources and tells assistive technology, once, without stealing focus."""
        if not self.isHidden():
            return
        self.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, self.text))
        self.revealed.emit()

    def apply_colors(self) -> None:
        c = self._colors()
        self.setStyleSheet(
            f"QFrame#CrisisPanel {{ background: {c.accent_soft}; border: 1px solid {c.accent};"
            f" border-radius: 14px; }}"
            f" QFrame#CrisisPanel QLabel {{ background: transparent; color: {c.on_accent_soft}; }}"
            f" QFrame#CrisisPanel:focus {{ border: 2px solid {c.accent}; }}"
        )
