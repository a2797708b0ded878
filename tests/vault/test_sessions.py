"""Sessions on a real vault: recording, editing, the Trash, search, arcs and check-ins."""

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from afterglow.core.check_ins import CheckInStatus
from afterglow.core.entries import EntryKind
from afterglow.core.errors import InvalidSession, SessionNotFound, UsageError
from afterglow.core.integration_store import SessionFilter

from .journal_fixtures import ZONE
from .services_fixtures import open_services

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_services(tmp_path, fast_policy)


def record(opened, started: datetime, **fields):
    return opened.services.sessions.add(
        started_at=started, route=fields.pop("route", "iv"), **fields
    )


def test_a_session_is_stored_with_every_field(opened):
    sessions = opened.services.sessions
    session = record(
        opened,
        datetime(2026, 3, 10, 10, 0, tzinfo=ZONE),
        route="esketamine_nasal",
        dose_mg=84,
        setting=" Clinic ",
        provider="Dr. Okafor",
        support_person="Ana",
        music="Ólafur Arnalds",
        intention="Meet the tiredness",
        notes="Onset gentle.",
        body_sensations="Warm hands",
        mood_before=3,
        mood_after=7,
        tags=["First series", "#Nasal"],
    )
    assert session.dose_mg == 84.0 and session.setting == "Clinic"
    assert session.tags == ("first-series", "nasal")
    assert sessions.get(session.id) == session
    assert sessions.list() == [session]


def test_an_unknown_route_or_impossible_dose_is_refused_and_nothing_saved(opened):
    with pytest.raises(InvalidSession, match="route"):
        record(opened, datetime(2026, 3, 10, tzinfo=ZONE), route="rectal")
    with pytest.raises(InvalidSession, match="dose mg"):
        record(opened, datetime(2026, 3, 10, tzinfo=ZONE), dose_mg=0)
    assert opened.services.sessions.list() == []


def test_editing_a_session_keeps_its_id_and_saves_the_changes(opened):
    sessions = opened.services.sessions
    session = record(opened, datetime(2026, 3, 10, tzinfo=ZONE))
    edited = sessions.update(replace(session, mood_after=8, dose_mg=None, tags=("After",)))
    assert edited.mood_after == 8 and edited.tags == ("after",)
    assert sessions.get(session.id) == edited
    with pytest.raises(SessionNotFound):
        sessions.update(replace(session, id="00000000-0000-4000-8000-000000000000"))


def test_sessions_list_newest_first_by_the_moment_they_started(opened):
    sessions = opened.services.sessions
    tokyo = datetime(2026, 3, 11, 8, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # 23:00 UTC the 10th
    berlin = datetime(2026, 3, 10, 23, 30, tzinfo=BERLIN)  # 22:30 UTC the 10th
    early = record(opened, berlin)
    late = record(opened, tokyo)
    assert [s.id for s in sessions.list()] == [late.id, early.id]
    # Filters use each session's own calendar date.
    assert sessions.list(SessionFilter(since=date(2026, 3, 11))) == [late]
    assert sessions.list(SessionFilter(until=date(2026, 3, 10))) == [early]
    with pytest.raises(UsageError):
        sessions.list(SessionFilter(since=date(2026, 3, 12), until=date(2026, 3, 1)))


def test_sessions_filter_by_tag_and_are_found_by_their_words(opened):
    sessions = opened.services.sessions
    one = record(opened, datetime(2026, 3, 1, tzinfo=ZONE), music="Arvo Pärt", tags=["music"])
    record(opened, datetime(2026, 3, 8, tzinfo=ZONE), notes="a quiet room")
    assert sessions.list(SessionFilter(tags=("music",))) == [one]
    assert sessions.search("part") == [one]  # diacritics do not matter
    assert sessions.search("music") == [one]  # tags are searched too
    assert sessions.search("") == []


def test_deleting_a_session_moves_it_to_the_trash_and_its_entries_keep_their_link(opened):
    s = opened.services
    session = record(opened, datetime(2026, 3, 10, tzinfo=ZONE))
    entry = s.journal.add(kind=EntryKind.REFLECTION, body="x", session_id=session.id)
    insight = s.insights.add("Rest is allowed.", session_id=session.id)
    s.sessions.trash(session.id)
    assert s.sessions.list() == [] and [t.id for t in s.sessions.in_trash()] == [session.id]
    assert s.journal.get(entry.id).session_id == session.id
    restored = s.sessions.restore_from_trash(session.id)
    assert not restored.in_trash and s.sessions.list() == [restored]
    assert s.insights.get(insight.id).session_id == session.id


def test_a_session_leaving_the_trash_for_good_unlinks_but_keeps_entries_and_insights(opened):
    s = opened.services
    session = record(opened, datetime(2026, 3, 10, tzinfo=ZONE))
    entry = s.journal.add(kind=EntryKind.CHECK_IN, body="still here", session_id=session.id)
    insight = s.insights.add("Rest is allowed.", session_id=session.id)
    s.sessions.dismiss_check_in(session.id, 3)
    s.sessions.trash(session.id)
    opened.clock.advance(days=31)
    assert s.sessions.purge_old_trash() == 1
    assert s.sessions.in_trash() == []
    assert s.journal.get(entry.id).session_id is None
    assert s.journal.get(entry.id).body == "still here"
    assert s.insights.get(insight.id).session_id is None
    assert opened.unlocked.database.query("SELECT count(*) FROM check_in_dismissals")[0][0] == 0


def test_recent_trash_is_kept_by_the_purge_and_emptied_on_request(opened):
    s = opened.services
    session = record(opened, datetime(2026, 3, 10, tzinfo=ZONE))
    s.sessions.trash(session.id)
    opened.clock.advance(days=29)
    assert s.sessions.purge_old_trash() == 0
    assert s.sessions.empty_trash() == 1
    with pytest.raises(SessionNotFound):
        s.sessions.get(session.id)


def test_the_arc_holds_the_intention_reflection_and_check_ins_with_their_status(opened):
    s = opened.services
    session = record(opened, datetime(2026, 3, 10, 18, 0, tzinfo=ZONE))
    intention = s.journal.add(
        kind=EntryKind.INTENTION, body="hope", session_id=session.id, day=date(2026, 3, 9)
    )
    reflection = s.journal.add(
        kind=EntryKind.REFLECTION, body="came up", session_id=session.id, day=date(2026, 3, 10)
    )
    day_1 = s.journal.add(
        kind=EntryKind.CHECK_IN, body="slept", session_id=session.id, day=date(2026, 3, 11)
    )
    note = s.journal.add(kind=EntryKind.NOTE, body="n", session_id=session.id)
    s.journal.add(body="unrelated", day=date(2026, 3, 11))
    s.sessions.dismiss_check_in(session.id, 3)

    arc = s.sessions.arc(session.id, today=date(2026, 3, 18))
    assert arc.session == session
    assert [e.id for e in arc.intentions] == [intention.id]
    assert arc.reflection.status == CheckInStatus.DONE
    assert arc.reflection.entries == (reflection,)
    assert [(c.day, c.due, c.status) for c in arc.check_ins] == [
        (1, date(2026, 3, 11), CheckInStatus.DONE),
        (3, date(2026, 3, 13), CheckInStatus.DISMISSED),
        (7, date(2026, 3, 17), CheckInStatus.OVERDUE),
        (14, date(2026, 3, 24), CheckInStatus.UPCOMING),
        (30, date(2026, 4, 9), CheckInStatus.UPCOMING),
    ]
    assert arc.check_ins[0].entries == (day_1,)
    assert [e.id for e in arc.other_entries] == [note.id]


def test_due_check_ins_span_sessions_and_leave_out_done_dismissed_and_rolled_over(opened):
    s = opened.services
    older = record(opened, datetime(2026, 3, 1, 10, tzinfo=ZONE))
    newer = record(opened, datetime(2026, 3, 14, 10, tzinfo=ZONE))
    today = date(2026, 3, 15)
    due = s.sessions.due_check_ins(today)
    # older: day 14 is due today; newer: the reflection rolled over, day 1 is due.
    assert [(c.session_id, c.day, c.status) for c in due] == sorted(
        [
            (older.id, 14, CheckInStatus.DUE),
            (newer.id, 1, CheckInStatus.DUE),
        ],
        key=lambda t: t[0],
    )
    s.journal.add(kind=EntryKind.CHECK_IN, body="ok", session_id=newer.id, day=today)
    s.sessions.dismiss_check_in(older.id, 14)
    assert s.sessions.due_check_ins(today) == []
    s.sessions.undismiss_check_in(older.id, 14)
    assert [c.day for c in s.sessions.due_check_ins(today)] == [14]


def test_due_check_ins_list_the_overdue_first(opened):
    s = opened.services
    first = record(opened, datetime(2026, 3, 1, 10, tzinfo=ZONE))
    second = record(opened, datetime(2026, 3, 10, 10, tzinfo=ZONE))
    due = s.sessions.due_check_ins(date(2026, 3, 13))
    assert [(c.session_id, c.day, c.status) for c in due] == [
        (first.id, 7, CheckInStatus.OVERDUE),
        (second.id, 3, CheckInStatus.DUE),
    ]


def test_a_session_in_the_trash_asks_for_no_check_ins(opened):
    s = opened.services
    session = record(opened, datetime(2026, 3, 14, 10, tzinfo=ZONE))
    s.sessions.trash(session.id)
    assert s.sessions.due_check_ins(date(2026, 3, 15)) == []


def test_dismissing_a_day_that_is_not_on_the_schedule_is_refused(opened):
    session = record(opened, datetime(2026, 3, 14, 10, tzinfo=ZONE))
    with pytest.raises(UsageError, match="no check-in on day 2"):
        opened.services.sessions.dismiss_check_in(session.id, 2)
    with pytest.raises(SessionNotFound):
        opened.services.sessions.dismiss_check_in("00000000-0000-4000-8000-000000000000", 1)


def test_check_ins_follow_the_session_date_across_a_summer_time_change(opened):
    s = opened.services
    session = record(opened, datetime(2026, 3, 28, 23, 30, tzinfo=BERLIN))
    assert [c.day for c in s.sessions.due_check_ins(date(2026, 3, 29))] == [1]
    assert s.sessions.get(session.id).started_at.isoformat() == "2026-03-28T23:30:00+01:00"
    assert [c.day for c in s.sessions.due_check_ins(date(2026, 4, 4))] == [7]
    assert timedelta(days=7) == date(2026, 4, 4) - session.local_date
