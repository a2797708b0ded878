"""Words that cannot be saved as the journal locks (a full disk) are not lost: they wait,
sealed with the journal's key, and come back in the editor after the next unlock; quitting
while some cannot be saved asks first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import StorageError
from afterglow.core.journal import Journal
from afterglow.ui.journal.autosave import SaveState
from afterglow.ui.journal.draft import DraftContent
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.today.today_view import TodayView
from afterglow.ui.unsaved_words import KeptWords, UnsavedEntry
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import UnlockedVault, Vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import unlock, wait_idle
from tests.ui.journal.conftest import WithJournal, open_journal_section

SECRET = "I finally said it to her, and my hands stopped shaking"
FULL = "The disk is full, so the journal could not be saved."


class Disk:
    """Whether writes fail, as they would on a full disk; tests fill and empty it."""

    def __init__(self) -> None:
        self.full = False
        self.refused = 0

    def write(self) -> None:
        if self.full:
            self.refused += 1
            raise StorageError(FULL)


class FullDiskJournal:
    """The real journal, except that adding and updating entries fail while `disk.full`."""

    def __init__(self, journal: Journal, disk: Disk) -> None:
        self._journal = journal
        self._disk = disk

    def __getattr__(self, name: str) -> object:
        return getattr(self._journal, name)

    def add(self, **fields: object) -> Entry:
        self._disk.write()
        return self._journal.add(**fields)  # type: ignore[arg-type]

    def update(self, edited: Entry) -> Entry:
        self._disk.write()
        return self._journal.update(edited)


@pytest.fixture
def disk() -> Disk:
    return Disk()


@pytest.fixture
def app(existing_journal: str, make_desktop: Callable[..., DesktopApp], disk: Disk) -> DesktopApp:
    def services(unlocked: UnlockedVault) -> JournalServices:
        real = journal_services(unlocked.database)
        return replace(real, journal=FullDiskJournal(real.journal, disk))  # type: ignore[arg-type]

    return make_desktop(make_services=services)


def type_words(view: JournalView, qtbot: QtBot, title: str, body: str) -> None:
    qtbot.keyClicks(view.editor.title, title)
    qtbot.keyClicks(view.editor.body, body)


def assert_nothing_readable_is_kept(kept: KeptWords, *words: str) -> None:
    for word in words:
        assert word not in repr(kept)
        for value in vars(kept).values():
            assert word not in repr(value)
            if isinstance(value, bytes):
                assert word.encode() not in value
                assert word.encode("utf-16-le") not in value


def journal_view(desktop: DesktopApp) -> JournalView:
    view = desktop.shell.views["journal"]
    assert isinstance(view, JournalView)
    return view


def test_words_not_saved_at_a_lock_are_kept_sealed_and_come_back_after_unlocking(
    app: DesktopApp, disk: Disk, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    view = open_journal_section(app, qtbot)
    type_words(view, qtbot, "After the session", SECRET)
    disk.full = True

    with qtbot.waitSignal(app.session.locked):
        app.window.lock()

    assert disk.refused >= 1  # the final save was really tried, and failed
    assert not app.session.is_open
    assert app.window.pages.currentWidget() is app.window.unlock
    # The views are cleared as on any lock, and hold nothing that was not saved.
    assert view.editor.body.toPlainText() == "" and view.editor.title.text() == ""
    assert not view.editor.body.document().isUndoAvailable()
    assert app.shell.not_saved() == []
    kept = app.session.kept_words
    assert kept.holding
    assert_nothing_readable_is_kept(kept, SECRET, "After the session", "hands stopped")
    notice = app.window.unlock.unlock_page.notice
    assert notice.isVisibleTo(app.window)
    assert "kept" in notice.text() and "once you unlock" in notice.text()

    disk.full = False
    unlock(app, qtbot)

    view = journal_view(app)
    assert app.shell.current_section == "journal"
    qtbot.waitUntil(lambda: view.editor.body.toPlainText() == SECRET)
    assert view.editor.title.text() == "After the session"
    assert not app.session.kept_words.holding
    assert app.shell.notice.isVisibleTo(app.window)
    assert app.shell.notice_text.text() == (
        "Your last words could not be saved before Afterglow locked. They are back in the "
        "editor and will be saved as soon as they can be."
    )
    qtbot.waitUntil(lambda: view.editor.autosave.state == SaveState.SAVED)
    assert view.editor.entry_id is not None
    qtbot.waitUntil(lambda: view.model.row_of(view.editor.entry_id or "") is not None)

    app.window.lock()
    assert not app.session.kept_words.holding
    assert not app.window.unlock.unlock_page.notice.isVisibleTo(app.window)
    (entry,) = stored()
    assert (entry.title, entry.body) == ("After the session", SECRET)


def test_words_typed_into_an_existing_entry_go_back_into_that_entry(
    app: DesktopApp,
    disk: Disk,
    qtbot: QtBot,
    with_journal: WithJournal[Entry],
    stored: Callable[[], list[Entry]],
) -> None:
    written = with_journal(lambda journal: journal.add(title="Monday", body="It rained."))
    view = open_journal_section(app, qtbot)
    view.open_entry(written.id)
    qtbot.waitUntil(lambda: view.editor.entry_id == written.id)
    disk.full = True
    view.editor.body.moveCursor(view.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.editor.body, " I stayed in and wrote.")

    app.window.lock()
    assert app.session.kept_words.holding
    disk.full = False
    unlock(app, qtbot)

    view = journal_view(app)
    qtbot.waitUntil(lambda: view.editor.entry_id == written.id)
    assert view.editor.body.toPlainText() == "It rained. I stayed in and wrote."
    qtbot.waitUntil(lambda: view.editor.autosave.state == SaveState.SAVED)
    app.window.lock()
    (entry,) = stored()  # the same entry, not a copy
    assert (entry.id, entry.body) == (written.id, "It rained. I stayed in and wrote.")


def test_words_whose_autosave_already_failed_are_kept_though_nothing_was_typed_since(
    app: DesktopApp, disk: Disk, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    view = open_journal_section(app, qtbot)
    qtbot.keyClicks(view.editor.body, SECRET)
    disk.full = True
    with qtbot.waitSignal(view.notice):
        view.editor.save_now()
    assert view.editor.autosave.state == SaveState.FAILED

    app.window.lock()  # nothing typed since the failure: the lock still tries, and keeps

    assert app.session.kept_words.holding
    disk.full = False
    unlock(app, qtbot)
    view = journal_view(app)
    qtbot.waitUntil(lambda: view.editor.autosave.state == SaveState.SAVED)
    app.window.lock()
    assert [entry.body for entry in stored()] == [SECRET]


def test_words_that_do_not_open_with_the_journals_key_are_said_to_be_lost(
    app: DesktopApp,
    qtbot: QtBot,
    tmp_path: Path,
    fast_policy: KdfPolicy,
    stored: Callable[[], list[Entry]],
) -> None:
    # Sealed by another journal's key, as after restoring a backup made with another one.
    other, _recovery = Vault(tmp_path / "other", fast_policy).create(PASSPHRASE)
    try:
        words = [UnsavedEntry(None, DraftContent(day=date.today(), body=SECRET))]
        app.session.kept_words.keep(other, words)
    finally:
        other.lock()

    unlock(app, qtbot)

    assert not app.session.kept_words.holding
    assert app.shell.notice_text.text() == (
        "Some of your last words could not be saved before Afterglow locked, and they "
        "cannot be brought back: they do not open with this journal's key."
    )
    view = journal_view(app)
    wait_idle(app, qtbot)
    assert view.editor.body.toPlainText() == ""
    app.window.lock()
    assert stored() == []


def test_a_quick_note_not_saved_at_a_lock_comes_back_on_today_and_is_kept(
    app: DesktopApp, disk: Disk, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    unlock(app, qtbot)
    app.shell.show_section("today")
    today = app.shell.views["today"]
    assert isinstance(today, TodayView)
    wait_idle(app, qtbot)
    qtbot.keyClicks(today.quick_note.field, "Called my brother back")
    disk.full = True

    app.window.lock()

    assert today.quick_note.field.text() == ""
    assert app.session.kept_words.holding
    assert_nothing_readable_is_kept(app.session.kept_words, "Called my brother back")
    disk.full = False
    unlock(app, qtbot)

    assert app.shell.current_section == "today"
    assert "quick note" in app.shell.notice_text.text()
    qtbot.waitUntil(lambda: "Kept in your journal" in today.quick_note.status.text())
    app.window.lock()
    (entry,) = stored()
    assert (entry.kind, entry.body) == (EntryKind.NOTE, "Called my brother back")


# -- quitting ---------------------------------------------------------------------------


def test_quitting_when_the_last_words_cannot_be_saved_asks_and_can_stay_open(
    app: DesktopApp, disk: Disk, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    quits: list[str] = []
    app.window.quit_app = lambda: quits.append("quit")
    view = open_journal_section(app, qtbot)
    qtbot.keyClicks(view.editor.body, SECRET)
    disk.full = True

    app.window.close()

    assert app.window.isVisible() and app.session.is_open
    question = app.window.quit_question
    assert question is not None and question.isVisible()
    assert question.lead.text() == f"Your latest words could not be saved: {FULL}"
    assert question.cancel_button.text() == "Keep Afterglow open"
    assert question.confirm_button.text() == "Quit without them"
    assert question.cancel_button.isDefault()  # Enter keeps the words

    question.cancel_button.click()

    assert app.window.quit_question is None and quits == []
    assert view.editor.body.toPlainText() == SECRET
    assert view.editor.autosave.state == SaveState.FAILED
    disk.full = False
    app.window.close()  # now the words can be written: it closes without asking
    assert not app.window.isVisible()
    assert app.window.quit_question is None
    app.window.lock()
    assert [entry.body for entry in stored()] == [SECRET]


def test_quitting_without_the_words_that_cannot_be_saved(
    app: DesktopApp, disk: Disk, qtbot: QtBot
) -> None:
    quits: list[str] = []
    view = open_journal_section(app, qtbot)

    def quit_app() -> None:
        quits.append("quit")
        app.window.close()  # as QCoreApplication.quit does, before the app ends

    app.window.quit_app = quit_app
    qtbot.keyClicks(view.editor.body, SECRET)
    disk.full = True
    app.window.close()
    question = app.window.quit_question
    assert question is not None

    question.confirm_button.click()

    assert quits == ["quit"]
    assert not app.window.isVisible()


def test_closing_with_everything_saved_asks_nothing(app: DesktopApp, qtbot: QtBot) -> None:
    view = open_journal_section(app, qtbot)
    qtbot.keyClicks(view.editor.body, "All written down.")
    app.window.close()
    assert not app.window.isVisible()
    assert app.window.quit_question is None
