"""Practices and their daily logs (the `practices` and `practice_logs` of DESIGN §4).

A practice's `schedule` is a §4 string: `"daily"`, or the weekdays it is meant for as
lower-case three-letter names in week order, joined by commas without spaces
(`"mon,wed,fri"`). All seven weekdays are written `"daily"`. `normalize_schedule` turns
looser input (`"Fri, Mon"`) into that form; `validate_practice` accepts only that form.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from afterglow.core.errors import InvalidRecord
from afterglow.core.record_rules import check_date, check_flag, check_id, check_text

MAX_NAME_LENGTH = 200
MAX_UNIT_LENGTH = 40
MAX_NOTE_LENGTH = 10_000
MAX_ITEMS = 100
MAX_ITEM_LENGTH = 500
# Only a guard against typing mistakes; a target says nothing about what is healthy.
MAX_AMOUNT = 1_000_000.0

DAILY = "daily"
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVERY_WEEKDAY = frozenset(range(7))


class InvalidPractice(InvalidRecord):
    what = "practice"


class InvalidPracticeLog(InvalidRecord):
    what = "practice log"


class PracticeKind(StrEnum):
    """How a practice is logged: minutes on a timer, a count, a list of items, or a tick."""

    TIMER = "timer"
    COUNT = "count"
    LIST = "list"
    CHECK = "check"


class BuiltinPractice(StrEnum):
    """The practices Afterglow offers from the start; people can add their own."""

    BREATHWORK = "breathwork"
    COLD_SHOWER = "cold_shower"
    GRATITUDE = "gratitude"
    JOURNALING = "journaling"


@dataclass(frozen=True)
class Practice:
    """A practice the person keeps, such as breathwork, 10 minutes, daily."""

    id: str
    name: str
    kind: PracticeKind
    target: float | None = None
    unit: str = ""
    schedule: str = DAILY
    builtin: BuiltinPractice | None = None
    active: bool = True

    @property
    def weekdays(self) -> frozenset[int]:
        """The weekdays the practice is meant for, Monday = 0 (as `date.weekday()`)."""
        return schedule_weekdays(self.schedule)

    def is_scheduled(self, day: date) -> bool:
        return day.weekday() in self.weekdays


@dataclass(frozen=True)
class PracticeLog:
    """What happened with a practice on one day; `done` is what streaks count."""

    id: str
    practice_id: str
    date: date
    done: bool
    amount: float | None = None
    items: tuple[str, ...] = ()
    note: str = ""


# ---- schedules ------------------------------------------------------------------------


def schedule_weekdays(schedule: str) -> frozenset[int]:
    """The weekdays of a schedule in its stored form; raises `InvalidPractice` otherwise."""
    if schedule == DAILY:
        return EVERY_WEEKDAY
    names = schedule.split(",") if isinstance(schedule, str) else []
    if not names or any(name not in WEEKDAY_NAMES for name in names):
        raise InvalidPractice("schedule", 'must be "daily" or weekdays such as "mon,wed,fri"')
    weekdays = [WEEKDAY_NAMES.index(name) for name in names]
    if weekdays != sorted(set(weekdays)) or len(weekdays) == 7:
        raise InvalidPractice("schedule", "must list each weekday once, in week order")
    return frozenset(weekdays)


def schedule_text(weekdays: Iterable[int]) -> str:
    """The stored form of a set of weekdays (Monday = 0)."""
    days = sorted(set(weekdays))
    if not days or not all(0 <= day <= 6 for day in days):
        raise InvalidPractice("schedule", "must have at least one weekday")
    if len(days) == 7:
        return DAILY
    return ",".join(WEEKDAY_NAMES[day] for day in days)


def normalize_schedule(text: str) -> str:
    """Turns what a person typed ("Fri, mon", "every day") into the stored form, or raises."""
    cleaned = text.strip().lower()
    if cleaned in (DAILY, "every day", "everyday"):
        return DAILY
    weekdays = []
    for part in cleaned.replace(" ", ",").split(","):
        if not part:
            continue
        name = part[:3]
        if name not in WEEKDAY_NAMES or not _is_weekday_word(part):
            raise InvalidPractice("schedule", 'must be "daily" or weekdays such as "mon,wed,fri"')
        weekdays.append(WEEKDAY_NAMES.index(name))
    return schedule_text(weekdays)


def _is_weekday_word(word: str) -> bool:
    full = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return any(name.startswith(word) for name in full) or word in ("tues", "thur", "thurs")


# ---- validation -----------------------------------------------------------------------


def validate_practice(practice: Practice) -> Practice:
    """Returns the practice unchanged if it keeps every rule; raises `InvalidPractice`."""
    check_id(InvalidPractice, "id", practice.id, optional=False)
    check_text(InvalidPractice, "name", practice.name, MAX_NAME_LENGTH)
    if not practice.name.strip():
        raise InvalidPractice("name", "cannot be empty")
    if not isinstance(practice.kind, PracticeKind):
        raise InvalidPractice("kind", "must be one of " + ", ".join(PracticeKind))
    if practice.target is not None and not _is_amount(practice.target, zero_allowed=False):
        raise InvalidPractice("target", "must be a number more than 0 or empty")
    check_text(InvalidPractice, "unit", practice.unit, MAX_UNIT_LENGTH)
    if not isinstance(practice.schedule, str):
        raise InvalidPractice("schedule", 'must be "daily" or weekdays such as "mon,wed,fri"')
    schedule_weekdays(practice.schedule)
    if practice.builtin is not None and not isinstance(practice.builtin, BuiltinPractice):
        raise InvalidPractice("builtin", "must be one of " + ", ".join(BuiltinPractice))
    check_flag(InvalidPractice, "active", practice.active)
    return practice


def validate_practice_log(log: PracticeLog) -> PracticeLog:
    """Returns the log unchanged if it keeps every rule; raises `InvalidPracticeLog`."""
    check_id(InvalidPracticeLog, "id", log.id, optional=False)
    check_id(InvalidPracticeLog, "practice_id", log.practice_id, optional=False)
    check_date(InvalidPracticeLog, "date", log.date)
    check_flag(InvalidPracticeLog, "done", log.done)
    if log.amount is not None and not _is_amount(log.amount, zero_allowed=True):
        raise InvalidPracticeLog("amount", "must be a number of at least 0 or empty")
    if not isinstance(log.items, tuple) or len(log.items) > MAX_ITEMS:
        raise InvalidPracticeLog("items", f"can number at most {MAX_ITEMS}")
    for item in log.items:
        check_text(InvalidPracticeLog, "items", item, MAX_ITEM_LENGTH)
    check_text(InvalidPracticeLog, "note", log.note, MAX_NOTE_LENGTH)
    return log


def _is_amount(value: object, *, zero_allowed: bool) -> bool:
    """A finite number, not negative, not absurdly large; booleans are not numbers here."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return False
    lowest_ok = value >= 0 if zero_allowed else value > 0
    return lowest_ok and value <= MAX_AMOUNT
