"""The section's lists are well-behaved models: the entries behind a point and a
pattern's occurrences while their pages arrive, the patterns, and the questionnaires."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import EntryNotFound
from afterglow.core.measures import Instrument, Measure
from afterglow.core.patterns import Occurrence, Pattern
from afterglow.core.tracking_store import OccurrenceFilter
from afterglow.patterns import MonthCount, PatternTrend, Trend
from afterglow.ui.journal.list_model import EntryRole, FirstOfDayRole
from afterglow.ui.measures.history import HistoryModel, taken
from afterglow.ui.patterns.found_entries import FoundEntriesModel
from afterglow.ui.patterns.occurrence_list import OccurrenceListModel
from afterglow.ui.patterns.pattern_list import PatternListModel, PatternRow
from afterglow.ui.tasks import TaskRunner

START = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)


def entry(n: int, day: date) -> Entry:
    return Entry(
        id=str(uuid.UUID(int=n + 1)),
        kind=EntryKind.JOURNAL,
        date=day,
        created_at=START + timedelta(minutes=n),
        updated_at=START + timedelta(minutes=n),
        title=f"Entry {n}",
    )


class HeldJournal:
    """Stands in for `Journal.get` over entries held in memory; one has gone since."""

    def __init__(self, entries: list[Entry], gone: str) -> None:
        self.entries = {e.id: e for e in entries}
        self.gone = gone

    def get(self, entry_id: str) -> Entry:
        if entry_id == self.gone:
            raise EntryNotFound("gone")
        return self.entries[entry_id]


def fetch_all(model: FoundEntriesModel | OccurrenceListModel, qtbot: QtBot) -> None:
    """Scrolls to the end, as a view would (the model tester also asks for more as rows
    arrive; each page must still come exactly once)."""
    while True:
        qtbot.waitUntil(lambda: not model.is_loading)
        if not model.canFetchMore(QModelIndex()):
            return
        model.fetchMore(QModelIndex())


def test_the_entries_behind_a_point_load_a_page_at_a_time(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    runner = TaskRunner()
    lean = [entry(n, date(2025, 6, 1) + timedelta(days=n // 2)) for n in range(95)]
    journal = HeldJournal(lean, gone=lean[3].id)
    model = FoundEntriesModel(runner, page_size=40)
    model.show(journal, lean)  # type: ignore[arg-type]
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.rowCount() >= 40)
    fetch_all(model, qtbot)
    qtmodeltester.check(model)
    assert model.total == 95
    assert model.rowCount() == 94  # the one deleted since is left out
    shown = [e.id for e in model.entries()]
    assert shown == [e.id for e in reversed(lean) if e.id != lean[3].id]  # newest first
    first = model.index(0)
    assert model.data(first, EntryRole) == lean[-1]
    assert model.data(first, FirstOfDayRole) is True
    assert model.data(model.index(2), FirstOfDayRole) is False  # the same day as the one above
    model.clear()
    assert model.rowCount() == 0
    runner.shutdown()


class HeldPatterns:
    def __init__(self, occurrences: list[Occurrence]) -> None:
        self.held = occurrences

    def occurrences(self, where: OccurrenceFilter) -> list[Occurrence]:
        rows = [o for o in self.held if o.pattern_id == where.pattern_id]
        return rows[where.offset : where.offset + (where.limit or len(rows))]


def test_a_patterns_occurrences_load_as_the_list_scrolls(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    runner = TaskRunner()
    held = [
        Occurrence(str(uuid.UUID(int=n + 1)), "p", None, START - timedelta(days=n), f"t{n}")
        for n in range(120)
    ]
    model = OccurrenceListModel(runner, page_size=50)
    model.show_occurrences(HeldPatterns(held), "p")  # type: ignore[arg-type]
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.rowCount() >= 50)
    fetch_all(model, qtbot)
    qtmodeltester.check(model)
    assert [o.id for o in model.occurrences()] == [o.id for o in held]
    runner.shutdown()


def test_the_patterns_and_questionnaires_lists_pass_the_model_tester(
    qtmodeltester: ModelTester,
) -> None:
    pattern = Pattern("a", "People-pleasing", "", START)
    trend = PatternTrend("a", "People-pleasing", (MonthCount("2025-06", 2),), Trend.FLAT, None, 0)
    patterns = PatternListModel()
    patterns.set_rows([PatternRow(pattern, 2, trend)])
    qtmodeltester.check(patterns)
    assert patterns.data(patterns.index(0)) == "People-pleasing"

    history = HistoryModel()
    history.set_rows(
        taken(
            [
                Measure("m1", Instrument.PHQ9, START, (1, 1, 1, 1, 1, 1, 1, 0, 0)),
                Measure("m2", Instrument.GAD7, START, (3, 3, 3, 3, 3, 3, 3)),
            ]
        )
    )
    qtmodeltester.check(history)
    assert history.data(history.index(0)) == "PHQ-9: 7 of 27, mild"
    assert history.data(history.index(1)) == "GAD-7: 21 of 21, severe"
