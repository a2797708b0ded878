"""How often each tag and each emotion was used, overall, by ISO week and by month.

A tag or emotion counts once per entry (an entry's tags and emotions are sets).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter

from afterglow.core.entries import Entry
from afterglow.patterns.days import kept_entries
from afterglow.patterns.periods import EVERYTHING, DateRange, iso_week, month_of, next_month


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


def ranked(counter: Mapping[str, int]) -> tuple[Count, ...]:
    """Most used first; ties in name order, so the result never depends on input order."""
    return _Ranker().ranked(counter)


class _Ranker:
    """Ranks many counters, sharing equal `Count`s between them: a journal's weeks repeat
    the same few (name, count) pairs thousands of times, and a `Count` is immutable."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, int], Count] = {}

    def ranked(self, counter: Mapping[str, int]) -> tuple[Count, ...]:
        # By name, then (stably) by count, highest first: the order of `(-count, name)`
        # with the comparisons done in C.
        items = sorted(sorted(counter.items()), key=itemgetter(1), reverse=True)
        made = self._made
        counts = []
        for item in items:
            count = made.get(item)
            if count is None:
                count = made[item] = Count(*item)
            counts.append(count)
        return tuple(counts)


def tag_frequency(entries: Iterable[Entry], within: DateRange = EVERYTHING) -> Frequencies:
    return _frequency(entries, within, lambda entry: entry.tags)


def emotion_frequency(entries: Iterable[Entry], within: DateRange = EVERYTHING) -> Frequencies:
    return _frequency(entries, within, lambda entry: entry.emotions)


def _frequency(
    entries: Iterable[Entry], within: DateRange, names: Callable[[Entry], tuple[str, ...]]
) -> Frequencies:
    by_day: dict[date, list[str]] = defaultdict(list)
    for entry in kept_entries(entries, within):
        used = names(entry)
        if used:
            by_day[entry.date].extend(set(used) if len(used) > 1 else used)
    return frequencies_by_day(by_day)


@dataclass(frozen=True)
class Uses:
    """How many entries used each name, week by week (ISO weeks, "2025-W09") and month by
    month ("2025-03"), each period's counts ranked as in `Frequencies`; periods without a
    use are left out. Counted by the database, or gathered by `uses_by_day`."""

    weeks: Mapping[str, tuple[Count, ...]]
    months: Mapping[str, tuple[Count, ...]]


def uses_by_day(used: Mapping[date, Sequence[str]]) -> Uses:
    """The uses of the names used on each day, each name once for every entry that day
    using it (as the database counts them, or as `tag_frequency` gathers them)."""
    # Days are rolled up into weeks and months as lists and counted once per period:
    # Counter does the per-name work in C, and there are far fewer periods than days.
    weeks: dict[str, list[str]] = defaultdict(list)
    months: dict[str, list[str]] = defaultdict(list)
    week = month = ""
    monday = sunday = first = last = date.min  # the days the named week and month span
    for day, names in used.items():
        if not names:
            continue
        # Days mostly come in order: name a week or a month only when it changes.
        if not monday <= day <= sunday:
            week = iso_week(day)
            monday = day - timedelta(days=day.weekday())
            sunday = monday + timedelta(days=6)
        if not first <= day <= last:
            month = month_of(day)
            first = day.replace(day=1)
            last = next_month(first) - timedelta(days=1)
        weeks[week].extend(names)
        months[month].extend(names)
    ranker = _Ranker()
    return Uses(
        {w: ranker.ranked(Counter(names)) for w, names in weeks.items()},
        {m: ranker.ranked(Counter(names)) for m, names in months.items()},
    )


def frequencies_of(uses: Uses) -> Frequencies:
    """Frequencies from the uses week by week and month by month; the total is the sum
    of the months (every use falls in exactly one)."""
    total: Counter[str] = Counter()
    for counts in uses.months.values():
        for count in counts:
            total[count.name] += count.count
    return Frequencies(
        total=ranked(total),
        by_week=tuple(PeriodCounts(w, uses.weeks[w]) for w in sorted(uses.weeks)),
        by_month=tuple(PeriodCounts(m, uses.months[m]) for m in sorted(uses.months)),
    )


def frequencies_by_day(used: Mapping[date, Sequence[str]]) -> Frequencies:
    """Frequencies from the names used on each day, each name once for every entry that
    day using it (as `tag_frequency` gathers them)."""
    return frequencies_of(uses_by_day(used))
