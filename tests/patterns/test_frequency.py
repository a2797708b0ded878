"""Tag and emotion counts, overall, by ISO week and by month."""

from __future__ import annotations

from afterglow.patterns import DateRange, emotion_frequency, iso_week, tag_frequency, week_days
from afterglow.patterns.frequency import Count, PeriodCounts

from .records import d, entry

JOURNAL = [
    entry(d("2025-03-02"), tags=("sleep", "work")),  # Sunday: ISO week 9
    entry(d("2025-03-03"), tags=("work",)),  # Monday: week 10
    entry(d("2025-03-05"), tags=("work", "family"), emotions=("anxious", "tired")),
    entry(d("2025-03-31"), tags=("family",), emotions=("calm",)),  # March, week 14
    entry(d("2025-04-01"), tags=("family",), emotions=("calm",)),  # April, week 14
    entry(d("2025-04-02"), tags=("work",), trashed=True),  # in the Trash: never counted
]


def test_tags_are_counted_most_used_first_then_by_name():
    result = tag_frequency(JOURNAL)

    # work: 3/2, 3/3, 3/5 = 3; family: 3/5, 3/31, 4/1 = 3; sleep: 1. Tie broken by name.
    assert result.total == (Count("family", 3), Count("work", 3), Count("sleep", 1))


def test_tags_by_iso_week_split_sunday_from_monday():
    result = tag_frequency(JOURNAL)

    assert result.by_week == (
        PeriodCounts("2025-W09", (Count("sleep", 1), Count("work", 1))),
        PeriodCounts("2025-W10", (Count("work", 2), Count("family", 1))),
        PeriodCounts("2025-W14", (Count("family", 2),)),
    )


def test_tags_by_month_split_one_iso_week_across_two_months():
    result = tag_frequency(JOURNAL)

    assert result.by_month == (
        PeriodCounts("2025-03", (Count("work", 3), Count("family", 2), Count("sleep", 1))),
        PeriodCounts("2025-04", (Count("family", 1),)),
    )


def test_emotions_are_counted_the_same_way():
    result = emotion_frequency(JOURNAL)

    assert result.total == (Count("calm", 2), Count("anxious", 1), Count("tired", 1))
    assert [p.period for p in result.by_month] == ["2025-03", "2025-04"]


def test_a_date_range_keeps_only_days_inside_it_both_ends_included():
    result = tag_frequency(JOURNAL, DateRange(d("2025-03-03"), d("2025-03-31")))

    # 3/3 work; 3/5 work, family; 3/31 family.
    assert result.total == (Count("family", 2), Count("work", 2))


def test_iso_weeks_follow_iso_years_at_the_turn_of_the_year():
    assert iso_week(d("2025-12-29")) == "2026-W01"
    assert iso_week(d("2021-01-03")) == "2020-W53"
    assert week_days("2026-W01") == (d("2025-12-29"), d("2026-01-04"))


def test_an_empty_journal_has_no_counts():
    result = tag_frequency([])

    assert (result.total, result.by_week, result.by_month) == ((), (), ())
