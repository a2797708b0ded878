"""Finding one's way around: the calendar's marks and days, "On this day", the tag filter
(all of, none of, untagged) and the other filters, and empty states that say what to do."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import Entry, EntryKind
from afterglow.core.journal import Journal
from afterglow.ui.journal.journal_view import JournalView
from tests.ui.flows import wait_idle
from tests.ui.journal.conftest import WithJournal, open_journal_section


def titles(view: JournalView) -> list[str]:
    return [entry.title for entry in view.model.entries()]


def month_start(today: date) -> date:
    return today.replace(day=1)


def test_the_calendar_marks_days_with_entries_and_a_day_shows_its_entries(
    with_journal: WithJournal[object], desktop: DesktopApp, qtbot: QtBot
) -> None:
    first = month_start(date.today())

    def write(journal: Journal) -> None:
        journal.add(title="Early", day=first)
        journal.add(title="Also early", day=first)
        journal.add(title="Previous month", day=first - timedelta(days=1))
        journal.trash(journal.add(title="Trashed", day=first + timedelta(days=1)).id)

    with_journal(write)
    view = open_journal_section(desktop, qtbot)
    assert view.calendar.marks == {first: 2}
    view.calendar_button.click()
    assert view.calendar.isVisible()

    view.calendar.clicked.emit(QDate(first.year, first.month, first.day))
    wait_idle(desktop, qtbot)
    assert sorted(titles(view)) == ["Also early", "Early"]
    assert view.day_bar.isVisible()

    view.calendar.setCurrentPage(
        first.year if first.month > 1 else first.year - 1, (first.month - 2) % 12 + 1
    )
    qtbot.waitUntil(lambda: view.calendar.marks == {first - timedelta(days=1): 1})

    view.show_all_button.click()
    wait_idle(desktop, qtbot)
    assert len(titles(view)) == 3
    assert not view.day_bar.isVisible()


def test_an_empty_day_offers_to_write_about_it(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    day = date.today() - timedelta(days=3)
    view.show_day(day)
    wait_idle(desktop, qtbot)
    assert view.results.currentWidget() is view.list_empty
    assert "Nothing was written on" in view.list_empty.message.text()
    view.list_empty.action.click()
    assert view.editor.details.day_value() == day


def test_a_new_journal_says_where_to_begin(view: JournalView) -> None:
    assert view.results.currentWidget() is view.list_empty
    assert view.list_empty.message.text() == (
        "Nothing here yet — your first entry starts with one sentence."
    )
    assert view.list_empty.action.text() == "Write your first entry"


def test_on_this_day_shows_earlier_months_and_years_and_opens_the_entry(
    with_journal: WithJournal[dict[str, Entry]], desktop: DesktopApp, qtbot: QtBot
) -> None:
    today = date.today()
    year_ago = today.replace(year=today.year - 1) if (today.month, today.day) != (2, 29) else None

    def write(journal: Journal) -> dict[str, Entry]:
        written = {"today": journal.add(title="Today's", day=today)}
        if year_ago is not None:
            written["year"] = journal.add(title="A year back", day=year_ago)
        written["other"] = journal.add(title="Another day", day=today - timedelta(days=40))
        return written

    written = with_journal(write)
    view = open_journal_section(desktop, qtbot)
    if year_ago is None:
        assert not view.on_this_day.isVisible()
        return
    assert view.on_this_day.isVisible()
    (line,) = view.on_this_day.lines
    assert line.text() == "A year ago · A year back"

    line.click()
    qtbot.waitUntil(lambda: view.editor.entry_id == written["year"].id)
    view.search.field.setText("year")
    assert not view.on_this_day.isVisible()  # searching needs the room


def test_tag_filter_all_of_none_of_and_untagged(
    with_journal: WithJournal[object], desktop: DesktopApp, qtbot: QtBot
) -> None:
    def write(journal: Journal) -> None:
        journal.add(title="both", tags=["walk", "calm"])
        journal.add(title="walk only", tags=["walk"])
        journal.add(title="calm only", tags=["calm"])
        journal.add(title="no tags")

    with_journal(write)
    view = open_journal_section(desktop, qtbot)
    filters = view.filters

    filters.all_of.add("walk")
    filters.all_of.add("calm")
    wait_idle(desktop, qtbot)
    assert titles(view) == ["both"]
    assert view.filters_button.text() == "Filters · on"

    filters.all_of.remove("calm")
    filters.none_of.add("calm")
    wait_idle(desktop, qtbot)
    assert titles(view) == ["walk only"]

    filters.untagged.setChecked(True)
    wait_idle(desktop, qtbot)
    assert titles(view) == ["no tags"]

    filters.clear_button.click()
    wait_idle(desktop, qtbot)
    assert sorted(titles(view)) == ["both", "calm only", "no tags", "walk only"]
    assert view.filters_button.text() == "Filters"


def test_kind_dates_and_mood_narrow_the_list_and_say_so_when_nothing_fits(
    with_journal: WithJournal[object], desktop: DesktopApp, qtbot: QtBot
) -> None:
    def write(journal: Journal) -> None:
        journal.add(title="low", kind=EntryKind.CHECK_IN, mood=2, day=date(2025, 1, 5))
        journal.add(title="high", kind=EntryKind.CHECK_IN, mood=8, day=date(2025, 2, 5))
        journal.add(title="unrated", kind=EntryKind.GRATITUDE, day=date(2025, 2, 6))

    with_journal(write)
    view = open_journal_section(desktop, qtbot)
    filters = view.filters
    filters.kind.setCurrentIndex(filters.kind.findData(EntryKind.CHECK_IN.value))
    wait_idle(desktop, qtbot)
    assert sorted(titles(view)) == ["high", "low"]

    filters.mood_min.setCurrentIndex(filters.mood_min.findData(5))
    wait_idle(desktop, qtbot)
    assert titles(view) == ["high"]

    filters.since.setDate(QDate(2025, 3, 1))
    wait_idle(desktop, qtbot)
    assert titles(view) == []
    assert view.results.currentWidget() is view.list_empty
    assert view.list_empty.message.text() == "No entries match these filters."
    view.list_empty.action.click()
    wait_idle(desktop, qtbot)
    assert len(titles(view)) == 3


def test_a_backwards_date_range_is_read_the_right_way_round(view: JournalView) -> None:
    view.filters.since.setDate(QDate(2025, 5, 1))
    view.filters.until.setDate(QDate(2025, 4, 1))
    where = view.filters.current()
    assert (where.since, where.until) == (date(2025, 4, 1), date(2025, 5, 1))


def test_locking_leaves_no_query_or_tag_to_undo(
    view: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view.search.field.setText("")
    qtbot.keyClicks(view.search.field, "sister")
    qtbot.keyClicks(view.filters.all_of.field, "draft")
    qtbot.keyClicks(view.editor.details.tags.field, "draft")
    desktop.window.lock()
    for field in (view.search.field, view.filters.all_of.field, view.editor.details.tags.field):
        assert field.text() == ""
        assert not field.isUndoAvailable()
