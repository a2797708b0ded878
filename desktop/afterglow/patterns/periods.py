"""Naming the weeks and months analytics group by, and the date range a view selects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class DateRange:
    """Days from `since` to `until`, both included; None leaves that side open."""

    since: date | None = None
    until: date | None = None

    def __contains__(self, day: date) -> bool:
        since, until = self.bounds
        return since <= day <= until

    @property
    def bounds(self) -> tuple[date, date]:
        """Both ends as dates, open ends as the earliest and latest dates there are."""
        return self.since or date.min, self.until or date.max


EVERYTHING = DateRange()


def iso_week(day: date) -> str:
    """The ISO 8601 week a day falls in, as "YYYY-Www" (2025-12-29 is in "2026-W01")."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_days(week: str) -> tuple[date, date]:
    """The Monday and Sunday of an ISO week written "YYYY-Www"; raises ValueError otherwise."""
    monday = date.fromisocalendar(int(week[:4]), int(week[6:]), 1) if _is_week(week) else None
    if monday is None:
        raise ValueError(f"not an ISO week: {week!r}")
    return monday, monday + timedelta(days=6)


def _is_week(text: str) -> bool:
    return len(text) == 8 and text[4:6] == "-W" and text[:4].isdigit() and text[6:].isdigit()


def month_of(day: date) -> str:
    """The calendar month of a day, as "YYYY-MM"."""
    return f"{day.year:04d}-{day.month:02d}"


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(first: date) -> date:
    """The first day of the month after the one `first` begins."""
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def previous_month(first: date) -> date:
    return (first - timedelta(days=1)).replace(day=1)


def months_between(start: date, end: date) -> list[date]:
    """The first day of every month from `start`'s month to `end`'s month, both included."""
    months = []
    month = month_start(start)
    while month <= end:
        months.append(month)
        month = next_month(month)
    return months
