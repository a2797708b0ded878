"""The one window: first run, the unlock screen, or the open journal; locking it, and
quitting without losing words that could not be saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QWidget

from afterglow.core.errors import AfterglowError, DamagedData
from afterglow.ui.exchange.file_menu import ExchangeMenu
from afterglow.ui.help.help_menu import HelpMenu
from afterglow.ui.locking import IdleTimer
from afterglow.ui.menus import AppMenus
from afterglow.ui.secret_clipboard import SecretClipboard
from afterglow.ui.session import JournalSession
from afterglow.ui.settings import AppSettings
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Appearance
from afterglow.ui.unlock import UnlockFlow
from afterglow.ui.unsaved_words import Unsaved, UnsavedEntry
from afterglow.ui.widgets.dialog import ConfirmDialog
from afterglow.ui.widgets.page import text_label

if TYPE_CHECKING:
    # Imported when first used, not with the window, so that the unlock screen shows
    # sooner; the sections are built after it shows (see `afterglow.app`).
    from afterglow.ui.first_run import FirstRunFlow
    from afterglow.ui.restore import RestoreDialog
    from afterglow.ui.settings_dialog import SettingsDialog
    from afterglow.ui.shell import JournalShell
    from afterglow.vault.vault import UnlockedVault

# Longer than the usual notice: these are about words the person may not have again.
KEPT_WORDS_NOTICE_MS = 20_000


class MainWindow(QMainWindow):
    """Shows whichever of first run, unlock or the journal applies.

    The title is always just "Afterglow": window titles end up in task bars, window
    switchers and screen-sharing pickers, so they never carry journal text.
    """

    reminders_changed = Signal()  # from Settings: when reminders come has changed

    def __init__(
        self,
        session: JournalSession,
        runner: TaskRunner,
        settings: AppSettings,
        appearance: Appearance,
        idle: IdleTimer,
        clipboard: SecretClipboard,
        shell: JournalShell | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Afterglow")
        self.setMinimumSize(820, 580)
        self.session = session
        self._runner = runner
        self._settings = settings
        self._appearance = appearance
        self.idle = idle
        self._clipboard = clipboard
        self._shell: JournalShell | None = None
        self._build_sections: Callable[[], object] | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.quit_question: ConfirmDialog | None = None
        self._quitting_without_words = False
        self._kept_words_notice = ""  # said after the last unlock, if words came back
        # How "Quit without them" quits (tests replace it rather than end the app).
        self.quit_app: Callable[[], object] = QCoreApplication.quit

        self.unlock = UnlockFlow(session.vault, runner)
        self.first_run: FirstRunFlow | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.unlock)
        if not session.vault.exists():
            from afterglow.ui.first_run import FirstRunFlow

            self.first_run = FirstRunFlow(session.vault, runner, clipboard)
            self.pages.addWidget(self.first_run)
            self.pages.setCurrentWidget(self.first_run)
            self.first_run.completed.connect(self._created)
        else:
            self.pages.setCurrentWidget(self.unlock)
            self.unlock.reset()
        self.setCentralWidget(self.pages)

        self.menus = AppMenus(self)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.menus.journal_action(self.menus.file, self.settings_action)
        # Application-wide, so Ctrl+L also locks from inside a dialog.
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.menus.journal_action(self.menus.file, self.lock_action)
        self.menus.finish_file_menu()
        self.help_menu = HelpMenu(self.menus.help, self)
        # File → Import… and Export…, above Settings…; an import refreshes every view.
        self.exchange = ExchangeMenu(self.menus, self.settings_action, session, runner, self)
        self.exchange.journal_changed.connect(self._journal_changed)

        self.unlock.unlocked.connect(session.open)
        self.unlock.restore_requested.connect(self._choose_backup_while_locked)
        session.opened.connect(self._opened)
        session.about_to_lock.connect(self._flush)
        session.locked.connect(self._locked)
        session.backup_failed.connect(self._automatic_backup_failed)
        idle.timed_out.connect(self.lock)

        geometry = settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 740)
        if shell is not None:
            self.attach_shell(shell)

    @property
    def shell(self) -> JournalShell:
        """The sections of the open journal; attached before any journal opens."""
        if self._shell is None:
            raise RuntimeError("the journal's sections are not built yet")
        return self._shell

    def build_sections_with(self, build: Callable[[], object]) -> None:
        """How to finish building the sections if a journal opens before they are ready
        (the app builds them a part at a time after this window shows)."""
        self._build_sections = build

    def attach_shell(self, shell: JournalShell) -> None:
        """Puts the sections of the open journal behind the unlock screen. The app builds
        them once this window is up (see `afterglow.app`)."""
        self._shell = shell
        self.pages.addWidget(shell)
        shell.lock_requested.connect(self.lock)
        shell.settings_requested.connect(self.open_settings)

    # -- locking ------------------------------------------------------------------------

    def lock(self) -> None:
        self.session.lock()

    def _created(self, journal: UnlockedVault) -> None:
        self.session.open(journal)
        if self.first_run is not None:
            # Never shown again in this run; the unlock screen takes over from here.
            self.pages.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None

    def _opened(self, _journal: UnlockedVault) -> None:
        if self._shell is None and self._build_sections is not None:
            self._build_sections()
        services = self.session.services
        assert services is not None  # set before `opened` is emitted
        self.shell.open_journal(services)
        self.pages.setCurrentWidget(self.shell)
        self.menus.set_unlocked(True)
        self.idle.start()
        self._give_back_kept_words()

    def _flush(self) -> None:
        if self._shell is None:
            return
        # Whatever could not be written is sealed with the journal, still open here, and
        # kept by the session through the lock; the views then forget it in `_locked`.
        self.session.keep_unsaved(self._shell.flush())

    def _locked(self, notice: str = "") -> None:
        self.idle.stop()
        self.menus.set_unlocked(False)
        self._close_dialogs()
        self._clipboard.clear_now()
        if self._shell is not None:
            self._shell.clear()
        if not notice and self.session.kept_words.holding:
            notice = self.tr(
                "Some of your last words could not be saved before Afterglow locked. They "
                "are kept, encrypted, and will be back where you wrote them once you unlock."
            )
        self.unlock.reset(notice)
        self.pages.setCurrentWidget(self.unlock)

    def _give_back_kept_words(self) -> None:
        """After unlocking: words the last lock could not save go back where they were
        typed (and are saved), or the person is told plainly that they could not."""
        self._kept_words_notice = ""
        if not self.session.kept_words.holding:
            return
        try:
            words = self.session.take_kept_words()
        except DamagedData:
            notice = self.tr(
                "Some of your last words could not be saved before Afterglow locked, and they "
                "cannot be brought back: they do not open with this journal's key."
            )
        else:
            if not words:
                return
            self.shell.give_back(words)
            notice = self._words_back_notice(words)
        self._kept_words_notice = notice
        self.shell.show_notice(notice, KEPT_WORDS_NOTICE_MS)

    def _words_back_notice(self, words: list[Unsaved]) -> str:
        if any(isinstance(word, UnsavedEntry) for word in words):
            return self.tr(
                "Your last words could not be saved before Afterglow locked. They are back "
                "in the editor and will be saved as soon as they can be."
            )
        return self.tr(
            "Your last quick note could not be saved before Afterglow locked. It is back "
            "on Today and will be saved as soon as it can be."
        )

    def _journal_changed(self) -> None:
        """Entries came in from outside: every view reads the journal afresh."""
        services = self.session.services
        if services is not None:
            self.shell.flush()
            self.shell.open_journal(services)

    def _close_dialogs(self) -> None:
        """Closes every dialog at once: none may stay open over a locked journal."""
        for dialog in self.findChildren(QDialog):
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()
        self.settings_dialog = None
        self.quit_question = None

    # -- settings and restore -------------------------------------------------------------

    def open_settings(self) -> SettingsDialog | None:
        journal = self.session.journal
        if journal is None:
            return None
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return self.settings_dialog
        from afterglow.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            journal,
            self._settings,
            self._appearance,
            self.idle,
            self._runner,
            self._clipboard,
            self,
        )
        dialog.restore_requested.connect(self.restore)
        dialog.reminders_changed.connect(self.reminders_changed)
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_closed(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def _choose_backup_while_locked(self) -> None:
        from afterglow.ui.restore import choose_backup

        choose_backup(self, self.session.vault.files.backups, self.confirm_restore)

    def confirm_restore(self, backup: Path) -> RestoreDialog:
        from afterglow.ui.restore import RestoreDialog

        dialog = RestoreDialog(backup, self)
        dialog.restore_requested.connect(self.restore)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore(self, backup: Path, passphrase: str, backup_passphrase: str | None) -> None:
        """Locks, replaces the journal with the backup, then opens it with the passphrase."""
        self.session.lock()
        self._close_dialogs()
        self.pages.setCurrentWidget(self.unlock)
        self.unlock.show_busy(self.tr("Restoring your journal from the backup…"))
        vault = self.session.vault

        def restore_and_unlock() -> tuple[Path | None, UnlockedVault]:
            kept = vault.restore(backup, passphrase, backup_passphrase)
            return kept, vault.unlock(passphrase)

        self._runner.run(restore_and_unlock, on_done=self._restored, on_error=self._not_restored)

    def _restored(self, result: tuple[Path | None, UnlockedVault]) -> None:
        kept, journal = result
        self.unlock.clear()
        self.session.open(journal)
        message = self.tr("Your journal was restored from the backup.")
        if kept is not None:
            message += " " + self.tr("The journal it replaced was kept as %1.").replace(
                "%1", kept.name
            )
        if self._kept_words_notice:  # shown as the journal opened; this notice replaces it
            message += " " + self._kept_words_notice
            self.shell.show_notice(message, KEPT_WORDS_NOTICE_MS)
            return
        self.shell.show_notice(message)

    def _not_restored(self, error: AfterglowError) -> None:
        self.unlock.show_problem(
            self.tr("The backup was not restored: %1").replace("%1", error.message)
        )

    def _automatic_backup_failed(self, message: str) -> None:
        self.shell.show_notice(
            self.tr("Today's automatic backup could not be made: %1").replace("%1", message)
        )

    # -- closing ------------------------------------------------------------------------

    def save_geometry(self) -> None:
        self._settings.geometry = self.saveGeometry()

    def shut_down(self) -> None:
        """Called when the app quits: remember the window, lock, forget every secret."""
        self.save_geometry()
        self.session.lock()
        self._close_dialogs()
        self.unlock.clear()
        if self.first_run is not None:
            self.first_run.clear()
        self._clipboard.clear_now()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window quits, and so do File → Quit and the tray's Quit, which
        close it first: what is unsaved is written now, and if some of it cannot be,
        the window stays open and asks."""
        not_saved = self._not_saved_on_closing()
        if not_saved:
            event.ignore()
            self._ask_before_quitting(not_saved)
            return
        self.save_geometry()
        super().closeEvent(event)

    def _not_saved_on_closing(self) -> list[Unsaved]:
        if self._quitting_without_words or self._shell is None or not self.session.is_open:
            return []
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and app.isSavingSession():
            return []  # the desktop session is ending: there is no one to ask
        return self._shell.flush()

    def _ask_before_quitting(self, words: list[Unsaved]) -> ConfirmDialog:
        if self.quit_question is not None:
            self.quit_question.raise_()
            return self.quit_question
        reason = next((word.reason for word in words if word.reason), "") or self.tr(
            "something went wrong while writing them."
        )
        dialog = ConfirmDialog(
            self.tr("Quit without your latest words?"),
            self.tr("Your latest words could not be saved: %1").replace("%1", reason),
            self.tr("Quit without them"),
            self,
            keep=self.tr("Keep Afterglow open"),
        )
        # The reason may well say that nothing was lost: of the journal, that is true.
        dialog.add(
            text_label(
                self.tr(
                    "Everything saved before them is safe; if you quit now, only these "
                    "words are lost."
                )
            )
        )
        dialog.accepted.connect(self._quit_without_words)
        dialog.finished.connect(self._quit_question_closed)
        self.quit_question = dialog
        dialog.open()
        return dialog

    def _quit_without_words(self) -> None:
        self._quitting_without_words = True
        self.quit_app()

    def _quit_question_closed(self) -> None:
        if self.quit_question is not None:
            self.quit_question.deleteLater()
            self.quit_question = None
