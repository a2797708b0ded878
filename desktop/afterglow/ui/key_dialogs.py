"""Changing the passphrase and making a new recovery key, from the settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from afterglow.core.errors import AfterglowError, WrongPassphrase
from afterglow.ui.recovery_key import RecoveryKeyCheck, RecoveryKeyPage
from afterglow.ui.secret_clipboard import SecretClipboard
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.widgets.busy import BusyIndicator
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.new_passphrase import NewPassphraseForm
from afterglow.ui.widgets.page import Page, button, error_label, show_error, text_label
from afterglow.ui.widgets.passphrase_field import PassphraseField
from afterglow.vault.recovery import RecoveryKey
from afterglow.vault.vault import UnlockedVault


class ChangePassphraseDialog(FormDialog):
    """Asks for the current passphrase, then a new one; the recovery key keeps working."""

    changed = Signal()

    def __init__(
        self, journal: UnlockedVault, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Change passphrase"),
            self.tr("Your recovery key keeps working with the new passphrase."),
            parent,
        )
        self._journal = journal
        self._runner = runner
        self.add(text_label(self.tr("Current passphrase"), "heading"))
        self.current = PassphraseField(self.tr("Current passphrase"))
        self.add(self.current)
        self.form = NewPassphraseForm()
        self.add(self.form)
        self.error = error_label()
        self.add(self.error)
        self.busy = BusyIndicator()
        self.add(self.busy)
        self.cancel_button = button(self.tr("Cancel"))
        self.save_button = button(self.tr("Change passphrase"), "primary")
        self.set_buttons([self.cancel_button], [self.save_button])
        self.setTabOrder(self.current.toggle, self.form.passphrase_field.edit)
        self.setTabOrder(self.form.confirm_field.toggle, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)

        self.current.text_changed.connect(self._update)
        self.current.submitted.connect(self.form.setFocus)
        self.form.changed.connect(self._update)
        self.form.submitted.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(
            bool(self.current.text()) and self.form.is_ready() and self.busy.isHidden()
        )

    def save(self) -> None:
        if not (self.current.text() and self.form.is_ready() and self.busy.isHidden()):
            return
        current, new = self.current.text(), self.form.passphrase()
        journal = self._journal
        show_error(self.error, "")
        self.busy.start(self.tr("Saving your new passphrase…"))
        self._set_inputs_enabled(False)

        def change() -> None:
            journal.vault.check_passphrase(journal.header, current)
            journal.change_passphrase(new)

        self._runner.run(change, on_done=self._changed, on_error=self._failed)

    def _changed(self, _result: object) -> None:
        self.busy.stop()
        self.current.clear()
        self.form.clear()
        self.changed.emit()
        self.accept()

    def _failed(self, error: AfterglowError) -> None:
        self.busy.stop()
        self._set_inputs_enabled(True)
        if isinstance(error, WrongPassphrase):
            show_error(self.error, self.tr("That is not your current passphrase."))
            self.current.edit.selectAll()
            self.current.setFocus()
        else:
            show_error(self.error, error.message)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.current, self.form, self.cancel_button):
            widget.setEnabled(enabled)
        self._update()


class NewRecoveryKeyDialog(QDialog):
    """Explains, makes the new key, shows it once and checks it was kept."""

    renewed = Signal()

    def __init__(
        self,
        journal: UnlockedVault,
        runner: TaskRunner,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.setModal(True)
        self.resize(760, 640)
        self._journal = journal
        self._runner = runner

        self.intro = Page(
            self.tr("Make a new recovery key"),
            self.tr(
                "Your current recovery key stops working as soon as the new one is made. "
                "Have a way to keep the new one ready: a printer, a password manager, or a "
                "safe place for a file."
            ),
        )
        self.error = error_label()
        self.intro.add(self.error)
        self.busy = BusyIndicator()
        self.intro.add(self.busy)
        self.cancel_button = button(self.tr("Cancel"))
        self.make_button = button(self.tr("Make a new key"), "primary")
        self.intro.set_buttons([self.cancel_button], [self.make_button])
        self.key_page = RecoveryKeyPage(clipboard)
        self.check = RecoveryKeyCheck()

        self.stack = QStackedWidget()
        for page in (self.intro, self.key_page, self.check):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.cancel_button.clicked.connect(self.reject)
        self.make_button.clicked.connect(self.make_key)
        self.key_page.continued.connect(self._ask_for_last_group)
        self.check.back.connect(lambda: self.stack.setCurrentWidget(self.key_page))
        self.check.confirmed.connect(self.accept)

    def make_key(self) -> None:
        if not self.busy.isHidden():
            return
        show_error(self.error, "")
        self.make_button.setEnabled(False)
        self.busy.start(self.tr("Making your new recovery key…"))
        self._runner.run(
            self._journal.renew_recovery_key, on_done=self._made, on_error=self._failed
        )

    def _made(self, key: RecoveryKey) -> None:
        self.busy.stop()
        self.key_page.show_key(key)
        self.stack.setCurrentWidget(self.key_page)
        self.renewed.emit()

    def _failed(self, error: AfterglowError) -> None:
        self.busy.stop()
        self.make_button.setEnabled(True)
        show_error(self.error, error.message)

    def _ask_for_last_group(self) -> None:
        self.check.expect(self.key_page.last_group, self.tr("Done"))
        self.stack.setCurrentWidget(self.check)
        self.check.field.setFocus()

    def reject(self) -> None:
        # Once made, the new key is the only one that works: it must be kept before the
        # dialog goes away. (Locking closes the dialog with done(), not reject().)
        if self.stack.currentWidget() is self.intro:
            super().reject()

    def done(self, result: int) -> None:
        # However the dialog closes, the key leaves the screen and memory.
        self.key_page.forget()
        self.check.forget()
        super().done(result)
