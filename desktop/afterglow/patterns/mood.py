"""Mood and energy over time: per day, a rolling mean, per ISO week, with session markers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from math import ldexp
from typing import NamedTuple

from afterglow.patterns.days import JournalDays
from afterglow.patterns.periods import iso_week

ROLLING_DAYS = 7


class MoodPoint(NamedTuple):
    """One day: the mean mood and energy of its rated entries, and the rolling means.

    A rolling mean is the mean of the day means over the `window` calendar days ending on
    this day, counting only days that were rated; each day weighs the same however many
    entries it has, so one busy day does not swamp the week. (A named tuple, like
    `JournalDay`: a timeline of years has thousands of points.)
    """

    day: date
    mood: float | None
    energy: float | None
    mood_rolling: float | None
    energy_rolling: float | None
    entries: int


@dataclass(frozen=True)
class SessionMarker:
    session_id: str
    day: date


@dataclass(frozen=True)
class MoodTimeline:
    points: tuple[MoodPoint, ...]
    sessions: tuple[SessionMarker, ...]
    window: int


@dataclass(frozen=True)
class WeekMood:
    """The mean mood of the entries rated in an ISO week ("2025-W09") and how many there were."""

    week: str
    mean: float
    n: int


def mood_timeline(
    days: JournalDays,
    sessions: Iterable[tuple[str, datetime]] = (),
    *,
    window: int = ROLLING_DAYS,
) -> MoodTimeline:
    """Points for every day with a rated mood or energy, in date order, and a marker for
    every session (on the calendar day it started, in its own offset), in time order."""
    rated = [d for d in days.values() if d.mood_count or d.energy_count]
    when = [d.day for d in rated]
    moods = [d.mood for d in rated]
    energies = [d.energy for d in rated]
    points = tuple(
        map(
            MoodPoint,
            when,
            moods,
            energies,
            _rolling(when, moods, window),
            _rolling(when, energies, window),
            [d.entries for d in rated],
        )
    )
    markers = tuple(
        SessionMarker(session_id, started_at.date())
        for session_id, started_at in sorted(sessions, key=lambda s: (s[1], s[0]))
    )
    return MoodTimeline(points, markers, window)


def _rolling(
    days: Sequence[date], values: Sequence[float | None], window: int
) -> list[float | None]:
    """Trailing means over `window` calendar days of the values of `days` (in order);
    None on a day without its own value.

    Each mean is `fsum` of the window's values over their number, to the last digit, but
    kept as a running sum: every float is an integer over a power of two, so scaled to the
    largest such power the values add and drop out exactly as integers, and converting
    the sum back rounds once, as `fsum` does. Day means repeat, so each distinct one is
    scaled once."""
    ratios = {v: v.as_integer_ratio() for v in set(values) if v is not None}
    shift = max((d.bit_length() - 1 for _, d in ratios.values()), default=0)
    exact = {v: n << (shift - d.bit_length() + 1) for v, (n, d) in ratios.items()}
    scaled = [None if v is None else exact[v] for v in values]
    numbers = [day.toordinal() for day in days]  # whole numbers compare faster than dates
    means: list[float | None] = []
    start = total = count = 0
    for number, added in zip(numbers, scaled, strict=True):
        if added is not None:
            total += added
            count += 1
        oldest = number - window + 1
        while numbers[start] < oldest:
            dropped = scaled[start]
            if dropped is not None:
                total -= dropped
                count -= 1
            start += 1
        means.append(None if added is None else ldexp(total, -shift) / count)
    return means


def mood_by_week(days: JournalDays) -> tuple[WeekMood, ...]:
    """Weeks with at least one rated mood, in time order; the mean weighs every entry the
    same (it is the mean of the entries' moods, not of the day means)."""
    totals: dict[str, list[int]] = {}
    monday = sunday = date.min  # the days the named week spans
    name = ""
    for day in days.values():
        if not day.mood_count:
            continue
        # Days mostly come in order: name a week only when it changes.
        if not monday <= day.day <= sunday:
            name = iso_week(day.day)
            monday = day.day - timedelta(days=day.day.weekday())
            sunday = monday + timedelta(days=6)
        week = totals.setdefault(name, [0, 0])
        week[0] += day.mood_total
        week[1] += day.mood_count
    return tuple(WeekMood(w, totals[w][0] / totals[w][1], totals[w][1]) for w in sorted(totals))
