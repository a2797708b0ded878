"""The whole journal at once: what an export holds, and bringing an export in.

An export never points at something it leaves out: a link to an entry or session in the
Trash (or one long gone) is written as null, so every export imports cleanly.

Besides the collections of DESIGN §4 it holds the person's own prompts and the check-ins
they dismissed (docs/interchange.md). An insight's passage goes with its link to its
entry: when the link is cleared, so is the passage.

Importing checks every link before anything is written. A link must point to an item in
the file or already in the journal; otherwise nothing is imported and the first problem
is named by its place in the file (`insights[2].entry_id`). Ids are kept, so importing
the same file twice adds nothing: entries follow `Journal.import_entries` (the newer copy
wins), while other records already here are left as they are (a check-in already
dismissed keeps its own time). Practices follow `Practices.import_practices`: a built-in
the journal already keeps under another id takes the file's logs; a day a practice
already has a log for keeps the journal's log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace

from afterglow.core.action import Action
from afterglow.core.actions import Actions
from afterglow.core.check_ins import CheckInDismissal
from afterglow.core.entries import Entry
from afterglow.core.errors import InvalidImportFile
from afterglow.core.insight import Insight
from afterglow.core.insights import Insights
from afterglow.core.integration_store import ActionFilter, InsightFilter
from afterglow.core.journal import ImportCounts, Journal
from afterglow.core.measures import Measure
from afterglow.core.measures_service import Measures
from afterglow.core.patterns import Occurrence, Pattern
from afterglow.core.patterns_service import Patterns
from afterglow.core.practices import Practice, PracticeLog
from afterglow.core.practices_service import Practices
from afterglow.core.prompt import OwnPrompt
from afterglow.core.prompts import Prompts
from afterglow.core.session import Session
from afterglow.core.sessions import Sessions


@dataclass(frozen=True)
class JournalContents:
    """The collections of DESIGN §4, each oldest first (practices in the order kept), then
    the person's own prompts (in the order kept) and dismissed check-ins."""

    entries: tuple[Entry, ...] = ()
    sessions: tuple[Session, ...] = ()
    insights: tuple[Insight, ...] = ()
    actions: tuple[Action, ...] = ()
    practices: tuple[Practice, ...] = ()
    practice_logs: tuple[PracticeLog, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    occurrences: tuple[Occurrence, ...] = ()
    measures: tuple[Measure, ...] = ()
    prompts: tuple[OwnPrompt, ...] = ()
    check_in_dismissals: tuple[CheckInDismissal, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    entries: ImportCounts = field(default_factory=ImportCounts)
    sessions: ImportCounts = field(default_factory=ImportCounts)
    insights: ImportCounts = field(default_factory=ImportCounts)
    actions: ImportCounts = field(default_factory=ImportCounts)
    practices: ImportCounts = field(default_factory=ImportCounts)
    practice_logs: ImportCounts = field(default_factory=ImportCounts)
    patterns: ImportCounts = field(default_factory=ImportCounts)
    occurrences: ImportCounts = field(default_factory=ImportCounts)
    measures: ImportCounts = field(default_factory=ImportCounts)
    prompts: ImportCounts = field(default_factory=ImportCounts)
    check_in_dismissals: ImportCounts = field(default_factory=ImportCounts)


class WholeJournal:
    """Export and import across every service. `transaction` opens the one transaction an
    import runs in; it must be the transaction of the database all the services use."""

    def __init__(
        self,
        journal: Journal,
        sessions: Sessions,
        insights: Insights,
        actions: Actions,
        transaction: Callable[[], AbstractContextManager[object]],
        *,
        practices: Practices,
        patterns: Patterns,
        measures: Measures,
        prompts: Prompts,
    ) -> None:
        self._transaction = transaction
        self._journal = journal
        self._sessions = sessions
        self._insights = insights
        self._actions = actions
        self._practices = practices
        self._patterns = patterns
        self._measures = measures
        self._prompts = prompts

    def contents(self) -> JournalContents:
        """Everything outside the Trash, oldest first, with links to what is left out
        cleared."""
        with self._transaction():
            return self._contents()

    def _contents(self) -> JournalContents:
        sessions = tuple(self._sessions.list()[::-1])
        session_ids = {s.id for s in sessions}
        entries = tuple(
            e
            if e.session_id is None or e.session_id in session_ids
            else replace(e, session_id=None)
            for e in self._journal.all_entries()
        )
        entry_ids = {e.id for e in entries}
        insights = tuple(
            _within(i, entry_ids, session_ids) for i in self._insights.list(InsightFilter())[::-1]
        )
        insight_ids = {i.id for i in insights}
        actions = tuple(
            a
            if a.insight_id is None or a.insight_id in insight_ids
            else replace(a, insight_id=None)
            for a in sorted(self._actions.list(ActionFilter()), key=lambda a: (a.created_at, a.id))
        )
        occurrences = tuple(
            o if o.entry_id is None or o.entry_id in entry_ids else replace(o, entry_id=None)
            for o in self._patterns.occurrences()[::-1]
        )
        return JournalContents(
            entries=entries,
            sessions=sessions,
            insights=insights,
            actions=actions,
            practices=tuple(self._practices.list()),
            practice_logs=tuple(self._practices.logs()),
            patterns=tuple(self._patterns.list()),
            occurrences=occurrences,
            measures=tuple(self._measures.history()[::-1]),
            prompts=tuple(self._prompts.own_dated()),
            check_in_dismissals=tuple(
                d for d in self._sessions.dismissals() if d.session_id in session_ids
            ),
        )

    def import_contents(self, contents: JournalContents) -> ImportReport:
        """Brings in a whole export, all or nothing (see the module's note)."""
        with self._transaction():
            self._check_links(contents)
            practices, mapped = self._practices.import_practices(contents.practices)
            return ImportReport(
                sessions=self._sessions.import_sessions(contents.sessions),
                entries=self._journal.import_entries(contents.entries),
                insights=self._insights.import_insights(contents.insights),
                actions=self._actions.import_actions(contents.actions),
                practices=practices,
                practice_logs=self._practices.import_logs(contents.practice_logs, mapped),
                patterns=self._patterns.import_patterns(contents.patterns),
                occurrences=self._patterns.import_occurrences(contents.occurrences),
                measures=self._measures.import_measures(contents.measures),
                prompts=self._prompts.import_prompts(contents.prompts),
                check_in_dismissals=self._sessions.import_dismissals(contents.check_in_dismissals),
            )

    def _check_links(self, contents: JournalContents) -> None:
        session_here = _lookup({s.id for s in contents.sessions}, self._sessions.exists)
        entry_here = _lookup({e.id for e in contents.entries}, self._journal.exists)
        insight_here = _lookup({i.id for i in contents.insights}, self._insights.exists)
        practice_here = _lookup({p.id for p in contents.practices}, self._practices.exists)
        pattern_here = _lookup({p.id for p in contents.patterns}, self._patterns.exists)
        _check("entries", "session_id", "session", contents.entries, session_here)
        _check("insights", "entry_id", "entry", contents.insights, entry_here)
        _check("insights", "session_id", "session", contents.insights, session_here)
        _check("actions", "insight_id", "insight", contents.actions, insight_here)
        _check("practice_logs", "practice_id", "practice", contents.practice_logs, practice_here)
        _check("occurrences", "pattern_id", "pattern", contents.occurrences, pattern_here)
        _check("occurrences", "entry_id", "entry", contents.occurrences, entry_here)
        dismissals = contents.check_in_dismissals
        _check("check_in_dismissals", "session_id", "session", dismissals, session_here)


def _within(insight: Insight, entry_ids: set[str], session_ids: set[str]) -> Insight:
    """The insight with its links to what the export leaves out cleared; its passage goes
    with its entry."""
    if insight.entry_id is not None and insight.entry_id not in entry_ids:
        insight = replace(insight, entry_id=None, excerpt=None)
    if insight.session_id is not None and insight.session_id not in session_ids:
        insight = replace(insight, session_id=None)
    return insight


def _lookup(in_file: set[str], in_journal: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda item_id: item_id in in_file or in_journal(item_id)


def _check(
    collection: str,
    link: str,
    what: str,
    items: Iterable[object],
    exists: Callable[[str], bool],
) -> None:
    for i, item in enumerate(items):
        target = getattr(item, link)
        if target is not None and not exists(target):
            raise InvalidImportFile(
                f"{collection}[{i}].{link}", f"names no {what} in the file or the journal"
            )
