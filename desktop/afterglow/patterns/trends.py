"""How often a pattern shows up month by month, and whether that is rising or falling.

The trend is the least-squares slope of the monthly counts over the last `TREND_MONTHS`
complete calendar months (the month in progress is left out: half a month would always
look like a fall). Months before the pattern existed (its creation or first occurrence,
whichever is earlier) are left out too. It is:
- "flat" with fewer than `MIN_TREND_MONTHS` months to look at, or when the slope is
  smaller than `FLAT_SLOPE` occurrences per month or `FLAT_SHARE` of the mean monthly
  count, whichever is larger (so a pattern seen 30 times a month needs a bigger change);
- otherwise "rising" for a positive slope and "falling" for a negative one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from afterglow.core.patterns import Occurrence, Pattern
from afterglow.patterns.periods import (
    month_of,
    month_start,
    months_between,
    next_month,
    previous_month,
)

TREND_MONTHS = 6
MIN_TREND_MONTHS = 3
# Fractions, so a slope exactly on the threshold is judged the same on every machine.
FLAT_SLOPE = Fraction(1, 4)
FLAT_SHARE = Fraction(1, 10)


class Trend(StrEnum):
    RISING = "rising"
    FALLING = "falling"
    FLAT = "flat"


@dataclass(frozen=True)
class MonthCount:
    month: str
    count: int


@dataclass(frozen=True)
class PatternTrend:
    """`by_month` runs without gaps from the pattern's first month (or `since`) to the
    month of `today`, the month in progress included; `slope` is in occurrences per month
    over the months the trend looked at (None when there were too few)."""

    pattern_id: str
    name: str
    by_month: tuple[MonthCount, ...]
    trend: Trend
    slope: float | None
    months_judged: int


def slope(counts: list[int]) -> Fraction:
    """The least-squares slope of counts taken one month apart (needs at least two),
    computed exactly: with d = 2x - (n - 1), slope = 2 * sum(d * y) / sum(d * d)."""
    n = len(counts)
    steps = [2 * x - (n - 1) for x in range(n)]
    return Fraction(
        2 * sum(d * y for d, y in zip(steps, counts, strict=True)), sum(d * d for d in steps)
    )


def classify(counts: list[int]) -> tuple[Trend, Fraction | None]:
    """The trend of monthly counts (oldest first) and their slope."""
    if len(counts) < MIN_TREND_MONTHS:
        return Trend.FLAT, None
    rise = slope(counts)
    threshold = max(FLAT_SLOPE, FLAT_SHARE * Fraction(sum(counts), len(counts)))
    if abs(rise) < threshold:
        return Trend.FLAT, rise
    return (Trend.RISING if rise > 0 else Trend.FALLING), rise


def last_complete_month(today: date) -> date:
    """The first day of the latest month that has ended by the end of `today`."""
    this_month = month_start(today)
    ends_today = today + timedelta(days=1) == next_month(this_month)
    return this_month if ends_today else previous_month(this_month)


def pattern_trend(
    pattern: Pattern,
    occurrences: Iterable[Occurrence],
    today: date,
    since: date | None = None,
) -> PatternTrend:
    """The monthly counts and trend of one pattern, as of `today`; `occurrences` may hold
    other patterns' occurrences, which are ignored, and any after `today` or before
    `since` are left out."""
    return pattern_trend_of_days(
        pattern,
        [o.occurred_at.date() for o in occurrences if o.pattern_id == pattern.id],
        today,
        since,
    )


def pattern_trend_of_days(
    pattern: Pattern, occurred: Iterable[date], today: date, since: date | None = None
) -> PatternTrend:
    """The same from the days the pattern's own occurrences happened on (each in its
    own offset, as `occurred_at.date()`)."""
    days = [day for day in occurred if day <= today and (since is None or day >= since)]
    counts = Counter(month_of(day) for day in days)
    first = min([pattern.created_at.date(), *days])
    if since is not None:
        first = max(first, since)
    months = months_between(first, today) if first <= today else []
    by_month = tuple(MonthCount(month_of(m), counts[month_of(m)]) for m in months)
    end = last_complete_month(today)
    judged = [m.count for m, first_day in zip(by_month, months, strict=True) if first_day <= end]
    trend, rise = classify(judged[-TREND_MONTHS:])
    return PatternTrend(
        pattern_id=pattern.id,
        name=pattern.name,
        by_month=by_month,
        trend=trend,
        slope=None if rise is None else float(rise),
        months_judged=min(len(judged), TREND_MONTHS),
    )
