"""Therapist contacts: adding one (a name and the therapist's `age1…` public key, checked
before it is kept) and removing one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLineEdit, QWidget

from afterglow.bundle import TherapistContact
from afterglow.bundle.contacts import MAX_NAME_LENGTH
from afterglow.bundle.errors import InvalidRecipient
from afterglow.ui.sharing.wording import contact_key_problem
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error, text_label


class AddContactDialog(FormDialog):
    """Checks the key as soon as Save is pressed; `contact_ready` carries a valid contact,
    and the dialog stays open until `saved()` or `refused(message)` answers."""

    contact_ready = Signal(object)  # TherapistContact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add a therapist"),
            self.tr(
                "Your therapist gives you their public key once: a line that starts with "
                "“age1”. Bundles you make for it can be opened only with their secret key."
            ),
            parent,
        )
        self.add(text_label(self.tr("Name"), "field-label"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Therapist's name"))
        self.name.setPlaceholderText(self.tr("For example, Dr. Rivera"))
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.add(self.name)
        self.add(text_label(self.tr("Public key"), "field-label"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Therapist's public key"))
        self.key.setPlaceholderText("age1…")
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.add(self.key)
        self.error = error_label()
        self.add(self.error)
        self.cancel_button = button(self.tr("Cancel"))
        self.save_button = button(self.tr("Add"), "primary")
        self.set_buttons([self.cancel_button], [self.save_button])
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.submit)
        self.key.returnPressed.connect(self.submit)
        self.name.textChanged.connect(self._update)
        self.key.textChanged.connect(self._update)
        self._update()

    def submit(self) -> None:
        name = self.name.text()
        if not " ".join(name.split()):
            show_error(self.error, self.tr("Give the therapist a name, so you know the key."))
            return
        try:
            contact = TherapistContact(name, self.key.text())
        except InvalidRecipient:
            show_error(self.error, contact_key_problem())
            self.key.setFocus()
            return
        show_error(self.error, "")
        self.save_button.setEnabled(False)
        self.contact_ready.emit(contact)

    def saved(self) -> None:
        self.accept()

    def refused(self, message: str) -> None:
        show_error(self.error, message)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.name.text().strip() and self.key.text().strip()))


class RemoveContactDialog(FormDialog):
    """Asks before forgetting a therapist's key: getting it again means asking them."""

    def __init__(self, contact: TherapistContact, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Remove %1?").replace("%1", contact.name),
            self.tr(
                "Afterglow forgets their public key. Bundles you already sent them still "
                "open; to send another, you would add the key again."
            ),
            parent,
        )
        self.contact = contact
        self.cancel_button = button(self.tr("Keep"))
        self.remove_button = button(self.tr("Remove"), "danger")
        self.set_buttons([self.cancel_button], [self.remove_button])
        self.cancel_button.clicked.connect(self.reject)
        self.remove_button.clicked.connect(self.accept)
