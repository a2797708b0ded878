"""The editor: autosave after a pause, saving before a lock, switching entries, no empty
entries, Markdown formatting shortcuts, and nothing left behind after locking."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import Entry
from afterglow.core.errors import StorageError
from afterglow.core.journal import Journal
from afterglow.ui.journal.autosave import SaveState
from afterglow.ui.journal.journal_view import JournalView
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import UnlockedVault
from tests.ui.flows import wait_idle
from tests.ui.journal.conftest import WithJournal, open_journal_section, relock

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def activate(desktop: DesktopApp, qtbot: QtBot) -> None:
    """Shortcuts only reach an active window."""
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)


def saved(view: JournalView) -> bool:
    return view.editor.autosave.state == SaveState.SAVED


def test_typed_text_is_on_disk_after_typing_pauses(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    editor = view.editor
    qtbot.keyClicks(editor.body, "The kettle sang and I let it.")
    assert editor.autosave.state == SaveState.SAVING
    assert editor.entry_id is None  # nothing written while typing

    qtbot.waitUntil(lambda: saved(view), timeout=5000)

    assert editor.status.text() == "7 words · Saved"
    desktop.window.lock()
    (entry,) = stored()
    assert entry.body == "The kettle sang and I let it."
    assert entry.date == date.today()


def test_text_typed_just_before_locking_is_saved(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    qtbot.keyClicks(view.editor.title, "Before the lock")
    qtbot.keyClicks(view.editor.body, "Typed a moment before locking.")
    assert view.editor.autosave.state == SaveState.SAVING  # the pause has not come yet

    desktop.window.lock()

    assert view.editor.body.toPlainText() == ""
    assert not view.editor.body.document().isUndoAvailable()
    assert not view.editor.title.isUndoAvailable()
    assert view.model.rowCount() == 0
    (entry,) = stored()
    assert (entry.title, entry.body) == ("Before the lock", "Typed a moment before locking.")

    view = open_journal_section(desktop, qtbot)
    assert view.model.entry_at(0).body == "Typed a moment before locking."


def test_a_lock_during_a_running_save_writes_the_newest_text_once(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    # The worker is busy, so the first save waits in the queue when the lock comes.
    release = threading.Event()
    desktop.runner.run(lambda: release.wait(10))
    qtbot.keyClicks(view.editor.body, "first")
    view.editor.save_now()
    qtbot.keyClicks(view.editor.body, " and second")

    desktop.window.lock()
    release.set()
    wait_idle(desktop, qtbot)

    (entry,) = stored()
    assert entry.body == "first and second"


def test_switching_entries_saves_the_one_left(
    with_journal: WithJournal[Entry],
    desktop: DesktopApp,
    qtbot: QtBot,
    stored: Callable[[], list[Entry]],
) -> None:
    first = with_journal(lambda journal: journal.add(title="First", body="One."))
    second = with_journal(lambda journal: journal.add(title="Second", body="Two."))
    view = open_journal_section(desktop, qtbot)
    view.open_entry(first.id)
    qtbot.waitUntil(lambda: view.editor.entry_id == first.id)

    view.editor.body.moveCursor(view.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.editor.body, " And more.")
    view.open_entry(second.id)  # at once, well before the autosave pause
    qtbot.waitUntil(lambda: view.editor.entry_id == second.id)
    assert view.editor.body.toPlainText() == "Two."
    wait_idle(desktop, qtbot)
    assert view.model.entry_at(view.model.row_of(first.id) or 0).body == "One. And more."

    desktop.window.lock()
    bodies = {entry.id: entry.body for entry in stored()}
    assert bodies == {first.id: "One. And more.", second.id: "Two."}


def test_new_entry_without_writing_creates_nothing(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    view.new_button.click()
    view.editor.details.private.setChecked(True)  # a choice, but not something written
    qtbot.keyClicks(view.editor.body, "x")
    qtbot.keyClick(view.editor.body, Qt.Key.Key_Backspace)
    view.editor.save_now()
    view.new_button.click()
    wait_idle(desktop, qtbot)
    assert view.editor.autosave.state == SaveState.BLANK
    assert view.model.rowCount() == 0

    desktop.window.lock()
    assert stored() == []


def test_the_first_save_creates_the_entry_and_later_ones_update_it(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    qtbot.keyClicks(view.editor.body, "Morning.")
    view.editor.save_now()
    qtbot.waitUntil(lambda: saved(view))
    entry_id = view.editor.entry_id
    assert entry_id is not None
    assert view.model.rowCount() == 1
    assert view.list.selectionModel().isRowSelected(0)

    qtbot.keyClicks(view.editor.body, " Then tea.")
    view.editor.save_now()
    qtbot.waitUntil(lambda: saved(view))

    assert view.editor.entry_id == entry_id
    assert view.model.rowCount() == 1
    desktop.window.lock()
    assert [(e.id, e.body) for e in stored()] == [(entry_id, "Morning. Then tea.")]


def test_ctrl_s_saves_at_once(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    activate(desktop, qtbot)
    view.editor.body.setFocus()
    qtbot.keyClicks(view.editor.body, "Saved by hand.")
    qtbot.keyClick(view.editor.body, Qt.Key.Key_S, CTRL)
    # Well inside the autosave pause: the save was asked for now.
    qtbot.waitUntil(lambda: saved(view), timeout=800)


def test_ctrl_n_starts_a_new_entry_and_ctrl_f_goes_to_search(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    activate(desktop, qtbot)
    qtbot.keyClicks(view.editor.body, "Something.")
    qtbot.keyClick(desktop.window, Qt.Key.Key_N, CTRL)
    assert view.editor.body.toPlainText() == ""
    assert view.editor.body.hasFocus()
    qtbot.keyClick(desktop.window, Qt.Key.Key_F, CTRL)
    assert view.search.field.hasFocus()
    wait_idle(desktop, qtbot)
    assert view.model.rowCount() == 1  # the entry left behind was saved


SHORTCUTS = [
    (Qt.Key.Key_B, CTRL, "**calm**"),
    (Qt.Key.Key_I, CTRL, "*calm*"),
    (Qt.Key.Key_1, CTRL, "# calm"),
    (Qt.Key.Key_2, CTRL, "## calm"),
    (Qt.Key.Key_3, CTRL, "### calm"),
    (Qt.Key.Key_8, CTRL | SHIFT, "- calm"),
    (Qt.Key.Key_Period, CTRL | SHIFT, "> calm"),
]


def test_formatting_shortcuts_write_markdown_and_take_it_off_again(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    activate(desktop, qtbot)
    body = view.editor.body
    body.setFocus()
    qtbot.keyClicks(body, "calm")
    for key, modifiers, expected in SHORTCUTS:
        body.selectAll()
        qtbot.keyClick(body, key, modifiers)
        assert body.toPlainText() == expected
        body.selectAll()
        qtbot.keyClick(body, key, modifiers)  # the same shortcut again takes it off
        assert body.toPlainText() == "calm", expected


def test_formatting_applies_to_every_selected_line_and_undoes_in_one_step(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    body = view.editor.body
    body.setPlainText("tea\n\nwalk\nrest")
    body.selectAll()
    view.editor.body.format_actions[5].trigger()  # bulleted list
    assert body.toPlainText() == "- tea\n\n- walk\n- rest"
    body.undo()
    assert body.toPlainText() == "tea\n\nwalk\nrest"


def test_the_formatting_menu_lists_every_shortcut(view: JournalView) -> None:
    menu = view.editor.format_button.menu()
    assert menu is not None
    shortcuts = [action.shortcut().toString() for action in menu.actions()]
    assert shortcuts == [
        "Ctrl+B",
        "Ctrl+I",
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+Shift+8",
        "Ctrl+Shift+.",
    ]


def test_the_word_count_follows_the_text(view: JournalView, qtbot: QtBot) -> None:
    qtbot.keyClicks(view.editor.body, "one two three")
    qtbot.waitUntil(lambda: view.editor.status.text().startswith("3 words"))
    view.editor.body.setPlainText("one")
    qtbot.waitUntil(lambda: view.editor.status.text().startswith("1 word ·"))


def test_a_long_entry_saves_without_waiting(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    text = "\n\n".join(
        f"## Part {n}\n\nSome **words** about the day and a #tag{n % 7} to keep. " * 20
        for n in range(60)
    )
    assert len(text.split()) > 10_000
    view.editor.body.setPlainText(text)
    view.editor.save_now()
    qtbot.waitUntil(lambda: saved(view), timeout=10_000)
    desktop.window.lock()
    (entry,) = stored()
    assert entry.body == text
    assert {f"tag{n}" for n in range(7)} <= set(entry.tags)


def test_locking_and_reopening_shows_a_blank_page(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    qtbot.keyClicks(view.editor.title, "Something private")
    view = relock(desktop, qtbot)
    assert view.editor.title.text() == ""
    assert view.editor.entry_id is None
    assert view.model.rowCount() == 1


def test_switching_theme_restyles_the_text(view: JournalView, desktop: DesktopApp) -> None:
    desktop.appearance.set_choice("light")
    desktop.appearance.set_choice("dark")
    assert view.editor.body.highlighter.tag.foreground().color().name().upper() == (
        desktop.appearance.colors.accent.upper()
    )


class FullDiskOnce:
    """A journal whose first save fails as a full disk would."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self.failures = 1

    def __getattr__(self, name: str) -> object:
        return getattr(self._journal, name)

    def add(self, **fields: object) -> Entry:
        if self.failures:
            self.failures -= 1
            raise StorageError("The disk is full.")
        return self._journal.add(**fields)  # type: ignore[arg-type]


def test_a_failed_save_says_so_and_the_next_edit_tries_again(
    existing_journal: str,
    make_desktop: Callable[..., DesktopApp],
    qtbot: QtBot,
    stored: Callable[[], list[Entry]],
) -> None:
    def services(unlocked: UnlockedVault) -> JournalServices:
        real = journal_services(unlocked.database)
        return replace(real, journal=FullDiskOnce(real.journal))  # type: ignore[arg-type]

    desktop = make_desktop(make_services=services)
    view = open_journal_section(desktop, qtbot)
    qtbot.keyClicks(view.editor.body, "Still here")
    with qtbot.waitSignal(view.notice) as notice:
        view.editor.save_now()
    assert "The disk is full." in notice.args[0]
    assert view.editor.autosave.state == SaveState.FAILED
    assert view.editor.status.text().endswith("Not saved")

    qtbot.keyClicks(view.editor.body, ".")
    view.editor.save_now()
    qtbot.waitUntil(lambda: saved(view))
    desktop.window.lock()
    assert [entry.body for entry in stored()] == ["Still here."]
