"""Small builders for hand-made journals: only the fields a test cares about."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.measures import Instrument, Measure
from afterglow.core.patterns import Occurrence, Pattern
from afterglow.core.practices import Practice, PracticeKind, PracticeLog

TZ = timezone(timedelta(hours=1))
_counter = iter(range(1, 10**9))


def new_id() -> str:
    """Distinct, valid, and increasing, so ties sort the same way every run."""
    return str(uuid.UUID(int=next(_counter)))


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), TZ)


def entry(
    day: date,
    mood: int | None = None,
    *,
    energy: int | None = None,
    tags: tuple[str, ...] = (),
    emotions: tuple[str, ...] = (),
    trashed: bool = False,
) -> Entry:
    return Entry(
        id=new_id(),
        kind=EntryKind.JOURNAL,
        date=day,
        created_at=at(day),
        updated_at=at(day),
        mood=mood,
        energy=energy,
        tags=tuple(sorted(tags)),
        emotions=emotions,
        deleted_at=at(day, 12) if trashed else None,
    )


def practice(schedule: str = "daily", name: str = "Breathwork") -> Practice:
    return Practice(new_id(), name, PracticeKind.TIMER, 10, "min", schedule)


def logs(p: Practice, *days: date, done: bool = True) -> list[PracticeLog]:
    return [PracticeLog(new_id(), p.id, day, done) for day in days]


def pattern(created: date, name: str = "People-pleasing") -> Pattern:
    return Pattern(new_id(), name, "", at(created))


def occurrences(p: Pattern, *days: date) -> list[Occurrence]:
    return [Occurrence(new_id(), p.id, None, at(day, 18)) for day in days]


def measure(instrument: Instrument, answers: tuple[int, ...], day: date) -> Measure:
    return Measure(new_id(), instrument, at(day), answers)


def d(text: str) -> date:
    return date.fromisoformat(text)
