"""Mood and energy over time: per day, a rolling mean, per ISO week, with session markers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from math import fsum

from afterglow.patterns.days import JournalDay, JournalDays
from afterglow.patterns.periods import iso_week

ROLLING_DAYS = 7


@dataclass(frozen=True)
class MoodPoint:
    """One day: the mean mood and energy of its rated entries, and the rolling means.

    A rolling mean is the mean of the day means over the `window` calendar days ending on
    this day, counting only days that were rated; each day weighs the same however many
    entries it has, so one busy day does not swamp the week.
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
    mood_rolling = _rolling(rated, lambda d: d.mood, window)
    energy_rolling = _rolling(rated, lambda d: d.energy, window)
    points = tuple(
        MoodPoint(d.day, d.mood, d.energy, mood_rolling[i], energy_rolling[i], d.entries)
        for i, d in enumerate(rated)
    )
    markers = tuple(
        SessionMarker(session_id, started_at.date())
        for session_id, started_at in sorted(sessions, key=lambda s: (s[1], s[0]))
    )
    return MoodTimeline(points, markers, window)


def _rolling(
    rated: Sequence[JournalDay], value: Callable[[JournalDay], float | None], window: int
) -> list[float | None]:
    """Trailing means over `window` calendar days; None on a day without its own value."""
    values = [value(day) for day in rated]
    means: list[float | None] = []
    start = 0
    for i, day in enumerate(rated):
        oldest = day.day - timedelta(days=window - 1)
        while rated[start].day < oldest:
            start += 1
        if values[i] is None:
            means.append(None)
            continue
        # At most `window` values: summing afresh keeps results exact to the last digit,
        # where a running total would drift.
        present = values[start : i + 1]
        if None in present:
            present = [v for v in present if v is not None]
        means.append(fsum(present) / len(present))  # type: ignore[arg-type]
    return means


def mood_by_week(days: JournalDays) -> tuple[WeekMood, ...]:
    """Weeks with at least one rated mood, in time order; the mean weighs every entry the
    same (it is the mean of the entries' moods, not of the day means)."""
    totals: dict[str, list[int]] = {}
    for day in days.values():
        if not day.mood_count:
            continue
        week = totals.setdefault(iso_week(day.day), [0, 0])
        week[0] += day.mood_total
        week[1] += day.mood_count
    return tuple(WeekMood(w, totals[w][0] / totals[w][1], totals[w][1]) for w in sorted(totals))
