"""Therapist mode inside a journal: identities kept encrypted in the vault, each public key
as text and as a QR code to hand to clients, and the way in to opening a bundle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from afterglow.bundle.contacts import MAX_NAME_LENGTH
from afterglow.core.errors import AfterglowError
from afterglow.ui.sharing.parts import card, key_label
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.therapist.qr_code import QrCodeView
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error, text_label
from afterglow.vault.bundle_keys import BundleKeys, SavedIdentity


class NewIdentityDialog(FormDialog):
    """Asks for the name a new identity is kept under; `named(name)` when given."""

    named = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New therapist identity"),
            self.tr(
                "Afterglow makes a new key pair and keeps it encrypted in your journal. You "
                "give clients its public key; the secret key never leaves the journal."
            ),
            parent,
        )
        self.add(text_label(self.tr("Name"), "field-label"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the identity"))
        self.name.setPlaceholderText(self.tr("For example, Practice key 2025"))
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.add(self.name)
        self.error = error_label()
        self.add(self.error)
        self.cancel_button = button(self.tr("Cancel"))
        self.create_button = button(self.tr("Create"), "primary")
        self.set_buttons([self.cancel_button], [self.create_button])
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self.submit)
        self.name.returnPressed.connect(self.submit)
        self.name.textChanged.connect(lambda t: self.create_button.setEnabled(bool(t.strip())))
        self.create_button.setEnabled(False)

    def submit(self) -> None:
        name = " ".join(self.name.text().split())
        if name:
            self.create_button.setEnabled(False)
            self.named.emit(name)

    def refused(self, message: str) -> None:
        show_error(self.error, message)
        self.create_button.setEnabled(True)


class RemoveIdentityDialog(FormDialog):
    def __init__(self, saved: SavedIdentity, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Remove “%1”?").replace("%1", saved.name),
            self.tr(
                "Bundles made for this identity can no longer be opened here, and this "
                "cannot be undone. Tell clients who have its public key to stop using it."
            ),
            parent,
        )
        self.saved = saved
        self.cancel_button = button(self.tr("Keep it"))
        self.remove_button = button(self.tr("Remove"), "danger")
        self.set_buttons([self.cancel_button], [self.remove_button])
        self.cancel_button.clicked.connect(self.reject)
        self.remove_button.clicked.connect(self.accept)


class TherapistPanel(QWidget):
    """`open_bundle_requested` goes to the `BundleOpener`; the rest is handled here."""

    open_bundle_requested = Signal()
    notice = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._keys: BundleKeys | None = None
        self._identities: list[SavedIdentity] = []
        self.dialog: FormDialog | None = None

        title = text_label(self.tr("Therapist mode"), "title")
        lead = text_label(
            self.tr(
                "For therapists: give clients a public key, and read the bundles they make "
                "for it. Bundles open in memory, read-only, apart from this journal."
            ),
            "lead",
        )

        open_card, open_layout = card(self.tr("Open a bundle"))
        open_layout.addWidget(
            text_label(
                self.tr(
                    "Choose the file your client sent you, or drop it anywhere on this "
                    "window. Bundles locked with a passphrase open here too."
                ),
                "muted",
            )
        )
        self.open_button = button(self.tr("Open a bundle…"), "primary")
        self.open_button.setToolTip(self.tr("Open bundle (Ctrl+O)"))
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        open_layout.addLayout(open_row)

        identities_card, identities = card(self.tr("Your identities"))
        self.empty = text_label(
            self.tr(
                "None yet. Create an identity, then give your clients its public key: they "
                "add it in “Share with therapist” and lock their bundles for you."
            ),
            "muted",
        )
        identities.addWidget(self.empty)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Therapist identities"))
        self.list.setMaximumWidth(240)
        self.list.setMinimumWidth(180)
        self.list.setStyleSheet(
            "QListWidget { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 10px; padding: 4px; outline: none; }"
            " QListWidget::item { padding: 8px 6px; border-radius: 6px; }"
            " QListWidget::item:selected { background: palette(alternate-base);"
            " color: palette(text); }"
        )

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(8, 0, 0, 0)
        details.setSpacing(8)
        self.name = text_label("", "card-heading")
        self.created = text_label("", "muted")
        details.addWidget(self.name)
        details.addWidget(self.created)
        details.addWidget(text_label(self.tr("Public key"), "muted"))
        self.public_key = key_label("", "path")
        self.public_key.setAccessibleName(self.tr("Public key"))
        details.addWidget(self.public_key)
        self.copy_button = button(self.tr("Copy public key"))
        self.copied = text_label("", "success", wrap=False)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied)
        copy_row.addStretch(1)
        details.addLayout(copy_row)
        self.qr = QrCodeView(220)
        qr_row = QHBoxLayout()
        qr_row.setSpacing(16)
        qr_row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        qr_row.addWidget(
            text_label(
                self.tr(
                    "Clients can copy the key from an email or scan this code with a phone, "
                    "then paste it into Afterglow. The public key is safe to share; it can "
                    "only lock bundles, not open them."
                ),
                "muted",
            ),
            1,
            Qt.AlignmentFlag.AlignTop,
        )
        details.addLayout(qr_row)

        body = QHBoxLayout()
        body.setSpacing(12)
        list_column = QVBoxLayout()
        list_column.addWidget(self.list)
        list_column.addStretch(1)
        body.addLayout(list_column)
        body.addWidget(self.details, 1)
        identities.addLayout(body)
        self.new_button = button(self.tr("New identity…"))
        self.remove_button = button(self.tr("Remove…"), "quiet")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        identities.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(lead)
        layout.addSpacing(4)
        layout.addWidget(open_card)
        layout.addWidget(identities_card)
        layout.addStretch(1)

        self.open_button.clicked.connect(self.open_bundle_requested)
        self.list.currentRowChanged.connect(self._show_identity)
        self.copy_button.clicked.connect(self.copy_public_key)
        self.new_button.clicked.connect(lambda: self.new_identity())
        self.remove_button.clicked.connect(lambda: self.remove_identity())
        self._show_identities([])

    # -- the journal ----------------------------------------------------------------------

    def open_journal(self, keys: BundleKeys) -> None:
        self._keys = keys
        self.reload()

    def clear(self) -> None:
        self._keys = None
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self._show_identities([])

    def reload(self, select: str = "") -> None:
        keys = self._keys
        if keys is None:
            return
        self._runner.run(
            keys.therapist_identities,
            on_done=lambda found: self._show_identities(found, select),
            on_error=lambda error: self.notice.emit(error.message),
        )

    @property
    def identities(self) -> list[SavedIdentity]:
        return list(self._identities)

    def _show_identities(self, identities: list[SavedIdentity], select: str = "") -> None:
        current = self.current_identity()
        wanted = select or (current.public_key if current else "")
        self._identities = list(identities)
        self.list.blockSignals(True)
        self.list.clear()
        for saved in identities:
            item = QListWidgetItem(saved.name)
            item.setToolTip(saved.public_key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setFixedHeight(min(max(len(identities), 1), 6) * 40 + 12)
        has_any = bool(identities)
        self.empty.setVisible(not has_any)
        self.list.setVisible(has_any)
        self.details.setVisible(has_any)
        self.remove_button.setVisible(has_any)
        row = next((i for i, s in enumerate(identities) if s.public_key == wanted), 0)
        if has_any:
            self.list.setCurrentRow(row)
        self._show_identity(row if has_any else -1)

    def current_identity(self) -> SavedIdentity | None:
        row = self.list.currentRow()
        return self._identities[row] if 0 <= row < len(self._identities) else None

    def _show_identity(self, row: int) -> None:
        saved = self._identities[row] if 0 <= row < len(self._identities) else None
        self.copied.clear()
        if saved is None:
            self.name.clear()
            self.created.clear()
            self.public_key.clear()
            self.qr.clear()
            return
        self.name.setText(saved.name)
        self.created.setText(
            self.tr("Made on %1").replace("%1", saved.created_at.strftime("%Y-%m-%d"))
        )
        self.public_key.setText(saved.public_key)
        self.qr.show_key(saved.public_key)

    def copy_public_key(self) -> None:
        saved = self.current_identity()
        if saved is not None:
            QGuiApplication.clipboard().setText(saved.public_key)
            self.copied.setText(self.tr("Copied"))

    # -- creating and removing ------------------------------------------------------------

    def new_identity(self) -> NewIdentityDialog:
        dialog = NewIdentityDialog(self)
        dialog.named.connect(lambda name: self.create_identity(name, dialog))
        self._open(dialog)
        return dialog

    def create_identity(self, name: str, dialog: NewIdentityDialog | None = None) -> None:
        keys = self._keys
        if keys is None:
            return

        def created(saved: SavedIdentity) -> None:
            if dialog is not None:
                dialog.accept()
            self.reload(select=saved.public_key)

        def refused(error: AfterglowError) -> None:
            if dialog is not None:
                dialog.refused(error.message)
            else:
                self.notice.emit(error.message)

        self._runner.run(
            lambda: keys.add_therapist_identity(name), on_done=created, on_error=refused
        )

    def remove_identity(self) -> RemoveIdentityDialog | None:
        saved = self.current_identity()
        if saved is None:
            return None
        dialog = RemoveIdentityDialog(saved, self)
        dialog.accepted.connect(lambda: self._remove(saved))
        self._open(dialog)
        return dialog

    def _remove(self, saved: SavedIdentity) -> None:
        keys = self._keys
        if keys is None:
            return
        self._runner.run(
            lambda: keys.remove_therapist_identity(saved.public_key),
            on_done=lambda _gone: self.reload(),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def _open(self, dialog: FormDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
