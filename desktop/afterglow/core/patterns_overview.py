"""The patterns view's data: everything the analytics need, loaded in a handful of
queries, and the analytics of `afterglow.patterns` over it.

`PatternsOverview.load` reads lean entries (no titles or bodies) and the other records
once; `PatternsData` then answers every question of the view without going back to the
database, so the UI can load it on the task runner and draw from the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

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
    Frequencies,
    JournalDays,
    MoodTimeline,
    Pair,
    PatternTrend,
    PracticeStats,
    SessionMood,
    Summary,
    co_occurrences,
    emotion_frequency,
    journal_days,
    mood_timeline,
    pattern_trend,
    practice_stats,
    session_moods,
    summary,
    tag_frequency,
)


@dataclass(frozen=True)
class PatternsData:
    """What the patterns view looks at for the days from `since` to `until` (None: open),
    judged as of `today`. Entries are lean: no title or body.

    Practices are those switched on or logged at least once; logs reach back before
    `since`, since a streak does not start with a view. Occurrences, measures and
    sessions are those within the days.
    """

    since: date | None
    until: date | None
    today: date
    entries: tuple[Entry, ...]
    sessions: tuple[tuple[str, datetime], ...]
    practices: tuple[Practice, ...]
    practice_logs: tuple[PracticeLog, ...]
    patterns: tuple[Pattern, ...]
    occurrences: tuple[Occurrence, ...]
    measures: tuple[Measure, ...]

    @property
    def as_of(self) -> date:
        """The day streaks, adherence and trends are judged on."""
        return min(self.today, self.until) if self.until is not None else self.today

    @cached_property
    def days(self) -> JournalDays:
        return journal_days(self.entries)

    def summary(self) -> Summary:
        """The object `afterglow patterns --json` prints (see `patterns.summary`)."""
        return summary(
            entries=self.entries,
            today=self.today,
            sessions=self.sessions,
            practices=self.practices,
            practice_logs=self.practice_logs,
            patterns=self.patterns,
            occurrences=self.occurrences,
            measures=self.measures,
            since=self.since,
            until=self.until,
        )

    def mood_timeline(self, window: int = ROLLING_DAYS) -> MoodTimeline:
        return mood_timeline(self.days, self.sessions, window=window)

    def tag_frequency(self) -> Frequencies:
        return tag_frequency(self.entries)

    def emotion_frequency(self) -> Frequencies:
        return emotion_frequency(self.entries)

    def co_occurrences(self) -> tuple[Pair, ...]:
        return co_occurrences(self.entries)

    def session_moods(self) -> tuple[SessionMood, ...]:
        return session_moods(self.days, self.sessions)

    def practice_stats(self) -> tuple[PracticeStats, ...]:
        """One result per practice, in the practices' order."""
        return tuple(
            practice_stats(p, self.practice_logs, self.days, self.as_of) for p in self.practices
        )

    def pattern_trends(self) -> tuple[PatternTrend, ...]:
        """One result per pattern, oldest pattern first."""
        return tuple(
            pattern_trend(p, self.occurrences, self.as_of, self.since) for p in self.patterns
        )


class PatternsOverview:
    """Loads `PatternsData` from the stores; usable from the command line and the UI."""

    def __init__(
        self,
        analytics: AnalyticsSource,
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
        with self._practices.transaction():
            logs = tuple(self._practices.logs(LogFilter()))
            logged = {log.practice_id for log in logs}
            return PatternsData(
                since=since,
                until=until,
                today=today,
                entries=tuple(self._analytics.lean_entries(since, until)),
                sessions=tuple(self._analytics.session_starts(since, until)),
                practices=tuple(
                    p for p in self._practices.practices() if p.active or p.id in logged
                ),
                practice_logs=logs,
                patterns=tuple(self._patterns.patterns(None)),
                occurrences=tuple(
                    self._patterns.occurrences(OccurrenceFilter(since=since, until=until))
                ),
                measures=tuple(self._measures.measures(MeasureFilter(since=since, until=until))),
            )

    def summary(
        self, since: date | None = None, until: date | None = None, today: date | None = None
    ) -> Summary:
        return self.load(since, until, today).summary()
