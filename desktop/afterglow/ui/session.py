"""The open journal, if any: opening it hands its services to the views, locking takes
them away, and words the views could not save at the lock wait, sealed, for its return."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from afterglow.core.errors import AfterglowError
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.unsaved_words import KeptWords, Unsaved
from afterglow.vault.vault import UnlockedVault, Vault

if TYPE_CHECKING:  # the services are made after unlocking, by the factory given
    from afterglow.vault.services import JournalServices

log = logging.getLogger(__name__)

ServicesFactory = Callable[[UnlockedVault], "JournalServices"]


class JournalSession(QObject):
    """Owns the `UnlockedVault` and its services while the journal is open; `lock()`
    closes it and drops keys.

    `services_for` builds the services over an unlocked journal; `app.py` passes it in,
    so this class never decides how services are wired.
    """

    opened = Signal(object)  # UnlockedVault
    about_to_lock = Signal()  # the database is still open: last chance to save
    locked = Signal()
    backup_failed = Signal(str)

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        services_for: ServicesFactory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._runner = runner
        self._services_for = services_for
        self._journal: UnlockedVault | None = None
        self._services: JournalServices | None = None
        # Outlives every lock: words that could not be saved at one, sealed by the
        # journal's key, until it is opened again (see `keep_unsaved`).
        self.kept_words = KeptWords()

    @property
    def journal(self) -> UnlockedVault | None:
        return self._journal

    @property
    def services(self) -> JournalServices | None:
        return self._services

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    def open(self, journal: UnlockedVault) -> None:
        if self._journal is not None and self._journal is not journal:
            self.lock()
        self._journal = journal
        self._services = services = self._services_for(journal)
        # Queued before the views ask for anything, so they never list an entry that is
        # about to leave the Trash for good.
        self._runner.run(services.journal.purge_old_trash)
        self.opened.emit(journal)
        # The daily automatic backup, in the background after every unlock.
        self._runner.run(journal.backup_if_due, on_error=self._automatic_backup_failed)

    def lock(self) -> None:
        """Lets the views save, then closes the database and forgets the key; jobs still
        queued are dropped."""
        journal = self._journal
        if journal is None:
            return
        # Synchronous: views write what was typed while the database is still open. A slot
        # that fails is reported by Qt and the lock goes on regardless.
        self.about_to_lock.emit()
        self._journal = None
        self._services = None
        self._runner.discard_pending()
        # Synchronous on purpose: the keys must be gone before the unlock screen shows. The
        # database serialises this with a job still running on the worker.
        journal.lock()
        self.locked.emit()

    def keep_unsaved(self, words: Sequence[Unsaved]) -> None:
        """While `about_to_lock` is handled: seals words the views could not save with the
        journal about to lock, to give back by `take_kept_words` once it is open again."""
        journal = self._journal
        if journal is None or not words:
            return
        try:
            self.kept_words.keep(journal, words)
        except Exception as error:
            # The lock goes ahead whatever happens; the type only, as elsewhere.
            log.warning("unsaved words could not be kept: %s", type(error).__name__)

    def take_kept_words(self) -> list[Unsaved]:
        """After opening: the words kept through the last lock, unsealed by the journal
        now open (`DamagedData` if its key is not the one that sealed them)."""
        journal = self._journal
        if journal is None:
            return []
        return self.kept_words.take(journal)

    def _automatic_backup_failed(self, error: AfterglowError) -> None:
        self.backup_failed.emit(error.message)
