"""Patterns, their occurrences and self-report measures on a real encrypted journal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from afterglow.core.measures import Instrument, InvalidMeasure
from afterglow.core.patterns import InvalidOccurrence, InvalidPattern, PatternStatus
from afterglow.core.patterns_service import OccurrenceNotFound, PatternNotFound
from afterglow.core.tracking_store import OccurrenceFilter
from afterglow.measures import needs_crisis_resources, score
from afterglow.patterns import Trend

from .journal_fixtures import ZONE
from .services_fixtures import open_services

NO_SUCH_ID = "0e0e0e0e-0000-4000-8000-00000000000f"


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_services(tmp_path, fast_policy)


def at(day: date, hour: int = 18) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)


# -- patterns --------------------------------------------------------------------------


def test_a_pattern_is_added_edited_resolved_and_brought_back(opened):
    patterns = opened.services.patterns
    pleasing = patterns.add("  People-pleasing ", "Saying yes to keep the peace. ")
    assert pleasing.name == "People-pleasing" and pleasing.status is PatternStatus.ACTIVE
    assert pleasing.created_at == opened.clock()
    edited = patterns.update(replace(pleasing, name="Pleasing", status=PatternStatus.RESOLVED))
    assert edited.name == "Pleasing" and edited.status is PatternStatus.ACTIVE
    assert patterns.resolve(pleasing.id).status is PatternStatus.RESOLVED
    assert patterns.list(PatternStatus.ACTIVE) == []
    assert patterns.reactivate(pleasing.id).status is PatternStatus.ACTIVE
    assert patterns.list() == [patterns.get(pleasing.id)]


def test_a_pattern_needs_a_name(opened):
    with pytest.raises(InvalidPattern):
        opened.services.patterns.add("   ")


def test_occurrences_are_noted_listed_edited_and_deleted(opened):
    patterns = opened.services.patterns
    pleasing = patterns.add("People-pleasing")
    first = patterns.log_occurrence(
        pleasing.id, occurred_at=at(date(2026, 3, 1)), trigger=" asked ", intensity=6
    )
    second = patterns.log_occurrence(pleasing.id)  # now, by the clock
    assert first.trigger == "asked" and second.occurred_at == opened.clock()
    assert patterns.occurrences() == [second, first]
    march_first = OccurrenceFilter(since=date(2026, 3, 1), until=date(2026, 3, 1))
    assert patterns.occurrences(march_first) == [first]
    edited = patterns.update_occurrence(replace(first, response="Said yes", intensity=7))
    assert patterns.get_occurrence(first.id) == edited
    patterns.delete_occurrence(first.id)
    with pytest.raises(OccurrenceNotFound):
        patterns.delete_occurrence(first.id)
    assert patterns.occurrences() == [second]


def test_an_occurrence_from_an_entry_keeps_its_text_when_the_entry_goes_for_good(opened):
    journal, patterns = opened.services.journal, opened.services.patterns
    entry = journal.add(title="Dinner", body="I said yes again.")
    pleasing = patterns.add("People-pleasing")
    noted = patterns.log_occurrence(pleasing.id, entry_id=entry.id, response="Said yes")
    assert patterns.occurrences(OccurrenceFilter(entry_id=entry.id)) == [noted]
    journal.trash(entry.id)
    assert patterns.get_occurrence(noted.id).entry_id == entry.id  # the Trash keeps links
    journal.empty_trash()
    kept = patterns.get_occurrence(noted.id)
    assert kept.entry_id is None and kept.response == "Said yes"


def test_an_occurrence_must_name_a_pattern_and_entry_that_exist(opened):
    patterns = opened.services.patterns
    pleasing = patterns.add("People-pleasing")
    with pytest.raises(InvalidOccurrence) as error:
        patterns.log_occurrence(pleasing.id, entry_id=NO_SUCH_ID)
    assert error.value.field == "entry_id"
    with pytest.raises(InvalidOccurrence) as error:
        patterns.log_occurrence(NO_SUCH_ID)
    assert error.value.field == "pattern_id"
    with pytest.raises(InvalidOccurrence):
        patterns.log_occurrence(pleasing.id, intensity=11)
    assert patterns.occurrences() == []


def test_deleting_a_pattern_takes_its_occurrences(opened):
    patterns = opened.services.patterns
    pleasing = patterns.add("People-pleasing")
    other = patterns.add("Snapping")
    patterns.log_occurrence(pleasing.id)
    patterns.log_occurrence(pleasing.id)
    kept = patterns.log_occurrence(other.id)
    assert patterns.delete(pleasing.id) == 2
    assert patterns.occurrences() == [kept]
    with pytest.raises(PatternNotFound):
        patterns.delete(pleasing.id)


def test_the_trend_counts_months_and_sees_a_fall(opened):
    patterns = opened.services.patterns
    opened.clock.now = at(date(2025, 9, 1), 9)
    pleasing = patterns.add("People-pleasing")
    for month, times in ((9, 6), (10, 5), (11, 3), (12, 2), (1, 1), (2, 0)):
        year = 2025 if month >= 9 else 2026
        for n in range(times):
            patterns.log_occurrence(pleasing.id, occurred_at=at(date(year, month, n + 1)))
    trend = patterns.trend(pleasing.id, today=date(2026, 3, 14))
    assert [m.count for m in trend.by_month] == [6, 5, 3, 2, 1, 0, 0]
    assert trend.trend is Trend.FALLING


# -- measures --------------------------------------------------------------------------


def test_a_measure_is_taken_scored_and_listed(opened):
    measures = opened.services.measures
    phq = measures.take("phq9", [1, 1, 2, 1, 0, 1, 1, 0, 1])
    assert phq.taken_at == opened.clock() and phq.answers == (1, 1, 2, 1, 0, 1, 1, 0, 1)
    assert score(phq).total == 8
    assert needs_crisis_resources(phq)
    opened.clock.advance(minutes=5)
    gad = measures.take(Instrument.GAD7, (0,) * 7)
    assert measures.history() == [gad, phq]
    assert measures.history("phq9") == [phq]
    assert measures.latest("gad7") == gad
    assert measures.get(phq.id) == phq


@pytest.mark.parametrize(
    ("instrument", "answers", "field"),
    [
        ("phq9", [0] * 8, "answers"),
        ("gad7", [0] * 6 + [4], "answers"),
        ("gad7", [0] * 6 + [True], "answers"),
        ("bdi", [0] * 7, "instrument"),
    ],
)
def test_answers_must_be_complete_and_in_range(opened, instrument, answers, field):
    with pytest.raises(InvalidMeasure) as error:
        opened.services.measures.take(instrument, answers)
    assert error.value.field == field
    assert opened.services.measures.history() == []


def test_a_measure_is_offered_again_after_fourteen_days_and_can_be_deleted(opened):
    measures = opened.services.measures
    taken = measures.take("gad7", [1] * 7)
    today = opened.clock().date()
    assert measures.repeat_due(today + timedelta(days=13)) == ()
    assert measures.repeat_due(today + timedelta(days=14)) == (Instrument.GAD7,)
    measures.delete(taken.id)
    assert measures.repeat_due(today + timedelta(days=14)) == ()
    assert measures.latest("gad7") is None
