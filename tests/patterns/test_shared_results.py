"""The faster paths inside `afterglow.patterns` give the reference answers: streaks from
the days done against a walk over every calendar day, frequencies rolled up from days in
any order, rolling means kept as a running sum against `fsum` over each window, and
`PatternsData` (each statistic made once, shared by the summary and the view) against
`summary` and the analytics one by one, on randomized journals."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from math import fsum

from hypothesis import given, settings
from hypothesis import strategies as st

from afterglow.core.entries import Entry
from afterglow.core.measures import Instrument, Measure
from afterglow.core.patterns import Occurrence, Pattern
from afterglow.core.patterns_overview import PatternsData
from afterglow.core.practices import Practice, PracticeLog
from afterglow.patterns import (
    DateRange,
    JournalDay,
    Streaks,
    co_occurrences,
    emotion_frequency,
    journal_days,
    mood_timeline,
    practice_stats,
    session_moods,
    streaks,
    summary,
    tag_frequency,
)
from afterglow.patterns.frequency import frequencies_by_day
from afterglow.patterns.practices import LogDays, log_days

from .records import at, d, entry, logs, measure, occurrences, pattern, practice

TODAY = d("2025-03-14")
SCHEDULES = ["daily", "mon,wed,fri", "sat", "tue,sun", "mon,tue,wed,thu,fri"]


def walked_streaks(history: LogDays) -> Streaks:
    """The streaks rule as written: walk every calendar day from the first log."""
    if history.first is None:
        return Streaks(0, 0)
    today = history.today
    longest = run = 0
    day = history.first
    while day <= today:
        if history.scheduled(day) and not history.still_open(day):
            run = run + 1 if day in history.done else 0
            longest = max(longest, run)
        day += timedelta(days=1)
    current = 0
    day = today
    while day >= history.first:
        if history.scheduled(day) and not history.still_open(day):
            if day not in history.done:
                break
            current += 1
        day -= timedelta(days=1)
    return Streaks(current, longest)


@settings(max_examples=300, deadline=None)
@given(
    schedule=st.sampled_from(SCHEDULES),
    offsets=st.lists(st.tuples(st.integers(-60, 3), st.booleans()), max_size=40),
)
def test_streaks_from_the_days_done_equal_a_walk_over_every_day(schedule, offsets):
    p = practice(schedule)
    made = [log for n, done in offsets for log in logs(p, TODAY + timedelta(days=n), done=done)]
    history = log_days(p, made, TODAY)
    assert streaks(p, made, TODAY) == walked_streaks(history)


@given(st.randoms(use_true_random=False))
def test_frequencies_do_not_depend_on_the_order_of_the_days(rng):
    used = {
        TODAY - timedelta(days=rng.randint(0, 90)): rng.choices(["a", "b", "c", "d"], k=3)
        for _ in range(40)
    }
    shuffled = list(used.items())
    rng.shuffle(shuffled)
    in_order = frequencies_by_day(dict(sorted(used.items())))
    assert frequencies_by_day(dict(shuffled)) == in_order
    assert sum(c.count for c in in_order.total) == sum(len(v) for v in used.values())


def fsum_rolling(days: dict[date, JournalDay], window: int) -> list[tuple[float | None, ...]]:
    """The rolling means as the rule reads: `fsum` of each window's day means."""
    rated = [d for d in days.values() if d.mood_count or d.energy_count]
    means = []
    for day in rated:
        inside = [d for d in rated if day.day - timedelta(days=window - 1) <= d.day <= day.day]
        means.append(
            tuple(
                None
                if getattr(day, side) is None
                else fsum(v for d in inside if (v := getattr(d, side)) is not None)
                / sum(getattr(d, side) is not None for d in inside)
                for side in ("mood", "energy")
            )
        )
    return means


@given(
    st.lists(
        st.tuples(
            st.integers(0, 60),
            st.integers(0, 400),
            st.integers(0, 40),
            st.integers(0, 400),
            st.integers(0, 40),
        ),
        max_size=50,
    ),
    st.sampled_from([1, 2, 3, 7, 30]),
)
def test_rolling_means_equal_fsum_over_each_window(rows, window):
    days = {}
    for offset, mood_total, mood_count, energy_total, energy_count in sorted(rows):
        day = TODAY + timedelta(days=offset)
        # Totals within what the counts allow: means from 0 to 10, thirds and sevenths.
        days[day] = JournalDay(
            day,
            max(mood_count, energy_count, 1),
            min(mood_total, 10 * mood_count),
            mood_count,
            min(energy_total, 10 * energy_count),
            energy_count,
        )
    points = mood_timeline(days, window=window).points
    assert [(p.mood_rolling, p.energy_rolling) for p in points] == fsum_rolling(days, window)


@dataclass
class Records:
    entries: list[Entry]
    sessions: list[tuple[str, datetime]]
    practices: list[Practice]
    practice_logs: list[PracticeLog]
    patterns: list[Pattern]
    occurrences: list[Occurrence]
    measures: list[Measure]


def random_journal(seed: int) -> Records:
    rng = random.Random(seed)
    first = TODAY - timedelta(days=100)

    def some_day() -> date:
        return first + timedelta(days=rng.randint(0, 110))

    entries = [
        entry(
            some_day(),
            rng.choice([None, *range(11)]),
            energy=rng.choice([None, *range(11)]),
            tags=tuple(rng.sample(["work", "rest", "body", "kin"], rng.randint(0, 3))),
            emotions=tuple(rng.sample(["calm", "sad", "at ease", "tired"], rng.randint(0, 3))),
            trashed=rng.random() < 0.1,
        )
        for _ in range(rng.randint(20, 150))
    ]
    practices = [practice(s, name=f"P{n}") for n, s in enumerate(SCHEDULES[:3])]
    made = [
        log
        for p in practices
        for _ in range(rng.randint(0, 50))
        for log in logs(p, TODAY + timedelta(days=rng.randint(-110, 5)), done=rng.random() < 0.8)
    ]
    # One log per practice per day, as the store keeps them.
    practice_logs = list({(x.practice_id, x.date): x for x in made}.values())
    patterns = [pattern(first + timedelta(days=n), name=f"Pattern {n}") for n in (0, 40)]
    return Records(
        entries=entries,
        sessions=[(f"s{n}", at(some_day(), 18)) for n in range(3)],
        practices=practices,
        practice_logs=practice_logs,
        patterns=patterns,
        occurrences=[o for p in patterns for o in occurrences(p, *(some_day() for _ in range(15)))],
        measures=[measure(Instrument.PHQ9, (1,) * 9, some_day()) for _ in range(3)],
    )


@given(
    seed=st.integers(0, 10_000),
    since=st.sampled_from([None, TODAY - timedelta(days=30), TODAY - timedelta(days=70)]),
    until=st.sampled_from([None, TODAY, TODAY - timedelta(days=20), TODAY + timedelta(days=9)]),
)
@settings(max_examples=60, deadline=None)
def test_patterns_data_answers_as_the_analytics_do(seed, since, until):
    r = random_journal(seed)
    within = DateRange(since, until)
    # As `load` selects them: sessions, occurrences and measures within the range.
    sessions = [s for s in r.sessions if s[1].date() in within]
    data = PatternsData.of_records(
        entries=r.entries,
        today=TODAY,
        sessions=sessions,
        practices=r.practices,
        practice_logs=r.practice_logs,
        patterns=r.patterns,
        occurrences=[o for o in r.occurrences if o.occurred_at.date() in within],
        measures=[m for m in r.measures if m.taken_at.date() in within],
        since=since,
        until=until,
    )
    assert data.summary() == summary(
        entries=r.entries,
        today=TODAY,
        sessions=r.sessions,
        practices=r.practices,
        practice_logs=r.practice_logs,
        patterns=r.patterns,
        occurrences=r.occurrences,
        measures=r.measures,
        since=since,
        until=until,
    )
    days = journal_days(r.entries, within)
    assert data.days == days
    assert data.tag_frequency() == tag_frequency(r.entries, within)
    assert data.emotion_frequency() == emotion_frequency(r.entries, within)
    assert data.co_occurrences() == co_occurrences(r.entries, within)
    assert data.mood_timeline() == mood_timeline(days, sessions)
    assert data.session_moods() == session_moods(days, sessions)
    assert data.practice_stats() == tuple(
        practice_stats(p, r.practice_logs, days, data.as_of) for p in r.practices
    )
