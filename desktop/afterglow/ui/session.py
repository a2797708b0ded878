"""The open journal, if any: opening it hands it to the views, locking takes it away."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from afterglow.core.errors import AfterglowError
from afterglow.ui.tasks import TaskRunner
from afterglow.vault.vault import UnlockedVault, Vault


class JournalSession(QObject):
    """Owns the `UnlockedVault` while the journal is open; `lock()` closes it and drops keys."""

    opened = Signal(object)  # UnlockedVault
    locked = Signal()
    backup_failed = Signal(str)

    def __init__(self, vault: Vault, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._runner = runner
        self._journal: UnlockedVault | None = None

    @property
    def journal(self) -> UnlockedVault | None:
        return self._journal

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    def open(self, journal: UnlockedVault) -> None:
        if self._journal is not None and self._journal is not journal:
            self._journal.lock()
        self._journal = journal
        self.opened.emit(journal)
        # The daily automatic backup, in the background after every unlock.
        self._runner.run(journal.backup_if_due, on_error=self._automatic_backup_failed)

    def lock(self) -> None:
        """Closes the database and forgets the key now; jobs still queued are dropped."""
        journal, self._journal = self._journal, None
        if journal is None:
            return
        self._runner.discard_pending()
        # Synchronous on purpose: the keys must be gone before the unlock screen shows. The
        # database serialises this with a job still running on the worker.
        journal.lock()
        self.locked.emit()

    def _automatic_backup_failed(self, error: AfterglowError) -> None:
        self.backup_failed.emit(error.message)
