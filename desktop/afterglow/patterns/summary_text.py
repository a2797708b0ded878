"""The patterns summary (`summary.summary`) as calm plain text, for `afterglow patterns`.

Only counts, means, names the person gave (tags, practices, patterns) and dates appear;
no entry text. Long lists are cut to their first few items.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from afterglow.patterns.summary import Summary

TOP_WORDS = 10
RECENT_WEEKS = 8
RECENT_MONTHS = 6
INSTRUMENT_NAMES = {"phq9": "PHQ-9", "gad7": "GAD-7"}


def summary_lines(
    result: Summary,
    *,
    as_of: date,
    since: date | None = None,
    until: date | None = None,
    session_starts: Mapping[str, datetime] | None = None,
) -> list[str]:
    """The summary section by section, judged on `as_of`; `session_starts` gives each
    session's start."""
    starts = session_starts or {}
    lines = [f"Patterns in your journal {_period(since, until)}, as of {as_of.isoformat()}."]
    lines += _section(
        "Tags used most",
        [" · ".join(f"#{t['tag']} {t['count']}" for t in result["tags"][:TOP_WORDS])]
        if result["tags"]
        else [],
    )
    lines += _section(
        "Feelings named most",
        [" · ".join(f"{e['emotion']} {e['count']}" for e in result["emotions"][:TOP_WORDS])]
        if result["emotions"]
        else [],
    )
    lines += _section(
        "Mood by week (mean of the entries rated)",
        [
            f"{w['week']}  {_number(w['mean'])}  ({_count(w['n'], 'entry', 'entries')})"
            for w in result["mood_by_week"][-RECENT_WEEKS:]
        ],
    )
    lines += _section(
        "Around sessions (mean mood of entries 7 days before and 14 days after)",
        [_session_line(s, starts) for s in result["sessions"]],
    )
    lines += _section(
        "Practices (the last 30 days)", [_practice_line(p) for p in result["practices"]]
    )
    lines += _section(
        "Patterns (times noted each month)", [_pattern_line(p) for p in result["patterns"]]
    )
    lines += _section("Measures", [_measure_line(m) for m in result["measures"]])
    return lines


def _period(since: date | None, until: date | None) -> str:
    if since and until:
        return f"from {since.isoformat()} to {until.isoformat()}"
    if since:
        return f"from {since.isoformat()} on"
    if until:
        return f"up to {until.isoformat()}"
    return "so far"


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", title, *(f"  {line}" for line in lines or ["Nothing yet."])]


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _session_line(session: dict[str, Any], starts: Mapping[str, datetime]) -> str:
    started = starts.get(session["session_id"])
    when = started.date().isoformat() if started else session["session_id"][:8]
    return (
        f"{when}  {_number(session['mood_before'])} before · {_number(session['mood_after'])} after"
    )


def _practice_line(practice: dict[str, Any]) -> str:
    share = practice["adherence_30d"]
    done = "not logged yet" if share is None else f"done on {round(share * 100)}% of its days"
    streak = practice["current_streak"]
    line = f"{practice['name']}: {done}; current streak {_count(streak, 'day', 'days')}"
    if practice["mood_with"] is not None:
        line += (
            f"; mood {_number(practice['mood_with'])} on days done, "
            f"{_number(practice['mood_without'])} on other days"
        )
    return line


def _pattern_line(pattern: dict[str, Any]) -> str:
    months = pattern["occurrences_by_month"][-RECENT_MONTHS:]
    counts = ", ".join(f"{m['month']} {m['count']}" for m in months) or "none noted"
    return f"{pattern['name']}: {pattern['trend']}; {counts}"


def _measure_line(measure: dict[str, Any]) -> str:
    name = INSTRUMENT_NAMES.get(measure["instrument"], measure["instrument"])
    taken = datetime.fromisoformat(measure["taken_at"]).date().isoformat()
    if measure["score"] is None:
        return f"{taken}  {name}  incomplete"
    severity = str(measure["severity"]).replace("_", " ")
    return f"{taken}  {name}  {measure['score']} ({severity})"
