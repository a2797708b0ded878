"""Tidying tags: renaming one and merging several, with their counts, everywhere."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import Entry
from afterglow.core.journal import Journal
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.journal.tags_dialog import TagsDialog
from tests.ui.flows import wait_idle
from tests.ui.journal.conftest import WithJournal, open_journal_section


def counts(dialog: TagsDialog) -> list[str]:
    return [dialog.model.index(row).data() for row in range(dialog.model.rowCount())]


def test_rename_and_merge_tags_with_their_counts(
    with_journal: WithJournal[Entry],
    desktop: DesktopApp,
    qtbot: QtBot,
    stored: Callable[[], list[Entry]],
    qtmodeltester: ModelTester,
) -> None:
    def write(journal: Journal) -> Entry:
        journal.add(title="a", body="Out early #walk", tags=["morning"])
        journal.add(title="b", tags=["walking", "calm"])
        return journal.add(title="c", body="Slow #stroll today")

    open_one = with_journal(write)
    view = open_journal_section(desktop, qtbot)
    view.open_entry(open_one.id)
    qtbot.waitUntil(lambda: view.editor.entry_id == open_one.id)
    dialog = view.open_tags()
    assert dialog is not None
    wait_idle(desktop, qtbot)
    qtmodeltester.check(dialog.model)
    assert counts(dialog) == [
        "#calm · 1 entry",
        "#morning · 1 entry",
        "#stroll · 1 entry",
        "#walk · 1 entry",
        "#walking · 1 entry",
    ]

    dialog.choose("morning")
    assert dialog.apply_button.text() == "Rename"
    dialog.name.setText("Early Start")
    dialog.apply_button.click()
    wait_idle(desktop, qtbot)
    assert "#early-start · 1 entry" in counts(dialog)

    dialog.choose("walk", "walking", "stroll")
    assert dialog.apply_button.text() == "Merge"
    dialog.name.setText("walks")
    with qtbot.waitSignal(dialog.tags_changed) as changed:
        dialog.apply_button.click()
    assert changed.args == [3]
    wait_idle(desktop, qtbot)
    assert counts(dialog) == ["#calm · 1 entry", "#early-start · 1 entry", "#walks · 3 entries"]
    # The entry open in the editor shows its text as it now is.
    assert view.editor.body.toPlainText() == "Slow #walks today"
    dialog.close_button.click()

    desktop.window.lock()
    bodies = {entry.title: (entry.body, entry.tags) for entry in stored()}
    assert bodies["a"] == ("Out early #walks", ("early-start", "walks"))
    assert bodies["b"] == ("", ("calm", "walks"))
    assert bodies["c"] == ("Slow #walks today", ("walks",))


def test_a_name_that_cannot_be_a_tag_is_refused(
    with_journal: WithJournal[Entry], desktop: DesktopApp, qtbot: QtBot
) -> None:
    with_journal(lambda journal: journal.add(title="a", tags=["calm"]))
    view = open_journal_section(desktop, qtbot)
    dialog = view.open_tags()
    assert dialog is not None
    wait_idle(desktop, qtbot)
    dialog.choose("calm")
    dialog.name.setText("???")
    dialog.apply_button.click()
    assert dialog.error.isVisibleTo(dialog)
    assert "letters" in dialog.error.text()


def test_no_tags_yet_says_how_to_make_one(
    desktop: DesktopApp, view: JournalView, qtbot: QtBot
) -> None:
    dialog = view.open_tags()
    assert dialog is not None
    wait_idle(desktop, qtbot)
    assert dialog.empty.isVisibleTo(dialog)
    assert "#gratitude" in dialog.empty.text()


def test_locking_closes_the_tags_dialog(
    desktop: DesktopApp, view: JournalView, qtbot: QtBot
) -> None:
    dialog = view.open_tags()
    assert dialog is not None
    desktop.window.lock()
    assert not dialog.isVisible()
    assert view.tags_dialog is None
