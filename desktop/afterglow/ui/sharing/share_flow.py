"""The "share with therapist" flow: choose, preview, recipient, save, one step at a time.

Every look into the journal, the preview, the keys and the saving go through the task
runner; results that arrive after the choice moved on (or after locking) are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from afterglow.bundle import ForTherapists, TherapistContact, default_bundle_name
from afterglow.bundle.builder import PdfRenderer
from afterglow.core.errors import AfterglowError
from afterglow.core.journal import local_now
from afterglow.ui.secret_clipboard import SecretClipboard
from afterglow.ui.sharing.choice import (
    Preview,
    SavedBundle,
    Scope,
    ShareChoice,
    Survey,
    entries_left,
    make_preview,
    save_preview,
    survey,
)
from afterglow.ui.sharing.choose_step import ChooseStep
from afterglow.ui.sharing.contacts import AddContactDialog, RemoveContactDialog
from afterglow.ui.sharing.parts import scrolling
from afterglow.ui.sharing.preview_step import PreviewStep
from afterglow.ui.sharing.recipient_step import RecipientStep
from afterglow.ui.sharing.save_step import SaveStep
from afterglow.ui.sharing.stepper import Stepper
from afterglow.ui.sharing.wording import counts_in_words, describe, sharing_problem
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button
from afterglow.vault.services import JournalServices

STEPPER_WIDTH = 760  # as wide as the steps' column
SURVEY_DELAY_MS = 250  # typing a tag or ticking boxes should not start a look each time
CHOOSE, PREVIEW, RECIPIENT, SAVE = range(4)


class ShareFlow(QWidget):
    """The stepper, the four steps and Back/Next. `notice(text)` for the shell's notice bar."""

    notice = Signal(str)
    saved = Signal(object)  # SavedBundle

    def __init__(
        self,
        runner: TaskRunner,
        clipboard: SecretClipboard,
        colors: Callable[[], Colors],
        pdf_renderer: PdfRenderer | None,
        *,
        now: Callable[[], datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pdf_renderer = pdf_renderer
        self._now = now
        self._services: JournalServices | None = None
        self._survey: Survey | None = None
        self._shown: Preview | None = None
        self._survey_ticket = 0
        self._preview_ticket = 0
        self._saving = False
        self.contact_dialog: FormDialog | None = None

        self.stepper = Stepper(
            [self.tr("Choose"), self.tr("Preview"), self.tr("Recipient"), self.tr("Save")]
        )
        self.stepper.setMaximumWidth(STEPPER_WIDTH)
        self.choose = ChooseStep(colors, lambda: self._now().date())
        self.preview = PreviewStep()
        self.recipient = RecipientStep(clipboard)
        self.save = SaveStep()
        self.steps = QStackedWidget()
        self.steps.addWidget(scrolling(self.choose))
        self.steps.addWidget(self.preview)
        self.steps.addWidget(scrolling(self.recipient))
        self.steps.addWidget(scrolling(self.save))

        self.back_button = button(self.tr("Back"))
        self.next_button = button(self.tr("Next"), "primary")
        navigation = QHBoxLayout()
        navigation.setSpacing(12)
        navigation.addWidget(self.back_button)
        navigation.addWidget(self.choose.summary, 10)
        navigation.addStretch(1)  # keeps the buttons their size when the summary is hidden
        navigation.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 12)
        layout.setSpacing(16)
        layout.addWidget(self.stepper)
        layout.addWidget(self.steps, 1)
        layout.addLayout(navigation)

        self._survey_timer = QTimer(self)
        self._survey_timer.setSingleShot(True)
        self._survey_timer.setInterval(SURVEY_DELAY_MS)
        self._survey_timer.timeout.connect(self.look)

        self.choose.changed.connect(self._choice_changed)
        self.choose.wants_sessions.connect(self._load_sessions)
        self.choose.wants_entries.connect(self._load_entries)
        self.choose.wants_known_tags.connect(self._load_tags)
        self.preview.leave_out_changed.connect(self.build_preview)
        self.recipient.ready_changed.connect(lambda _ready: self._update())
        self.recipient.add_requested.connect(self.add_contact)
        self.recipient.remove_requested.connect(self.confirm_removal)
        self.save.save_requested.connect(self.ask_where_to_save)
        self.save.restart_requested.connect(self.restart)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.show_step(CHOOSE)

    # -- the journal ----------------------------------------------------------------------

    def open_journal(self, services: JournalServices) -> None:
        self._services = services
        self.restart()

    def clear(self) -> None:
        """Forgets everything from the journal: choices, preview, passphrase, contacts."""
        self._services = None
        self._survey_timer.stop()
        self._survey_ticket += 1
        self._preview_ticket += 1
        self._survey = None
        self._shown = None
        self._saving = False
        if self.contact_dialog is not None:
            self.contact_dialog.reject()
            self.contact_dialog = None
        self.choose.reset()
        self.preview.forget()
        self.recipient.forget()
        self.save.forget()
        self.show_step(CHOOSE)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the first step looks again: entries may have been written since."""
        super().showEvent(event)
        if self.step == CHOOSE and self._services is not None and not event.spontaneous():
            self.look()

    def restart(self) -> None:
        """A new bundle from the first step, with nothing left over from the last one."""
        services = self._services
        self.clear()
        self._services = services
        if services is not None:
            self.choose.show_survey(None)
            self.look()

    # -- steps ------------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.stepper.current

    def show_step(self, step: int) -> None:
        self.stepper.set_current(step)
        self.steps.setCurrentIndex(step)
        self._update()

    def go_back(self) -> None:
        if self.step > CHOOSE and not self._saving:
            self.show_step(self.step - 1)

    def go_next(self) -> None:
        if not self.next_button.isEnabled():
            return
        if self.step == CHOOSE and self._survey is not None:
            self.preview.start(self._survey.preview.entries)
            self.show_step(PREVIEW)
            self.build_preview()
        elif self.step == PREVIEW:
            self.show_step(RECIPIENT)
            self._load_contacts()
        elif self.step == RECIPIENT:
            self._prepare_save()
            self.show_step(SAVE)

    def _update(self) -> None:
        step = self.step
        self.back_button.setVisible(step > CHOOSE and not self._finished)
        self.choose.summary.setVisible(step == CHOOSE)
        self.stepper.set_finished(self._finished)
        self.back_button.setEnabled(not self._saving)
        self.next_button.setVisible(step < SAVE)
        if step == CHOOSE:
            fresh = self._survey is not None and not self._survey_timer.isActive()
            ready = fresh and self._survey is not None and not self._survey.preview.is_empty
            self.next_button.setText(self.tr("Next: preview"))
            self.next_button.setEnabled(ready and self.choose.choice().is_complete)
        elif step == PREVIEW:
            self.next_button.setText(self.tr("Next: who can open it"))
            self.next_button.setEnabled(self._shown is not None)
        elif step == RECIPIENT:
            self.next_button.setText(self.tr("Next: save"))
            self.next_button.setEnabled(self.recipient.is_ready())

    @property
    def _finished(self) -> bool:
        return self.step == SAVE and self.save.currentWidget() is self.save.done

    # -- step 1: what the choice takes ----------------------------------------------------

    def _choice_changed(self) -> None:
        self._survey = None
        self._survey_ticket += 1
        self._survey_timer.start()
        self._update()

    def look(self) -> None:
        """Asks the journal what the current choice takes (in the background)."""
        self._survey_timer.stop()
        services = self._services
        if services is None:
            return
        choice = self.choose.choice()
        self._survey_ticket += 1
        ticket = self._survey_ticket
        if not choice.is_complete:
            self._survey = None
            self.choose.show_survey(None, self._incomplete(choice))
            self._update()
            return
        sharing = services.sharing
        self._runner.run(
            lambda: survey(sharing, choice),
            on_done=lambda result: self._surveyed(ticket, result),
            on_error=lambda error: self._survey_failed(ticket, error),
        )

    def _incomplete(self, choice: ShareChoice) -> str:
        if choice.scope is Scope.SESSION:
            return self.tr("Choose a session.")
        if choice.scope is Scope.TAGS:
            return self.tr("Add a tag to share the entries that have it.")
        if choice.scope is Scope.ENTRIES:
            return self.tr("Tick the entries to share.")
        return self.tr("The first date is after the second; swap them round.")

    def _surveyed(self, ticket: int, result: Survey) -> None:
        if ticket != self._survey_ticket:
            return
        self._survey = result
        self.choose.show_survey(result)
        self._update()

    def _survey_failed(self, ticket: int, error: AfterglowError) -> None:
        if ticket != self._survey_ticket:
            return
        self._survey = None
        self.choose.show_survey(None, sharing_problem(error))
        self._update()

    def _load_sessions(self) -> None:
        services = self._services
        if services is not None:
            self._runner.run(services.sessions.list, on_done=self.choose.set_sessions)

    def _load_entries(self) -> None:
        services = self._services
        if services is not None:
            self._runner.run(services.journal.list, on_done=self.choose.set_entries)

    def _load_tags(self) -> None:
        services = self._services
        if services is not None:
            self._runner.run(
                services.journal.all_tags,
                on_done=lambda tags: self.choose.set_known_tags(t.tag for t in tags),
            )

    # -- step 2: the preview ------------------------------------------------------------------

    def build_preview(self) -> None:
        services = self._services
        found = self._survey
        if services is None or found is None:
            return
        removed = self.preview.left_out()
        try:
            selection = entries_left(found.preview, removed)
        except AfterglowError as error:
            self.preview.show_problem(sharing_problem(error))
            return
        today = self._now().date()
        words = describe(found.choice, found.private_shared, len(removed), today)
        selection = replace(selection, description=words)
        self._shown = None
        self._preview_ticket += 1
        ticket = self._preview_ticket
        self.preview.working()
        self._update()
        sharing, keys, now = services.sharing, services.bundle_keys, self._now()
        self._runner.run(
            lambda: make_preview(sharing, keys, selection, now),
            on_done=lambda shown: self._previewed(ticket, shown),
            on_error=lambda error: self._preview_failed(ticket, error),
        )

    def _previewed(self, ticket: int, shown: Preview) -> None:
        if ticket != self._preview_ticket:
            return
        self._shown = shown
        self.preview.show_preview(shown)
        self._update()

    def _preview_failed(self, ticket: int, error: AfterglowError) -> None:
        if ticket == self._preview_ticket:
            self.preview.show_problem(sharing_problem(error))
            self._update()

    @property
    def surveyed(self) -> Survey | None:
        """What the current choice takes, once the journal has answered (None till then)."""
        return None if self._survey_timer.isActive() else self._survey

    @property
    def shown(self) -> Preview | None:
        """The preview on screen: exactly what Save will seal."""
        return self._shown

    # -- step 3: contacts ---------------------------------------------------------------------

    def _load_contacts(self) -> None:
        services = self._services
        if services is not None:
            self._runner.run(services.bundle_keys.contacts, on_done=self.recipient.set_contacts)

    def add_contact(self) -> AddContactDialog:
        dialog = AddContactDialog(self)
        dialog.contact_ready.connect(lambda contact: self._keep_contact(dialog, contact))
        dialog.finished.connect(lambda _result: self._contact_dialog_closed(dialog))
        self.contact_dialog = dialog
        dialog.open()
        return dialog

    def _keep_contact(self, dialog: AddContactDialog, contact: TherapistContact) -> None:
        services = self._services
        if services is None:
            return
        keys = services.bundle_keys

        def added(kept: TherapistContact) -> None:
            dialog.saved()
            self._runner.run(
                keys.contacts,
                on_done=lambda contacts: self._contacts_loaded(contacts, kept.public_key),
            )

        self._runner.run(
            lambda: keys.add_contact(contact.name, contact.public_key),
            on_done=added,
            on_error=lambda error: dialog.refused(sharing_problem(error)),
        )

    def _contacts_loaded(self, contacts: list[TherapistContact], tick: str = "") -> None:
        self.recipient.set_contacts(contacts)
        if tick:
            self.recipient.tick(tick)

    def _contact_dialog_closed(self, dialog: FormDialog) -> None:
        if self.contact_dialog is dialog:
            self.contact_dialog = None
        dialog.deleteLater()

    def confirm_removal(self, contact: TherapistContact) -> RemoveContactDialog:
        dialog = RemoveContactDialog(contact, self)
        dialog.accepted.connect(lambda: self.remove_contact(contact))
        dialog.finished.connect(lambda _result: self._contact_dialog_closed(dialog))
        self.contact_dialog = dialog
        dialog.open()
        return dialog

    def remove_contact(self, contact: TherapistContact) -> None:
        services = self._services
        if services is None:
            return
        keys = services.bundle_keys

        def remove() -> list[TherapistContact]:
            keys.remove_contact(contact.public_key)
            return keys.contacts()

        self._runner.run(
            remove,
            on_done=self.recipient.set_contacts,
            on_error=lambda error: self.notice.emit(error.message),
        )

    # -- step 4: saving -------------------------------------------------------------------

    def _prepare_save(self) -> None:
        shown = self._shown
        lock = self.recipient.lock()
        if shown is None or lock is None:
            return
        holds = self.tr("It holds %1.").replace("%1", counts_in_words(shown.preview.counts))
        if isinstance(lock, ForTherapists):
            names = ", ".join(c.name for c in self.recipient.chosen_contacts())
            locked_for = self.tr("Only %1 can open it, with their key.").replace("%1", names)
        else:
            locked_for = self.tr("Anyone with the passphrase you kept can open it.")
        self.save.prepare(holds, locked_for)

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        day = self._shown.created_at.date() if self._shown is not None else date.today()
        return Path(folder or Path.home()) / default_bundle_name(day)

    def ask_where_to_save(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Save bundle"), str(self.default_path().parent))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Afterglow bundles (*.age)"))
        # Afterglow never replaces a file; it says so instead of asking and then refusing.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.selectFile(self.default_path().name)
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def save_to(self, path: Path) -> None:
        """Builds exactly the bundle previewed (with its PDF), seals it and saves it."""
        services = self._services
        shown = self._shown
        lock = self.recipient.lock()
        if services is None or shown is None or lock is None or self._saving:
            return
        if not path.name.endswith(".age"):
            path = path.with_name(path.name + ".zip.age")
        self._saving = True
        self.save.working()
        self._update()
        keys, renderer = services.bundle_keys, self._pdf_renderer
        self._runner.run(
            lambda report: save_preview(keys, shown, lock, path, renderer, report),
            on_done=self._saved,
            on_error=self._not_saved,
            progress=self.save.step,
        )

    def _saved(self, result: SavedBundle) -> None:
        self._saving = False
        self.recipient.forget_passphrase()  # shown once: it is gone now
        self.save.show_saved(result)
        self._update()
        self.saved.emit(result)

    def _not_saved(self, error: AfterglowError) -> None:
        self._saving = False
        self.save.failed(sharing_problem(error))
        self._update()
