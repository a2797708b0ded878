"""First run: welcome, choose a passphrase, prepare the keys, keep the recovery key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from afterglow.core.errors import AfterglowError
from afterglow.ui.recovery_key import RecoveryKeyCheck, RecoveryKeyPage
from afterglow.ui.secret_clipboard import SecretClipboard
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.widgets.busy import BusyIndicator
from afterglow.ui.widgets.new_passphrase import NewPassphraseForm
from afterglow.ui.widgets.page import Page, button, error_label, show_error, text_label
from afterglow.vault.recovery import RecoveryKey
from afterglow.vault.vault import UnlockedVault, Vault


class WelcomePage(Page):
    started = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Welcome to Afterglow"),
            self.tr(
                "A private place for the weeks after a session: your intentions, reflections "
                "and insights, and the small daily practices that help them last."
            ),
            mark=True,
            parent=parent,
        )
        self.add(
            text_label(
                self.tr(
                    "Everything you write stays on this computer, encrypted with a passphrase "
                    "only you know. There is no account, and nothing is sent anywhere."
                )
            )
        )
        self.start_button = button(self.tr("Set up my journal"), "primary")
        self.set_buttons([], [self.start_button])
        self.start_button.clicked.connect(self.started)


class ChoosePassphrasePage(Page):
    chosen = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Choose a passphrase"),
            self.tr(
                "It protects everything you write. A few unrelated words are easy to "
                "remember and hard to guess. Afterglow cannot read your journal without it."
            ),
            parent=parent,
        )
        self.form = NewPassphraseForm()
        self.add(self.form)
        self.error = error_label()
        self.add(self.error)
        self.back_button = button(self.tr("Back"))
        self.continue_button = button(self.tr("Continue"), "primary")
        self.set_buttons([self.back_button], [self.continue_button])
        self.setTabOrder(self.form.confirm_field.toggle, self.continue_button)
        self.setTabOrder(self.continue_button, self.back_button)

        self.form.changed.connect(self._update)
        self.form.submitted.connect(self.chosen)
        self.continue_button.clicked.connect(self.chosen)
        self.back_button.clicked.connect(self.back)
        self._update()

    def _update(self) -> None:
        self.continue_button.setEnabled(self.form.is_ready())


class PreparingPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Setting up your journal"),
            self.tr(
                "Afterglow is tuning its encryption to this computer, so that guessing your "
                "passphrase would take a very long time. This takes a few seconds."
            ),
            parent=parent,
        )
        self.busy = BusyIndicator()
        self.add(self.busy)


class FirstRunFlow(QStackedWidget):
    """Creates the journal; `completed` hands over the unlocked journal at the end."""

    completed = Signal(object)  # UnlockedVault

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._journal: UnlockedVault | None = None
        self.welcome = WelcomePage()
        self.choose = ChoosePassphrasePage()
        self.preparing = PreparingPage()
        self.key_page = RecoveryKeyPage(clipboard)
        self.check = RecoveryKeyCheck()
        for page in (self.welcome, self.choose, self.preparing, self.key_page, self.check):
            self.addWidget(page)

        self.welcome.started.connect(lambda: self._show(self.choose))
        self.choose.back.connect(lambda: self._show(self.welcome))
        self.choose.chosen.connect(self._create)
        self.key_page.continued.connect(self._ask_for_last_group)
        self.check.back.connect(lambda: self._show(self.key_page))
        self.check.confirmed.connect(self._finish)

    def _show(self, page: QWidget) -> None:
        self.setCurrentWidget(page)
        if page is self.choose:
            self.choose.form.setFocus()
        elif page is self.check:
            self.check.field.setFocus()
        else:
            page.setFocus()

    def _create(self) -> None:
        if not self.choose.form.is_ready():
            return
        passphrase = self.choose.form.passphrase()
        self.choose.form.clear()
        show_error(self.choose.error, "")
        self._show(self.preparing)
        self.preparing.busy.start(self.tr("Preparing the encryption keys…"))
        self._runner.run(
            lambda report: self._vault.create(passphrase, report),
            progress=self.preparing.busy.step,
            on_done=self._created,
            on_error=self._failed,
        )

    def _created(self, result: tuple[UnlockedVault, RecoveryKey]) -> None:
        self.preparing.busy.stop()
        self._journal, key = result
        self.key_page.show_key(key)
        self._show(self.key_page)

    def _failed(self, error: AfterglowError) -> None:
        self.preparing.busy.stop()
        show_error(self.choose.error, error.message)
        self._show(self.choose)

    def _ask_for_last_group(self) -> None:
        self.check.expect(self.key_page.last_group, self.tr("Open my journal"))
        self._show(self.check)

    def _finish(self) -> None:
        journal, self._journal = self._journal, None
        self.key_page.forget()
        self.check.forget()
        if journal is not None:
            self.completed.emit(journal)

    def clear(self) -> None:
        """Forgets the recovery key and locks a journal created but not yet handed over."""
        self.key_page.forget()
        self.check.forget()
        self.choose.form.clear()
        if self._journal is not None:
            self._journal.lock()
            self._journal = None
