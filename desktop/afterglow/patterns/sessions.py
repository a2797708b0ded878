"""Entry moods around each session: the 7 days before it against the 14 days after.

The session's own day is left out of both sides: an entry that day may have been written
before or after the session, and the session record holds its own mood before and after.
Windows of sessions close together overlap, as they do in an induction series; each
session is still judged on its own full windows, so the numbers stay easy to check.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate

from afterglow.patterns.days import JournalDays

DAYS_BEFORE = 7
DAYS_AFTER = 14


@dataclass(frozen=True)
class SessionMood:
    """Mean entry mood before and after a session (None when no entry there was rated),
    and how many rated entries each mean is over."""

    session_id: str
    day: date
    mood_before: float | None
    mood_after: float | None
    rated_before: int
    rated_after: int


def window_before(day: date) -> tuple[date, date]:
    """The first and last day counted as "before" a session on `day`."""
    return day - timedelta(days=DAYS_BEFORE), day - timedelta(days=1)


def window_after(day: date) -> tuple[date, date]:
    return day + timedelta(days=1), day + timedelta(days=DAYS_AFTER)


def session_moods(
    days: JournalDays, sessions: Iterable[tuple[str, datetime]]
) -> tuple[SessionMood, ...]:
    """One result per session, in the order the sessions started. Sessions come as
    (session_id, started_at); the session's day is its start's date in its own offset."""
    # Running totals of the rated moods day by day: a window's total is then the
    # difference of two, however many sessions and days there are.
    ordered = [days[day] for day in sorted(days)]
    when = [d.day for d in ordered]
    totals = list(accumulate((d.mood_total for d in ordered), initial=0))
    counts = list(accumulate((d.mood_count for d in ordered), initial=0))

    def mean_mood(first: date, last: date) -> tuple[float | None, int]:
        """The mean of every rated entry's mood from `first` to `last`, weighing entries
        equally, and how many there were."""
        lo, hi = bisect_left(when, first), bisect_right(when, last)
        count = counts[hi] - counts[lo]
        return ((totals[hi] - totals[lo]) / count if count else None), count

    results = []
    for session_id, started_at in sorted(sessions, key=lambda s: (s[1], s[0])):
        day = started_at.date()
        before, n_before = mean_mood(*window_before(day))
        after, n_after = mean_mood(*window_after(day))
        results.append(SessionMood(session_id, day, before, after, n_before, n_after))
    return tuple(results)
