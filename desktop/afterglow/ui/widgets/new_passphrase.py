"""Choosing a passphrase: the field, its strength meter and a confirmation field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from afterglow.core.passphrase import MINIMUM_LENGTH, assess
from afterglow.ui.theme import repolish, set_role
from afterglow.ui.widgets.page import text_label
from afterglow.ui.widgets.passphrase_field import PassphraseField
from afterglow.ui.widgets.strength_meter import StrengthMeter

# zxcvbn refuses longer input; past this length the passphrase is long enough anyway.
_ASSESSED_CHARACTERS = 72


class NewPassphraseForm(QWidget):
    """Ready once the passphrase is long enough and typed the same twice; weak is allowed."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase_field = PassphraseField(self.tr("New passphrase"))
        self.passphrase_field.set_placeholder(self.tr("A few unrelated words"))
        self.meter = StrengthMeter()
        self.confirm_field = PassphraseField(self.tr("Type the passphrase again"))
        self.confirm_field.set_placeholder(self.tr("Type it again"))
        self.match = text_label("", "muted")
        self.match.setAccessibleName(self.tr("Whether the passphrases match"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(text_label(self.tr("Passphrase"), "heading"))
        layout.addWidget(self.passphrase_field)
        layout.addWidget(self.meter)
        layout.addSpacing(10)
        layout.addWidget(text_label(self.tr("Confirm passphrase"), "heading"))
        layout.addWidget(self.confirm_field)
        layout.addWidget(self.match)
        self.setTabOrder(self.passphrase_field.edit, self.passphrase_field.toggle)
        self.setTabOrder(self.passphrase_field.toggle, self.confirm_field.edit)
        self.setTabOrder(self.confirm_field.edit, self.confirm_field.toggle)
        self.setFocusProxy(self.passphrase_field)

        self.passphrase_field.text_changed.connect(self._update)
        self.confirm_field.text_changed.connect(self._update)
        self.passphrase_field.submitted.connect(self.confirm_field.setFocus)
        self.confirm_field.submitted.connect(self._submit)
        self._update()

    def passphrase(self) -> str:
        return self.passphrase_field.text()

    def is_ready(self) -> bool:
        text = self.passphrase()
        return len(text) >= MINIMUM_LENGTH and text == self.confirm_field.text()

    def clear(self) -> None:
        self.passphrase_field.clear()
        self.confirm_field.clear()

    def _update(self) -> None:
        text = self.passphrase()
        self.meter.show_strength(assess(text[:_ASSESSED_CHARACTERS]) if text else None)
        confirm = self.confirm_field.text()
        matching = bool(confirm) and confirm == text
        if not confirm or (not matching and text.startswith(confirm)):
            message = ""  # still typing
        elif matching:
            message = self.tr("✓ The passphrases match.")
        else:
            message = self.tr("The passphrases are not the same yet.")
        set_role(self.match, "success" if matching else "muted")
        repolish(self.match)
        self.match.setText(message)
        self.match.setVisible(bool(message))
        self.changed.emit()

    def _submit(self) -> None:
        if self.is_ready():
            self.submitted.emit()
