"""Analytics over the journal as pure functions: no Qt, no database, no files.

Each function takes domain records (entries, practices, logs, patterns, occurrences,
measures; sessions as (session_id, started_at) pairs) and returns a small frozen result.
Entries in the Trash are left out everywhere. `summary` assembles the whole view.
"""

from afterglow.patterns.cooccurrence import (
    MIN_EACH,
    MIN_TOGETHER,
    Item,
    ItemKind,
    Pair,
    co_occurrences,
)
from afterglow.patterns.days import JournalDay, JournalDays, journal_days, kept_entries
from afterglow.patterns.frequency import (
    Count,
    Frequencies,
    PeriodCounts,
    emotion_frequency,
    tag_frequency,
)
from afterglow.patterns.mood import (
    ROLLING_DAYS,
    MoodPoint,
    MoodTimeline,
    SessionMarker,
    WeekMood,
    mood_by_week,
    mood_timeline,
)
from afterglow.patterns.periods import EVERYTHING, DateRange, iso_week, month_of, week_days
from afterglow.patterns.points import (
    entries_around_session,
    entries_for,
    entries_on_practice_days,
    entries_with_pair,
)
from afterglow.patterns.practices import (
    ADHERENCE_DAYS,
    CORRELATION_NOTE,
    MIN_DAYS_EACH_SIDE,
    Adherence,
    MoodWithPractice,
    PracticeStats,
    Streaks,
    adherence,
    mood_with_practice,
    practice_stats,
    streaks,
)
from afterglow.patterns.sessions import DAYS_AFTER, DAYS_BEFORE, SessionMood, session_moods
from afterglow.patterns.summary import Summary, summary
from afterglow.patterns.trends import (
    FLAT_SHARE,
    FLAT_SLOPE,
    MIN_TREND_MONTHS,
    TREND_MONTHS,
    MonthCount,
    PatternTrend,
    Trend,
    pattern_trend,
)

__all__ = [
    "ADHERENCE_DAYS",
    "CORRELATION_NOTE",
    "DAYS_AFTER",
    "DAYS_BEFORE",
    "EVERYTHING",
    "FLAT_SHARE",
    "FLAT_SLOPE",
    "MIN_DAYS_EACH_SIDE",
    "MIN_EACH",
    "MIN_TOGETHER",
    "MIN_TREND_MONTHS",
    "ROLLING_DAYS",
    "TREND_MONTHS",
    "Adherence",
    "Count",
    "DateRange",
    "Frequencies",
    "Item",
    "ItemKind",
    "JournalDay",
    "JournalDays",
    "MonthCount",
    "MoodPoint",
    "MoodTimeline",
    "MoodWithPractice",
    "Pair",
    "PatternTrend",
    "PeriodCounts",
    "PracticeStats",
    "SessionMarker",
    "SessionMood",
    "Streaks",
    "Summary",
    "Trend",
    "WeekMood",
    "adherence",
    "co_occurrences",
    "emotion_frequency",
    "entries_around_session",
    "entries_for",
    "entries_on_practice_days",
    "entries_with_pair",
    "iso_week",
    "journal_days",
    "kept_entries",
    "month_of",
    "mood_by_week",
    "mood_timeline",
    "mood_with_practice",
    "pattern_trend",
    "practice_stats",
    "session_moods",
    "streaks",
    "summary",
    "tag_frequency",
    "week_days",
]
