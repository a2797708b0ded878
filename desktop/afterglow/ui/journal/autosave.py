"""Autosave: about a second after typing stops, through the task runner, never blocking.

Typing only restarts a timer. When it fires, one snapshot of the editor is taken and
saved on the worker; if a save is still running, only the newest snapshot waits for it.
`flush()` is for locking and quitting: it writes every snapshot not yet saved before it
returns, on the calling thread, because the database closes right after.

Words that could not be written (a full disk) are never dropped quietly: they stay here,
tried again by the next save or flush, until `reset()`; `flush()` returns them, so the
window can keep them sealed through a lock or ask before quitting without them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from afterglow.core.entries import Entry
from afterglow.core.errors import AfterglowError
from afterglow.core.journal import Journal
from afterglow.ui.journal.draft import DraftContent, EntryDraft, SaveResult
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.unsaved_words import UnsavedEntry

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000


class SaveState(Enum):
    BLANK = "blank"  # a new draft with nothing in it
    SAVED = "saved"
    SAVING = "saving"  # changed since the last save, or being written
    FAILED = "failed"


@dataclass(frozen=True)
class _Snapshot:
    draft: EntryDraft
    content: DraftContent
    version: int
    reason: str = ""  # why it could not be saved, once it could not


class Autosave(QObject):
    """Saves the editor's snapshots of one draft at a time; see the module docstring."""

    state_changed = Signal(object)  # SaveState
    saved = Signal(object, bool)  # the Entry as stored, whether this save created it
    failed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        snapshot: Callable[[], DraftContent],
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._snapshot = snapshot
        self._journal: Journal | None = None
        self._draft = EntryDraft()
        self._last_taken: DraftContent | None = None  # the newest snapshot handed out
        self._version = 0
        self._in_flight: _Snapshot | None = None
        self._waiting: _Snapshot | None = None  # the newest snapshot, behind the one in flight
        self._unsaved: dict[int, _Snapshot] = {}  # by id(draft): queued and not yet written
        self._not_saved: dict[int, _Snapshot] = {}  # by id(draft): tried, and failed
        self._changed = False
        self._state = SaveState.BLANK
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)

    # -- what the editor tells it -----------------------------------------------------

    @property
    def draft(self) -> EntryDraft:
        return self._draft

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def is_saving(self) -> bool:
        return self._in_flight is not None or self._waiting is not None or self._changed

    def open_journal(self, journal: Journal) -> None:
        self._journal = journal

    def begin(self, draft: EntryDraft, content: DraftContent) -> DraftContent:
        """Starts on another draft, whose content as stored is `content`. What was typed
        in the previous one is queued first, so it is saved before anything else runs.

        Returns what to show: `content`, or, for an entry whose last words could not be
        saved, those words, which are then saved again.
        """
        self.save_now()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)  # behind the save in flight: the runner keeps them in order
        held = self._take_not_saved(draft.entry_id)
        if held is not None:
            content = held.content
        self._draft = draft
        self._last_taken = content
        self._in_flight = None
        self._waiting = None
        self._changed = False
        self._set_state(SaveState.SAVED if draft.entry is not None else SaveState.BLANK)
        if held is not None:
            self._last_taken = None
            self.edited()  # saved once the editor shows them
        return content

    def try_again(self) -> None:
        """Saves what the editor shows now, as if it had all just been typed (words given
        back after a failed save)."""
        self._last_taken = None
        self._changed = True
        self._set_state(SaveState.SAVING)
        self.save_now()

    def save_left_behind(self, entry: Entry | None, content: DraftContent) -> None:
        """Saves `content` into `entry` (None: a new entry) without showing it, as if it
        had been typed there and left; kept like any other failed save if it fails."""
        if self._journal is None:
            return
        self._version += 1
        snapshot = _Snapshot(EntryDraft(entry), content, self._version)
        self._unsaved[id(snapshot.draft)] = snapshot
        self._start(snapshot)

    def edited(self) -> None:
        """Something changed: save once typing has paused."""
        self._changed = True
        self._timer.start()
        self._set_state(SaveState.SAVING)

    def save_now(self) -> None:
        """Saves what is in the editor now (Ctrl+S, switching entries, the timer)."""
        self._timer.stop()
        if not self._changed or self._journal is None:
            return
        self._changed = False
        content = self._snapshot()
        if content == self._last_taken:
            self._settle()
            return
        self._last_taken = content
        self._version += 1
        snapshot = _Snapshot(self._draft, content, self._version)
        self._unsaved[id(snapshot.draft)] = snapshot
        if self._in_flight is not None and self._in_flight.draft is snapshot.draft:
            self._waiting = snapshot  # only the newest waits; older ones are dropped
        else:
            self._start(snapshot)

    def save_all_now(self, *, create: bool = False) -> None:
        """Queues what is in the editor now without waiting for a save in flight, so a job
        queued next on the (serial) task runner finds the entry stored as shown.

        With `create`, a new draft started from a guide is saved even if untouched.
        """
        if create and self._draft.entry is None and self._journal is not None:
            self._changed = True
            self._last_taken = None
        self.save_now()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)  # behind the save in flight: the runner keeps them in order

    def flush(self) -> list[UnsavedEntry]:
        """Writes every unsaved snapshot before returning (on lock and quit); returns the
        words it could not write, which also stay here to be tried again.

        Runs on the calling thread; a save running on the worker finishes first (the
        draft's lock), and versions keep an older snapshot from winning.
        """
        self._timer.stop()
        if self._changed and self._journal is not None:
            self._changed = False
            content = self._snapshot()
            if content != self._last_taken:
                self._last_taken = content
                self._version += 1
                self._unsaved[id(self._draft)] = _Snapshot(self._draft, content, self._version)
        journal = self._journal
        if journal is None:
            return []
        pending = dict(self._not_saved)
        for key, snapshot in self._unsaved.items():
            if key not in pending or pending[key].version < snapshot.version:
                pending[key] = snapshot
        self._unsaved.clear()
        # Oldest first, so that if two drafts ever hold the same entry, the newer wins.
        for key, snapshot in sorted(pending.items(), key=lambda item: item[1].version):
            try:
                snapshot.draft.save(journal, snapshot.content, snapshot.version)
            except Exception as error:
                # The lock must go ahead whatever happens here; only the error's type is
                # logged, as its message could quote the entry.
                log.warning("an entry could not be saved before locking: %s", type(error).__name__)
                reason = error.message if isinstance(error, AfterglowError) else ""
                self._not_saved[key] = replace(snapshot, reason=reason)
                if snapshot.draft is self._draft:
                    self._keep_trying()
            else:
                self._not_saved.pop(key, None)
        return self.not_saved()

    def not_saved(self) -> list[UnsavedEntry]:
        """Words tried and not written, oldest first: what a lock now would have to keep."""
        held = sorted(self._not_saved.values(), key=lambda snapshot: snapshot.version)
        return [UnsavedEntry(s.draft.entry_id, s.content, s.reason) for s in held]

    def reset(self) -> None:
        """Forgets the journal, the draft and every snapshot (after a lock)."""
        self._timer.stop()
        self._journal = None
        self._draft = EntryDraft()
        self._last_taken = None
        self._in_flight = None
        self._waiting = None
        self._unsaved.clear()
        self._not_saved.clear()
        self._changed = False
        self._set_state(SaveState.BLANK)

    # -- saving on the worker ---------------------------------------------------------

    def _start(self, snapshot: _Snapshot) -> None:
        journal = self._journal
        assert journal is not None
        if snapshot.draft is self._draft:
            self._in_flight = snapshot
        self._runner.run(
            lambda: snapshot.draft.save(journal, snapshot.content, snapshot.version),
            on_done=lambda result: self._done(snapshot, result),
            on_error=lambda error: self._failed(snapshot, error),
        )

    def _done(self, snapshot: _Snapshot, result: SaveResult) -> None:
        self._forget(snapshot)
        held = self._not_saved.get(id(snapshot.draft))
        if held is not None and held.version <= snapshot.version:
            del self._not_saved[id(snapshot.draft)]
        if result.entry is not None and result.version == snapshot.version:
            self.saved.emit(result.entry, result.created)
        self._next(snapshot)

    def _failed(self, snapshot: _Snapshot, error: AfterglowError) -> None:
        self._forget(snapshot)
        if snapshot.draft is self._draft:
            # Typing again, Ctrl+S, switching entries or locking tries again with the
            # newest text.
            self._waiting = None
            self._in_flight = None
            self._keep_trying()
            self.failed.emit(error.message)
            return
        # An entry left behind: kept, so that the next flush (or opening it) tries again;
        # unless it is open again in the editor, which shows these words or newer ones.
        held = self._not_saved.get(id(snapshot.draft))
        reopened = snapshot.draft.entry_id is not None and (
            snapshot.draft.entry_id == self._draft.entry_id
        )
        if not reopened and (held is None or held.version < snapshot.version):
            self._not_saved[id(snapshot.draft)] = replace(snapshot, reason=error.message)
        self.failed.emit(error.message)

    def _keep_trying(self) -> None:
        """The draft in the editor was not saved: what it shows counts as unsaved."""
        self._last_taken = None
        self._changed = True
        self._set_state(SaveState.FAILED)

    def _take_not_saved(self, entry_id: str | None) -> _Snapshot | None:
        """The newest words typed in this entry, if some of them could not be saved; they
        are then the draft's to save, so they are no longer held apart."""
        if entry_id is None:
            return None
        held = [s for s in self._not_saved.values() if s.draft.entry_id == entry_id]
        if not held:
            return None
        for snapshot in held:
            del self._not_saved[id(snapshot.draft)]
        queued = [s for s in self._unsaved.values() if s.draft.entry_id == entry_id]
        return max([*held, *queued], key=lambda snapshot: snapshot.version)

    def _forget(self, snapshot: _Snapshot) -> None:
        key = id(snapshot.draft)
        pending = self._unsaved.get(key)
        if pending is not None and pending.version <= snapshot.version:
            del self._unsaved[key]

    def _next(self, snapshot: _Snapshot) -> None:
        if snapshot.draft is not self._draft:
            return
        if self._in_flight is not None and self._in_flight is not snapshot:
            return  # a newer save of this draft is still running (see `save_all_now`)
        self._in_flight = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        else:
            self._settle()

    def _settle(self) -> None:
        if self._in_flight is None and self._waiting is None and not self._changed:
            blank = self._draft.entry is None
            self._set_state(SaveState.BLANK if blank else SaveState.SAVED)

    def _set_state(self, state: SaveState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
