"""Reminders on the desktop, driven by a fake wall clock: they fire at the local time set,
say only "Afterglow has a reminder" while locked, come through after unlocking, and never
carry a practice's own name."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from afterglow.core.check_ins import CheckIn, CheckInStatus
from afterglow.core.practices import BuiltinPractice, Practice, PracticeKind
from afterglow.core.reminders import ReminderSettings, ReminderTime
from afterglow.ui.practices.reminders import ReminderClock
from afterglow.ui.tasks import TaskRunner

ZONE = ZoneInfo("Europe/Berlin")
CANARY = "CANARY-a-secret-practice-name"
JOURNALING_ONLY = ReminderSettings(journaling=ReminderTime(time(20, 0)))


class WallClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def shown(reminders: ReminderClock) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    reminders.notify.connect(lambda title, body: seen.append((title, body)))
    return seen


def test_the_journaling_reminder_fires_at_its_local_time(qtbot: QtBot) -> None:
    clock = WallClock(datetime(2026, 3, 10, 19, 59, tzinfo=ZONE))
    reminders = ReminderClock(lambda: JOURNALING_ONLY, clock)
    notes = shown(reminders)
    reminders.unlocked()

    assert notes == []
    assert reminders.timer.isActive() and reminders.timer.remainingTime() <= 60_000

    clock.now += timedelta(minutes=1)
    reminders.check()  # what the timer does when it runs out
    assert notes == [("Afterglow", "Time for your journaling")]
    reminders.check()
    assert len(notes) == 1  # once a day


def test_while_locked_only_a_generic_reminder_shows_and_the_rest_follow_unlock(
    qtbot: QtBot,
) -> None:
    clock = WallClock(datetime(2026, 3, 10, 20, 1, tzinfo=ZONE))
    reminders = ReminderClock(lambda: JOURNALING_ONLY, clock)
    notes = shown(reminders)
    own = Practice("p1", CANARY, PracticeKind.CHECK)
    cold = Practice(
        "p2", "Cold shower", PracticeKind.TIMER, 30, "s", builtin=BuiltinPractice.COLD_SHOWER
    )

    reminders.follow_practices([own, cold])  # locked, as the app starts
    reminders.check()
    assert notes == [("Afterglow", "Afterglow has a reminder")]

    reminders.unlocked()
    assert len(notes) == 2
    _title, body = notes[1]
    assert body.splitlines() == [
        "Time for your cold shower",  # 07:30
        "Time for a practice",  # 09:00, never by its name
        "Time for your journaling",  # 20:00
    ]
    assert all(CANARY not in title + body for title, body in notes)


def test_a_due_check_in_read_on_the_worker_is_reminded_at_its_time(qtbot: QtBot) -> None:
    clock = WallClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZONE))
    check_ins_only = ReminderSettings(
        journaling=ReminderTime(time(20, 0), enabled=False),
        check_ins=ReminderTime(time(10, 0)),
    )
    reminders = ReminderClock(lambda: check_ins_only, clock)
    notes = shown(reminders)
    reminders.unlocked()
    assert not reminders.timer.isActive()  # nothing due: no check-in dates yet

    overdue = CheckIn("session-1", 1, date(2026, 3, 9), CheckInStatus.OVERDUE)
    services = SimpleNamespace(sessions=SimpleNamespace(due_check_ins=lambda: [overdue]))
    runner = TaskRunner()
    try:
        reminders.follow_check_ins(runner, services)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: reminders.check_in_dates == {date(2026, 3, 10)})
    finally:
        runner.shutdown()
    assert reminders.timer.isActive()

    clock.now += timedelta(hours=1)
    reminders.timer.timeout.emit()
    assert notes == [("Afterglow", "A check-in is due")]
