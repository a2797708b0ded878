"""How a practice is going: streaks, adherence over the last 30 days, and mood on the days
it was done against the days it was not.

Rules, all judged on calendar days up to `today` (later logs are ignored):
- A day counts as done when any log of the practice that day has `done=True`.
- Only days the schedule names are judged: a "mon,wed,fri" practice is neither helped nor
  hurt by Tuesday. Done on an unscheduled day is welcome but does not count.
- Today, if not yet done, is still open: it neither breaks a streak nor lowers adherence.
- A practice is judged only from its first log on (the record has no start date), so a
  practice begun last week is not marked down for the weeks before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from math import fsum

from afterglow.core.practices import Practice, PracticeLog
from afterglow.patterns.days import JournalDays

ADHERENCE_DAYS = 30
MIN_DAYS_EACH_SIDE = 3
CORRELATION_NOTE = (
    "This compares days, it does not show cause: many things change how a day feels, "
    "and a good day may make the practice easier as much as the other way round."
)


@dataclass(frozen=True)
class Streaks:
    """Counts of consecutive scheduled days done."""

    current: int
    longest: int


@dataclass(frozen=True)
class Adherence:
    """Scheduled days done out of scheduled days judged; `share` is None when none were."""

    done: int
    scheduled: int

    @property
    def share(self) -> float | None:
        return self.done / self.scheduled if self.scheduled else None


@dataclass(frozen=True)
class MoodWithPractice:
    """Mean of the day means of mood on rated days the practice was done, and on rated
    days it was not. The means are None unless each side has `MIN_DAYS_EACH_SIDE` days;
    fewer days than that say more about chance than about the practice."""

    mood_with: float | None
    mood_without: float | None
    days_with: int
    days_without: int
    note: str = CORRELATION_NOTE


@dataclass(frozen=True)
class PracticeStats:
    practice_id: str
    name: str
    streaks: Streaks
    adherence: Adherence
    mood: MoodWithPractice


@dataclass(frozen=True)
class _History:
    """The days of one practice's logs that matter on `today`."""

    weekdays: frozenset[int]
    done: frozenset[date]
    first: date | None
    today: date

    def scheduled(self, day: date) -> bool:
        return day.weekday() in self.weekdays

    def still_open(self, day: date) -> bool:
        """Today before it is done: not judged yet."""
        return day == self.today and day not in self.done


def _history(practice: Practice, logs: Iterable[PracticeLog], today: date) -> _History:
    done = set()
    first: date | None = None
    for log in logs:
        if log.practice_id != practice.id or log.date > today:
            continue
        if first is None or log.date < first:
            first = log.date
        if log.done:
            done.add(log.date)
    return _History(practice.weekdays, frozenset(done), first, today)


def streaks(practice: Practice, logs: Iterable[PracticeLog], today: date) -> Streaks:
    history = _history(practice, logs, today)
    if history.first is None:
        return Streaks(0, 0)
    longest = run = 0
    day = history.first
    while day <= today:
        if history.scheduled(day) and not history.still_open(day):
            run = run + 1 if day in history.done else 0
            longest = max(longest, run)
        day += timedelta(days=1)
    current = 0
    day = today
    while day >= history.first:
        if history.scheduled(day) and not history.still_open(day):
            if day not in history.done:
                break
            current += 1
        day -= timedelta(days=1)
    return Streaks(current, longest)


def adherence(
    practice: Practice, logs: Iterable[PracticeLog], today: date, days: int = ADHERENCE_DAYS
) -> Adherence:
    """Over the `days` days ending today (or from the first log, if later)."""
    history = _history(practice, logs, today)
    if history.first is None:
        return Adherence(0, 0)
    day = max(today - timedelta(days=days - 1), history.first)
    done = scheduled = 0
    while day <= today:
        if history.scheduled(day) and not history.still_open(day):
            scheduled += 1
            done += day in history.done
        day += timedelta(days=1)
    return Adherence(done, scheduled)


def mood_with_practice(
    practice: Practice, logs: Iterable[PracticeLog], days: JournalDays, today: date
) -> MoodWithPractice:
    """Compares rated days from the first log to today; every day counts here, scheduled
    or not, since the question is simply "on days I did it" against "on days I didn't"."""
    history = _history(practice, logs, today)
    with_: list[float] = []
    without: list[float] = []
    if history.first is not None:
        for day, journal_day in days.items():
            mood = journal_day.mood
            if mood is None or not history.first <= day <= today or history.still_open(day):
                continue
            (with_ if day in history.done else without).append(mood)
    shown = len(with_) >= MIN_DAYS_EACH_SIDE and len(without) >= MIN_DAYS_EACH_SIDE
    return MoodWithPractice(
        mood_with=fsum(with_) / len(with_) if shown else None,
        mood_without=fsum(without) / len(without) if shown else None,
        days_with=len(with_),
        days_without=len(without),
    )


def practice_stats(
    practice: Practice, logs: Iterable[PracticeLog], days: JournalDays, today: date
) -> PracticeStats:
    """Streaks, 30-day adherence and mood comparison for one practice; `logs` may hold
    other practices' logs too, which are ignored."""
    own = [log for log in logs if log.practice_id == practice.id]
    return PracticeStats(
        practice_id=practice.id,
        name=practice.name,
        streaks=streaks(practice, own, today),
        adherence=adherence(practice, own, today),
        mood=mood_with_practice(practice, own, days, today),
    )
