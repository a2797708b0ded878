"""The check-in schedule: calendar days after the session, in the session's own zone."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from afterglow.core.check_ins import (
    CHECK_IN_DAYS,
    SCHEDULE,
    CheckInStatus,
    answered_day,
    due_date,
    schedule,
    shown_until,
)
from afterglow.core.entries import Entry, EntryKind, new_entry_id
from afterglow.core.session import Route, Session

BERLIN = ZoneInfo("Europe/Berlin")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")
SESSION_ID = "3a1f0c2e-5b7d-4e8f-9a6b-1c2d3e4f5a6b"


def session_at(moment: datetime) -> Session:
    return Session(SESSION_ID, moment, Route.IV)


def entry(kind: EntryKind, day: date, session_id: str | None = SESSION_ID, **fields) -> Entry:
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return Entry(new_entry_id(), kind, day, moment, moment, session_id=session_id, **fields)


def due_dates(session: Session) -> dict[int, date]:
    return {day: due_date(session, day) for day in SCHEDULE}


def test_the_schedule_is_the_reflection_then_days_1_3_7_14_30():
    assert SCHEDULE == (0, 1, 3, 7, 14, 30)
    assert CHECK_IN_DAYS == (1, 3, 7, 14, 30)


def test_a_session_just_before_midnight_counts_from_its_own_calendar_date():
    # 23:30 in Berlin is already the next day in Tokyo and still this day in UTC.
    session = session_at(datetime(2026, 5, 10, 23, 30, tzinfo=BERLIN))
    assert due_dates(session)[0] == date(2026, 5, 10)
    assert due_dates(session)[1] == date(2026, 5, 11)


def test_a_session_just_after_midnight_is_not_taken_for_the_day_before_in_utc():
    session = session_at(datetime(2026, 5, 11, 0, 15, tzinfo=BERLIN))
    assert session.started_at.astimezone(UTC).date() == date(2026, 5, 10)
    assert due_dates(session)[1] == date(2026, 5, 12)
    assert due_dates(session)[30] == date(2026, 6, 10)


def test_due_dates_cross_month_ends():
    session = session_at(datetime(2026, 1, 31, 10, tzinfo=BERLIN))
    assert due_dates(session) == {
        0: date(2026, 1, 31),
        1: date(2026, 2, 1),
        3: date(2026, 2, 3),
        7: date(2026, 2, 7),
        14: date(2026, 2, 14),
        30: date(2026, 3, 2),  # February 2026 has 28 days
    }


def test_due_dates_count_a_leap_day():
    session = session_at(datetime(2028, 2, 14, 10, tzinfo=BERLIN))
    assert due_dates(session)[14] == date(2028, 2, 28)
    assert due_dates(session)[30] == date(2028, 3, 15)  # 2028-02-29 is one of the days


def test_a_session_on_a_leap_day():
    session = session_at(datetime(2028, 2, 29, 18, tzinfo=BERLIN))
    assert due_dates(session) == {
        0: date(2028, 2, 29),
        1: date(2028, 3, 1),
        3: date(2028, 3, 3),
        7: date(2028, 3, 7),
        14: date(2028, 3, 14),
        30: date(2028, 3, 30),
    }


@pytest.mark.parametrize(
    ("started", "day_1", "day_7"),
    [
        # The night the clocks go forward in Berlin (2026-03-29, 02:00 → 03:00).
        (datetime(2026, 3, 28, 23, 30, tzinfo=BERLIN), date(2026, 3, 29), date(2026, 4, 4)),
        (datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN), date(2026, 3, 30), date(2026, 4, 5)),
        # The night they go back (2026-10-25, 03:00 → 02:00): 23:59 is 25 hours before
        # the same time the next day, yet day 1 is still the next calendar date.
        (datetime(2026, 10, 24, 23, 59, tzinfo=BERLIN), date(2026, 10, 25), date(2026, 10, 31)),
        (datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN), date(2026, 10, 26), date(2026, 11, 1)),
    ],
)
def test_summer_time_changes_never_move_a_due_date(started, day_1, day_7):
    session = session_at(started)
    assert due_date(session, 1) == day_1
    assert due_date(session, 7) == day_7


def test_a_journal_that_stores_the_offset_only_still_has_the_same_dates():
    zoned = datetime(2026, 3, 28, 23, 30, tzinfo=BERLIN)
    fixed = datetime.fromisoformat(zoned.isoformat())  # +01:00, as the vault keeps it
    assert due_dates(session_at(zoned)) == due_dates(session_at(fixed))


def test_someone_who_travels_keeps_the_calendar_dates_of_the_session():
    # A session in Los Angeles at 22:00 is already the next morning in Berlin. Flying
    # home does not move the check-ins: day 1 is the day after the session's own date.
    session = session_at(datetime(2026, 6, 1, 22, 0, tzinfo=LOS_ANGELES))
    assert due_date(session, 1) == date(2026, 6, 2)
    berlin_today = datetime(2026, 6, 2, 8, 0, tzinfo=BERLIN).date()
    steps = {s.day: s for s in schedule(session, [], [], berlin_today)}
    assert steps[1].status == CheckInStatus.DUE
    # The check-in written at home, dated by the Berlin calendar, answers day 1.
    written = entry(EntryKind.CHECK_IN, berlin_today)
    steps = {s.day: s for s in schedule(session, [written], [], berlin_today)}
    assert steps[1].status == CheckInStatus.DONE
    assert steps[1].entries == (written,)


def test_a_session_in_tokyo_and_the_same_instant_in_los_angeles_differ_by_a_day():
    instant = datetime(2026, 6, 2, 1, 0, tzinfo=UTC)
    tokyo = session_at(instant.astimezone(TOKYO))
    los_angeles = session_at(instant.astimezone(LOS_ANGELES))
    assert due_date(tokyo, 1) == date(2026, 6, 3)
    assert due_date(los_angeles, 1) == date(2026, 6, 2)


SESSION = session_at(datetime(2026, 3, 10, 10, tzinfo=BERLIN))


def statuses(today: date, entries=(), dismissed=()) -> dict[int, CheckInStatus]:
    return {s.day: s.status for s in schedule(SESSION, entries, dismissed, today)}


def test_on_the_session_day_the_reflection_is_due_and_the_rest_upcoming():
    assert statuses(date(2026, 3, 10)) == {
        0: CheckInStatus.DUE,
        1: CheckInStatus.UPCOMING,
        3: CheckInStatus.UPCOMING,
        7: CheckInStatus.UPCOMING,
        14: CheckInStatus.UPCOMING,
        30: CheckInStatus.UPCOMING,
    }


def test_an_overdue_check_in_rolls_over_when_the_next_one_falls_due():
    assert statuses(date(2026, 3, 12))[1] == CheckInStatus.OVERDUE
    on_day_3 = statuses(date(2026, 3, 13))
    assert on_day_3[1] == CheckInStatus.MISSED
    assert on_day_3[3] == CheckInStatus.DUE
    assert statuses(date(2026, 3, 16))[3] == CheckInStatus.OVERDUE
    assert statuses(date(2026, 3, 17))[3] == CheckInStatus.MISSED


def test_the_last_check_in_is_offered_for_a_week_and_then_left_alone():
    assert shown_until(SESSION, 30) == date(2026, 4, 16)
    assert statuses(date(2026, 4, 16))[30] == CheckInStatus.OVERDUE
    assert statuses(date(2026, 4, 17))[30] == CheckInStatus.MISSED


def test_done_and_dismissed_win_over_due():
    written = entry(EntryKind.CHECK_IN, date(2026, 3, 13))
    today = date(2026, 3, 13)
    assert statuses(today, [written])[3] == CheckInStatus.DONE
    assert statuses(today, dismissed=[3])[3] == CheckInStatus.DISMISSED
    assert statuses(today, dismissed=[3])[7] == CheckInStatus.UPCOMING


def test_which_day_a_check_in_answers_comes_from_its_date():
    def day_of(written: date, kind=EntryKind.CHECK_IN) -> int | None:
        return answered_day(SESSION, entry(kind, written))

    assert day_of(date(2026, 3, 10)) == 1  # written early: counts for the first check-in
    assert day_of(date(2026, 3, 11)) == 1
    assert day_of(date(2026, 3, 12)) == 1
    assert day_of(date(2026, 3, 14)) == 3  # a day late still answers day 3
    assert day_of(date(2026, 3, 24)) == 14
    assert day_of(date(2026, 5, 1)) == 30
    assert day_of(date(2026, 3, 11), EntryKind.REFLECTION) == 0
    assert day_of(date(2026, 3, 11), EntryKind.JOURNAL) is None


def test_entries_of_other_sessions_or_in_the_trash_answer_nothing():
    other = entry(EntryKind.CHECK_IN, date(2026, 3, 11), session_id=new_entry_id())
    unlinked = entry(EntryKind.CHECK_IN, date(2026, 3, 11), session_id=None)
    trashed = entry(
        EntryKind.CHECK_IN, date(2026, 3, 11), deleted_at=datetime(2026, 3, 12, tzinfo=BERLIN)
    )
    assert statuses(date(2026, 3, 11), [other, unlinked, trashed])[1] == CheckInStatus.DUE


def test_steps_know_which_kind_of_entry_answers_them():
    steps = schedule(SESSION, [], [], date(2026, 3, 10))
    assert [s.kind for s in steps] == [EntryKind.REFLECTION] + [EntryKind.CHECK_IN] * 5
    assert steps[0].is_reflection and not steps[1].is_reflection
