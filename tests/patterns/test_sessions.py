"""Entry moods in the 7 days before a session and the 14 days after it."""

from __future__ import annotations

from afterglow.patterns import journal_days, session_moods

from .records import at, d, entry

SESSION_DAY = d("2025-03-10")


def test_mean_entry_mood_before_and_after_a_session():
    entries = [
        entry(d("2025-03-02"), 1),  # 8 days before: outside the window
        entry(d("2025-03-03"), 3),  # 7 days before: first day inside
        entry(d("2025-03-09"), 5),  # the day before
        entry(d("2025-03-09"), 4),
        entry(d("2025-03-10"), 10),  # the session day itself: on neither side
        entry(d("2025-03-11"), 6),  # the day after
        entry(d("2025-03-24"), 8),  # 14 days after: last day inside
        entry(d("2025-03-25"), 0),  # 15 days after: outside
    ]

    (result,) = session_moods(journal_days(entries), [("s1", at(SESSION_DAY, 14))])

    # Before: 3, 5, 4 -> 12 / 3 = 4.  After: 6, 8 -> 7.
    assert (result.mood_before, result.rated_before) == (4.0, 3)
    assert (result.mood_after, result.rated_after) == (7.0, 2)


def test_no_rated_entry_on_a_side_gives_none_there():
    entries = [entry(d("2025-03-12"), 7), entry(d("2025-03-08"))]  # 3/8 not rated

    (result,) = session_moods(journal_days(entries), [("s1", at(SESSION_DAY))])

    assert (result.mood_before, result.rated_before) == (None, 0)
    assert result.mood_after == 7.0


def test_the_session_day_is_its_own_local_date():
    # 23:30 at UTC+1 on 3/10 is still 3/10 where it happened, though 3/10 22:30 UTC.
    (result,) = session_moods(
        journal_days([entry(d("2025-03-11"), 6)]), [("s", at(SESSION_DAY, 23))]
    )

    assert result.day == SESSION_DAY
    assert result.mood_after == 6.0


def test_sessions_come_back_in_the_order_they_started_windows_may_overlap():
    entries = [entry(d("2025-03-12"), 5)]
    sessions = [("late", at(d("2025-03-14"))), ("early", at(SESSION_DAY))]

    results = session_moods(journal_days(entries), sessions)

    # 3/12 is after "early" and before "late": it counts for both.
    assert [(r.session_id, r.mood_before, r.mood_after) for r in results] == [
        ("early", None, 5.0),
        ("late", 5.0, None),
    ]
