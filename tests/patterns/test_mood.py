"""Mood and energy per day, the rolling mean, weekly means and session markers."""

from __future__ import annotations

import pytest

from afterglow.patterns import journal_days, mood_by_week, mood_timeline
from afterglow.patterns.mood import WeekMood

from .records import at, d, entry

JOURNAL = [
    entry(d("2025-03-03"), 4, energy=2),  # Monday, week 10
    entry(d("2025-03-03"), 6),  # same day: day mood (4+6)/2 = 5, energy 2 (one rated)
    entry(d("2025-03-04"), 8, energy=6),
    entry(d("2025-03-06"), None, energy=4),  # energy only: a point, but no mood
    entry(d("2025-03-10"), 2),  # next Monday, week 11
    entry(d("2025-03-11"), 9, trashed=True),  # in the Trash: ignored
    entry(d("2025-03-12")),  # not rated: no point
]


def test_days_hold_totals_of_what_was_rated():
    days = journal_days(JOURNAL)

    monday = days[d("2025-03-03")]
    assert (monday.entries, monday.mood_total, monday.mood_count) == (2, 10, 2)
    assert (monday.mood, monday.energy) == (5.0, 2.0)
    assert d("2025-03-11") not in days


def test_a_point_for_every_day_with_a_rated_mood_or_energy():
    timeline = mood_timeline(journal_days(JOURNAL))

    assert [p.day for p in timeline.points] == [
        d("2025-03-03"),
        d("2025-03-04"),
        d("2025-03-06"),
        d("2025-03-10"),
    ]
    assert [p.mood for p in timeline.points] == [5.0, 8.0, None, 2.0]
    assert [p.energy for p in timeline.points] == [2.0, 6.0, 4.0, None]


def test_the_rolling_mean_is_over_the_last_seven_calendar_days_of_day_means():
    timeline = mood_timeline(journal_days(JOURNAL))

    # 3/3: 5.  3/4: (5 + 8) / 2 = 6.5.  3/6: no mood that day -> None.
    # 3/10: the window is 3/4..3/10, so 3/3 drops out: (8 + 2) / 2 = 5.
    assert [p.mood_rolling for p in timeline.points] == [5.0, 6.5, None, 5.0]
    # Energy: 2; (2+6)/2 = 4; (2+6+4)/3 = 4; 3/10 has none -> None.
    assert [p.energy_rolling for p in timeline.points] == [2.0, 4.0, 4.0, None]


def test_a_shorter_window_forgets_sooner():
    timeline = mood_timeline(journal_days(JOURNAL), window=1)

    assert [p.mood_rolling for p in timeline.points] == [5.0, 8.0, None, 2.0]


def test_weekly_means_weigh_every_rated_entry_the_same():
    weeks = mood_by_week(journal_days(JOURNAL))

    # Week 10: entries 4, 6, 8 -> 18 / 3 = 6 (the day means 5 and 8 would give 6.5).
    assert weeks == (WeekMood("2025-W10", 6.0, 3), WeekMood("2025-W11", 2.0, 1))


def test_sessions_are_marked_on_their_own_day_in_time_order():
    late = ("b-session", at(d("2025-03-10")))
    early = ("a-session", at(d("2025-03-04"), 23))

    timeline = mood_timeline(journal_days(JOURNAL), [late, early])

    assert [(m.session_id, m.day) for m in timeline.sessions] == [
        ("a-session", d("2025-03-04")),
        ("b-session", d("2025-03-10")),
    ]


def test_a_rolling_mean_of_thirds_is_exact():
    entries = [entry(d("2025-03-01"), 1), entry(d("2025-03-02"), 1), entry(d("2025-03-03"), 2)]

    last = mood_timeline(journal_days(entries)).points[-1]

    assert last.mood_rolling == pytest.approx(4 / 3)
