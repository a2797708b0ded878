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

from bisect import bisect_left, bisect_right
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
class LogDays:
    """The days of one practice's logs that matter on `today`: the first day logged and
    the days done, none after `today`. Built from logs here, or counted by the database."""

    weekdays: frozenset[int]
    done: frozenset[date]
    first: date | None
    today: date

    def scheduled(self, day: date) -> bool:
        return day.weekday() in self.weekdays

    def still_open(self, day: date) -> bool:
        """Today before it is done: not judged yet."""
        return day == self.today and day not in self.done


def log_days(practice: Practice, logs: Iterable[PracticeLog], today: date) -> LogDays:
    done = set()
    first: date | None = None
    for log in logs:
        if log.practice_id != practice.id or log.date > today:
            continue
        if first is None or log.date < first:
            first = log.date
        if log.done:
            done.add(log.date)
    return LogDays(practice.weekdays, frozenset(done), first, today)


def streaks(practice: Practice, logs: Iterable[PracticeLog], today: date) -> Streaks:
    return streaks_of(log_days(practice, logs, today))


def streaks_of(history: LogDays) -> Streaks:
    """Streaks from the scheduled days done alone, so years of logs cost a pass over the
    days done rather than over every calendar day: two scheduled days done belong to one
    streak when no scheduled day lies between them (any such day is judged and missed)."""
    if history.first is None:
        return Streaks(0, 0)
    weekdays = history.weekdays
    every_day = len(weekdays) == 7
    # Days as ordinals: 1 (0001-01-01) was a Monday, so a day's weekday is (n - 1) % 7.
    done = sorted(d.toordinal() for d in history.done if every_day or d.weekday() in weekdays)
    # missed[w][n]: a scheduled day lies among the n days after a day of weekday w.
    missed = [
        [any((first + step) % 7 in weekdays for step in range(1, n + 1)) for n in range(7)]
        for first in range(7)
    ]
    longest = run = 0
    previous = 0
    for day in done:
        between = day - previous - 1
        if previous and not (
            bool(weekdays) if between >= 7 else missed[(previous - 1) % 7][between]
        ):
            run += 1
        else:
            run = 1
        if run > longest:
            longest = run
        previous = day
    # The current streak is the last run, if it reaches the latest judged day.
    last_judged = history.today
    while last_judged >= history.first and (
        not history.scheduled(last_judged) or history.still_open(last_judged)
    ):
        last_judged -= timedelta(days=1)
    current = run if done and done[-1] == last_judged.toordinal() else 0
    return Streaks(current, longest)


def adherence(
    practice: Practice, logs: Iterable[PracticeLog], today: date, days: int = ADHERENCE_DAYS
) -> Adherence:
    """Over the `days` days ending today (or from the first log, if later)."""
    return adherence_of(log_days(practice, logs, today), days)


def adherence_of(history: LogDays, days: int = ADHERENCE_DAYS) -> Adherence:
    if history.first is None:
        return Adherence(0, 0)
    today = history.today
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
    return mood_with_practice_of(log_days(practice, logs, today), days)


def mood_with_practice_of(history: LogDays, days: JournalDays) -> MoodWithPractice:
    return _mood_with(history, day_moods(days))


DayMoods = tuple[list[date], list[float]]


def day_moods(days: JournalDays) -> DayMoods:
    """The rated days in order, and each one's mean mood."""
    rated = sorted((day, d.mood_total / d.mood_count) for day, d in days.items() if d.mood_count)
    return [day for day, _ in rated], [mood for _, mood in rated]


def _mood_with(history: LogDays, moods: DayMoods) -> MoodWithPractice:
    with_: list[float] = []
    without: list[float] = []
    first, today, done = history.first, history.today, history.done
    if first is not None:
        rated, means = moods
        judged = slice(bisect_left(rated, first), bisect_right(rated, today))
        pairs = list(zip(rated[judged], means[judged], strict=True))
        with_ = [mood for day, mood in pairs if day in done]
        # Today, not yet done, is still open.
        without = [mood for day, mood in pairs if day not in done and day != today]
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
    return practice_stats_of(practice, log_days(practice, logs, today), days)


def practice_stats_of(
    practice: Practice,
    history: LogDays,
    days: JournalDays,
    moods: DayMoods | None = None,
) -> PracticeStats:
    """The same, from the practice's log days (as `log_days` makes them); `moods`, the
    days' `day_moods` if already at hand (worked out once for many practices)."""
    return PracticeStats(
        practice_id=practice.id,
        name=practice.name,
        streaks=streaks_of(history),
        adherence=adherence_of(history),
        mood=_mood_with(history, day_moods(days) if moods is None else moods),
    )
