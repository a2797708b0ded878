"""Saving snapshots: one entry per draft, newest text wins whichever thread writes last,
and only the newest snapshot waits behind a save in flight."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot

from afterglow.core.entries import Entry
from afterglow.core.errors import StorageError
from afterglow.core.journal import Journal
from afterglow.ui.journal.autosave import Autosave, SaveState
from afterglow.ui.journal.draft import DraftContent, EntryDraft
from afterglow.ui.tasks import TaskRunner
from afterglow.vault.entries import VaultEntryStore
from afterglow.vault.vault import UnlockedVault


class CountingJournal:
    """Records the bodies written, on a real journal."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.written: list[str] = []

    def add(self, **fields: Any) -> Entry:
        self.written.append(fields["body"])
        return self.journal.add(**fields)

    def update(self, entry: Entry) -> Entry:
        self.written.append(entry.body)
        return self.journal.update(entry)


def content(body: str) -> DraftContent:
    return DraftContent(day=date(2025, 6, 1), body=body)


def test_an_older_snapshot_never_overwrites_a_newer_one(unlocked: UnlockedVault) -> None:
    journal = Journal(VaultEntryStore(unlocked.database))
    draft = EntryDraft()
    assert draft.save(journal, content(""), 1).entry is None  # blank: nothing created
    first = draft.save(journal, content("newer"), 3)
    assert first.created and first.entry is not None
    late = draft.save(journal, content("older"), 2)
    assert not late.created
    assert journal.get(first.entry.id).body == "newer"
    assert len(journal.list()) == 1


def test_only_the_newest_snapshot_waits_behind_a_save_in_flight(
    qtbot: QtBot, unlocked: UnlockedVault
) -> None:
    runner = TaskRunner()
    journal = CountingJournal(Journal(VaultEntryStore(unlocked.database)))
    text = {"body": ""}
    autosave = Autosave(runner, lambda: content(text["body"]), delay_ms=10_000)
    autosave.open_journal(journal)  # type: ignore[arg-type]
    autosave.begin(EntryDraft(), content(""))
    release = threading.Event()
    runner.run(lambda: release.wait(10))

    for body in ("one", "one two", "one two three", "one two three four"):
        text["body"] = body
        autosave.edited()
        autosave.save_now()
    assert autosave.state == SaveState.SAVING
    release.set()
    qtbot.waitUntil(lambda: autosave.state == SaveState.SAVED)

    assert journal.written == ["one", "one two three four"]
    runner.shutdown()


def test_flush_writes_what_is_queued_for_an_entry_left_behind(
    qtbot: QtBot, unlocked: UnlockedVault
) -> None:
    runner = TaskRunner()
    real = Journal(VaultEntryStore(unlocked.database))
    text = {"body": ""}
    autosave = Autosave(runner, lambda: content(text["body"]), delay_ms=10_000)
    autosave.open_journal(real)
    release = threading.Event()
    runner.run(lambda: release.wait(10))
    autosave.begin(EntryDraft(), content(""))
    text["body"] = "left behind"
    autosave.edited()
    other = real.add(body="other")
    autosave.begin(EntryDraft(other), DraftContent.of(other))  # queues "left behind"
    text["body"] = "other, edited"
    autosave.edited()

    autosave.flush()  # the worker is still blocked: the UI thread writes both
    runner.discard_pending()
    release.set()
    runner.shutdown()

    assert sorted(entry.body for entry in real.list()) == ["left behind", "other, edited"]


def test_blank_content_is_blank_until_something_is_chosen_or_written() -> None:
    blank = content("")
    assert blank.is_blank
    assert replace(blank, private=True).is_blank
    assert not replace(blank, mood=0).is_blank
    assert not replace(blank, title=" x ").is_blank
    assert not replace(blank, tags=("calm",)).is_blank


class FullDisk:
    """A real journal whose writes fail while `full` is set."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.full = True

    def __getattr__(self, name: str) -> Any:
        return getattr(self.journal, name)

    def add(self, **fields: Any) -> Entry:
        if self.full:
            raise StorageError("The disk is full.")
        return self.journal.add(**fields)

    def update(self, entry: Entry) -> Entry:
        if self.full:
            raise StorageError("The disk is full.")
        return self.journal.update(entry)


def test_flush_returns_the_words_it_could_not_write_and_keeps_trying_them(
    qtbot: QtBot, unlocked: UnlockedVault
) -> None:
    runner = TaskRunner()
    disk = FullDisk(Journal(VaultEntryStore(unlocked.database)))
    text = {"body": "first words"}
    autosave = Autosave(runner, lambda: content(text["body"]), delay_ms=10_000)
    autosave.open_journal(disk)  # type: ignore[arg-type]
    autosave.begin(EntryDraft(), content(""))
    autosave.edited()

    (unsaved,) = autosave.flush()

    assert (unsaved.entry_id, unsaved.content.body) == (None, "first words")
    assert unsaved.reason == "The disk is full."
    assert autosave.state == SaveState.FAILED and autosave.is_saving
    assert autosave.not_saved() == [unsaved]
    assert autosave.flush() == [unsaved]  # tried again, still refused, still held
    disk.full = False
    assert autosave.flush() == []
    assert [entry.body for entry in disk.journal.list()] == ["first words"]
    autosave.reset()
    runner.shutdown()


def test_an_entry_left_behind_whose_save_failed_is_tried_again_and_shown_when_reopened(
    qtbot: QtBot, unlocked: UnlockedVault
) -> None:
    runner = TaskRunner()
    disk = FullDisk(Journal(VaultEntryStore(unlocked.database)))
    disk.full = False
    stored = disk.add(body="as stored")
    other = disk.add(body="another")
    disk.full = True
    text = {"body": ""}
    autosave = Autosave(runner, lambda: content(text["body"]), delay_ms=10_000)
    autosave.open_journal(disk)  # type: ignore[arg-type]
    autosave.begin(EntryDraft(stored), DraftContent.of(stored))
    text["body"] = "as stored, and more"
    autosave.edited()
    with qtbot.waitSignal(autosave.failed):
        autosave.begin(EntryDraft(other), DraftContent.of(other))  # leaves it behind
    assert [w.content.body for w in autosave.not_saved()] == ["as stored, and more"]

    # Opening it again shows the words that were not saved, not the stored ones.
    shown = autosave.begin(EntryDraft(stored), DraftContent.of(stored))
    assert shown.body == "as stored, and more"
    assert autosave.not_saved() == [] and autosave.is_saving
    text["body"] = shown.body
    disk.full = False
    autosave.save_now()
    qtbot.waitUntil(lambda: autosave.state == SaveState.SAVED)
    assert disk.journal.get(stored.id).body == "as stored, and more"
    runner.shutdown()
