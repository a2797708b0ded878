"""Everything the patterns overview draws, computed in one go on the task runner's worker.

`PatternsOverview.load` reads the journal once; the analytics over it take as long again
on a large journal, so they run here too and the UI thread only draws the results. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from afterglow.core.entries import Entry
from afterglow.core.patterns_overview import PatternsData, PatternsOverview
from afterglow.core.patterns_service import Patterns
from afterglow.patterns import (
    ROLLING_DAYS,
    Frequencies,
    MoodTimeline,
    Pair,
    PatternTrend,
    PracticeStats,
    SessionMood,
)
from afterglow.patterns.days import JournalDays

LONG_RANGE_DAYS = 92
LONG_WINDOW = 30


@dataclass(frozen=True)
class MoodMeans:
    """The mean mood and energy of every rated entry in a stretch of days, and counts."""

    mood: float | None
    mood_count: int
    energy: float | None
    energy_count: int


def mood_means(days: JournalDays) -> MoodMeans:
    mood_total = mood_count = energy_total = energy_count = 0
    for day in days.values():
        mood_total += day.mood_total
        mood_count += day.mood_count
        energy_total += day.energy_total
        energy_count += day.energy_count
    return MoodMeans(
        mood_total / mood_count if mood_count else None,
        mood_count,
        energy_total / energy_count if energy_count else None,
        energy_count,
    )


@dataclass(frozen=True)
class PatternsDigest:
    """The overview of `since`..`until` as of `today`; `before` is the same number of days
    just before, for comparison (None for an open range or when nothing was rated).

    `trends` count each pattern's occurrences within the range; `lately` judges each one
    over its whole history, since "less often lately" should not depend on where the
    range happens to start (a range beginning mid-month would count half a month).
    """

    data: PatternsData
    timeline: MoodTimeline
    means: MoodMeans
    before: MoodMeans | None
    tags: Frequencies
    emotions: Frequencies
    pairs: tuple[Pair, ...]
    sessions: tuple[SessionMood, ...]
    practices: tuple[PracticeStats, ...]
    trends: tuple[PatternTrend, ...]
    lately: dict[str, PatternTrend]

    @property
    def since(self) -> date | None:
        return self.data.since

    @property
    def until(self) -> date | None:
        return self.data.until

    def entries(self) -> tuple[Entry, ...]:
        """Lean entries (no title or body), for finding the ones behind a point. They may
        be read from the journal when first asked for: call this on the worker only."""
        return tuple(self.data.entries)

    @property
    def is_empty(self) -> bool:
        """No entry in the range (known from the day counts, without reading entries)."""
        return not self.data.days


def average_window(since: date | None, until: date | None) -> int:
    """Days in the rolling average of mood and energy: a week over a few months, a month
    over longer (a weekly wobble across years hides the shape)."""
    if since is None or until is None or (until - since).days > LONG_RANGE_DAYS:
        return LONG_WINDOW
    return ROLLING_DAYS


def digest(
    overview: PatternsOverview,
    patterns: Patterns,
    since: date | None,
    until: date | None,
    today: date,
    before: tuple[date, date] | None = None,
) -> PatternsDigest:
    """Loads and analyses the range (and the mood of the `before` range, if given)."""
    data = overview.load(since, until, today)
    earlier: MoodMeans | None = None
    if before is not None:
        earlier = mood_means(overview.load(before[0], before[1], today).days)
        if earlier.mood_count == 0 and earlier.energy_count == 0:
            earlier = None
    trends = data.pattern_trends()
    # A range open at the start already judges each pattern over its whole history.
    lately = (
        {t.pattern_id: t for t in trends}
        if since is None
        else {p.id: patterns.trend(p.id, data.as_of) for p in data.patterns}
    )
    return PatternsDigest(
        data=data,
        timeline=data.mood_timeline(average_window(since, until)),
        means=mood_means(data.days),
        before=earlier,
        tags=data.tag_frequency(),
        emotions=data.emotion_frequency(),
        pairs=data.co_occurrences(),
        sessions=data.session_moods(),
        practices=data.practice_stats(),
        trends=trends,
        lately=lately,
    )
