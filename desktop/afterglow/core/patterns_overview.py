"""The patterns view's data: everything the analytics need, in a handful of queries,
and the analytics of `afterglow.patterns` over it.

`PatternsOverview.load` reads counts the database keeps up to date (entries, moods and
energies day by day; tags and emotions used week by week and month by month; pairs over
the whole journal) rather than entries, so a journal of 50,000 entries never becomes
50,000 Python objects. `PatternsData` then answers every question of the view, each
computed once and kept, so the UI can load it on the task runner and draw from the
result. What only a click needs (the lean entries, every practice log, the occurrences)
and the co-occurrences within a range are read when first asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
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
    session_moods,
)
from afterglow.patterns.cooccurrence import Counted, ItemCounts, item_counts, pairs_from_counts
from afterglow.patterns.frequency import Uses, frequencies_of, uses_by_day
from afterglow.patterns.practices import LogDays, day_moods, log_days, practice_stats_of
from afterglow.patterns.summary import summary_of
from afterglow.patterns.trends import pattern_trend_of_days

_T = TypeVar("_T")


class CountingSource(AnalyticsSource, Protocol):
    """Lean reads, and counts the database makes, for analytics over many thousands of
    entries. Each count equals what `afterglow.patterns` makes of the same entries."""

    def journal_days(self, since: date | None, until: date | None) -> JournalDays:
        """`journal_days` of the entries outside the Trash dated from `since` to `until`."""

    def uses(self, since: date | None, until: date | None) -> tuple[Uses, Uses]:
        """The uses of tags, and of emotions, week by week and month by month over the
        entries of the range, once per entry."""

    def item_counts(self, since: date | None, until: date | None) -> ItemCounts:
        """`afterglow.patterns.cooccurrence.item_counts` of the entries of the range."""

    def kept_pairs(self) -> Mapping[tuple[Counted, Counted], int]:
        """The pairs of `item_counts` over the whole journal, as the database keeps them."""

    def logged_days(self, today: date) -> dict[str, tuple[date | None, frozenset[date]]]:
        """For each practice with a log: its first day logged and the days it was done,
        none after `today`."""

    def occurrence_days(self, since: date | None, until: date | None) -> dict[str, list[date]]:
        """For each pattern with occurrences on those days: the day of each (in its own
        offset, as `occurred_at.date()`)."""


class PatternsData:
    """What the patterns view looks at for the days from `since` to `until` (None: open),
    judged as of `today`. Entries are lean: no title or body.

    Practices are those switched on or logged at least once; logs reach back before
    `since`, since a streak does not start with a view. Occurrences, measures and
    sessions are those within the days.

    `entries`, `practice_logs` and `occurrences` are read from the journal when first
    used (only a click on a chart needs them), in a read of their own: touch them on a
    worker thread, and expect them to include anything written since the load.
    """

    def __init__(
        self,
        *,
        since: date | None,
        until: date | None,
        today: date,
        days: JournalDays,
        tag_uses: Uses,
        emotion_uses: Uses,
        sessions: tuple[tuple[str, datetime], ...],
        practices: tuple[Practice, ...],
        log_days: dict[str, LogDays],
        patterns: tuple[Pattern, ...],
        occurred: Mapping[str, Sequence[date]],
        measures: tuple[Measure, ...],
        entries: Callable[[], Sequence[Entry]],
        occurrences: Callable[[], Sequence[Occurrence]],
        practice_logs: Callable[[], Sequence[PracticeLog]],
        item_counts: Callable[[], ItemCounts],
        pairs: Mapping[tuple[Counted, Counted], int] | None = None,
    ) -> None:
        self.since = since
        self.until = until
        self.today = today
        self.days = days
        self.sessions = sessions
        self.practices = practices
        self.patterns = patterns
        self.measures = measures
        self._occurred = occurred
        self._read_occurrences = occurrences
        self._tag_uses = tag_uses
        self._emotion_uses = emotion_uses
        self._log_days = log_days
        self._read_entries = entries
        self._read_practice_logs = practice_logs
        self._count_items = item_counts
        self._pairs = pairs
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
        tags: dict[date, list[str]] = {}
        emotions: dict[date, list[str]] = {}
        for entry in kept:
            if entry.tags:
                tags.setdefault(entry.date, []).extend(set(entry.tags))
            if entry.emotions:
                emotions.setdefault(entry.date, []).extend(set(entry.emotions))
        listed = tuple(practices)
        noted = tuple(occurrences)
        occurred: dict[str, list[date]] = {}
        for occurrence in noted:
            occurred.setdefault(occurrence.pattern_id, []).append(occurrence.occurred_at.date())
        return cls(
            since=since,
            until=until,
            today=today,
            days=journal_days(kept),
            tag_uses=uses_by_day(tags),
            emotion_uses=uses_by_day(emotions),
            sessions=tuple(sessions),
            practices=listed,
            log_days={p.id: log_days(p, logs, as_of) for p in listed},
            patterns=tuple(patterns),
            occurred=occurred,
            measures=tuple(measures),
            entries=lambda: kept,
            occurrences=lambda: noted,
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
    def occurrences(self) -> tuple[Occurrence, ...]:
        """The occurrences of the range, newest first (read when first used)."""
        return tuple(self._read_occurrences())

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
        return frequencies_of(self._tag_uses)

    @cached_property
    def _emotion_frequency(self) -> Frequencies:
        return frequencies_of(self._emotion_uses)

    @cached_property
    def _co_occurrences(self) -> tuple[Pair, ...]:
        if self._pairs is None:
            return pairs_from_counts(self._count_items())
        # The pairs were read with the rest: each item's entries are its frequency total.
        singles = {("tag", c.name): c.count for c in self._tag_frequency.total}
        singles.update((("emotion", c.name), c.count) for c in self._emotion_frequency.total)
        return pairs_from_counts(ItemCounts(self.entry_count, singles, self._pairs))

    @cached_property
    def _session_moods(self) -> tuple[SessionMood, ...]:
        return session_moods(self.days, self.sessions)

    @cached_property
    def _practice_stats(self) -> tuple[PracticeStats, ...]:
        moods = day_moods(self.days)
        return tuple(
            practice_stats_of(p, self._log_days[p.id], self.days, moods) for p in self.practices
        )

    @cached_property
    def _pattern_trends(self) -> tuple[PatternTrend, ...]:
        return tuple(
            pattern_trend_of_days(p, self._occurred.get(p.id, ()), self.as_of, self.since)
            for p in self.patterns
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
            tags, emotions = self._analytics.uses(since, until)
            return PatternsData(
                since=since,
                until=until,
                today=today,
                days=self._analytics.journal_days(since, until),
                tag_uses=tags,
                emotion_uses=emotions,
                sessions=tuple(self._analytics.session_starts(since, until)),
                practices=practices,
                log_days={p.id: _log_days(p, logged, as_of) for p in practices},
                patterns=tuple(self._patterns.patterns(None)),
                occurred=self._analytics.occurrence_days(since, until),
                measures=tuple(self._measures.measures(MeasureFilter(since=since, until=until))),
                entries=lambda: self._read(lambda: self._analytics.lean_entries(since, until)),
                occurrences=lambda: self._read(
                    lambda: self._patterns.occurrences(OccurrenceFilter(since=since, until=until))
                ),
                practice_logs=lambda: self._read(lambda: self._practices.logs(LogFilter())),
                item_counts=lambda: self._analytics.item_counts(since, until),
                # Over the whole journal the pairs are kept counts, a few thousand rows.
                pairs=self._analytics.kept_pairs() if since is None and until is None else None,
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
