"""What a therapist bundle carries besides entries: the `SharedCollection`s of
`core.sharing` for sessions, insights, actions, patterns, practices and measures.

Nothing is shared through a link the client did not choose. The rules:
- Sessions: those chosen (`session_ids`) and those the shared entries are linked to, not
  in the Trash; for a selection by dates alone (no tags, sessions or entries), also every
  session on those days.
- Insights: from a shared entry, or from a shared session *and no entry*. An insight taken
  from an entry that is not shared (private, trashed, outside the filters) never goes,
  whatever session it also names: its words may quote that entry.
- Actions: those of shared insights.
- Occurrences: those noted from a shared entry, and those noted from no entry on a day of
  the period; patterns: those with a shared occurrence.
- Practices: those switched on or logged in the period, with the period's logs as a
  summary (done and amount; notes and list items stay in the journal: a gratitude list
  made into an entry travels as that entry).
- Measures: those taken in the period.

The period is the selection's dates; without dates, the days from the first to the last
shared entry (and chosen session); with no filter at all, everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from afterglow.bundle.selection import BundleSelection
from afterglow.core.actions import Actions
from afterglow.core.entries import Entry
from afterglow.core.errors import SessionNotFound
from afterglow.core.insight import Insight
from afterglow.core.insights import Insights
from afterglow.core.integration_store import ActionFilter, InsightFilter, SessionFilter
from afterglow.core.measures_service import Measures
from afterglow.core.patterns import Occurrence
from afterglow.core.patterns_service import Patterns
from afterglow.core.practices import Practice
from afterglow.core.practices_service import Practices
from afterglow.core.session import Session
from afterglow.core.sessions import Sessions
from afterglow.core.sharing import Record, SharedCollection
from afterglow.core.tracking_store import OccurrenceFilter
from afterglow.interchange.journal_format import (
    action_to_json,
    insight_to_json,
    measure_to_json,
    occurrence_to_json,
    pattern_to_json,
    practice_log_to_json,
    practice_to_json,
    session_to_json,
)
from afterglow.patterns.periods import DateRange

_Entries = Sequence[Entry]


def _has_filters(selection: BundleSelection) -> bool:
    return bool(selection.tags or selection.session_ids or selection.entry_ids)


@dataclass(frozen=True)
class _Scope:
    entry_ids: frozenset[str]
    sessions: tuple[Session, ...]
    period: DateRange | None  # None: no days at all


class SharedSessions:
    """Sessions chosen or linked from shared entries; it also works out the period."""

    name = "sessions"

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def scope(self, selection: BundleSelection, entries: _Entries) -> _Scope:
        chosen = [s for s in map(self._session, selection.session_ids) if s is not None]
        linked = [s for s in map(self._session, {e.session_id for e in entries}) if s]
        found = {s.id: s for s in [*chosen, *linked] if not s.in_trash}
        if selection.since or selection.until:
            period: DateRange | None = DateRange(selection.since, selection.until)
            if not _has_filters(selection):
                where = SessionFilter(since=selection.since, until=selection.until)
                found.update((s.id, s) for s in self._sessions.list(where))
        elif _has_filters(selection):
            days = [e.date for e in entries] + [s.local_date for s in chosen]
            period = DateRange(min(days), max(days)) if days else None
        else:
            period = DateRange()
            found.update((s.id, s) for s in self._sessions.list())
        shared = (
            tuple(sorted(found.values(), key=lambda s: (s.started_at, s.id)))
            if selection.includes("sessions")
            else ()
        )
        return _Scope(frozenset(e.id for e in entries), shared, period)

    def _session(self, session_id: str | None) -> Session | None:
        if session_id is None:
            return None
        try:
            return self._sessions.get(session_id.strip().lower())
        except SessionNotFound:
            return None

    def shared(self, selection: BundleSelection, entries: _Entries) -> Sequence[Record]:
        return [session_to_json(s) for s in self.scope(selection, entries).sessions]


class SharedInsights:
    name = "insights"

    def __init__(self, sessions: SharedSessions, insights: Insights) -> None:
        self._sessions = sessions
        self._insights = insights

    def insights(self, selection: BundleSelection, entries: _Entries) -> list[Insight]:
        if not selection.includes("insights"):
            return []
        scope = self._sessions.scope(selection, entries)
        session_ids = {s.id for s in scope.sessions}
        shared = []
        for insight in self._insights.list(InsightFilter())[::-1]:
            if insight.entry_id is not None:
                if insight.entry_id not in scope.entry_ids:
                    continue  # its words may come from an entry the client did not share
            elif insight.session_id not in session_ids:
                continue
            if insight.session_id is not None and insight.session_id not in session_ids:
                insight = replace(insight, session_id=None)
            shared.append(insight)
        return shared

    def shared(self, selection: BundleSelection, entries: _Entries) -> Sequence[Record]:
        return [insight_to_json(i) for i in self.insights(selection, entries)]


class SharedActions:
    name = "actions"

    def __init__(self, insights: SharedInsights, actions: Actions) -> None:
        self._insights = insights
        self._actions = actions

    def shared(self, selection: BundleSelection, entries: _Entries) -> Sequence[Record]:
        if not selection.includes("actions"):
            return []
        insight_ids = {i.id for i in self._insights.insights(selection, entries)}
        actions = sorted(
            (a for a in self._actions.list(ActionFilter()) if a.insight_id in insight_ids),
            key=lambda a: (a.created_at, a.id),
        )
        return [action_to_json(a) for a in actions]


class SharedOccurrences:
    name = "occurrences"

    def __init__(self, sessions: SharedSessions, patterns: Patterns) -> None:
        self._sessions = sessions
        self._patterns = patterns

    def occurrences(self, selection: BundleSelection, entries: _Entries) -> list[Occurrence]:
        if not selection.includes("patterns"):
            return []
        scope = self._sessions.scope(selection, entries)
        found = []
        for occurrence in self._patterns.occurrences(OccurrenceFilter())[::-1]:
            if occurrence.entry_id is not None:
                if occurrence.entry_id in scope.entry_ids:
                    found.append(occurrence)
            elif scope.period is not None and occurrence.occurred_at.date() in scope.period:
                found.append(occurrence)
        return found

    def shared(self, selection: BundleSelection, entries: _Entries) -> Sequence[Record]:
        return [occurrence_to_json(o) for o in self.occurrences(selection, entries)]


class SharedPatterns:
    name = "patterns"

    def __init__(self, occurrences: SharedOccurrences, patterns: Patterns) -> None:
        self._occurrences = occurrences
        self._patterns = patterns

    def shared(self, selection: BundleSelection, entries: _Entries) -> Sequence[Record]:
        wanted = {o.pattern_id for o in self._occurrences.occurrences(selection, entries)}
        return [pattern_to_json(p) for p in self._patterns.list() if p.id in wanted]


class SharedPractices:
    """Practices switched on or logged in the period (`name` "practices")."""

    name = "practices"

    def __init__(self, sessions: SharedSessions, practices: Practices) -> None:
        self._sessions = sessions
        self._practices = practices

    def period(self, selection: BundleSelection, entries: _Entries) -> DateRange | None:
        if not selection.includes("practices"):
            return None
        return self._sessions.scope(selection, entries).period

    def practices(self, selection: BundleSelection, entries: _Entries) -> list[Practice]:
        period = self.period(selection, entries)
        if period is None:
            return []
        logged = {log.practice_id for log in self._practices.logs(None, *_ends(period))}
        return [p for p in self._practices.list() if p.active or p.id in logged]

    def shared(self, selection: BundleSelection, entries: _Entries) -> Sequence[Record]:
        return [practice_to_json(p) for p in self.practices(selection, entries)]


class SharedPracticeLogs:
    name = "practice_logs"

    def __init__(self, practices: SharedPractices, service: Practices) -> None:
        self._practices = practices
        self._service = service

    def shared(self, selection: BundleSelection, entries: _Entries) -> Sequence[Record]:
        period = self._practices.period(selection, entries)
        if period is None:
            return []
        kept = {p.id for p in self._practices.practices(selection, entries)}
        return [
            practice_log_to_json(replace(log, items=(), note=""))
            for log in self._service.logs(None, *_ends(period))
            if log.practice_id in kept
        ]


class SharedMeasures:
    name = "measures"

    def __init__(self, sessions: SharedSessions, measures: Measures) -> None:
        self._sessions = sessions
        self._measures = measures

    def shared(self, selection: BundleSelection, entries: _Entries) -> Sequence[Record]:
        if not selection.includes("measures"):
            return []
        period = self._sessions.scope(selection, entries).period
        if period is None:
            return []
        return [measure_to_json(m) for m in self._measures.history(None, *_ends(period))[::-1]]


def _ends(period: DateRange) -> tuple[date | None, date | None]:
    return period.since, period.until


def shared_collections(
    sessions: Sessions,
    insights: Insights,
    actions: Actions,
    practices: Practices,
    patterns: Patterns,
    measures: Measures,
) -> tuple[SharedCollection, ...]:
    """Every collection a bundle can carry besides entries, for `Sharing`."""
    shared_sessions = SharedSessions(sessions)
    shared_insights = SharedInsights(shared_sessions, insights)
    shared_occurrences = SharedOccurrences(shared_sessions, patterns)
    shared_practices = SharedPractices(shared_sessions, practices)
    return (
        shared_sessions,
        shared_insights,
        SharedActions(shared_insights, actions),
        SharedPatterns(shared_occurrences, patterns),
        shared_occurrences,
        shared_practices,
        SharedPracticeLogs(shared_practices, practices),
        SharedMeasures(shared_sessions, measures),
    )
