"""Which tags and emotions tend to turn up in the same entries.

For two items A and B (each a tag or an emotion) over N entries:
- `together`  = entries holding both;
- `support`   = together / N, the share of all entries holding both;
- `lift`      = together * N / (entries with A * entries with B): how much more often they
  meet than if they were unrelated (1 = no more than chance, 2 = twice as often).

Small counts make lift swing wildly, so a pair is reported only when it appears together
in at least `MIN_TOGETHER` entries and each item appears in at least `MIN_EACH`. Pairs
below that stay hidden rather than shown as weak "findings".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations

from afterglow.core.entries import Entry
from afterglow.patterns.days import kept_entries
from afterglow.patterns.periods import EVERYTHING, DateRange

MIN_TOGETHER = 3
MIN_EACH = 5


class ItemKind(StrEnum):
    TAG = "tag"
    EMOTION = "emotion"


@dataclass(frozen=True, order=True)
class Item:
    """A tag or an emotion; the kind keeps the tag "anxious" apart from the emotion."""

    kind: ItemKind
    name: str


@dataclass(frozen=True)
class Pair:
    first: Item
    second: Item
    together: int
    first_count: int
    second_count: int
    entries: int
    support: float
    lift: float


# An item while counting: a plain (kind, name) tuple, which sorts and hashes far faster
# than an `Item`; only the pairs reported become `Item`s.
Counted = tuple[str, str]


def co_occurrences(
    entries: Iterable[Entry],
    within: DateRange = EVERYTHING,
    *,
    min_together: int = MIN_TOGETHER,
    min_each: int = MIN_EACH,
) -> tuple[Pair, ...]:
    """Pairs of items seen together often enough to mean something, highest lift first
    (then most entries together, then by item), each pair with its items in order."""
    return pairs_from_counts(
        item_counts(entries, within), min_together=min_together, min_each=min_each
    )


def item_counts(entries: Iterable[Entry], within: DateRange = EVERYTHING) -> ItemCounts:
    """The counts `co_occurrences` judges pairs by, over the entries kept in the range."""
    kept = kept_entries(entries, within)
    singles: Counter[Counted] = Counter()
    pairs: Counter[tuple[Counted, Counted]] = Counter()
    for entry in kept:
        items = sorted({("emotion", e) for e in entry.emotions} | {("tag", t) for t in entry.tags})
        singles.update(items)
        if len(items) > 1:
            pairs.update(combinations(items, 2))
    return ItemCounts(len(kept), singles, pairs)


@dataclass(frozen=True)
class ItemCounts:
    """How many entries there are, how many hold each item, and how many hold each pair
    (a, b) of items with a < b; as the database counts them, or as `co_occurrences` does."""

    entries: int
    singles: Mapping[Counted, int]
    pairs: Mapping[tuple[Counted, Counted], int]


def pairs_from_counts(
    counts: ItemCounts, *, min_together: int = MIN_TOGETHER, min_each: int = MIN_EACH
) -> tuple[Pair, ...]:
    """The pairs `co_occurrences` reports, from the counts."""
    entries, singles = counts.entries, counts.singles
    # Judged and ordered as plain tuples ((kind, name) sorts as `Item` does); only the
    # pairs reported become `Pair`s, each item made once.
    found = sorted(
        (-(n * entries / (singles[a] * singles[b])), -n, a, b)
        for (a, b), n in counts.pairs.items()
        if n >= min_together and singles[a] >= min_each and singles[b] >= min_each
    )
    items: dict[Counted, Item] = {}
    for _, _, a, b in found:
        for counted in (a, b):
            if counted not in items:
                items[counted] = Item(ItemKind(counted[0]), counted[1])
    return tuple(
        Pair(
            first=items[a],
            second=items[b],
            together=-minus_n,
            first_count=singles[a],
            second_count=singles[b],
            entries=entries,
            support=-minus_n / entries,
            lift=-minus_lift,
        )
        for minus_lift, minus_n, a, b in found
    )
