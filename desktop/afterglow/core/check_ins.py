"""When the reflection and check-ins after a session are due, and whether each is done.

Day N after a session is the session's own calendar date (in the UTC offset it was
recorded with) plus N calendar days. It never moves with the computer's time zone or a
change to or from summer time: someone who flies home after a session still has their
day-1 check-in on the calendar day after it.

Day 0 is the same-day reflection (an entry of kind `reflection` linked to the session);
days 1, 3, 7, 14 and 30 are check-ins (kind `check_in`). Which day a check-in entry
answers is read from its date, so nothing beyond the interchange format is needed: the
latest scheduled day on or before the entry's date (an early one counts for day 1).

A check-in that was not written rolls over rather than nagging forever: it is shown from
its due date until the next one falls due (the day-30 check-in for a further week), and
is `missed` after that. Dismissing one hides it for good.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import InvalidCheckIn
from afterglow.core.record_rules import check_id, check_time
from afterglow.core.session import Session

REFLECTION_DAY = 0
CHECK_IN_DAYS = (1, 3, 7, 14, 30)
SCHEDULE = (REFLECTION_DAY, *CHECK_IN_DAYS)
LAST_CHECK_IN_SHOWN_FOR = timedelta(days=7)


class CheckInStatus(StrEnum):
    UPCOMING = "upcoming"  # not due yet
    DUE = "due"  # due today
    OVERDUE = "overdue"  # due earlier, and the next one is not due yet
    DONE = "done"
    DISMISSED = "dismissed"
    MISSED = "missed"  # rolled over: a later one is due now

    @property
    def asks_for_attention(self) -> bool:
        return self in (CheckInStatus.DUE, CheckInStatus.OVERDUE)


@dataclass(frozen=True)
class CheckIn:
    """One step of a session's schedule: day 0 is the reflection, the others check-ins."""

    session_id: str
    day: int
    due: date
    status: CheckInStatus
    entries: tuple[Entry, ...] = ()  # the entries that answer it, oldest first

    @property
    def kind(self) -> EntryKind:
        """The kind of entry that answers this step."""
        return EntryKind.REFLECTION if self.day == REFLECTION_DAY else EntryKind.CHECK_IN

    @property
    def is_reflection(self) -> bool:
        return self.day == REFLECTION_DAY


@dataclass(frozen=True)
class CheckInDismissal:
    """One step of a session's schedule the person chose to skip, and when they did."""

    session_id: str
    day: int
    dismissed_at: datetime


def validate_dismissal(dismissal: CheckInDismissal) -> CheckInDismissal:
    """Returns the dismissal unchanged if it keeps the rules; raises `InvalidCheckIn`.

    Any day from 0 up is kept, as the journal keeps it, so that a day a later schedule adds
    is never refused; a day off the schedule is simply never shown.
    """
    check_id(InvalidCheckIn, "session_id", dismissal.session_id, optional=False)
    day = dismissal.day
    if isinstance(day, bool) or not isinstance(day, int) or day < 0:
        raise InvalidCheckIn("day", "must be a whole number from 0 up")
    check_time(InvalidCheckIn, "dismissed_at", dismissal.dismissed_at, optional=False)
    return dismissal


def due_date(session: Session, day: int) -> date:
    """The calendar date of day `day` after the session."""
    return session.local_date + timedelta(days=day)


def shown_until(session: Session, day: int) -> date:
    """The last date a step not yet done is offered (see the module's note on rolling over)."""
    later = [d for d in SCHEDULE if d > day]
    if later:
        return due_date(session, later[0]) - timedelta(days=1)
    return due_date(session, day) + LAST_CHECK_IN_SHOWN_FOR


def answered_day(session: Session, entry: Entry) -> int | None:
    """Which step of the session's schedule an entry answers, or None for other entries."""
    if entry.session_id != session.id or entry.in_trash:
        return None
    if entry.kind == EntryKind.REFLECTION:
        return REFLECTION_DAY
    if entry.kind != EntryKind.CHECK_IN:
        return None
    offset = (entry.date - session.local_date).days
    return max([d for d in CHECK_IN_DAYS if d <= offset], default=CHECK_IN_DAYS[0])


def schedule(
    session: Session, entries: Iterable[Entry], dismissed: Iterable[int], today: date
) -> tuple[CheckIn, ...]:
    """Every step of the session's schedule as it stands on `today`.

    `entries` may hold any entries; those linked to the session answer its steps.
    `dismissed` holds the days the person chose to skip.
    """
    answers: dict[int, list[Entry]] = {}
    for entry in entries:
        day = answered_day(session, entry)
        if day is not None:
            answers.setdefault(day, []).append(entry)
    skipped = set(dismissed)
    steps = []
    for day in SCHEDULE:
        found = tuple(sorted(answers.get(day, ()), key=lambda e: (e.date, e.created_at)))
        due = due_date(session, day)
        if found:
            status = CheckInStatus.DONE
        elif day in skipped:
            status = CheckInStatus.DISMISSED
        elif today < due:
            status = CheckInStatus.UPCOMING
        elif today == due:
            status = CheckInStatus.DUE
        elif today <= shown_until(session, day):
            status = CheckInStatus.OVERDUE
        else:
            status = CheckInStatus.MISSED
        steps.append(CheckIn(session.id, day, due, status, found))
    return tuple(steps)


def still_open_on(session: Session) -> date:
    """The last date on which any step of this session's schedule can ask for attention."""
    return shown_until(session, SCHEDULE[-1])
