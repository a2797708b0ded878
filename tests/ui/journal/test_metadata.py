"""An entry's details: kind, date, mood and energy (not set is not 0), feelings, tags,
#tags from the text, and the private flag, all saved with the entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import Entry, EntryKind
from afterglow.ui.journal.autosave import SaveState
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.widgets.scale_button import ScaleButton
from tests.ui.flows import wait_idle
from tests.ui.journal.conftest import WithJournal, open_journal_section, relock


def choose(scale: ScaleButton, value: int | None) -> None:
    """Picks a value from the button's menu, as a click would."""
    action = scale.not_set_action if value is None else scale.value_actions[value]
    action.trigger()


def settle(view: JournalView, desktop: DesktopApp, qtbot: QtBot) -> None:
    view.editor.save_now()
    qtbot.waitUntil(lambda: view.editor.autosave.state == SaveState.SAVED)
    wait_idle(desktop, qtbot)


def test_every_detail_is_saved_and_a_mood_of_zero_is_not_unset(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    details = view.editor.details
    qtbot.keyClicks(view.editor.body, "Heavy morning, lighter by noon.")
    details.kind.setCurrentIndex(details.kind.findData(EntryKind.CHECK_IN.value))
    details.day.setDate(QDate(2025, 3, 4))
    choose(details.mood, 0)
    choose(details.energy, 6)
    dialog = details.choose_feelings()
    dialog.picker._chips["tired"].click()
    dialog.picker.own_field.setText("Foggy ")
    dialog.picker.add_button.click()
    dialog.accept()
    details.tags.field.setText("Self care")
    details.tags.field.returnPressed.emit()
    details.private.setChecked(True)
    settle(view, desktop, qtbot)

    assert details.mood.text() == "Mood 0"
    assert details.energy.text() == "Energy 6"
    desktop.window.lock()
    (entry,) = stored()
    assert entry.kind == EntryKind.CHECK_IN
    assert entry.date == date(2025, 3, 4)
    assert (entry.mood, entry.energy) == (0, 6)
    assert entry.emotions == ("tired", "foggy")
    assert entry.tags == ("self-care",)
    assert entry.private


def test_unsetting_the_mood_saves_no_mood(
    with_journal: WithJournal[Entry],
    desktop: DesktopApp,
    qtbot: QtBot,
    stored: Callable[[], list[Entry]],
) -> None:
    written = with_journal(lambda journal: journal.add(body="Fine.", mood=0, energy=3))
    view = open_journal_section(desktop, qtbot)
    view.open_entry(written.id)
    qtbot.waitUntil(lambda: view.editor.entry_id == written.id)
    assert view.editor.details.mood.value() == 0
    assert view.editor.autosave.state == SaveState.SAVED  # loading is not an edit

    choose(view.editor.details.mood, None)
    settle(view, desktop, qtbot)
    assert view.editor.details.mood.text() == "Mood \u2013"

    desktop.window.lock()
    (entry,) = stored()
    assert (entry.mood, entry.energy) == (None, 3)


def test_hashtags_in_the_text_become_tags_and_are_shown_apart(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot, stored: Callable[[], list[Entry]]
) -> None:
    details = view.editor.details
    qtbot.keyClicks(view.editor.body, "A walk by the canal #walking #Gratitude")
    details.tags.add("family")
    qtbot.waitUntil(
        lambda: [c.text for c in details.tags._fixed_chips] == ["#gratitude", "#walking"]
    )
    assert details.tags.tags() == ("family",)
    settle(view, desktop, qtbot)
    row = view.model.row_of(view.editor.entry_id or "")
    assert row is not None
    assert view.model.entry_at(row).tags == ("family", "gratitude", "walking")

    view = relock(desktop, qtbot)
    desktop.window.lock()
    (entry,) = stored()
    assert entry.tags == ("family", "gratitude", "walking")


def test_tags_complete_from_the_tags_in_use(
    with_journal: WithJournal[Entry], desktop: DesktopApp, qtbot: QtBot
) -> None:
    with_journal(lambda journal: journal.add(body="x", tags=["breathwork", "boundaries"]))
    view = open_journal_section(desktop, qtbot)
    view.editor.details.tags.field.setFocus()
    view.editor.details.tags.wants_known_tags.emit()
    qtbot.waitUntil(
        lambda: view.editor.details.tags.known.stringList() == ["boundaries", "breathwork"]
    )
    assert view.filters.all_of.known.stringList() == ["boundaries", "breathwork"]


def test_a_tag_that_cannot_be_a_tag_is_explained_not_saved(view: JournalView, qtbot: QtBot) -> None:
    tags = view.editor.details.tags
    with qtbot.waitSignal(tags.problem) as problem:
        assert not tags.add("!!!")
    assert "letters" in problem.args[0]
    assert tags.tags() == ()


def test_private_is_explained(view: JournalView) -> None:
    details = view.editor.details
    assert "never shared" in details.private.toolTip()
    details.private.setChecked(True)
    assert details.private_note.isVisibleTo(view)
    assert "unless you choose" in details.private_note.text()


def test_kinds_read_as_words(view: JournalView) -> None:
    kinds = [view.editor.details.kind.itemText(i) for i in range(view.editor.details.kind.count())]
    assert kinds == ["Journal entry", "Intention", "Reflection", "Check-in", "Gratitude", "Note"]
