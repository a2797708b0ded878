"""The entries behind a chart point, so clicking one can list them."""

from __future__ import annotations

import pytest

from afterglow.patterns import (
    DateRange,
    entries_around_session,
    entries_for,
    entries_on_practice_days,
    entries_with_pair,
)

from .records import at, d, entry, logs, practice

MON = entry(d("2025-03-03"), 4, tags=("work",), emotions=("anxious",))
TUE = entry(d("2025-03-04"), None, tags=("walk", "work"), emotions=("calm",))
SUN = entry(d("2025-03-09"), 7, tags=("walk",))
NEXT = entry(d("2025-03-10"), 5, tags=("work",), emotions=("anxious",))
GONE = entry(d("2025-03-04"), 9, tags=("work",), trashed=True)
JOURNAL = [NEXT, GONE, SUN, TUE, MON]


def test_entries_of_a_week_in_writing_order():
    assert entries_for(JOURNAL, week="2025-W10") == (MON, TUE, SUN)


def test_entries_with_a_tag_in_a_week():
    assert entries_for(JOURNAL, week="2025-W10", tag="work") == (MON, TUE)


def test_entries_with_an_emotion_in_a_month():
    assert entries_for(JOURNAL, month="2025-03", emotion="anxious") == (MON, NEXT)


def test_rated_entries_of_a_day_are_those_behind_a_mood_point():
    assert entries_for(JOURNAL, day=d("2025-03-04"), rated=True) == ()
    assert entries_for(JOURNAL, day=d("2025-03-04")) == (TUE,)


def test_a_range_limits_the_entries():
    assert entries_for(JOURNAL, within=DateRange(d("2025-03-04"), d("2025-03-09"))) == (TUE, SUN)


def test_entries_holding_both_items_of_a_pair():
    assert entries_with_pair(JOURNAL, ("emotion", "anxious"), ("tag", "work")) == (MON, NEXT)
    assert entries_with_pair(JOURNAL, ("tag", "anxious"), ("tag", "work")) == ()


def test_entries_behind_a_session_s_mood_before_and_after():
    started = at(d("2025-03-09"), 14)  # the session day itself is on neither side

    assert entries_around_session(JOURNAL, started, "before") == (MON,)  # TUE is unrated
    assert entries_around_session(JOURNAL, started, "after") == (NEXT,)
    with pytest.raises(ValueError):
        entries_around_session(JOURNAL, started, "during")


def test_entries_behind_mood_with_and_without_a_practice():
    p = practice()
    history = logs(p, d("2025-03-03"), d("2025-03-10"))
    today = d("2025-03-11")

    assert entries_on_practice_days(JOURNAL, history, p.id, today, done=True) == (MON, NEXT)
    assert entries_on_practice_days(JOURNAL, history, p.id, today, done=False) == (SUN,)
    assert entries_on_practice_days(JOURNAL, [], p.id, today, done=True) == ()


def test_today_not_yet_done_is_behind_neither_side():
    p = practice()
    history = logs(p, d("2025-03-03"))

    # Today is 3/10 and not done yet: NEXT is not yet a day "without".
    assert entries_on_practice_days(JOURNAL, history, p.id, d("2025-03-10"), done=False) == (SUN,)
