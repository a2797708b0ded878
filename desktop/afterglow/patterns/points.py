"""The entries behind a point on a chart, so a click can list them.

Every helper returns entries (not in the Trash) in the order they were written: by date,
then creation time, then id.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from afterglow.core.entries import Entry
from afterglow.core.practices import PracticeLog
from afterglow.patterns.periods import EVERYTHING, DateRange, iso_week, month_of
from afterglow.patterns.sessions import window_after, window_before


def entries_for(
    entries: Iterable[Entry],
    *,
    within: DateRange = EVERYTHING,
    day: date | None = None,
    week: str | None = None,
    month: str | None = None,
    tag: str | None = None,
    emotion: str | None = None,
    rated: bool = False,
) -> tuple[Entry, ...]:
    """Entries meeting every condition given: in the range, on a day, in an ISO week
    ("2025-W09"), in a month ("2025-03"), with a tag, with an emotion; `rated=True` keeps
    only entries with a mood (the ones behind a mood point)."""
    since, until = within.bounds
    found = [
        e
        for e in entries
        if e.deleted_at is None
        and since <= e.date <= until
        and (day is None or e.date == day)
        and (week is None or iso_week(e.date) == week)
        and (month is None or month_of(e.date) == month)
        and (tag is None or tag in e.tags)
        and (emotion is None or emotion in e.emotions)
        and (not rated or e.mood is not None)
    ]
    return _in_order(found)


def entries_with_pair(
    entries: Iterable[Entry], first: tuple[str, str], second: tuple[str, str]
) -> tuple[Entry, ...]:
    """Entries holding both items of a co-occurring pair, each given as (kind, name) with
    kind "tag" or "emotion" (as `Item` from `afterglow.patterns.cooccurrence`)."""
    found = [e for e in entries if e.deleted_at is None and _has(e, first) and _has(e, second)]
    return _in_order(found)


def entries_around_session(
    entries: Iterable[Entry], started_at: datetime, side: str
) -> tuple[Entry, ...]:
    """The rated entries behind a session's `mood_before` (`side="before"`) or
    `mood_after` (`side="after"`)."""
    if side not in ("before", "after"):
        raise ValueError('side must be "before" or "after"')
    window = window_before if side == "before" else window_after
    first, last = window(started_at.date())
    return entries_for(entries, within=DateRange(first, last), rated=True)


def entries_on_practice_days(
    entries: Iterable[Entry],
    logs: Iterable[PracticeLog],
    practice_id: str,
    today: date,
    *,
    done: bool,
    within: DateRange = EVERYTHING,
) -> tuple[Entry, ...]:
    """The rated entries behind `mood_with` (`done=True`: days the practice was done) or
    `mood_without` (`done=False`: other days from its first log on), judged on `today` as
    `afterglow.patterns.practices.mood_with_practice` judges them."""
    own = [log for log in logs if log.practice_id == practice_id and log.date <= today]
    if not own:
        return ()
    done_days = {log.date for log in own if log.done}
    since, until = within.bounds
    since = max(since, min(log.date for log in own))
    until = min(until, today if today in done_days else today - timedelta(days=1))
    found = [
        e
        for e in entries
        if e.deleted_at is None
        and e.mood is not None
        and since <= e.date <= until
        and (e.date in done_days) == done
    ]
    return _in_order(found)


def _has(entry: Entry, item: tuple[str, str]) -> bool:
    kind, name = item
    return name in (entry.tags if kind == "tag" else entry.emotions)


def _in_order(entries: list[Entry]) -> tuple[Entry, ...]:
    return tuple(sorted(entries, key=lambda e: (e.date, e.created_at, e.id)))
