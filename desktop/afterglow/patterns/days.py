"""The journal day by day: how many entries, and their mood and energy totals.

Most analytics look at days rather than entries, so they share this one pass over the
entries. Entries in the Trash are left out everywhere in `afterglow.patterns`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from afterglow.core.entries import Entry
from afterglow.patterns.periods import EVERYTHING, DateRange


class JournalDay(NamedTuple):
    """One day's entries: totals of the moods and energies that were rated, and counts.

    A named tuple rather than a frozen dataclass: a journal of years holds thousands of
    days, and a tuple is made several times faster."""

    day: date
    entries: int
    mood_total: int
    mood_count: int
    energy_total: int
    energy_count: int

    @property
    def mood(self) -> float | None:
        """The mean mood of the day's rated entries, or None when none was rated."""
        return self.mood_total / self.mood_count if self.mood_count else None

    @property
    def energy(self) -> float | None:
        return self.energy_total / self.energy_count if self.energy_count else None


JournalDays = dict[date, JournalDay]


def journal_days(entries: Iterable[Entry], within: DateRange = EVERYTHING) -> JournalDays:
    """Every day that has an entry in range, in date order."""
    # [entries, mood total, mood count, energy total, energy count]; lists are cheaper to
    # update in place than frozen objects, and there are far more entries than days.
    sums: dict[date, list[int]] = {}
    since, until = within.bounds
    for entry in entries:
        day = entry.date
        if entry.deleted_at is not None or not since <= day <= until:
            continue
        row = sums.get(day)
        if row is None:
            row = sums[day] = [0, 0, 0, 0, 0]
        row[0] += 1
        mood = entry.mood
        if mood is not None:
            row[1] += mood
            row[2] += 1
        energy = entry.energy
        if energy is not None:
            row[3] += energy
            row[4] += 1
    return {day: JournalDay(day, *sums[day]) for day in sorted(sums)}


def kept_entries(entries: Iterable[Entry], within: DateRange = EVERYTHING) -> list[Entry]:
    """The entries analytics count: not in the Trash, dated within the range."""
    since, until = within.bounds
    return [e for e in entries if e.deleted_at is None and since <= e.date <= until]
