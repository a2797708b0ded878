"""How often each tag and each emotion was used, overall, by ISO week and by month.

A tag or emotion counts once per entry (an entry's tags and emotions are sets).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from afterglow.core.entries import Entry
from afterglow.patterns.days import kept_entries
from afterglow.patterns.periods import EVERYTHING, DateRange, iso_week, month_of


@dataclass(frozen=True)
class Count:
    name: str
    count: int


@dataclass(frozen=True)
class PeriodCounts:
    """The counts within one week ("2025-W09") or month ("2025-03")."""

    period: str
    counts: tuple[Count, ...]


@dataclass(frozen=True)
class Frequencies:
    """Counts over the whole range and per period; each list is most used first, then by
    name, and periods are in time order (only periods with at least one use appear)."""

    total: tuple[Count, ...]
    by_week: tuple[PeriodCounts, ...]
    by_month: tuple[PeriodCounts, ...]


def ranked(counter: Counter[str]) -> tuple[Count, ...]:
    """Most used first; ties in name order, so the result never depends on input order."""
    return tuple(Count(name, n) for name, n in sorted(counter.items(), key=_by_count_then_name))


def _by_count_then_name(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def tag_frequency(entries: Iterable[Entry], within: DateRange = EVERYTHING) -> Frequencies:
    return _frequency(entries, within, lambda entry: entry.tags)


def emotion_frequency(entries: Iterable[Entry], within: DateRange = EVERYTHING) -> Frequencies:
    return _frequency(entries, within, lambda entry: entry.emotions)


def _frequency(
    entries: Iterable[Entry], within: DateRange, names: Callable[[Entry], tuple[str, ...]]
) -> Frequencies:
    # Gather names per day first, then count each day at once and roll days up into weeks
    # and months: Counter does the per-name work in C, and there are far fewer days than
    # entries.
    by_day: dict[date, list[str]] = defaultdict(list)
    for entry in kept_entries(entries, within):
        used = names(entry)
        if used:
            by_day[entry.date].extend(set(used) if len(used) > 1 else used)
    total: Counter[str] = Counter()
    weeks: dict[str, Counter[str]] = defaultdict(Counter)
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for day, used_that_day in by_day.items():
        day_counts = Counter(used_that_day)
        total.update(day_counts)
        weeks[iso_week(day)].update(day_counts)
        months[month_of(day)].update(day_counts)
    return Frequencies(
        total=ranked(total),
        by_week=tuple(PeriodCounts(w, ranked(weeks[w])) for w in sorted(weeks)),
        by_month=tuple(PeriodCounts(m, ranked(months[m])) for m in sorted(months)),
    )
