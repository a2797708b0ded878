"""The demo journal: every kind of record, linked the way a person's would be, dated back
from now, and the same for the same seed."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from afterglow.core.action import ActionStatus
from afterglow.core.check_ins import CheckInStatus
from afterglow.core.entries import EntryKind
from afterglow.core.insight import InsightStatus
from afterglow.core.measures import Instrument
from afterglow.core.practices import BuiltinPractice
from afterglow.core.store import EntryFilter
from afterglow.demo import write_demo_journal
from afterglow.measures.scoring import score
from afterglow.vault.kdf import KdfParams, KdfPolicy
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import Vault

NOW = datetime(2026, 3, 14, 19, 30, tzinfo=timezone(timedelta(hours=1)))
PASSPHRASE = "demo test passphrase"


def demo_services(folder: Path, policy: KdfPolicy, seed: int) -> Iterator[JournalServices]:
    journal, _key = Vault(folder, policy).create(PASSPHRASE)
    write_demo_journal(journal.database, seed=seed, now=NOW)
    try:
        yield journal_services(journal.database, lambda: NOW)
    finally:
        journal.lock()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JournalServices]:
    """One demo journal for the tests that only read it."""
    cheap = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
    yield from demo_services(tmp_path_factory.mktemp("demo") / "journal", cheap, seed=7)


def test_every_kind_of_entry_is_written(demo: JournalServices) -> None:
    kinds = Counter(entry.kind for entry in demo.journal.all_entries())
    assert set(kinds) == set(EntryKind)
    assert kinds[EntryKind.JOURNAL] >= 30
    entries = demo.journal.all_entries()
    assert any(entry.private for entry in entries)
    assert any(entry.prompt for entry in entries)
    assert all(entry.mood is None or 0 <= entry.mood <= 10 for entry in entries)
    assert sum(1 for entry in entries if entry.emotions) > len(entries) / 2
    assert sum(1 for entry in entries if entry.tags) > len(entries) / 2
    assert len(demo.journal.in_trash()) == 1


def test_sessions_have_their_intentions_reflections_and_check_ins(demo: JournalServices) -> None:
    sessions = demo.sessions.list()
    assert len(sessions) >= 3
    for session in sessions:
        linked = Counter(entry.kind for entry in demo.sessions.linked_entries(session.id))
        assert linked[EntryKind.INTENTION] == 1
        assert linked[EntryKind.REFLECTION] == 1
        assert linked[EntryKind.CHECK_IN] >= 2
        assert session.setting and session.intention and session.notes
        assert session.mood_before is not None and session.mood_after is not None
    # The latest session's day-7 check-in is due today, so Today has something to offer.
    due = demo.sessions.due_check_ins(NOW.date())
    assert [(c.day, c.status) for c in due] == [(7, CheckInStatus.DUE)]


def test_insights_come_from_entries_and_actions_from_insights(demo: JournalServices) -> None:
    insights = demo.insights.list()
    from_entries = [i for i in insights if i.entry_id is not None]
    assert len(from_entries) >= 8
    for insight in from_entries:
        entry = demo.journal.get(insight.entry_id)  # type: ignore[arg-type]
        assert insight.text in entry.body  # a passage of the entry it came from
        assert demo.insights.source_range(insight) is not None
    assert any(i.session_id is not None for i in insights)
    assert {i.status for i in insights} == set(InsightStatus)
    assert any(i.starred for i in insights)

    actions = demo.actions.list()
    insight_ids = {i.id for i in insights}
    assert len(actions) >= 6
    assert all(a.insight_id in insight_ids for a in actions)
    assert {a.status for a in actions} == set(ActionStatus)
    assert demo.today.view(NOW.date()).actions_due


def test_practices_are_logged_over_weeks(demo: JournalServices) -> None:
    practices = demo.practices.list(active_only=True)
    assert {p.builtin for p in practices} == {*BuiltinPractice, None}
    assert sum(1 for p in practices if p.builtin is None) == 1
    for practice in practices:
        logs = demo.practices.logs(practice.id)
        assert len(logs) >= 10
        assert (max(log.date for log in logs) - min(log.date for log in logs)).days >= 28


def test_patterns_have_occurrences_that_ease_over_time(demo: JournalServices) -> None:
    patterns = demo.patterns.list()
    assert len(patterns) == 2
    for pattern in patterns:
        occurrences = sorted(demo.patterns.occurrences(), key=lambda o: o.occurred_at)
        mine = [o for o in occurrences if o.pattern_id == pattern.id]
        assert len(mine) >= 4
        assert any(o.entry_id is not None for o in mine)
        half = len(mine) // 2
        early = sum(o.intensity or 0 for o in mine[:half]) / half
        late = sum(o.intensity or 0 for o in mine[half:]) / (len(mine) - half)
        assert late < early


def test_questionnaires_show_gentle_improvement_and_no_crisis_answers(
    demo: JournalServices,
) -> None:
    for instrument in Instrument:
        taken = demo.measures.history(instrument)[::-1]  # oldest first
        assert len(taken) >= 3
        totals = [score(m).total for m in taken]
        assert totals == sorted(totals, reverse=True) and totals[-1] < totals[0]
    assert all(m.answers[8] == 0 for m in demo.measures.history(Instrument.PHQ9))


def test_own_prompts_and_a_therapist_to_share_with(demo: JournalServices) -> None:
    own = demo.prompts.own()
    assert len(own) >= 1
    assert any(e.prompt == own[0].text for e in demo.journal.all_entries())
    assert len(demo.bundle_keys.contacts()) == 1


def test_the_journal_is_dated_back_from_now(demo: JournalServices) -> None:
    entries = demo.journal.all_entries()
    dates = [entry.date for entry in entries]
    assert max(dates) == NOW.date()
    assert 80 <= (NOW.date() - min(dates)).days <= 100
    assert all(entry.created_at <= NOW for entry in entries)
    assert demo.journal.list(EntryFilter(since=NOW.date(), until=NOW.date()))


def _without_ids(services: JournalServices) -> dict[str, list[str]]:
    """Every record with its random ids left out, in a stable order."""
    contents = services.whole_journal.contents()
    shown: dict[str, list[str]] = {}
    for field in dataclasses.fields(contents):
        records: list[Any] = list(getattr(contents, field.name))
        shown[field.name] = sorted(
            repr({k: v for k, v in dataclasses.asdict(r).items() if not k.endswith("id")})
            for r in records
        )
    return shown


def test_the_same_seed_writes_the_same_journal(tmp_path: Path, fast_policy: KdfPolicy) -> None:
    first = demo_services(tmp_path / "first", fast_policy, seed=3)
    second = demo_services(tmp_path / "second", fast_policy, seed=3)
    other = demo_services(tmp_path / "other", fast_policy, seed=4)
    a, b, c = next(first), next(second), next(other)
    try:
        assert _without_ids(a) == _without_ids(b)
        assert _without_ids(a)["entries"] != _without_ids(c)["entries"]
    finally:
        for made in (first, second, other):
            made.close()
