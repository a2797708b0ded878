"""Reminders: when they fire in local time, what a notification may say, and holding them
while the journal is locked.

Fire times are wall-clock times in the zone of the `now` the caller passes (a `ZoneInfo`,
so summer time is followed). Two days a year need a rule:

- **Spring forward.** A time the clocks skip (02:30 in New York on the second Sunday of
  March) fires once, shifted forward by the length of the gap: at 03:30. This is what
  PEP 495 and most calendars do, and it keeps the reminder the same time after the
  previous midnight as on any other day.
- **Fall back.** A time that happens twice (01:30 in New York on the first Sunday of
  November) fires once, at its first occurrence (summer time). A reminder is identified
  by its kind, subject and local date (`ReminderKey`), so the second 01:30 is the same
  reminder and is never shown again.

All comparisons are made in UTC: Python compares two times in the same zone by their
wall-clock reading and ignores `fold`, which would misorder the repeated hour.

A reminder is *due* from its fire time until the end of its local day; one missed
because the app was closed is not brought up a day later.

Notifications never carry journal content. A `Reminder` holds only a kind, a date, an
id and a built-in practice's name from a fixed list, so there is no field for a title or
text to leak through; practices the person named themselves are reminded of as "a
practice". While the journal is locked the only text shown is "Afterglow has a
reminder" (`ReminderQueue`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from afterglow.core.practices import EVERY_WEEKDAY, BuiltinPractice, Practice

Translate = Callable[[str], str]

# Days ahead `next_reminder` looks for daily reminders; a week covers any weekday schedule.
_LOOKAHEAD_DAYS = 8


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation without importing Qt: `pyside6-lupdate` finds these
    calls by name, and the UI translates the texts in context "Reminders"."""
    del context
    return text


APP_NAME = "Afterglow"
LOCKED_TEXT = QT_TRANSLATE_NOOP("Reminders", "Afterglow has a reminder")
JOURNALING_TEXT = QT_TRANSLATE_NOOP("Reminders", "Time for your journaling")
CHECK_IN_TEXT = QT_TRANSLATE_NOOP("Reminders", "A check-in is due")
PRACTICE_TEXT = QT_TRANSLATE_NOOP("Reminders", "Time for a practice")
BUILTIN_PRACTICE_TEXT: dict[BuiltinPractice, str] = {
    BuiltinPractice.BREATHWORK: QT_TRANSLATE_NOOP("Reminders", "Time for your breathwork"),
    BuiltinPractice.COLD_SHOWER: QT_TRANSLATE_NOOP("Reminders", "Time for your cold shower"),
    BuiltinPractice.GRATITUDE: QT_TRANSLATE_NOOP("Reminders", "Time for your gratitude list"),
    BuiltinPractice.JOURNALING: JOURNALING_TEXT,
}


def _untranslated(text: str) -> str:
    return text


# ---- settings -------------------------------------------------------------------------


class ReminderKind(StrEnum):
    JOURNALING = "journaling"
    PRACTICE = "practice"
    CHECK_IN = "check_in"


def _check_local_time(at: object) -> None:
    if not isinstance(at, time) or at.tzinfo is not None:
        raise ValueError("a reminder time is a local time of day without a zone")


@dataclass(frozen=True)
class ReminderTime:
    """A time of day, and whether the reminder is on."""

    at: time
    enabled: bool = True

    def __post_init__(self) -> None:
        _check_local_time(self.at)


@dataclass(frozen=True)
class PracticeReminder:
    """A daily reminder for one practice, on the weekdays it is scheduled (Monday = 0)."""

    practice_id: str
    at: time
    builtin: BuiltinPractice | None = None
    weekdays: frozenset[int] = EVERY_WEEKDAY
    enabled: bool = True

    def __post_init__(self) -> None:
        _check_local_time(self.at)
        if self.builtin is not None and not isinstance(self.builtin, BuiltinPractice):
            raise ValueError("builtin must be a BuiltinPractice or None")

    @classmethod
    def for_practice(
        cls, practice: Practice, at: time, *, enabled: bool = True
    ) -> PracticeReminder:
        """A reminder following the practice's schedule; off while the practice is off.
        Only the id, the built-in kind and the weekdays are kept — never the name."""
        return cls(
            practice.id, at, practice.builtin, practice.weekdays, enabled and practice.active
        )


@dataclass(frozen=True)
class ReminderSettings:
    """Which reminders are on, and when. Check-in dates come from the caller separately."""

    journaling: ReminderTime = ReminderTime(time(20, 0))
    check_ins: ReminderTime = ReminderTime(time(10, 0))
    practices: tuple[PracticeReminder, ...] = ()
    enabled: bool = True  # every reminder at once
    practices_enabled: bool = True  # every practice reminder at once


# ---- reminders ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderKey:
    """What makes a reminder the same reminder: kind, practice (if any) and local date.
    Safe to keep in settings: it holds no journal text."""

    kind: ReminderKind
    day: date
    practice_id: str | None = None


@dataclass(frozen=True)
class Reminder:
    """One reminder on one day. `fires_at` is in the local zone; compare `fires_at_utc`."""

    kind: ReminderKind
    day: date
    fires_at: datetime
    practice_id: str | None = None
    builtin: BuiltinPractice | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.kind, ReminderKind):
            raise ValueError("kind must be a ReminderKind")
        if self.fires_at.utcoffset() is None:
            raise ValueError("fires_at must be an aware time")

    @property
    def key(self) -> ReminderKey:
        return ReminderKey(self.kind, self.day, self.practice_id)

    @property
    def fires_at_utc(self) -> datetime:
        return self.fires_at.astimezone(UTC)


def fire_time(day: date, at: time, zone: tzinfo) -> datetime:
    """When `at` on `day` happens in `zone`, by the rules in the module's note."""
    wall = datetime.combine(day, at).replace(tzinfo=zone, fold=0)
    # Through UTC and back: a skipped time comes back as the real time it stands for.
    return wall.astimezone(UTC).astimezone(zone)


def reminders_on(
    day: date, zone: tzinfo, settings: ReminderSettings, check_in_dates: Collection[date] = ()
) -> list[Reminder]:
    """Every reminder that is on for `day`, in no particular order."""
    if not settings.enabled:
        return []
    found = []
    if settings.journaling.enabled:
        found.append(
            Reminder(ReminderKind.JOURNALING, day, fire_time(day, settings.journaling.at, zone))
        )
    if settings.check_ins.enabled and day in check_in_dates:
        found.append(
            Reminder(ReminderKind.CHECK_IN, day, fire_time(day, settings.check_ins.at, zone))
        )
    for practice in settings.practices if settings.practices_enabled else ():
        if practice.enabled and day.weekday() in practice.weekdays:
            found.append(
                Reminder(
                    ReminderKind.PRACTICE,
                    day,
                    fire_time(day, practice.at, zone),
                    practice.practice_id,
                    practice.builtin,
                )
            )
    return found


def _local_now(now: datetime) -> tuple[datetime, tzinfo]:
    zone = now.tzinfo
    if zone is None or now.utcoffset() is None:
        raise ValueError("now must be an aware time in the local zone")
    return now, zone


def _order(reminder: Reminder) -> tuple[datetime, int, str]:
    kinds = list(ReminderKind)
    return (reminder.fires_at_utc, kinds.index(reminder.kind), reminder.practice_id or "")


def due_reminders(
    now: datetime,
    settings: ReminderSettings,
    already_shown: Collection[ReminderKey] = frozenset(),
    check_in_dates: Collection[date] = (),
) -> list[Reminder]:
    """Reminders to show at `now`: fired today (local date) by `now`, not yet shown;
    earliest first."""
    now, zone = _local_now(now)
    today = now.date()
    now_utc = now.astimezone(UTC)
    due = [
        r
        for r in reminders_on(today, zone, settings, check_in_dates)
        if r.fires_at_utc <= now_utc and r.key not in already_shown
    ]
    return sorted(due, key=_order)


def next_reminder(
    now: datetime,
    settings: ReminderSettings,
    already_shown: Collection[ReminderKey] = frozenset(),
    check_in_dates: Collection[date] = (),
) -> Reminder | None:
    """The next reminder to show: one already due (`fires_at` ≤ `now`) if any, otherwise
    the earliest still to come. None when no reminder is on. A caller sets a timer for
    `fires_at - now` (at least zero) and then asks `due_reminders`."""
    now, zone = _local_now(now)
    today = now.date()
    due = due_reminders(now, settings, already_shown, check_in_dates)
    if due:
        return due[0]
    now_utc = now.astimezone(UTC)
    days = {today + timedelta(days=n) for n in range(_LOOKAHEAD_DAYS)}
    days.update(d for d in check_in_dates if d > today)
    upcoming = [
        r
        for day in sorted(days)
        for r in reminders_on(day, zone, settings, check_in_dates)
        if r.fires_at_utc > now_utc and r.key not in already_shown
    ]
    return min(upcoming, key=_order, default=None)


# ---- notifications --------------------------------------------------------------------


@dataclass(frozen=True)
class Notification:
    """What a desktop notification says. Built only by the functions below."""

    title: str
    body: str


def reminder_text(reminder: Reminder, translate: Translate = _untranslated) -> str:
    if reminder.kind is ReminderKind.JOURNALING:
        return translate(JOURNALING_TEXT)
    if reminder.kind is ReminderKind.CHECK_IN:
        return translate(CHECK_IN_TEXT)
    if reminder.builtin is not None:
        return translate(BUILTIN_PRACTICE_TEXT[reminder.builtin])
    return translate(PRACTICE_TEXT)


def notification_for(reminder: Reminder, translate: Translate = _untranslated) -> Notification:
    """The notification for one reminder while the journal is open."""
    return Notification(APP_NAME, reminder_text(reminder, translate))


def locked_notification(translate: Translate = _untranslated) -> Notification:
    """The one thing a notification says while the journal is locked."""
    return Notification(APP_NAME, translate(LOCKED_TEXT))


def coalesced_notification(
    reminders: Sequence[Reminder], translate: Translate = _untranslated
) -> Notification | None:
    """One notification for several reminders: each distinct text once, on its own line."""
    lines = list(dict.fromkeys(reminder_text(r, translate) for r in reminders))
    if not lines:
        return None
    return Notification(APP_NAME, "\n".join(lines))


# ---- while locked ---------------------------------------------------------------------


@dataclass
class ReminderQueue:
    """Decides what to show as reminders come due, locked or not.

    - Open: each reminder is shown as its own notification, once.
    - Locked: reminders are held. The first one held since locking shows the generic
      "Afterglow has a reminder"; later ones show nothing.
    - On unlock: everything held is shown as one coalesced notification, once.

    A reminder whose key has been seen (shown or held) is ignored afterwards, so `seen`
    is what a caller passes to `due_reminders` as `already_shown`.
    """

    locked: bool = True
    translate: Translate = _untranslated
    _held: list[Reminder] = field(default_factory=list, init=False)
    _seen: set[ReminderKey] = field(default_factory=set, init=False)
    _generic_shown: bool = field(default=False, init=False)

    @property
    def seen(self) -> frozenset[ReminderKey]:
        return frozenset(self._seen)

    @property
    def held(self) -> tuple[Reminder, ...]:
        return tuple(self._held)

    def remember_shown(self, keys: Iterable[ReminderKey]) -> None:
        """Marks reminders shown in an earlier run (from saved keys) as seen."""
        self._seen.update(keys)

    def arrive(self, reminders: Iterable[Reminder]) -> list[Notification]:
        """Reminders that just came due; returns the notifications to show now."""
        fresh = list(self._fresh(reminders))
        if not fresh:
            return []
        if self.locked:
            self._held.extend(fresh)
            if self._generic_shown:
                return []
            self._generic_shown = True
            return [locked_notification(self.translate)]
        return [notification_for(r, self.translate) for r in fresh]

    def lock(self) -> None:
        if not self.locked:
            self.locked = True
            self._generic_shown = False

    def unlock(self) -> list[Notification]:
        """Opens the queue; returns the one notification for what waited, if anything did."""
        if not self.locked:
            return []
        self.locked = False
        self._generic_shown = False
        held, self._held = self._held, []
        notification = coalesced_notification(sorted(held, key=_order), self.translate)
        return [notification] if notification else []

    def _fresh(self, reminders: Iterable[Reminder]) -> Iterator[Reminder]:
        for reminder in reminders:
            if reminder.key not in self._seen:
                self._seen.add(reminder.key)
                yield reminder
