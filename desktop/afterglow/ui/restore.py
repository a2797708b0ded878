"""Restoring the journal from a backup file: what it will do, and the passphrases it needs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, text_label
from afterglow.ui.widgets.passphrase_field import PassphraseField
from afterglow.ui.words import translated
from afterglow.vault.backups import SUFFIX


class RestoreDialog(FormDialog):
    """Collects what `Vault.restore` needs; the main window locks, restores and unlocks."""

    restore_requested = Signal(object, str, object)  # backup path, passphrase, backup passphrase

    def __init__(self, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Restore from a backup"),
            self.tr(
                "Afterglow will lock, put the backup in place of your journal and open it "
                "again. Your journal as it is now is kept as a backup first, so nothing is "
                "lost."
            ),
            parent,
        )
        self.backup = backup
        self.add(text_label(self.tr("Backup file"), "heading"))
        file_label = text_label(backup.name, "path")
        file_label.setToolTip(str(backup))
        self.add(file_label)
        self.add(text_label(self.tr("Your passphrase"), "heading"))
        self.passphrase = PassphraseField(self.tr("Your passphrase"))
        self.add(self.passphrase)
        self.different_button = button(
            self.tr("The backup was made with a different passphrase"), "link"
        )
        self.add(self.different_button)
        self.backup_label = text_label(self.tr("The backup's passphrase"), "heading")
        self.backup_passphrase = PassphraseField(self.tr("The backup's passphrase"))
        self.add(self.backup_label)
        self.add(self.backup_passphrase)
        self.backup_label.hide()
        self.backup_passphrase.hide()

        self.cancel_button = button(self.tr("Cancel"))
        self.restore_button = button(self.tr("Lock and restore"), "primary")
        self.set_buttons([self.cancel_button], [self.restore_button])
        self.setTabOrder(self.passphrase.toggle, self.different_button)
        self.setTabOrder(self.different_button, self.backup_passphrase.edit)
        self.setTabOrder(self.backup_passphrase.toggle, self.restore_button)
        self.setTabOrder(self.restore_button, self.cancel_button)

        self.different_button.clicked.connect(self._ask_backup_passphrase)
        self.passphrase.text_changed.connect(self._update)
        self.passphrase.submitted.connect(self.confirm)
        self.backup_passphrase.submitted.connect(self.confirm)
        self.restore_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        self._update()

    def _ask_backup_passphrase(self) -> None:
        self.different_button.hide()
        self.backup_label.show()
        self.backup_passphrase.show()
        self.backup_passphrase.setFocus()

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.passphrase.text()))

    def confirm(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        backup_passphrase = self.backup_passphrase.text() or None
        self.passphrase.clear()
        self.backup_passphrase.clear()
        self.accept()
        self.restore_requested.emit(self.backup, passphrase, backup_passphrase)


def choose_backup(parent: QWidget, folder: Path, chosen: Callable[[Path], object]) -> QFileDialog:
    """Asks for a backup file, starting in the journal's backups folder."""

    def tr(text: str) -> str:
        return translated(text)

    dialog = QFileDialog(parent, tr("Choose a backup"), str(folder))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [tr("Afterglow backups (*%1)").replace("%1", SUFFIX), tr("All files (*)")]
    )
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()  # not exec(): a lock while it is open must not nest event loops
    return dialog
