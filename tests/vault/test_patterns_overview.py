"""The patterns overview reads lean entries and gives the same answers as the analytics
over full entries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from afterglow.patterns import summary
from afterglow.vault.analytics import VaultAnalyticsSource

from .journal_fixtures import ZONE
from .services_fixtures import open_services

TODAY = date(2026, 3, 14)


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_services(tmp_path, fast_policy)


@pytest.fixture
def filled(opened):
    s = opened.services
    session = s.sessions.add(started_at=datetime(2026, 2, 20, 18, tzinfo=ZONE), route="iv")
    gone = s.sessions.add(started_at=datetime(2026, 2, 25, 18, tzinfo=ZONE), route="iv")
    s.sessions.trash(gone.id)
    for n in range(40):
        day = TODAY - timedelta(days=n)
        s.journal.add(
            title=f"Day {n}",
            body="Words that analytics never read.",
            day=day,
            mood=n % 11,
            energy=(n * 3) % 11,
            tags=["work"] if n % 2 else ["family", "rest"],
            emotions=["calm", "tired"] if n % 3 else ["hopeful"],
            session_id=session.id if n == 20 else None,
            private=n == 5,
        )
    binned = s.journal.add(title="Binned", day=TODAY, mood=0, tags=["bin"])
    s.journal.trash(binned.id)
    s.practices.ensure_builtins()
    walk = s.practices.add(name="Walk", kind="check")
    old = s.practices.add(name="Old", kind="check", active=False)
    for n in range(1, 20, 2):
        s.practices.log(walk.id, TODAY - timedelta(days=n))
    s.practices.log(old.id, TODAY - timedelta(days=3))
    pleasing = s.patterns.add("People-pleasing")
    for n in range(0, 40, 4):
        s.patterns.log_occurrence(
            pleasing.id, occurred_at=datetime(2026, 3, 14, 8, tzinfo=ZONE) - timedelta(days=n)
        )
    s.measures.take("phq9", [1] * 9)
    return s


def test_lean_entries_are_the_entries_without_their_text(opened, filled):
    source = VaultAnalyticsSource(opened.unlocked.database)
    lean = source.lean_entries(None, None)
    full = filled.journal.all_entries()
    assert [e.id for e in lean] == [e.id for e in full]
    assert lean == [
        replace(e, title="", body="", prompt=None, updated_at=e.created_at) for e in full
    ]
    week = source.lean_entries(TODAY - timedelta(days=6), TODAY)
    assert [e.date for e in week] == [TODAY - timedelta(days=n) for n in range(6, -1, -1)]


def test_the_summary_matches_the_analytics_over_full_records(filled):
    s = filled
    practices = [p for p in s.practices.list() if p.active or s.practices.log_count(p.id)]
    expected = summary(
        entries=s.journal.all_entries(),
        today=TODAY,
        sessions=[(x.id, x.started_at) for x in s.sessions.list()],
        practices=practices,
        practice_logs=s.practices.logs(),
        patterns=s.patterns.list(),
        occurrences=s.patterns.occurrences(),
        measures=s.measures.history(),
    )
    assert s.overview.summary(today=TODAY) == expected
    assert [p["name"] for p in expected["practices"]] == ["Old", "Walk"]
    assert len(expected["sessions"]) == 1  # the one in the Trash is left out


def test_a_range_limits_entries_occurrences_and_measures_but_not_streaks(filled):
    since = TODAY - timedelta(days=6)
    data = filled.overview.load(since=since, until=TODAY, today=TODAY)
    assert min(e.date for e in data.entries) == since
    assert all(o.occurred_at.date() >= since for o in data.occurrences)
    assert len(data.practice_logs) == 11  # every log: a streak may start before the view
    (walk,) = [p for p in data.practice_stats() if p.name == "Walk"]
    assert walk.streaks.current == 1  # done yesterday, missed the day before; today is open
    assert walk.streaks.longest == 1
    assert data.mood_timeline().points[-1].day == TODAY
    assert {c.name for c in data.tag_frequency().total} == {"work", "family", "rest"}
    assert data.summary()["measures"][0]["score"] == 9
