"""Practices, practice logs, patterns and occurrences: the rules every stored one keeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from afterglow.core.errors import InvalidRecord
from afterglow.core.patterns import (
    InvalidOccurrence,
    InvalidPattern,
    Occurrence,
    Pattern,
    PatternStatus,
    validate_occurrence,
    validate_pattern,
)
from afterglow.core.practices import (
    BuiltinPractice,
    InvalidPractice,
    InvalidPracticeLog,
    Practice,
    PracticeKind,
    PracticeLog,
    normalize_schedule,
    schedule_text,
    schedule_weekdays,
    validate_practice,
    validate_practice_log,
)

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))
A = "5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10"
B = "6c1d7066-4f1f-4b64-8b9f-3f2f1e8d3b21"

BREATHWORK = Practice(
    A, "Breathwork", PracticeKind.TIMER, 10, "min", "daily", BuiltinPractice.BREATHWORK
)
LOG = PracticeLog(B, A, date(2025, 3, 14), True, 10.5, (), "")
PATTERN = Pattern(A, "People-pleasing", "Saying yes before I know what I want.", NOW)
OCCURRENCE = Occurrence(B, A, None, NOW, "A late request", "Said yes", "Ask for a day", 6)


def test_enumerations_are_exactly_those_of_the_interchange_format():
    assert list(PracticeKind) == ["timer", "count", "list", "check"]
    assert list(BuiltinPractice) == ["breathwork", "cold_shower", "gratitude", "journaling"]
    assert list(PatternStatus) == ["active", "resolved"]


def test_valid_records_pass_unchanged():
    assert validate_practice(BREATHWORK) is BREATHWORK
    assert validate_practice_log(LOG) is LOG
    assert validate_pattern(PATTERN) is PATTERN
    assert validate_occurrence(OCCURRENCE) is OCCURRENCE


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": "x"}, "id"),
        ({"name": "  "}, "name"),
        ({"kind": "stopwatch"}, "kind"),
        ({"target": 0}, "target"),
        ({"target": True}, "target"),
        ({"target": float("nan")}, "target"),
        ({"schedule": "weekly"}, "schedule"),
        ({"schedule": "wed,mon"}, "schedule"),
        ({"schedule": "mon,tue,wed,thu,fri,sat,sun"}, "schedule"),
        ({"builtin": "yoga"}, "builtin"),
        ({"active": 1}, "active"),
    ],
)
def test_a_broken_practice_is_refused_naming_the_field(changes, field):
    with pytest.raises(InvalidPractice) as refused:
        validate_practice(replace(BREATHWORK, **changes))

    assert refused.value.field == field
    assert refused.value.message.startswith("The practice's ")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"practice_id": None}, "practice_id"),
        ({"date": NOW}, "date"),
        ({"done": "yes"}, "done"),
        ({"amount": -1}, "amount"),
        ({"items": ["a"]}, "items"),
        ({"items": (3,)}, "items"),
        ({"note": None}, "note"),
    ],
)
def test_a_broken_practice_log_is_refused_naming_the_field(changes, field):
    with pytest.raises(InvalidPracticeLog) as refused:
        validate_practice_log(replace(LOG, **changes))

    assert refused.value.field == field
    assert refused.value.message.startswith("The practice log's ")


def test_a_log_of_nothing_done_may_have_amount_zero():
    assert validate_practice_log(replace(LOG, done=False, amount=0)).amount == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"created_at": NOW.replace(tzinfo=None)}, "created_at"),
        ({"status": "gone"}, "status"),
    ],
)
def test_a_broken_pattern_is_refused(changes, field):
    with pytest.raises(InvalidPattern) as refused:
        validate_pattern(replace(PATTERN, **changes))

    assert refused.value.field == field


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"pattern_id": "x"}, "pattern_id"),
        ({"entry_id": "x"}, "entry_id"),
        ({"intensity": 11}, "intensity"),
        ({"intensity": -1}, "intensity"),
        ({"trigger": None}, "trigger"),
    ],
)
def test_a_broken_occurrence_is_refused_without_quoting_it(changes, field):
    with pytest.raises(InvalidOccurrence) as refused:
        validate_occurrence(replace(OCCURRENCE, **changes))

    assert refused.value.field == field
    assert isinstance(refused.value, InvalidRecord)
    assert "late request" not in refused.value.message


def test_intensity_may_be_left_unrated():
    assert validate_occurrence(replace(OCCURRENCE, intensity=None)).intensity is None


def test_schedules_read_as_weekdays():
    assert schedule_weekdays("daily") == frozenset(range(7))
    assert schedule_weekdays("mon,wed,fri") == {0, 2, 4}
    assert schedule_text([4, 0, 2, 2]) == "mon,wed,fri"
    assert schedule_text(range(7)) == "daily"


def test_a_practice_knows_which_days_it_is_for():
    weekdays = replace(BREATHWORK, schedule="sat,sun")

    assert weekdays.is_scheduled(date(2025, 3, 15))  # Saturday
    assert not weekdays.is_scheduled(date(2025, 3, 14))  # Friday


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Daily", "daily"),
        ("every day", "daily"),
        ("Fri, Mon", "mon,fri"),
        ("monday wednesday", "mon,wed"),
        ("tues,thurs", "tue,thu"),
        ("sat,sun,mon,tue,wed,thu,fri", "daily"),
    ],
)
def test_what_people_type_becomes_the_stored_schedule(typed, stored):
    assert normalize_schedule(typed) == stored


@pytest.mark.parametrize("typed", ["", "weekly", "mo", "monkey", "fri,fun"])
def test_a_schedule_that_names_no_weekday_is_refused(typed):
    with pytest.raises(InvalidPractice):
        normalize_schedule(typed)
