"""The Trash: moving an entry there, restoring it, and emptying it only when confirmed."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import Entry
from afterglow.core.journal import Journal
from tests.ui.flows import wait_idle
from tests.ui.journal.conftest import WithJournal, open_journal_section


def test_an_entry_moved_to_the_trash_can_be_restored(
    with_journal: WithJournal[Entry],
    desktop: DesktopApp,
    qtbot: QtBot,
    stored: Callable[[], list[Entry]],
) -> None:
    kept = with_journal(lambda journal: journal.add(title="Keep me"))
    view = open_journal_section(desktop, qtbot)
    view.open_entry(kept.id)
    qtbot.waitUntil(lambda: view.editor.entry_id == kept.id)

    with qtbot.waitSignal(view.notice) as notice:
        view.editor.trash_button.click()
    assert "30 days" in notice.args[0]
    wait_idle(desktop, qtbot)
    assert view.model.rowCount() == 0
    assert view.editor.entry_id is None
    assert view.trash_button.text() == "Trash · 1"

    view.trash_button.click()
    wait_idle(desktop, qtbot)
    trash = view.trash
    assert view.pages.currentWidget() is trash
    assert "30 days" in " ".join(label.text() for label in trash.findChildren(type(trash.empty)))
    assert [e.title for e in trash.model.entries()] == ["Keep me"]
    trash.select_row(0)
    assert trash.preview_title.text() == "Keep me"

    trash.restore_button.click()
    wait_idle(desktop, qtbot)
    assert trash.model.rowCount() == 0
    assert trash.list_pages.currentWidget() is trash.empty
    assert [e.title for e in view.model.entries()] == ["Keep me"]
    assert view.trash_button.text() == "Trash"

    desktop.window.lock()
    assert [e.in_trash for e in stored()] == [False]


def test_emptying_the_trash_asks_first_and_deletes_for_good(
    with_journal: WithJournal[None],
    desktop: DesktopApp,
    qtbot: QtBot,
    stored: Callable[[], list[Entry]],
) -> None:
    def write(journal: Journal) -> None:
        journal.add(title="Stays")
        for title in ("Old list", "Draft"):
            journal.trash(journal.add(title=title).id)

    with_journal(write)
    view = open_journal_section(desktop, qtbot)
    view.show_trash()
    wait_idle(desktop, qtbot)
    assert view.trash.model.rowCount() == 2

    dialog = view.trash.empty_trash()
    assert dialog is not None
    assert "2 entries" in dialog.lead.text() and "cannot be undone" in dialog.lead.text()
    dialog.cancel_button.click()
    wait_idle(desktop, qtbot)
    assert view.trash.model.rowCount() == 2

    dialog = view.trash.empty_trash()
    assert dialog is not None
    with qtbot.waitSignal(view.notice) as notice:
        dialog.confirm_button.click()
    assert notice.args[0] == "2 entries were deleted for good."
    wait_idle(desktop, qtbot)
    assert view.trash.model.rowCount() == 0
    assert not view.trash.empty_button.isEnabled()

    view.trash.back_button.click()
    assert view.pages.currentWidget() is view.splitter
    desktop.window.lock()
    assert [e.title for e in stored()] == ["Stays"]


def test_entries_in_the_trash_say_when_they_go(
    with_journal: WithJournal[None], desktop: DesktopApp, qtbot: QtBot
) -> None:
    with_journal(lambda journal: journal.trash(journal.add(title="Soon gone").id) and None)
    view = open_journal_section(desktop, qtbot)
    view.show_trash()
    wait_idle(desktop, qtbot)
    delegate = view.trash.view.itemDelegate()
    entry = view.trash.model.entry_at(0)
    assert delegate._meta(entry)[-1] == "Deleted for good in 30 days"  # type: ignore[attr-defined]
