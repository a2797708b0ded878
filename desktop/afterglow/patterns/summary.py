"""The whole patterns view in one JSON-ready object: what `afterglow patterns --json` prints.

Keys and shapes (lists are in a fixed order, numbers are rounded for reading):
- `tags`: [{tag, count}] and `emotions`: [{emotion, count}], most used first, then by name;
- `mood_by_week`: [{week "YYYY-Www", mean, n}], weeks in order, n = rated entries;
- `sessions`: [{session_id, mood_before, mood_after}], in the order they started;
- `practices`: [{practice_id, name, adherence_30d, current_streak, mood_with, mood_without,
  days_with, days_without}], by name;
- `patterns`: [{pattern_id, name, occurrences_by_month [{month "YYYY-MM", count}], trend}],
  by name;
- `measures`: [{instrument, taken_at, score, severity}], oldest first; score and severity
  are null for a measure whose answers are incomplete.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from itertools import chain
from typing import Any

from afterglow.core.entries import Entry
from afterglow.core.measures import InvalidMeasure, Measure
from afterglow.core.patterns import Occurrence, Pattern
from afterglow.core.practices import Practice, PracticeLog
from afterglow.measures.scoring import score
from afterglow.patterns.days import journal_days, kept_entries
from afterglow.patterns.frequency import Count, ranked
from afterglow.patterns.mood import WeekMood, mood_by_week
from afterglow.patterns.periods import DateRange
from afterglow.patterns.practices import PracticeStats, practice_stats
from afterglow.patterns.sessions import SessionMood, session_moods
from afterglow.patterns.trends import PatternTrend, pattern_trend

MEAN_DIGITS = 2
SHARE_DIGITS = 3

Summary = dict[str, list[dict[str, Any]]]


def summary(
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
) -> Summary:
    """Everything the patterns view shows, for entries, sessions, occurrences and measures
    dated from `since` to `until` (both included; None leaves that side open).

    Streaks, adherence and trends are judged as of `today`, or `until` if that is earlier;
    streaks may reach back before `since`, since a streak does not start with a view.
    """
    within = DateRange(since, until)
    as_of = min(today, until) if until is not None else today
    kept = kept_entries(entries, within)
    days = journal_days(kept)
    logs_by_practice: dict[str, list[PracticeLog]] = defaultdict(list)
    for log in practice_logs:
        logs_by_practice[log.practice_id].append(log)
    occurrences_by_pattern: dict[str, list[Occurrence]] = defaultdict(list)
    for occurrence in occurrences:
        if occurrence.occurred_at.date() in within:
            occurrences_by_pattern[occurrence.pattern_id].append(occurrence)
    return summary_of(
        tags=ranked(Counter(chain.from_iterable(e.tags for e in kept))),
        emotions=ranked(Counter(chain.from_iterable(e.emotions for e in kept))),
        weeks=mood_by_week(days),
        sessions=session_moods(days, (s for s in sessions if s[1].date() in within)),
        practices=[
            practice_stats(practice, logs_by_practice[practice.id], days, as_of)
            for practice in practices
        ],
        patterns=[
            pattern_trend(pattern, occurrences_by_pattern[pattern.id], as_of, since)
            for pattern in patterns
        ],
        measures=[m for m in measures if m.taken_at.date() in within],
    )


def summary_of(
    *,
    tags: Iterable[Count],
    emotions: Iterable[Count],
    weeks: Iterable[WeekMood],
    sessions: Iterable[SessionMood],
    practices: Iterable[PracticeStats],
    patterns: Iterable[PatternTrend],
    measures: Iterable[Measure],
) -> Summary:
    """The summary from analytics already made for the range: tags and emotions ranked,
    weeks and sessions in order, and the practices, patterns and measures of the range in
    any order (they are sorted here)."""
    return {
        "tags": [{"tag": c.name, "count": c.count} for c in tags],
        "emotions": [{"emotion": c.name, "count": c.count} for c in emotions],
        "mood_by_week": [{"week": w.week, "mean": _round(w.mean), "n": w.n} for w in weeks],
        "sessions": [
            {
                "session_id": s.session_id,
                "mood_before": _round(s.mood_before),
                "mood_after": _round(s.mood_after),
            }
            for s in sessions
        ],
        "practices": [
            _practice(stats)
            for stats in sorted(practices, key=lambda s: (s.name.casefold(), s.practice_id))
        ],
        "patterns": [
            _pattern(trend)
            for trend in sorted(patterns, key=lambda t: (t.name.casefold(), t.pattern_id))
        ],
        "measures": [
            _measure(measure)
            for measure in sorted(measures, key=lambda m: (m.taken_at, m.instrument.value, m.id))
        ],
    }


def _practice(stats: PracticeStats) -> dict[str, Any]:
    share = stats.adherence.share
    return {
        "practice_id": stats.practice_id,
        "name": stats.name,
        "adherence_30d": None if share is None else round(share, SHARE_DIGITS),
        "current_streak": stats.streaks.current,
        "mood_with": _round(stats.mood.mood_with),
        "mood_without": _round(stats.mood.mood_without),
        "days_with": stats.mood.days_with,
        "days_without": stats.mood.days_without,
    }


def _pattern(trend: PatternTrend) -> dict[str, Any]:
    return {
        "pattern_id": trend.pattern_id,
        "name": trend.name,
        "occurrences_by_month": [{"month": m.month, "count": m.count} for m in trend.by_month],
        "trend": trend.trend.value,
    }


def _measure(measure: Measure) -> dict[str, Any]:
    try:
        result = score(measure)
    except InvalidMeasure:
        total, severity = None, None
    else:
        total, severity = result.total, result.severity.value
    return {
        "instrument": measure.instrument.value,
        "taken_at": measure.taken_at.isoformat(),
        "score": total,
        "severity": severity,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, MEAN_DIGITS)
