"""Unlocking: the passphrase, or the recovery key followed by a new passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QWidget

from afterglow.core.errors import AfterglowError, DamagedData, InvalidRecoveryKey, WrongPassphrase
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import set_role
from afterglow.ui.widgets.busy import BusyIndicator
from afterglow.ui.widgets.new_passphrase import NewPassphraseForm
from afterglow.ui.widgets.page import Page, button, error_label, show_error, text_label
from afterglow.ui.widgets.passphrase_field import PassphraseField
from afterglow.vault.vault import UnlockedVault, Vault


class UnlockPage(Page):
    submitted = Signal()
    use_recovery_key = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Welcome back"),
            self.tr("Enter your passphrase to open your journal."),
            mark=True,
            width=440,
            parent=parent,
        )
        self.notice = text_label("", "muted")
        self.notice.hide()
        self.add(self.notice)
        # Something to know before typing (the demo's passphrase); empty in real use.
        self.hint = text_label("", "hint")
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.hide()
        self.add(self.hint)
        self.field = PassphraseField(self.tr("Passphrase"))
        self.field.set_placeholder(self.tr("Passphrase"))
        self.add(self.field)
        self.error = error_label()
        self.add(self.error)
        self.restore_button = button(self.tr("Restore from a backup…"), "link")
        self.restore_button.hide()
        self.add(self.restore_button)
        self.busy = BusyIndicator()
        self.add(self.busy)
        self.unlock_button = button(self.tr("Unlock"), "primary")
        self.recovery_button = button(self.tr("Forgot it? Use your recovery key"), "link")
        self.set_buttons([self.recovery_button], [self.unlock_button])
        self.setTabOrder(self.field.edit, self.field.toggle)
        self.setTabOrder(self.field.toggle, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_button)
        self.setTabOrder(self.recovery_button, self.restore_button)

        self.field.submitted.connect(self.submitted)
        self.field.text_changed.connect(self._update)
        self.unlock_button.clicked.connect(self.submitted)
        self.recovery_button.clicked.connect(self.use_recovery_key)
        self.restore_button.clicked.connect(self.restore_requested)
        self._update()

    def _update(self) -> None:
        self.unlock_button.setEnabled(bool(self.field.text()) and self.busy.isHidden())


class RecoveryPage(Page):
    submitted = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Use your recovery key"),
            self.tr(
                "Type the recovery key you kept when you set up Afterglow. Capitals, spaces "
                "and dashes do not matter. You will choose a new passphrase next."
            ),
            width=560,
            parent=parent,
        )
        self.field = QLineEdit()
        set_role(self.field, "key")
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.field.setAccessibleName(self.tr("Recovery key"))
        self.add(self.field)
        self.error = error_label()
        self.add(self.error)
        self.busy = BusyIndicator()
        self.add(self.busy)
        self.back_button = button(self.tr("Back"))
        self.continue_button = button(self.tr("Continue"), "primary")
        self.set_buttons([self.back_button], [self.continue_button])
        self.setTabOrder(self.field, self.continue_button)
        self.setTabOrder(self.continue_button, self.back_button)

        self.field.returnPressed.connect(self.submitted)
        self.continue_button.clicked.connect(self.submitted)
        self.back_button.clicked.connect(self.back)


class NewPassphrasePage(Page):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Choose a new passphrase"),
            self.tr(
                "Your recovery key worked. Choose the passphrase you will use from now on; "
                "your recovery key keeps working too."
            ),
            parent=parent,
        )
        self.form = NewPassphraseForm()
        self.add(self.form)
        self.error = error_label()
        self.add(self.error)
        self.busy = BusyIndicator()
        self.add(self.busy)
        self.save_button = button(self.tr("Save and open my journal"), "primary")
        self.set_buttons([], [self.save_button])
        self.setTabOrder(self.form.confirm_field.toggle, self.save_button)
        self.form.changed.connect(self._update)
        self.form.submitted.connect(self.submitted)
        self.save_button.clicked.connect(self.submitted)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.form.is_ready() and self.busy.isHidden())


class UnlockFlow(QStackedWidget):
    """Asks for the passphrase (or recovery key) and hands over the unlocked journal."""

    unlocked = Signal(object)  # UnlockedVault
    restore_requested = Signal()

    def __init__(self, vault: Vault, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._recovered: UnlockedVault | None = None
        self.unlock_page = UnlockPage()
        self.addWidget(self.unlock_page)
        # The recovery pages are made when first needed: the unlock screen shows sooner.
        self._recovery_page: RecoveryPage | None = None
        self._new_passphrase_page: NewPassphrasePage | None = None

        self.unlock_page.submitted.connect(self._unlock)
        self.unlock_page.use_recovery_key.connect(self._show_recovery)
        self.unlock_page.restore_requested.connect(self.restore_requested)

    @property
    def recovery_page(self) -> RecoveryPage:
        if self._recovery_page is None:
            self._recovery_page = RecoveryPage()
            self.addWidget(self._recovery_page)
            self._recovery_page.submitted.connect(self._unlock_with_recovery_key)
            self._recovery_page.back.connect(self.reset)
        return self._recovery_page

    @property
    def new_passphrase_page(self) -> NewPassphrasePage:
        if self._new_passphrase_page is None:
            self._new_passphrase_page = NewPassphrasePage()
            self.addWidget(self._new_passphrase_page)
            self._new_passphrase_page.submitted.connect(self._save_new_passphrase)
        return self._new_passphrase_page

    # -- states -------------------------------------------------------------------------

    def reset(self, notice: str = "") -> None:
        """Back to a blank passphrase prompt, forgetting anything typed."""
        self.clear()
        self.unlock_page.notice.setText(notice)
        self.unlock_page.notice.setVisible(bool(notice))
        self.setCurrentWidget(self.unlock_page)
        self.unlock_page.field.setFocus()

    def clear(self) -> None:
        """Forgets typed secrets and locks a journal opened by recovery key but not handed over."""
        made = (self.unlock_page, self._recovery_page, self._new_passphrase_page)
        for page in (page for page in made if page is not None):
            show_error(page.error, "")
            self._set_busy(page, "")
        self.unlock_page.field.clear()
        self.unlock_page.restore_button.hide()
        self.unlock_page.notice.hide()
        if self._recovery_page is not None:
            self._recovery_page.field.clear()
        if self._new_passphrase_page is not None:
            self._new_passphrase_page.form.clear()
        if self._recovered is not None:
            self._recovered.lock()
            self._recovered = None

    def show_hint(self, text: str) -> None:
        """Shows a note above the passphrase field that stays through locking (the demo
        journal shows its passphrase this way); an empty text hides it."""
        hint = self.unlock_page.hint
        hint.setText(text)
        hint.setAccessibleName(text)
        hint.setVisible(bool(text))

    def show_busy(self, message: str) -> None:
        """Shows the unlock page working on something else (such as restoring a backup)."""
        self.setCurrentWidget(self.unlock_page)
        self._set_busy(self.unlock_page, message)

    def show_problem(self, message: str) -> None:
        self._set_busy(self.unlock_page, "")
        self.setCurrentWidget(self.unlock_page)
        show_error(self.unlock_page.error, message)

    def _show_recovery(self) -> None:
        self.unlock_page.field.clear()
        show_error(self.recovery_page.error, "")
        self.setCurrentWidget(self.recovery_page)
        self.recovery_page.field.setFocus()

    def _set_busy(self, page: UnlockPage | RecoveryPage | NewPassphrasePage, message: str) -> None:
        busy = bool(message)
        if busy:
            page.busy.start(message)
        else:
            page.busy.stop()
        for widget in self._inputs(page):
            widget.setEnabled(not busy)
        if isinstance(page, UnlockPage | NewPassphrasePage):
            page._update()

    @staticmethod
    def _inputs(page: UnlockPage | RecoveryPage | NewPassphrasePage) -> list[QWidget]:
        if isinstance(page, UnlockPage):
            return [page.field, page.unlock_button, page.recovery_button, page.restore_button]
        if isinstance(page, RecoveryPage):
            return [page.field, page.continue_button, page.back_button]
        return [page.form, page.save_button]

    # -- work ---------------------------------------------------------------------------

    def _unlock(self) -> None:
        page = self.unlock_page
        passphrase = page.field.text()
        if not passphrase or not page.busy.isHidden():
            return
        show_error(page.error, "")
        self._set_busy(page, self.tr("Opening your journal…"))
        self._runner.run(
            lambda: self._vault.unlock(passphrase),
            on_done=self._unlocked,
            on_error=lambda error: self._failed(page, error, self._passphrase_problem),
        )

    def _unlocked(self, journal: UnlockedVault) -> None:
        self.clear()
        self.unlocked.emit(journal)

    def _unlock_with_recovery_key(self) -> None:
        page = self.recovery_page
        text = page.field.text()
        if not text.strip() or not page.busy.isHidden():
            return
        show_error(page.error, "")
        self._set_busy(page, self.tr("Checking your recovery key…"))
        self._runner.run(
            lambda: self._vault.unlock_with_recovery_key(text),
            on_done=self._recovered_with_key,
            on_error=lambda error: self._failed(page, error, self._recovery_problem),
        )

    def _recovered_with_key(self, journal: UnlockedVault) -> None:
        self._set_busy(self.recovery_page, "")
        self.recovery_page.field.clear()
        self._recovered = journal
        self.setCurrentWidget(self.new_passphrase_page)
        self.new_passphrase_page.form.setFocus()

    def _save_new_passphrase(self) -> None:
        page = self.new_passphrase_page
        journal = self._recovered
        if journal is None or not page.form.is_ready() or not page.busy.isHidden():
            return
        passphrase = page.form.passphrase()
        self._set_busy(page, self.tr("Saving your new passphrase…"))
        self._runner.run(
            lambda: journal.change_passphrase(passphrase),
            on_done=lambda _result: self._passphrase_saved(journal),
            on_error=lambda error: self._failed(page, error, lambda e: e.message),
        )

    def _passphrase_saved(self, journal: UnlockedVault) -> None:
        self._recovered = None
        self.clear()
        self.unlocked.emit(journal)

    def _failed(
        self,
        page: UnlockPage | RecoveryPage | NewPassphrasePage,
        error: AfterglowError,
        wording: Callable[[AfterglowError], str],
    ) -> None:
        self._set_busy(page, "")
        show_error(page.error, wording(error))
        if isinstance(page, UnlockPage):
            page.restore_button.setVisible(isinstance(error, DamagedData))
            page.field.edit.selectAll()
            page.field.setFocus()
        elif isinstance(page, RecoveryPage):
            page.field.setFocus()

    def _passphrase_problem(self, error: AfterglowError) -> str:
        if isinstance(error, WrongPassphrase):
            return self.tr(
                "That passphrase does not open this journal. Check that Caps Lock is off "
                "and try again."
            )
        return error.message

    def _recovery_problem(self, error: AfterglowError) -> str:
        if isinstance(error, InvalidRecoveryKey):
            return error.message  # says which character or how many, which helps
        if isinstance(error, WrongPassphrase):
            return self.tr(
                "That recovery key does not open this journal. A newer key may have replaced it."
            )
        return error.message
