"""A passphrase input with a Show/Hide toggle."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from afterglow.ui.theme import set_role


class PassphraseField(QWidget):
    """A masked line edit; the toggle reveals the text for checking what was typed."""

    text_changed = Signal(str)
    submitted = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        # No drag-and-drop or context-menu copying of a hidden passphrase.
        self.edit.setDragEnabled(False)
        self.edit.textChanged.connect(self.text_changed)
        self.edit.returnPressed.connect(self.submitted)
        self.toggle = QToolButton()
        set_role(self.toggle, "reveal")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._reveal)
        self._reveal(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)

    def set_placeholder(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def _reveal(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.toggle.setAccessibleName(
            self.tr("Hide passphrase") if shown else self.tr("Show passphrase")
        )
