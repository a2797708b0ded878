"""The patterns view's data: everything the analytics need, counted in a handful of
queries, and the analytics of `afterglow.patterns` over it.

`PatternsOverview.load` has the database count entries day by day (moods, energies, tags
and emotions used) rather than read them, so a journal of 50,000 entries never becomes
50,000 Python objects. `PatternsData` then answers every question of the view, each
computed once and kept, so the UI can load it on the task runner and draw from the
result. What only a click needs (the lean entries, every practice log) and the
co-occurrences are read when first asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import cached_property
from typing import Protocol, TypeVar

from afterglow.core.entries import Entry
from afterglow.core.journal import Clock, local_now
from afterglow.core.measures import Measure
from afterglow.core.patterns import Occurrence, Pattern
from afterglow.core.practices import Practice, PracticeLog
from afterglow.core.tracking_store import (
    AnalyticsSource,
    LogFilter,
    MeasureFilter,
    MeasureStore,
    OccurrenceFilter,
    PatternStore,
    PracticeStore,
)
from afterglow.patterns import (
    ROLLING_DAYS,
    DateRange,
    Frequencies,
    JournalDays,
    MoodTimeline,
    Pair,
    PatternTrend,
    PracticeStats,
    SessionMood,
    Summary,
    journal_days,
    kept_entries,
    mood_by_week,
    mood_timeline,
    pattern_trend,
    session_moods,
)
from afterglow.patterns.cooccurrence import ItemCounts, item_counts, pairs_from_counts
from afterglow.patterns.frequency import frequencies_by_day
from afterglow.patterns.practices import LogDays, log_days, practice_stats_of
from afterglow.patterns.summary import summary_of

UsedByDay = dict[date, list[str]]
_T = TypeVar("_T")


class CountingSource(AnalyticsSource, Protocol):
    """Lean reads, and counts the database makes, for analytics over many thousands of
    entries. Each count equals what `afterglow.patterns` makes of the same entries."""

    def journal_days(self, since: date | None, until: date | None) -> JournalDays:
        """`journal_days` of the entries outside the Trash dated from `since` to `until`."""

    def used_by_day(self, since: date | None, until: date | None) -> tuple[UsedByDay, UsedByDay]:
        """The tags, and the emotions, used on each day of the range, once per entry."""

    def item_counts(self, since: date | None, until: date | None) -> ItemCounts:
        """`afterglow.patterns.cooccurrence.item_counts` of the entries of the range."""

    def logged_days(self, today: date) -> dict[str, tuple[date | None, frozenset[date]]]:
        """For each practice with a log: its first day logged and the days it was done,
        none after `today`."""


class PatternsData:
    """What the patterns view looks at for the days from `since` to `until` (None: open),
    judged as of `today`. Entries are lean: no title or body.

    Practices are those switched on or logged at least once; logs reach back before
    `since`, since a streak does not start with a view. Occurrences, measures and
    sessions are those within the days.

    `entries` and `practice_logs` are read from the journal when first used (only a click
    on a chart needs them), in a read of their own: touch them on a worker thread, and
    expect them to include anything written since the load.
    """

    def __init__(
        self,
        *,
        since: date | None,
        until: date | None,
        today: date,
        days: JournalDays,
        tags_by_day: UsedByDay,
        emotions_by_day: UsedByDay,
        sessions: tuple[tuple[str, datetime], ...],
        practices: tuple[Practice, ...],
        log_days: dict[str, LogDays],
        patterns: tuple[Pattern, ...],
        occurrences: tuple[Occurrence, ...],
        measures: tuple[Measure, ...],
        entries: Callable[[], Sequence[Entry]],
        practice_logs: Callable[[], Sequence[PracticeLog]],
        item_counts: Callable[[], ItemCounts],
    ) -> None:
        self.since = since
        self.until = until
        self.today = today
        self.days = days
        self.sessions = sessions
        self.practices = practices
        self.patterns = patterns
        self.occurrences = occurrences
        self.measures = measures
        self._tags_by_day = tags_by_day
        self._emotions_by_day = emotions_by_day
        self._log_days = log_days
        self._read_entries = entries
        self._read_practice_logs = practice_logs
        self._count_items = item_counts
        self._timelines: dict[int, MoodTimeline] = {}
        self._timelines_lock = threading.Lock()

    @classmethod
    def of_records(
        cls,
        *,
        entries: Iterable[Entry],
        today: date,
        sessions: Iterable[tuple[str, datetime]] = (),
        practices: Iterable[Practice] = (),
        practice_logs: Iterable[PracticeLog] = (),
        patterns: Iterable[Pattern] = (),
        occurrences: Iterable[Occurrence] = (),
        measures: Iterable[Measure] = (),
        since: date | None = None,
        until: date | None = None,
    ) -> PatternsData:
        """The same from records in memory (for tests and tools without a journal): the
        records are taken as `load` selects them, and entries outside the range or in the
        Trash are left out."""
        kept = tuple(kept_entries(entries, DateRange(since, until)))
        logs = tuple(practice_logs)
        as_of = min(today, until) if until is not None else today
        tags: UsedByDay = {}
        emotions: UsedByDay = {}
        for entry in kept:
            if entry.tags:
                tags.setdefault(entry.date, []).extend(set(entry.tags))
            if entry.emotions:
                emotions.setdefault(entry.date, []).extend(set(entry.emotions))
        listed = tuple(practices)
        return cls(
            since=since,
            until=until,
            today=today,
            days=journal_days(kept),
            tags_by_day=tags,
            emotions_by_day=emotions,
            sessions=tuple(sessions),
            practices=listed,
            log_days={p.id: log_days(p, logs, as_of) for p in listed},
            patterns=tuple(patterns),
            occurrences=tuple(occurrences),
            measures=tuple(measures),
            entries=lambda: kept,
            practice_logs=lambda: logs,
            item_counts=lambda: item_counts(kept),
        )

    @property
    def as_of(self) -> date:
        """The day streaks, adherence and trends are judged on."""
        return min(self.today, self.until) if self.until is not None else self.today

    @property
    def entry_count(self) -> int:
        """How many entries the range holds (without reading them)."""
        return sum(day.entries for day in self.days.values())

    @cached_property
    def entries(self) -> tuple[Entry, ...]:
        """The lean entries of the range, oldest first (read when first used)."""
        return tuple(self._read_entries())

    @cached_property
    def practice_logs(self) -> tuple[PracticeLog, ...]:
        """Every log of every practice, oldest first (read when first used)."""
        return tuple(self._read_practice_logs())

    def summary(self) -> Summary:
        """The object `afterglow patterns --json` prints (see `patterns.summary`), from the
        same results the view shows."""
        within = DateRange(self.since, self.until)
        sessions = [s for s in self.sessions if s[1].date() in within]
        return summary_of(
            tags=self.tag_frequency().total,
            emotions=self.emotion_frequency().total,
            weeks=mood_by_week(self.days),
            sessions=(
                self.session_moods()
                if len(sessions) == len(self.sessions)
                else session_moods(self.days, sessions)
            ),
            practices=self.practice_stats(),
            patterns=self.pattern_trends(),
            measures=[m for m in self.measures if m.taken_at.date() in within],
        )

    def mood_timeline(self, window: int = ROLLING_DAYS) -> MoodTimeline:
        with self._timelines_lock:
            timeline = self._timelines.get(window)
            if timeline is None:
                timeline = self._timelines[window] = mood_timeline(
                    self.days, self.sessions, window=window
                )
            return timeline

    def tag_frequency(self) -> Frequencies:
        return self._tag_frequency

    def emotion_frequency(self) -> Frequencies:
        return self._emotion_frequency

    def co_occurrences(self) -> tuple[Pair, ...]:
        """Read and counted when first asked for: the summary has no use for them."""
        return self._co_occurrences

    def session_moods(self) -> tuple[SessionMood, ...]:
        return self._session_moods

    def practice_stats(self) -> tuple[PracticeStats, ...]:
        """One result per practice, in the practices' order."""
        return self._practice_stats

    def pattern_trends(self) -> tuple[PatternTrend, ...]:
        """One result per pattern, oldest pattern first."""
        return self._pattern_trends

    # Each result is made once, whichever of the summary and the view asks first.

    @cached_property
    def _tag_frequency(self) -> Frequencies:
        return frequencies_by_day(self._tags_by_day)

    @cached_property
    def _emotion_frequency(self) -> Frequencies:
        return frequencies_by_day(self._emotions_by_day)

    @cached_property
    def _co_occurrences(self) -> tuple[Pair, ...]:
        return pairs_from_counts(self._count_items())

    @cached_property
    def _session_moods(self) -> tuple[SessionMood, ...]:
        return session_moods(self.days, self.sessions)

    @cached_property
    def _practice_stats(self) -> tuple[PracticeStats, ...]:
        return tuple(practice_stats_of(p, self._log_days[p.id], self.days) for p in self.practices)

    @cached_property
    def _pattern_trends(self) -> tuple[PatternTrend, ...]:
        return tuple(
            pattern_trend(p, self.occurrences, self.as_of, self.since) for p in self.patterns
        )


class PatternsOverview:
    """Loads `PatternsData` from the stores; usable from the command line and the UI."""

    def __init__(
        self,
        analytics: CountingSource,
        practices: PracticeStore,
        patterns: PatternStore,
        measures: MeasureStore,
        clock: Clock = local_now,
    ) -> None:
        self._analytics = analytics
        self._practices = practices
        self._patterns = patterns
        self._measures = measures
        self._clock = clock

    def load(
        self, since: date | None = None, until: date | None = None, today: date | None = None
    ) -> PatternsData:
        """Everything for the days from `since` to `until`, in one read transaction so the
        parts agree with each other."""
        today = today or self._clock().date()
        as_of = min(today, until) if until is not None else today
        with self._practices.transaction():
            logged = self._analytics.logged_days(as_of)
            practices = tuple(p for p in self._practices.practices() if p.active or p.id in logged)
            tags, emotions = self._analytics.used_by_day(since, until)
            return PatternsData(
                since=since,
                until=until,
                today=today,
                days=self._analytics.journal_days(since, until),
                tags_by_day=tags,
                emotions_by_day=emotions,
                sessions=tuple(self._analytics.session_starts(since, until)),
                practices=practices,
                log_days={p.id: _log_days(p, logged, as_of) for p in practices},
                patterns=tuple(self._patterns.patterns(None)),
                occurrences=tuple(
                    self._patterns.occurrences(OccurrenceFilter(since=since, until=until))
                ),
                measures=tuple(self._measures.measures(MeasureFilter(since=since, until=until))),
                entries=lambda: self._read(lambda: self._analytics.lean_entries(since, until)),
                practice_logs=lambda: self._read(lambda: self._practices.logs(LogFilter())),
                item_counts=lambda: self._analytics.item_counts(since, until),
            )

    def summary(
        self, since: date | None = None, until: date | None = None, today: date | None = None
    ) -> Summary:
        return self.load(since, until, today).summary()

    def _read(self, read: Callable[[], list[_T]]) -> list[_T]:
        with self._practices.transaction():
            return read()


def _log_days(
    practice: Practice, logged: dict[str, tuple[date | None, frozenset[date]]], as_of: date
) -> LogDays:
    first, done = logged.get(practice.id, (None, frozenset()))
    return LogDays(practice.weekdays, done, first, as_of)
