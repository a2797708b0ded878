"""The list of entries: a well-behaved model, paged as it scrolls, grouped by day, and
instant however long the journal is."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import Entry, EntryKind
from afterglow.core.journal import Journal
from afterglow.core.store import EntryFilter
from afterglow.ui.journal.entry_delegate import HEADER_HEIGHT, ROW_HEIGHT, EntryDelegate
from afterglow.ui.journal.list_model import (
    EntryListModel,
    FirstOfDayRole,
    matches,
    sort_key,
)
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import LIGHT
from tests.ui.flows import wait_idle
from tests.ui.journal.conftest import WithJournal, open_journal_section

START = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)


def entry(day: date, n: int = 0, **fields: object) -> Entry:
    moment = START + timedelta(minutes=n)
    made = Entry(
        id=str(uuid.UUID(int=n + 1)),
        kind=EntryKind.JOURNAL,
        date=day,
        created_at=moment,
        updated_at=moment,
        title=f"Entry {n}",
    )
    return replace(made, **fields)  # type: ignore[arg-type]


class ListedJournal:
    """A stand-in for `Journal.list` over entries held in memory, with keyset paging."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = sorted(entries, key=sort_key, reverse=True)
        self.pages = 0

    def list(self, where: EntryFilter) -> list[Entry]:
        self.pages += 1
        rows = [e for e in self.entries if matches(e, where)]
        if where.after is not None:
            rows = [e for e in rows if sort_key(e) < sort_key(where.after)]
        return rows[: where.limit]


def many(count: int, per_day: int = 3) -> list[Entry]:
    return [entry(date(2025, 6, 1) - timedelta(days=n // per_day), n) for n in range(count)]


def test_the_model_passes_the_model_tester_while_pages_arrive(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    runner = TaskRunner()
    journal = ListedJournal(many(250))
    model = EntryListModel(runner, page_size=100)
    model.show(journal, EntryFilter())  # type: ignore[arg-type]
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.rowCount() == 100)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_loading)
    assert model.rowCount() == 250
    assert model.is_complete
    assert [e.id for e in model.entries()] == [e.id for e in journal.entries]
    model.upsert(replace(journal.entries[5], date=date(2026, 1, 1)))
    model.remove(journal.entries[9].id)
    qtmodeltester.check(model)
    runner.shutdown()


def test_entries_are_grouped_by_day_with_a_heading_where_each_day_begins(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner()
    model = EntryListModel(runner)
    model.show(ListedJournal(many(7, per_day=3)), EntryFilter())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: model.rowCount() == 7)

    firsts = [model.index(row).data(FirstOfDayRole) for row in range(7)]
    assert firsts == [True, False, False, True, False, False, True]
    delegate = EntryDelegate(lambda: LIGHT)
    option = QStyleOptionViewItem()
    heights = [delegate.sizeHint(option, model.index(row)).height() for row in range(7)]
    assert heights[0] == ROW_HEIGHT + HEADER_HEIGHT
    assert heights[1] == ROW_HEIGHT
    runner.shutdown()


def test_a_saved_entry_moves_to_its_day_or_leaves_a_filter_it_no_longer_fits(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner()
    entries = many(9, per_day=3)
    model = EntryListModel(runner)
    model.show(ListedJournal(entries), EntryFilter(tags=()))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: model.rowCount() == 9)

    moved = replace(entries[8], date=date(2025, 6, 2))
    model.upsert(moved)
    assert model.entry_at(0).id == moved.id
    assert model.index(0).data(FirstOfDayRole) and model.index(1).data(FirstOfDayRole)

    retitled = replace(entries[4], title="Renamed")
    model.upsert(retitled)
    assert model.entry_at(model.row_of(retitled.id) or 0).title == "Renamed"

    model.show(ListedJournal(entries), EntryFilter(tags=("calm",)))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not model.is_loading)
    calm = replace(entries[0], tags=("calm",))
    model.upsert(calm)
    assert model.rowCount() == 1
    model.upsert(replace(calm, tags=()))
    assert model.rowCount() == 0
    runner.shutdown()


def test_pages_for_a_filter_no_longer_shown_are_dropped(qtbot: QtBot) -> None:
    runner = TaskRunner()
    model = EntryListModel(runner)
    tagged = [entry(date(2025, 5, 1), 1, tags=("walk",)), entry(date(2025, 5, 2), 2)]
    journal = ListedJournal(tagged)
    model.show(journal, EntryFilter())  # type: ignore[arg-type]
    model.show(journal, EntryFilter(tags=("walk",)))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: journal.pages == 2 and not model.is_loading)
    assert [e.id for e in model.entries()] == [tagged[0].id]
    runner.shutdown()


def test_more_entries_load_as_the_list_scrolls_to_the_end(
    with_journal: WithJournal[object], desktop: DesktopApp, qtbot: QtBot
) -> None:
    def write(journal: Journal) -> None:
        journal.import_entries(many(260))

    with_journal(write)
    view = open_journal_section(desktop, qtbot)
    assert view.model.rowCount() == 100
    view.list.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() >= 200)
    wait_idle(desktop, qtbot)
    view.list.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 260)
    assert view.model.is_complete


def test_fifty_thousand_entries_list_at_once(
    with_journal: WithJournal[object], desktop: DesktopApp, qtbot: QtBot
) -> None:
    with_journal(lambda journal: journal.import_entries(many(50_000, per_day=4)))
    view = open_journal_section(desktop, qtbot)
    started = time.monotonic()
    view.list.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() >= 200)
    assert time.monotonic() - started < 1.0
    wait_idle(desktop, qtbot)
    # Newest first (the last written on the newest day), and only what was scrolled to.
    assert view.model.entry_at(0).title == "Entry 3"
    assert view.model.rowCount() < 1_000
