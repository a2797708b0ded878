"""The counts the database makes for the patterns view equal what `afterglow.patterns`
makes of whole entries, on randomized journals, for the whole journal and for ranges.

The pure functions are the reference: every statistic `PatternsOverview.load` gives
(counted in SQL, computed once and shared by the summary and the view) must equal the
pure function's over `Journal.all_entries()` and the stores' full records, the Trash and
the date range applied as `afterglow.patterns` applies them.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

import pytest

from afterglow.core.entries import Entry
from afterglow.patterns import (
    DateRange,
    co_occurrences,
    emotion_frequency,
    journal_days,
    mood_timeline,
    pattern_trend,
    practice_stats,
    session_moods,
    summary,
    tag_frequency,
)
from afterglow.patterns.cooccurrence import item_counts
from afterglow.vault.analytics import VaultAnalyticsSource
from afterglow.vault.services import JournalServices

from .journal_fixtures import ZONE
from .services_fixtures import OpenServices, open_services

TODAY = date(2026, 3, 14)
FIRST = TODAY - timedelta(days=120)
TAGS = ["work", "family", "rest", "sleep", "body", "x-1", "ö_tag", "a"]
EMOTIONS = ["calm", "tired", "hopeful", "at ease", "anxious", "sad", "Ärger", "zest"]


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_services(tmp_path, fast_policy)


@dataclass
class Journal:
    services: JournalServices
    source: VaultAnalyticsSource


def fill(opened: OpenServices, seed: int) -> Journal:
    """A journal over four months: entries with random moods, tags and emotions, a few in
    the Trash; sessions (one in the Trash); practices on different schedules with logs
    done and not done, some after "today"; patterns with occurrences; measures."""
    rng = random.Random(seed)
    s, clock = opened.services, opened.clock
    clock.now = datetime.combine(FIRST, time(8), ZONE)
    sessions = []
    for n in range(rng.randint(1, 4)):
        started = datetime.combine(FIRST + timedelta(days=rng.randint(0, 125)), time(18), ZONE)
        session = s.sessions.add(started_at=started, route="iv")
        sessions.append(session.id)
        if n == 0 and rng.random() < 0.5:
            s.sessions.trash(session.id)
    for _ in range(rng.randint(40, 110)):
        day = FIRST + timedelta(days=rng.randint(0, 125))
        clock.advance(minutes=rng.randint(1, 90))
        entry = s.journal.add(
            title="Never read by analytics",
            body="Words.",
            day=day,
            mood=rng.choice([None, *range(11)]),
            energy=rng.choice([None, *range(11)]),
            tags=rng.sample(TAGS, rng.choice([0, 1, 1, 2, 2, 3, 5])),
            emotions=rng.sample(EMOTIONS, rng.choice([0, 1, 2, 2, 3, 4])),
            session_id=rng.choice([None, None, None, *sessions]),
            private=rng.random() < 0.1,
        )
        if rng.random() < 0.1:
            s.journal.trash(entry.id)
    clock.now = datetime.combine(TODAY + timedelta(days=10), time(20), ZONE)
    s.practices.ensure_builtins()
    for name, schedule in [("Walk", "daily"), ("Swim", "mon,wed,fri"), ("Old", "sat")]:
        practice = s.practices.add(name=name, kind="check", schedule=schedule, active=name != "Old")
        for _ in range(rng.randint(0, 60)):
            day = TODAY + timedelta(days=rng.randint(-130, 10))
            s.practices.log(practice.id, day, done=rng.random() < 0.8)
    for name in ["People-pleasing", "snapping"]:
        pattern = s.patterns.add(name)
        for _ in range(rng.randint(0, 30)):
            moment = datetime.combine(FIRST + timedelta(days=rng.randint(0, 130)), time(7), ZONE)
            s.patterns.log_occurrence(pattern.id, occurred_at=moment)
    for n in range(rng.randint(0, 6)):
        taken = datetime.combine(FIRST + timedelta(days=rng.randint(0, 130)), time(9), ZONE)
        answers = [rng.randint(0, 3) for _ in range(9 if n % 2 else 7)]
        s.measures.take("phq9" if n % 2 else "gad7", answers, taken_at=taken)
    return Journal(s, VaultAnalyticsSource(opened.unlocked.database))


RANGES = [
    (None, None),
    (TODAY - timedelta(days=30), None),
    (None, TODAY - timedelta(days=45)),
    (TODAY - timedelta(days=60), TODAY - timedelta(days=20)),
    (TODAY - timedelta(days=3), TODAY - timedelta(days=3)),
    (TODAY + timedelta(days=1), TODAY + timedelta(days=40)),  # nothing there
    # Whole and partial ISO weeks and months at either end, across the year's end
    # (2025-12-29, a Monday, starts 2026-W01).
    (date(2025, 12, 29), date(2026, 1, 31)),
    (date(2025, 12, 31), date(2026, 2, 1)),
    (date(2025, 12, 1), date(2025, 12, 31)),
    (date(2026, 2, 2), date(2026, 2, 8)),
    (date(2026, 2, 3), date(2026, 2, 5)),
    (date(2025, 11, 30), date(2026, 3, 1)),
    (date(2026, 1, 1), None),
    (None, date(2026, 1, 4)),
    (None, date(2026, 1, 3)),
]


def lean(entry: Entry) -> Entry:
    return replace(entry, title="", body="", prompt=None, updated_at=entry.created_at)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_every_statistic_equals_the_pure_analytics_over_whole_entries(opened, seed):
    journal = fill(opened, seed)
    s = journal.services
    entries = [*s.journal.all_entries(), *s.journal.in_trash()]
    assert any(e.deleted_at is not None for e in entries)
    all_sessions = [(x.id, x.started_at) for x in s.sessions.list()]
    logs = s.practices.logs()
    logged = {log.practice_id for log in logs}
    practices = [p for p in s.practices.list() if p.active or p.id in logged]
    patterns = s.patterns.list()
    occurrences = s.patterns.occurrences()
    measures = s.measures.history()
    for since, until in RANGES:
        within = DateRange(since, until)
        as_of = min(TODAY, until) if until is not None else TODAY
        data = s.overview.load(since, until, TODAY)
        kept = [e for e in entries if e.deleted_at is None and e.date in within]
        days = journal_days(entries, within)
        sessions = [x for x in all_sessions if x[1].date() in within]
        expected = summary(
            entries=entries,
            today=TODAY,
            sessions=all_sessions,
            practices=practices,
            practice_logs=logs,
            patterns=patterns,
            occurrences=occurrences,
            measures=measures,
            since=since,
            until=until,
        )
        # The summary first, as the command line asks for it alone, then the view.
        got = data.summary()
        assert got == expected, (since, until)
        assert json.dumps(got) == json.dumps(expected)
        assert data.days == days
        assert data.entry_count == len(kept)
        assert data.tag_frequency() == tag_frequency(entries, within)
        assert data.emotion_frequency() == emotion_frequency(entries, within)
        assert data.mood_timeline() == mood_timeline(days, sessions)
        assert data.mood_timeline(3) == mood_timeline(days, sessions, window=3)
        assert data.session_moods() == session_moods(days, sessions)
        assert data.practice_stats() == tuple(
            practice_stats(p, logs, days, as_of) for p in practices
        )
        in_range = [o for o in occurrences if o.occurred_at.date() in within]
        assert data.pattern_trends() == tuple(
            pattern_trend(p, in_range, as_of, since) for p in patterns
        )
        assert data.co_occurrences() == co_occurrences(entries, within)
        reference = item_counts(entries, within)
        counted = journal.source.item_counts(since, until)
        assert (counted.entries, counted.singles, counted.pairs) == (
            reference.entries,
            dict(reference.singles),
            dict(reference.pairs),
        )
        assert list(data.entries) == [lean(e) for e in kept]
        assert sorted(data.practice_logs, key=lambda x: x.id) == sorted(logs, key=lambda x: x.id)
        # Asked again, each answer is the one already made.
        assert data.tag_frequency() is data.tag_frequency()
        assert data.practice_stats() is data.practice_stats()


def test_co_occurrences_are_reported_from_the_database_counts(opened):
    """Enough entries for pairs to pass the thresholds, with the Trash and a range."""
    s = opened.services
    for n in range(30):
        entry = s.journal.add(
            day=TODAY - timedelta(days=n % 10),
            tags=["work", "sleep"] if n % 3 else ["work"],
            emotions=["tired", "anxious"] if n % 2 else ["calm"],
        )
        if n % 7 == 0:
            s.journal.trash(entry.id)
    entries = [*s.journal.all_entries(), *s.journal.in_trash()]
    for since, until in [(None, None), (TODAY - timedelta(days=4), TODAY)]:
        pairs = s.overview.load(since, until, TODAY).co_occurrences()
        assert pairs == co_occurrences(entries, DateRange(since, until))
        assert len(pairs) >= 3
