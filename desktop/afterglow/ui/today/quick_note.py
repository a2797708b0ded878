"""The quick note on Today: one line, Enter keeps it as a `note` entry.

Nothing typed is lost: the note is saved through the task runner, and if the journal
locks first, `flush()` writes it on the spot. A `PendingNote` is written once, whichever
thread gets to it first. A note that cannot be written even then is handed over by
`not_saved()`, to be kept sealed through the lock and given back after it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import AfterglowError
from afterglow.core.journal import Journal
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import set_role
from afterglow.ui.unsaved_words import UnsavedNote
from afterglow.ui.widgets.page import button, text_label

log = logging.getLogger(__name__)

MAX_NOTE_LENGTH = 2_000


class PendingNote:
    """A note on its way to the journal; `save` writes it at most once."""

    def __init__(self, text: str, day: date) -> None:
        self.text = text
        self.day = day
        self.entry: Entry | None = None
        self._lock = threading.Lock()

    def save(self, journal: Journal) -> Entry:
        with self._lock:
            if self.entry is None:
                self.entry = journal.add(kind=EntryKind.NOTE, body=self.text, day=self.day)
            return self.entry


class QuickNote(QFrame):
    """A card with one field; `saved(Entry)` once a note is in the journal."""

    saved = Signal(object)
    problem = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._runner = runner
        self._today = today
        self._journal: Journal | None = None
        self._pending: PendingNote | None = None
        self._not_saved: UnsavedNote | None = None  # what the last flush could not write
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("A thought to keep from today… (Enter saves it)"))
        self.field.setAccessibleName(self.tr("Quick note"))
        self.field.setMaxLength(MAX_NOTE_LENGTH)
        self.save_button = button(self.tr("Keep"), None)
        self.save_button.setToolTip(self.tr("Save it as a note in your journal (Enter)"))
        self.status = text_label("", "muted")
        self.status.hide()
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.field, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(text_label(self.tr("A quick note"), "card-heading", wrap=False))
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.field.returnPressed.connect(self.submit)
        self.save_button.clicked.connect(self.submit)
        self.field.textEdited.connect(lambda _text: self.status.hide())

    @property
    def is_saving(self) -> bool:
        return self._pending is not None

    def open_journal(self, journal: Journal) -> None:
        self._journal = journal

    def submit(self) -> None:
        self._send(self._today())

    def _send(self, day: date) -> None:
        text = self.field.text().strip()
        journal = self._journal
        if not text or journal is None or self._pending is not None:
            return
        pending = PendingNote(text, day)
        self._pending = pending
        self.field.setReadOnly(True)  # what is saved is exactly what is shown
        self._runner.run(
            lambda: pending.save(journal),
            on_done=lambda entry: self._saved(pending, entry),
            on_error=lambda error: self._failed(pending, error),
        )

    def flush(self) -> None:
        """Writes a note on its way, or one typed but not yet sent, before the lock."""
        journal = self._journal
        if journal is None:
            return
        pending = self._pending
        if pending is None and self.field.text().strip():
            pending = PendingNote(self.field.text().strip(), self._today())
        self._not_saved = None
        if pending is not None:
            try:
                pending.save(journal)
            except Exception as error:
                # The lock goes ahead whatever happens; only the type is logged, as the
                # message could quote the note.
                log.warning(
                    "a quick note could not be saved before locking: %s", type(error).__name__
                )
                reason = error.message if isinstance(error, AfterglowError) else ""
                self._not_saved = UnsavedNote(pending.text, pending.day, reason)

    def not_saved(self) -> list[UnsavedNote]:
        """The note the last `flush` could not write, if any."""
        return [self._not_saved] if self._not_saved is not None else []

    def give_back(self, notes: list[UnsavedNote]) -> None:
        """Puts a note kept through a lock back in the field and sends it again (with the
        day it was written); any earlier ones are sent behind the field's back."""
        journal = self._journal
        if journal is None or not notes:
            return
        *earlier, last = notes
        for note in earlier:
            pending = PendingNote(note.text, note.day)
            self._runner.run(
                lambda pending=pending: pending.save(journal),
                on_done=self.saved.emit,
                on_error=lambda error: self.problem.emit(error.message),
            )
        if self._pending is None:
            self.field.setText(last.text)
            self._send(last.day)

    def clear(self) -> None:
        """Forgets the text and its undo history (on lock)."""
        self._journal = None
        self._pending = None
        self._not_saved = None
        self.field.setReadOnly(False)
        self.field.setText("")  # unlike clear(), setText leaves no undo step behind
        self.status.hide()

    def _saved(self, pending: PendingNote, entry: Entry) -> None:
        if pending is not self._pending:
            return
        self._pending = None
        self.field.setReadOnly(False)
        self.field.setText("")
        self.status.setText(self.tr("Kept in your journal as a note."))
        self.status.show()
        self.saved.emit(entry)

    def _failed(self, pending: PendingNote, error: AfterglowError) -> None:
        if pending is not self._pending:
            return
        self._pending = None
        self.field.setReadOnly(False)  # the text stays, to try again with Enter
        self.status.setText(
            self.tr("Not saved yet: %1 Press Enter to try again.").replace("%1", error.message)
        )
        self.status.show()
        self.problem.emit(error.message)
