"""Streaks, 30-day adherence that respects schedules, and mood on practice days.

Calendar used throughout: 2025-03-03 is a Monday; "today" is Friday 2025-03-14.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterglow.core.practices import schedule_text
from afterglow.patterns import (
    CORRELATION_NOTE,
    MIN_DAYS_EACH_SIDE,
    adherence,
    journal_days,
    mood_with_practice,
    practice_stats,
    streaks,
)

from .records import d, entry, logs, practice

TODAY = d("2025-03-14")


def days(first: str, last: str) -> list[date]:
    start, end = d(first), d(last)
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


# ---- streaks --------------------------------------------------------------------------


def test_today_not_yet_done_does_not_break_the_current_streak():
    p = practice()

    result = streaks(p, logs(p, *days("2025-03-10", "2025-03-13")), TODAY)

    assert (result.current, result.longest) == (4, 4)


def test_today_done_adds_to_the_streak():
    p = practice()

    result = streaks(p, logs(p, *days("2025-03-10", "2025-03-14")), TODAY)

    assert (result.current, result.longest) == (5, 5)


def test_a_missed_yesterday_ends_the_current_streak_but_not_the_longest():
    p = practice()
    done = days("2025-03-01", "2025-03-08") + days("2025-03-10", "2025-03-12")

    result = streaks(p, logs(p, *done), TODAY)

    # 3/13 missed: current 0. Longest: 3/1..3/8 = 8 days (3/9 missed).
    assert (result.current, result.longest) == (0, 8)


def test_a_gap_splits_streaks_and_the_longest_is_kept():
    p = practice()
    done = days("2025-03-01", "2025-03-05") + days("2025-03-07", "2025-03-13")

    result = streaks(p, logs(p, *done), TODAY)

    # 3/1..3/5 = 5, gap on 3/6, 3/7..3/13 = 7 (today still open).
    assert (result.current, result.longest) == (7, 7)


def test_a_weekday_practice_is_judged_only_on_its_weekdays():
    p = practice("mon,wed,fri")
    done = ["2025-03-03", "2025-03-05", "2025-03-07", "2025-03-10", "2025-03-12"]

    result = streaks(p, logs(p, *map(d, done)), TODAY)

    # Mon 3/3, Wed 3/5, Fri 3/7, Mon 3/10, Wed 3/12: 5 in a row; Tuesdays, Thursdays and
    # the weekend do not break it; Friday 3/14 (today) is still open.
    assert (result.current, result.longest) == (5, 5)


def test_a_missed_scheduled_weekday_breaks_the_streak():
    p = practice("mon,wed,fri")
    done = ["2025-03-03", "2025-03-05", "2025-03-07", "2025-03-10", "2025-03-11"]

    result = streaks(p, logs(p, *map(d, done)), TODAY)

    # Wed 3/12 missed: current 0. Tue 3/11 is not scheduled and does not count.
    # Longest: 3/3, 3/5, 3/7, 3/10 = 4.
    assert (result.current, result.longest) == (0, 4)


def test_a_log_marked_not_done_is_not_done():
    p = practice()
    history = logs(p, d("2025-03-12")) + logs(p, d("2025-03-13"), done=False)

    assert streaks(p, history, TODAY).current == 0


def test_other_practices_and_later_logs_are_ignored():
    p, other = practice(), practice(name="Cold shower")
    history = logs(p, d("2025-03-13")) + logs(other, d("2025-03-12")) + logs(p, d("2025-03-20"))

    assert streaks(p, history, TODAY) == streaks(p, logs(p, d("2025-03-13")), TODAY)
    assert streaks(p, history, TODAY).current == 1


def test_a_practice_never_logged_has_no_streak():
    result = streaks(practice(), [], TODAY)

    assert (result.current, result.longest) == (0, 0)


# ---- adherence ------------------------------------------------------------------------


def test_adherence_counts_from_the_first_log_when_that_is_within_30_days():
    p = practice()
    history = logs(p, *days("2025-03-01", "2025-03-10")) + logs(p, d("2025-03-12"), done=False)

    result = adherence(p, history, TODAY)

    # Judged 3/1..3/13 = 13 days (today open); done 3/1..3/10 = 10.
    assert (result.done, result.scheduled) == (10, 13)
    assert result.share == pytest.approx(10 / 13)


def test_adherence_over_30_days_counts_only_scheduled_weekdays():
    p = practice("mon,wed,fri")
    scheduled = [
        "2025-02-14", "2025-02-17", "2025-02-19", "2025-02-21", "2025-02-24", "2025-02-26",
        "2025-02-28", "2025-03-03", "2025-03-05", "2025-03-07", "2025-03-10", "2025-03-12",
    ]  # fmt: skip
    done = [day for day in scheduled if day not in ("2025-02-19", "2025-03-05")]
    history = logs(p, d("2025-01-06"))  # first log long before the window
    history += logs(p, *map(d, done)) + logs(p, d("2025-02-13"), d("2025-03-11"))

    result = adherence(p, history, TODAY)

    # Window 2/13..3/14 (30 days). Its Mondays, Wednesdays and Fridays are the 12 above
    # plus Friday 3/14, today, still open: 12 judged. Done: 12 - 2 missed = 10. The logs
    # on Thursday 2/13 and Tuesday 3/11 are on unscheduled days and do not count.
    assert (result.done, result.scheduled) == (10, 12)
    assert result.share == pytest.approx(10 / 12)


def test_today_done_counts_for_adherence():
    p = practice()

    result = adherence(p, logs(p, TODAY), TODAY)

    assert (result.done, result.scheduled, result.share) == (1, 1, 1.0)


def test_adherence_of_a_practice_never_logged_is_unknown():
    assert adherence(practice(), [], TODAY).share is None


def test_adherence_is_unknown_when_only_today_is_open():
    p = practice()

    assert adherence(p, logs(p, TODAY, done=False), TODAY).share is None


# ---- mood on practice days ------------------------------------------------------------


def mood_journal(moods: dict[str, int]) -> dict:
    return journal_days([entry(d(day), mood) for day, mood in moods.items()])


def test_mood_on_days_done_against_days_not_done():
    p = practice()
    history = logs(p, d("2025-03-01"), d("2025-03-02"), d("2025-03-03"))
    moods = {
        "2025-02-28": 0,  # before the first log: not compared
        "2025-03-01": 6, "2025-03-02": 7, "2025-03-03": 8,  # done
        "2025-03-04": 4, "2025-03-05": 5, "2025-03-06": 3,  # not done
        "2025-03-14": 1,  # today, not done yet: still open, not compared
    }  # fmt: skip

    result = mood_with_practice(p, history, mood_journal(moods), TODAY)

    # With: (6 + 7 + 8) / 3 = 7. Without: (4 + 5 + 3) / 3 = 4.
    assert (result.mood_with, result.mood_without) == (7.0, 4.0)
    assert (result.days_with, result.days_without) == (3, 3)
    assert result.note == CORRELATION_NOTE
    assert "not show cause" in result.note


def test_mood_comparison_is_hidden_with_fewer_than_three_days_on_a_side():
    p = practice()
    history = logs(p, d("2025-03-01"), d("2025-03-02"), d("2025-03-03"))
    moods = {"2025-03-01": 6, "2025-03-02": 7, "2025-03-03": 8, "2025-03-04": 4, "2025-03-05": 5}

    result = mood_with_practice(p, history, mood_journal(moods), TODAY)

    assert MIN_DAYS_EACH_SIDE == 3
    assert (result.mood_with, result.mood_without) == (None, None)
    assert (result.days_with, result.days_without) == (3, 2)


def test_a_day_mood_is_the_mean_of_its_entries():
    p = practice()
    history = logs(p, *days("2025-03-01", "2025-03-03"))
    entries = [entry(d("2025-03-01"), 2), entry(d("2025-03-01"), 8)]  # day mean 5
    entries += [entry(d("2025-03-02"), 5), entry(d("2025-03-03"), 5)]
    entries += [entry(day, 1) for day in days("2025-03-04", "2025-03-06")]

    result = mood_with_practice(p, history, journal_days(entries), TODAY)

    # Day means 5, 5, 5 (not entry mean (2+8+5+5)/4 = 5 either way) against 1, 1, 1.
    assert (result.mood_with, result.mood_without) == (5.0, 1.0)


def test_practice_stats_bring_it_together_for_one_practice():
    p, other = practice(), practice(name="Gratitude")
    history = logs(p, *days("2025-03-10", "2025-03-13")) + logs(other, TODAY)

    stats = practice_stats(p, history, {}, TODAY)

    assert (stats.practice_id, stats.name) == (p.id, "Breathwork")
    assert (stats.streaks.current, stats.adherence.share) == (4, 1.0)
    assert (stats.mood.days_with, stats.mood.days_without) == (0, 0)


# ---- properties -----------------------------------------------------------------------

schedules = st.sets(st.integers(0, 6), min_size=1).map(schedule_text)
offsets = st.lists(st.tuples(st.integers(0, 90), st.booleans()), max_size=80)


@settings(max_examples=200, deadline=None)
@given(schedule=schedules, history=offsets)
def test_adherence_is_a_share_and_streaks_fit_in_the_days(schedule, history):
    p = practice(schedule)
    start = TODAY - timedelta(days=90)
    records = [log for n, done in history for log in logs(p, start + timedelta(days=n), done=done)]

    result = streaks(p, records, TODAY)
    share = adherence(p, records, TODAY).share

    scheduled_done = {log.date for log in records if log.done and p.is_scheduled(log.date)}
    assert share is None or 0.0 <= share <= 1.0
    assert 0 <= result.current <= result.longest <= len(scheduled_done)


@settings(max_examples=200, deadline=None)
@given(schedule=schedules, history=offsets)
def test_doing_a_scheduled_today_adds_exactly_one_to_the_current_streak(schedule, history):
    p = practice(schedule)
    start = TODAY - timedelta(days=90)
    records = [
        log
        for n, done in history
        if start + timedelta(days=n) != TODAY
        for log in logs(p, start + timedelta(days=n), done=done)
    ]

    before = streaks(p, records, TODAY).current
    after = streaks(p, [*records, *logs(p, TODAY)], TODAY).current

    assert after == (before + 1 if p.is_scheduled(TODAY) else before)
