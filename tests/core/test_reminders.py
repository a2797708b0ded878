"""Reminders: local fire times across summer time, no repeats, and privacy while locked."""

from dataclasses import fields
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from afterglow.core.builtin_practices import create_builtin
from afterglow.core.practices import BuiltinPractice, Practice, PracticeKind
from afterglow.core.reminders import (
    Notification,
    PracticeReminder,
    Reminder,
    ReminderKind,
    ReminderQueue,
    ReminderSettings,
    ReminderTime,
    coalesced_notification,
    due_reminders,
    fire_time,
    locked_notification,
    next_reminder,
    notification_for,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
CANARY = "CANARY-7f3a my sister's letter"
PRACTICE_ID = "00000000-0000-4000-8000-000000000001"

# 2026: London springs forward 29 March 01:00→02:00 and falls back 25 October 02:00→01:00;
# New York springs forward 8 March 02:00→03:00 and falls back 1 November 02:00→01:00.
LONDON_SPRING, LONDON_FALL = date(2026, 3, 29), date(2026, 10, 25)
NEW_YORK_SPRING, NEW_YORK_FALL = date(2026, 3, 8), date(2026, 11, 1)


def journaling_at(at: time) -> ReminderSettings:
    return ReminderSettings(
        journaling=ReminderTime(at), check_ins=ReminderTime(time(10), enabled=False)
    )


def local(zone: ZoneInfo, day: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone, fold=fold)


def fire_all_day(
    zone: ZoneInfo, day: date, settings: ReminderSettings, check_ins=()
) -> list[Reminder]:
    """Steps through a local day minute by minute in real (UTC) time, like a running app,
    and returns every reminder that was shown."""
    queue = ReminderQueue(locked=False)
    shown: list[Reminder] = []
    start = local(zone, day, 0).astimezone(UTC)
    end = local(zone, day + timedelta(days=1), 0).astimezone(UTC)
    moment = start
    while moment < end:
        due = due_reminders(moment.astimezone(zone), settings, queue.seen, check_ins)
        queue.arrive(due)
        shown.extend(due)
        moment += timedelta(minutes=1)
    return shown


# ---- fire times -----------------------------------------------------------------------


def test_the_journaling_reminder_fires_at_its_local_time():
    settings = journaling_at(time(20, 0))
    now = local(LONDON, date(2026, 6, 3), 19, 59)
    assert due_reminders(now, settings) == []
    upcoming = next_reminder(now, settings)
    assert upcoming is not None
    assert upcoming.kind is ReminderKind.JOURNALING
    assert upcoming.fires_at == local(LONDON, date(2026, 6, 3), 20, 0)
    assert upcoming.fires_at.utcoffset() == timedelta(hours=1)
    later = local(LONDON, date(2026, 6, 3), 20, 0)
    assert [r.kind for r in due_reminders(later, settings)] == [ReminderKind.JOURNALING]


def test_a_shown_reminder_is_not_due_again_and_the_next_is_tomorrow():
    settings = journaling_at(time(20, 0))
    now = local(NEW_YORK, date(2026, 6, 3), 21, 0)
    (shown,) = due_reminders(now, settings)
    assert due_reminders(now, settings, {shown.key}) == []
    upcoming = next_reminder(now, settings, {shown.key})
    assert upcoming.fires_at == local(NEW_YORK, date(2026, 6, 4), 20, 0)


def test_yesterdays_missed_reminder_is_not_brought_up_today():
    settings = journaling_at(time(20, 0))
    morning = local(LONDON, date(2026, 6, 4), 8, 0)
    assert due_reminders(morning, settings) == []
    assert next_reminder(morning, settings).day == date(2026, 6, 4)


@pytest.mark.parametrize(
    ("zone", "day", "at", "fires"),
    [
        (NEW_YORK, NEW_YORK_SPRING, time(2, 30), (3, 30)),
        (LONDON, LONDON_SPRING, time(1, 30), (2, 30)),
    ],
)
def test_a_time_the_clocks_skip_fires_once_an_hour_later(zone, day, at, fires):
    settings = journaling_at(at)
    shown = fire_all_day(zone, day, settings)
    assert len(shown) == 1
    fired = shown[0].fires_at
    assert (fired.hour, fired.minute) == fires
    assert fired.utcoffset() == fired.astimezone(zone).utcoffset()  # a real local time
    assert fire_time(day, at, zone) == fired


@pytest.mark.parametrize(
    ("zone", "day", "at"),
    [(NEW_YORK, NEW_YORK_FALL, time(1, 30)), (LONDON, LONDON_FALL, time(1, 30))],
)
def test_a_time_that_happens_twice_fires_once_at_the_first(zone, day, at):
    settings = journaling_at(at)
    shown = fire_all_day(zone, day, settings)
    assert len(shown) == 1
    first = local(zone, day, 1, 30, fold=0)
    assert shown[0].fires_at_utc == first.astimezone(UTC)
    # Asked during the repeated hour, after the first 01:30, the next one is tomorrow.
    second_pass = local(zone, day, 1, 45, fold=1)
    upcoming = next_reminder(second_pass, settings, {shown[0].key})
    assert upcoming.day == day + timedelta(days=1)


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        (LONDON, LONDON_SPRING),
        (LONDON, LONDON_FALL),
        (NEW_YORK, NEW_YORK_SPRING),
        (NEW_YORK, NEW_YORK_FALL),
    ],
)
def test_an_ordinary_evening_reminder_fires_once_at_its_time_on_change_days(zone, day):
    shown = fire_all_day(zone, day, journaling_at(time(20, 0)))
    assert [(r.fires_at.hour, r.fires_at.minute) for r in shown] == [(20, 0)]


def test_next_reminder_is_not_confused_by_the_repeated_hour():
    # 01:50 summer time comes before 01:10 winter time, though it reads later.
    settings = journaling_at(time(1, 10))
    early = local(NEW_YORK, NEW_YORK_FALL, 0, 50)
    upcoming = next_reminder(early, settings)
    assert upcoming.fires_at_utc == local(NEW_YORK, NEW_YORK_FALL, 1, 10).astimezone(UTC)
    during_first_pass = local(NEW_YORK, NEW_YORK_FALL, 1, 50, fold=0)
    assert [r.kind for r in due_reminders(during_first_pass, settings)] == [ReminderKind.JOURNALING]


def test_check_ins_fire_only_on_the_dates_given():
    settings = ReminderSettings(
        journaling=ReminderTime(time(20), enabled=False), check_ins=ReminderTime(time(10))
    )
    due_day = date(2026, 6, 10)
    now = local(LONDON, date(2026, 6, 8), 12)
    upcoming = next_reminder(now, settings, check_in_dates=[due_day])
    assert (upcoming.kind, upcoming.day) == (ReminderKind.CHECK_IN, due_day)
    assert upcoming.fires_at == local(LONDON, due_day, 10)
    far = date(2026, 7, 8)  # day 30 lies beyond a week ahead
    assert next_reminder(now, settings, check_in_dates=[far]).day == far
    assert next_reminder(now, settings) is None


def test_two_check_ins_on_one_day_are_one_reminder():
    settings = ReminderSettings(check_ins=ReminderTime(time(10)))
    day = date(2026, 6, 10)
    shown = fire_all_day(LONDON, day, settings, check_ins=[day, day])
    assert [r.kind for r in shown] == [ReminderKind.CHECK_IN, ReminderKind.JOURNALING]


def test_practice_reminders_follow_the_practice_schedule():
    practice = Practice(PRACTICE_ID, "Run", PracticeKind.CHECK, schedule="mon,wed")
    reminder = PracticeReminder.for_practice(practice, time(7, 0))
    settings = ReminderSettings(
        journaling=ReminderTime(time(20), enabled=False),
        check_ins=ReminderTime(time(10), enabled=False),
        practices=(reminder,),
    )
    tuesday = local(NEW_YORK, date(2026, 6, 2), 8)
    upcoming = next_reminder(tuesday, settings)
    assert upcoming.day == date(2026, 6, 3)  # Wednesday
    assert upcoming.practice_id == PRACTICE_ID


def test_switched_off_reminders_and_practices_stay_quiet():
    practice = create_builtin(BuiltinPractice.GRATITUDE, active=False)
    settings = ReminderSettings(
        journaling=ReminderTime(time(20), enabled=False),
        check_ins=ReminderTime(time(10), enabled=False),
        practices=(PracticeReminder.for_practice(practice, time(8)),),
    )
    now = local(LONDON, date(2026, 6, 2), 6)
    assert next_reminder(now, settings) is None
    everything_off = ReminderSettings(enabled=False)
    assert next_reminder(now, everything_off, check_in_dates=[date(2026, 6, 2)]) is None


def test_reminders_due_together_come_earliest_first():
    settings = ReminderSettings(
        journaling=ReminderTime(time(9)),
        check_ins=ReminderTime(time(8)),
        practices=(PracticeReminder(PRACTICE_ID, time(7), BuiltinPractice.BREATHWORK),),
    )
    day = date(2026, 6, 2)
    due = due_reminders(local(LONDON, day, 22), settings, check_in_dates=[day])
    assert [r.kind for r in due] == [
        ReminderKind.PRACTICE,
        ReminderKind.CHECK_IN,
        ReminderKind.JOURNALING,
    ]


def test_times_must_be_local_and_now_must_be_aware():
    with pytest.raises(ValueError):
        ReminderTime(time(20, tzinfo=UTC))
    with pytest.raises(ValueError):
        next_reminder(datetime(2026, 6, 2, 12), ReminderSettings())


# ---- notification text ----------------------------------------------------------------


def every_text(notification: Notification) -> str:
    return notification.title + "\n" + notification.body


def test_notifications_say_only_generic_words():
    day = date(2026, 6, 2)
    at = local(LONDON, day, 20)
    texts = {
        notification_for(Reminder(ReminderKind.JOURNALING, day, at)).body,
        notification_for(Reminder(ReminderKind.CHECK_IN, day, at)).body,
        notification_for(Reminder(ReminderKind.PRACTICE, day, at, PRACTICE_ID)).body,
        notification_for(
            Reminder(ReminderKind.PRACTICE, day, at, PRACTICE_ID, BuiltinPractice.BREATHWORK)
        ).body,
    }
    assert texts == {
        "Time for your journaling",
        "A check-in is due",
        "Time for a practice",
        "Time for your breathwork",
    }


def test_a_practice_name_never_reaches_a_notification():
    practice = Practice(PRACTICE_ID, CANARY, PracticeKind.CHECK)
    reminder_setting = PracticeReminder.for_practice(practice, time(7))
    assert CANARY not in repr(reminder_setting)
    settings = ReminderSettings(practices=(reminder_setting,))
    day = date(2026, 6, 2)
    due = due_reminders(local(LONDON, day, 23), settings, check_in_dates=[day])
    assert len(due) == 3
    queue = ReminderQueue(locked=False)
    shown = queue.arrive(due)
    queue.lock()
    later = due_reminders(local(LONDON, day + timedelta(days=1), 23), settings)
    shown += queue.arrive(later) + queue.unlock()
    assert len(shown) == 5
    assert all(CANARY not in every_text(n) for n in shown)


def test_a_reminder_has_no_field_that_could_carry_a_title():
    # Only these fields exist, and none is free text: a caller has nowhere to put an
    # entry title, and an id in the wrong place is never printed.
    assert [f.name for f in fields(Reminder)] == [
        "kind",
        "day",
        "fires_at",
        "practice_id",
        "builtin",
    ]
    with pytest.raises(ValueError):
        Reminder(CANARY, date(2026, 6, 2), local(LONDON, date(2026, 6, 2), 9))  # type: ignore[arg-type]
    sneaky = Reminder(
        ReminderKind.PRACTICE, date(2026, 6, 2), local(LONDON, date(2026, 6, 2), 9), CANARY
    )
    assert CANARY not in every_text(notification_for(sneaky))
    with pytest.raises(ValueError):
        PracticeReminder(PRACTICE_ID, time(7), builtin=CANARY)  # type: ignore[arg-type]


def test_the_locked_text_is_exactly_afterglow_has_a_reminder():
    assert locked_notification() == Notification("Afterglow", "Afterglow has a reminder")


def test_notification_words_go_through_the_translator():
    day = date(2026, 6, 2)
    reminder = Reminder(ReminderKind.CHECK_IN, day, local(LONDON, day, 10))
    assert notification_for(reminder, str.upper).body == "A CHECK-IN IS DUE"
    assert locked_notification(str.upper).body == "AFTERGLOW HAS A REMINDER"


# ---- while locked ---------------------------------------------------------------------


def reminders_for(day: date, *kinds: ReminderKind) -> list[Reminder]:
    at = local(LONDON, day, 9)
    return [
        Reminder(kind, day, at, PRACTICE_ID if kind is ReminderKind.PRACTICE else None)
        for kind in kinds
    ]


def test_an_open_journal_shows_each_reminder_once():
    queue = ReminderQueue(locked=False)
    day = date(2026, 6, 2)
    (journaling,) = reminders_for(day, ReminderKind.JOURNALING)
    assert queue.arrive([journaling]) == [Notification("Afterglow", "Time for your journaling")]
    assert queue.arrive([journaling]) == []
    assert journaling.key in queue.seen


def test_while_locked_reminders_wait_behind_one_generic_notification():
    queue = ReminderQueue()  # the app starts locked
    day = date(2026, 6, 2)
    first = queue.arrive(reminders_for(day, ReminderKind.JOURNALING))
    assert first == [Notification("Afterglow", "Afterglow has a reminder")]
    assert queue.arrive(reminders_for(day, ReminderKind.CHECK_IN, ReminderKind.PRACTICE)) == []
    assert len(queue.held) == 3


def test_held_reminders_are_delivered_once_together_after_unlock():
    queue = ReminderQueue()
    day = date(2026, 6, 2)
    queue.arrive(reminders_for(day, ReminderKind.PRACTICE, ReminderKind.CHECK_IN))
    queue.arrive(reminders_for(day, ReminderKind.JOURNALING))
    (delivered,) = queue.unlock()
    # At the same time, in `ReminderKind` order: journaling, practices, check-ins.
    assert delivered.body == "Time for your journaling\nTime for a practice\nA check-in is due"
    assert queue.held == ()
    assert queue.unlock() == []
    assert queue.arrive(reminders_for(day, ReminderKind.JOURNALING)) == []


def test_each_lock_gets_its_own_generic_notification():
    queue = ReminderQueue(locked=False)
    day = date(2026, 6, 2)
    queue.lock()
    assert len(queue.arrive(reminders_for(day, ReminderKind.JOURNALING))) == 1
    queue.unlock()
    queue.lock()
    assert len(queue.arrive(reminders_for(day, ReminderKind.CHECK_IN))) == 1
    assert queue.unlock() == [Notification("Afterglow", "A check-in is due")]


def test_unlocking_with_nothing_held_says_nothing():
    queue = ReminderQueue()
    assert queue.unlock() == []
    assert coalesced_notification([]) is None


def test_reminders_shown_in_an_earlier_run_stay_shown():
    queue = ReminderQueue(locked=False)
    (journaling,) = reminders_for(date(2026, 6, 2), ReminderKind.JOURNALING)
    queue.remember_shown([journaling.key])
    assert queue.arrive([journaling]) == []
