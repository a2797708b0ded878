"""Step 3 of sharing: who can open the bundle, a saved therapist (their public key) or
whoever is given a passphrase of six random words, shown here only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.bundle import ForTherapists, TherapistContact, WithPassphrase, generate_passphrase
from afterglow.ui.secret_clipboard import SecretClipboard
from afterglow.ui.sharing.parts import Segments, card
from afterglow.ui.sharing.ticks import TickBox, TickBoxDelegate
from afterglow.ui.theme import set_role
from afterglow.ui.widgets.page import button, text_label

KEY = "key"
PASSPHRASE = "passphrase"


def short_key(key: str) -> str:
    return f"{key[:12]}…{key[-6:]}" if len(key) > 24 else key


class RecipientStep(QWidget):
    """`ready_changed` when whether there is someone to lock the bundle for changes;
    `add_requested` and `remove_requested(contact)` go to the flow, which owns the keys."""

    ready_changed = Signal(bool)
    add_requested = Signal()
    remove_requested = Signal(object)  # TherapistContact

    def __init__(self, clipboard: SecretClipboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._passphrase = ""
        self._contacts: list[TherapistContact] = []

        title = text_label(self.tr("Who can open it"), "title")
        lead = text_label(
            self.tr(
                "The bundle is encrypted. Only your therapist's secret key, or the passphrase "
                "Afterglow makes up for you, can open it."
            ),
            "lead",
        )
        self.how = Segments(
            [(KEY, self.tr("My therapist's key")), (PASSPHRASE, self.tr("A passphrase"))],
            self.tr("How to lock the bundle"),
        )
        self.pages = QStackedWidget()

        # -- a therapist's key --------------------------------------------------------------
        key_card, key_layout = card(self.tr("Your therapists"))
        key_layout.addWidget(
            text_label(
                self.tr(
                    "The best way: only the therapist you choose can open the bundle. Tick "
                    "one or more."
                ),
                "muted",
            )
        )
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(self.tr("Therapists to lock the bundle for"))
        self.contacts.setStyleSheet(
            "QListWidget { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 10px; padding: 4px; outline: none; }"
            " QListWidget::item { padding: 8px 6px; border-radius: 6px; }"
            " QListWidget::item:selected { background: palette(alternate-base);"
            " color: palette(text); }"
        )
        self.contacts.setItemDelegate(TickBoxDelegate(self.contacts))
        key_layout.addWidget(self.contacts)
        self.no_contacts = text_label(
            self.tr(
                "No therapists yet. Ask your therapist for their Afterglow public key (it "
                "starts with “age1”), then add it here."
            ),
            "muted",
        )
        key_layout.addWidget(self.no_contacts)
        self.add_button = button(self.tr("Add a therapist…"))
        self.remove_button = button(self.tr("Remove"), "quiet")
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        key_layout.addLayout(row)
        key_page = QWidget()
        key_column = QVBoxLayout(key_page)
        key_column.setContentsMargins(0, 0, 0, 0)
        key_column.addWidget(key_card)
        key_column.addStretch(1)

        # -- a passphrase -------------------------------------------------------------------
        words_card, words_layout = card(self.tr("Your bundle's passphrase"))
        self.words = text_label("", "keygroup")
        self.words.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(self.tr("Passphrase"))
        words_layout.addWidget(self.words)
        self.copy_button = button(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("The clipboard is cleared again after a minute"))
        self.new_words_button = button(self.tr("Other words"), "quiet")
        self.copied = text_label("", "success", wrap=False)
        words_row = QHBoxLayout()
        words_row.setSpacing(8)
        words_row.addWidget(self.copy_button)
        words_row.addWidget(self.new_words_button)
        words_row.addWidget(self.copied)
        words_row.addStretch(1)
        words_layout.addLayout(words_row)
        self.advice = text_label(
            self.tr(
                "Afterglow shows these words only now. Give them to your therapist another "
                "way than the file: read them out in person or on the phone, or send them in "
                "a different app. Never in the same email as the bundle."
            ),
            "muted",
        )
        words_layout.addWidget(self.advice)
        self.kept = TickBox(self.tr("I have kept the passphrase to pass on"))
        words_layout.addWidget(self.kept)
        words_page = QWidget()
        words_column = QVBoxLayout(words_page)
        words_column.setContentsMargins(0, 0, 0, 0)
        words_column.addWidget(words_card)
        words_column.addStretch(1)

        self.pages.addWidget(key_page)
        self.pages.addWidget(words_page)
        self._pages = {KEY: key_page, PASSPHRASE: words_page}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(lead)
        layout.addSpacing(4)
        layout.addWidget(self.how)
        layout.addWidget(self.pages)
        layout.addStretch(1)
        set_role(self.remove_button, "quiet")

        self.how.chosen.connect(self._how_chosen)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove_current)
        self.contacts.itemChanged.connect(lambda _item: self._update())
        self.contacts.currentRowChanged.connect(lambda _row: self._update())
        self.copy_button.clicked.connect(self.copy_passphrase)
        self.new_words_button.clicked.connect(self.new_passphrase)
        self.kept.toggled.connect(lambda _on: self._update())
        self._update()

    # -- what was chosen --------------------------------------------------------------------

    @property
    def passphrase(self) -> str:
        return self._passphrase

    def chosen_contacts(self) -> list[TherapistContact]:
        chosen = []
        for row in range(self.contacts.count()):
            item = self.contacts.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(self._contacts[row])
        return chosen

    def lock(self) -> ForTherapists | WithPassphrase | None:
        """How to lock the bundle, or None while nothing is chosen."""
        if self.how.current == PASSPHRASE:
            if self._passphrase and self.kept.isChecked():
                return WithPassphrase(self._passphrase)
            return None
        chosen = self.chosen_contacts()
        return ForTherapists([c.public_key for c in chosen]) if chosen else None

    def is_ready(self) -> bool:
        return self.lock() is not None

    # -- contacts ---------------------------------------------------------------------------

    def set_contacts(self, contacts: Sequence[TherapistContact]) -> None:
        ticked = {c.public_key for c in self.chosen_contacts()}
        if not self._contacts and len(contacts) == 1:
            ticked = {contacts[0].public_key}  # the usual case: one therapist, already ticked
        self._contacts = list(contacts)
        self.contacts.blockSignals(True)
        self.contacts.clear()
        for contact in contacts:
            item = QListWidgetItem(f"{contact.name}    {short_key(contact.public_key)}")
            item.setToolTip(contact.public_key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, contact.name)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = contact.public_key in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.contacts.addItem(item)
        self.contacts.blockSignals(False)
        rows = min(max(len(contacts), 1), 6)
        self.contacts.setFixedHeight(rows * 40 + 12)
        self._update()

    def tick(self, public_key: str) -> None:
        for row, contact in enumerate(self._contacts):
            if contact.public_key == public_key:
                self.contacts.item(row).setCheckState(Qt.CheckState.Checked)

    def _remove_current(self) -> None:
        row = self.contacts.currentRow()
        if 0 <= row < len(self._contacts):
            self.remove_requested.emit(self._contacts[row])

    # -- the passphrase ---------------------------------------------------------------------

    def new_passphrase(self) -> None:
        self._passphrase = generate_passphrase()
        self.words.setText(self._passphrase)
        self.copied.clear()
        self.kept.setChecked(False)
        self._update()

    def copy_passphrase(self) -> None:
        if self._passphrase:
            self._clipboard.copy(self._passphrase)
            self.copied.setText(self.tr("Copied. The clipboard clears itself in a minute."))

    def forget_passphrase(self) -> None:
        """The passphrase is shown once: after the bundle is made, or on lock, it is gone."""
        self._passphrase = ""
        self.words.clear()
        self.copied.clear()
        self.kept.setChecked(False)
        self._update()

    # -- state ------------------------------------------------------------------------------

    def forget(self) -> None:
        self.forget_passphrase()
        self._contacts = []
        self.contacts.clear()
        self.how.choose(KEY)
        self.pages.setCurrentWidget(self._pages[KEY])
        self._update()

    def _how_chosen(self, key: str) -> None:
        self.pages.setCurrentWidget(self._pages[key])
        if key == PASSPHRASE and not self._passphrase:
            self.new_passphrase()
        self._update()

    def _update(self) -> None:
        self.no_contacts.setVisible(not self._contacts)
        self.contacts.setVisible(bool(self._contacts))
        self.remove_button.setEnabled(0 <= self.contacts.currentRow() < len(self._contacts))
        self.ready_changed.emit(self.is_ready())
