"""Practices on a real encrypted journal: built-ins, own practices, daily logs, what is due
today, the heat map, streaks and a gratitude list made into an entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from afterglow.core.entries import EntryKind
from afterglow.core.errors import RefusedChange, UsageError
from afterglow.core.practices import BuiltinPractice, InvalidPractice, InvalidPracticeLog
from afterglow.core.practices_service import PracticeNotFound, meets_target

from .services_fixtures import open_services

TODAY = date(2026, 3, 14)  # a Saturday; the fixture's clock


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_services(tmp_path, fast_policy)


@pytest.fixture
def practices(opened):
    return opened.services.practices


def test_builtins_are_seeded_once_switched_off(practices):
    added = practices.ensure_builtins()
    assert [p.builtin for p in added] == list(BuiltinPractice)
    assert not any(p.active for p in added)
    assert practices.ensure_builtins() == []
    assert practices.list() == added
    assert practices.list(active_only=True) == []


def test_builtins_can_start_on_and_take_translated_names(practices):
    added = practices.ensure_builtins(
        names={BuiltinPractice.GRATITUDE: "Dankbarkeit"}, active={BuiltinPractice.JOURNALING}
    )
    by_kind = {p.builtin: p for p in added}
    assert by_kind[BuiltinPractice.GRATITUDE].name == "Dankbarkeit"
    assert [p.builtin for p in practices.list(active_only=True)] == [BuiltinPractice.JOURNALING]


def test_the_database_refuses_a_second_copy_of_a_builtin(opened, practices):
    import sqlcipher3

    breathwork = practices.ensure_builtins()[0]
    from afterglow.vault.practices import VaultPracticeStore

    store = VaultPracticeStore(opened.unlocked.database)
    with pytest.raises(sqlcipher3.IntegrityError):
        store.insert([replace(breathwork, id="0e0e0e0e-0000-4000-8000-000000000001")])


def test_an_own_practice_is_stored_with_its_schedule_in_stored_form(practices):
    walk = practices.add(name="  Walk  ", kind="check", schedule="Fri, mon")
    assert walk.name == "Walk" and walk.schedule == "mon,fri" and walk.active
    assert practices.get(walk.id) == walk
    timer = practices.add(name="Stretch", kind="timer", target=5, unit="min")
    assert timer.target == 5.0 and isinstance(timer.target, float)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": " ", "kind": "check"}, "name"),
        ({"name": "Walk", "kind": "run"}, "kind"),
        ({"name": "Walk", "kind": "timer", "target": 0}, "target"),
        ({"name": "Walk", "kind": "timer", "target": True}, "target"),
        ({"name": "Walk", "kind": "check", "schedule": "someday"}, "schedule"),
    ],
)
def test_a_practice_that_breaks_a_rule_is_refused(practices, fields, field):
    with pytest.raises(InvalidPractice) as error:
        practices.add(**fields)
    assert error.value.field == field
    assert practices.list() == []


def test_update_keeps_a_builtin_what_it_is(practices):
    breathwork = practices.ensure_builtins()[0]
    edited = practices.update(
        replace(breathwork, name="Breathing", kind="check", builtin=None, target=15)
    )
    assert edited.builtin is BuiltinPractice.BREATHWORK
    assert edited.kind == breathwork.kind and edited.target == 15.0
    assert practices.get(breathwork.id) == edited


def test_switching_off_keeps_the_history_and_builtins_are_never_deleted(practices):
    breathwork = practices.ensure_builtins()[0]
    practices.log(breathwork.id, TODAY, amount=10)
    assert practices.set_active(breathwork.id, False).active is False
    assert practices.log_count(breathwork.id) == 1
    with pytest.raises(RefusedChange):
        practices.delete(breathwork.id)


def test_deleting_an_own_practice_takes_its_logs(practices):
    walk = practices.add(name="Walk", kind="check")
    practices.log(walk.id, TODAY)
    practices.log(walk.id, TODAY - timedelta(days=1))
    assert practices.delete(walk.id) == 2
    assert practices.logs() == []
    with pytest.raises(PracticeNotFound):
        practices.get(walk.id)


def test_logging_a_day_again_changes_that_days_log_in_place(practices):
    cold = practices.add(name="Cold shower", kind="timer", target=30, unit="s")
    first = practices.log(cold.id, TODAY, done=False, amount=12, note="too cold")
    second = practices.log(cold.id, TODAY, done=True, amount=31)
    assert second.id == first.id
    assert practices.logs(cold.id) == [second]
    assert second.note == "" and second.amount == 31.0


def test_logs_are_listed_by_day_and_range(practices):
    walk = practices.add(name="Walk", kind="check")
    days = [TODAY - timedelta(days=n) for n in (5, 3, 1)]
    for day in reversed(days):
        practices.log(walk.id, day)
    assert [log.date for log in practices.logs(walk.id)] == days
    assert [log.date for log in practices.logs(since=days[1], until=days[1])] == [days[1]]


def test_a_log_that_breaks_a_rule_is_refused(practices):
    walk = practices.add(name="Walk", kind="count")
    with pytest.raises(InvalidPracticeLog):
        practices.log(walk.id, TODAY, amount=-1)
    with pytest.raises(UsageError, match="not come yet"):
        practices.log(walk.id, TODAY + timedelta(days=1))
    with pytest.raises(PracticeNotFound):
        practices.log("0e0e0e0e-0000-4000-8000-000000000009", TODAY)
    assert practices.logs() == []


def test_clearing_a_log(practices):
    walk = practices.add(name="Walk", kind="check")
    practices.log(walk.id, TODAY)
    assert practices.clear_log(walk.id, TODAY) is True
    assert practices.clear_log(walk.id, TODAY) is False
    assert practices.log_on(walk.id, TODAY) is None


def test_due_today_follows_weekday_schedules_and_shows_what_is_done(practices):
    weekend = practices.add(name="Long walk", kind="check", schedule="sat,sun")
    weekdays = practices.add(name="Commute breathing", kind="timer", schedule="mon,tue,wed")
    daily = practices.add(name="Gratitude", kind="list", target=3)
    off = practices.add(name="Old habit", kind="check", active=False)
    practices.log(daily.id, TODAY, items=["tea", "sun", "rest"])
    due = practices.due_today()
    assert [d.practice.id for d in due] == [weekend.id, daily.id]
    assert [d.done for d in due] == [False, True]
    monday = practices.due_today(TODAY + timedelta(days=2))
    assert [d.practice.id for d in monday] == [weekdays.id, daily.id]
    assert off.id not in {d.practice.id for d in monday}


def test_heat_map_has_every_day_of_the_range_with_schedule_and_logs(practices):
    walk = practices.add(name="Walk", kind="count", schedule="mon,wed,fri")
    practices.log(walk.id, date(2026, 3, 9), amount=3000)  # Monday
    practices.log(walk.id, date(2026, 3, 10), done=False, amount=500)  # Tuesday
    practices.log(walk.id, date(2026, 3, 13), amount=8000)  # Friday
    heat = practices.heat_map(walk.id, date(2026, 3, 9), date(2026, 3, 15))
    assert list(heat) == [date(2026, 3, 9) + timedelta(days=n) for n in range(7)]
    assert [d.scheduled for d in heat.values()] == [True, False, True, False, True, False, False]
    assert [d.done for d in heat.values()] == [True, False, False, False, True, False, False]
    assert heat[date(2026, 3, 10)].amount == 500.0
    assert heat[date(2026, 3, 11)].amount is None
    with pytest.raises(UsageError):
        practices.heat_map(walk.id, date(2026, 3, 15), date(2026, 3, 9))


def test_stats_count_streaks_adherence_and_mood(opened, practices):
    journal = opened.services.journal
    walk = practices.add(name="Walk", kind="check")
    for n in range(1, 9):
        day = TODAY - timedelta(days=n)
        done = n <= 4  # the last four days done, the four before not
        practices.log(walk.id, day, done=done)
        journal.add(title=f"Day {n}", day=day, mood=8 if done else 4)
    stats = practices.stats(walk.id)
    assert stats.streaks.current == 4
    assert (stats.adherence.done, stats.adherence.scheduled) == (4, 8)  # today still open
    assert stats.mood.mood_with == 8 and stats.mood.mood_without == 4


def test_a_gratitude_list_becomes_a_gratitude_entry_once(opened, practices):
    gratitude = practices.ensure_builtins()[2]
    assert gratitude.builtin is BuiltinPractice.GRATITUDE
    practices.log(gratitude.id, TODAY, items=["  Morning light ", "", "Ana's\nlaugh"])
    entry = practices.gratitude_entry(gratitude.id, TODAY, title="Grateful")
    assert entry.kind is EntryKind.GRATITUDE and entry.date == TODAY
    assert entry.body == "- Morning light\n- Ana's laugh\n"
    assert entry.title == "Grateful"
    assert practices.gratitude_entry(gratitude.id, TODAY).id == entry.id
    practices.log(gratitude.id, TODAY, items=["Morning light", "Rain"])
    assert practices.gratitude_entry(gratitude.id, TODAY).id != entry.id
    with pytest.raises(UsageError):
        practices.gratitude_entry(gratitude.id, TODAY - timedelta(days=1))


@pytest.mark.parametrize(
    ("kind", "target", "amount", "items", "expected"),
    [
        ("timer", 10, 9.5, (), False),
        ("timer", 10, 10, (), True),
        ("count", None, 1, (), True),
        ("count", None, None, (), False),
        ("list", 3, None, ("a", "b"), False),
        ("list", 3, None, ("a", "b", "c"), True),
        ("check", None, None, (), True),
    ],
)
def test_meets_target(practices, kind, target, amount, items, expected):
    practice = practices.add(name="P", kind=kind, target=target)
    assert meets_target(practice, amount, items) is expected
