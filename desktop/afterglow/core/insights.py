"""Insight use cases: catch one from a passage of an entry (or from a session), tag and
star it, move it through its status steps, find it again and delete it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace

from afterglow.core.errors import EntryNotFound, InsightNotFound, InvalidInsight
from afterglow.core.excerpts import excerpt_of, locate
from afterglow.core.insight import Insight, InsightStatus, check_move, validate_insight
from afterglow.core.integration_store import InsightFilter, InsightStore, SessionStore
from afterglow.core.journal import Clock, ImportCounts, Journal, local_now
from afterglow.core.record_rules import filter_tag, normalized_tags
from afterglow.core.search import parse_query
from afterglow.core.store import EntryFilter

DEFAULT_SEARCH_LIMIT = 50

_Insights = list[Insight]


class Insights:
    """Insight use cases over an `InsightStore`; sources are checked against the journal
    and the sessions."""

    def __init__(
        self,
        store: InsightStore,
        journal: Journal,
        sessions: SessionStore,
        clock: Clock = local_now,
    ) -> None:
        self._store = store
        self._journal = journal
        self._sessions = sessions
        self._clock = clock

    # -- writing ---------------------------------------------------------------------

    def add(
        self,
        text: str,
        *,
        entry_id: str | None = None,
        session_id: str | None = None,
        tags: Iterable[str] = (),
        starred: bool = False,
    ) -> Insight:
        """Saves a new insight, from an entry, a session, both or neither."""
        insight = Insight(
            id=str(uuid.uuid4()),
            created_at=self._clock(),
            text=text.strip(),
            entry_id=entry_id,
            session_id=session_id,
            tags=normalized_tags(InvalidInsight, tags),
            starred=starred,
        )
        with self._store.transaction():
            self._check_sources(insight)
            self._store.insert([validate_insight(insight)])
        return insight

    def add_from_selection(
        self,
        entry_id: str,
        start: int,
        end: int,
        *,
        text: str | None = None,
        tags: Iterable[str] = (),
        starred: bool = False,
    ) -> Insight:
        """Saves the passage `body[start:end]` of an entry as an insight (or `text`, if the
        person reworded it), remembering where it came from. Offsets are string indices
        into the entry's Markdown body (see `core.excerpts` for Qt's UTF-16 positions)."""
        try:
            entry = self._journal.get(entry_id)
        except EntryNotFound:
            raise InvalidInsight("entry_id", "names no entry in the journal") from None
        excerpt = excerpt_of(entry.body, start, end)
        if excerpt is None or not excerpt.quote.strip():
            raise InvalidInsight("excerpt", "must be a passage of its source entry")
        insight = Insight(
            id=str(uuid.uuid4()),
            created_at=self._clock(),
            text=(excerpt.quote if text is None else text).strip(),
            entry_id=entry.id,
            tags=normalized_tags(InvalidInsight, tags),
            starred=starred,
            excerpt=excerpt,
        )
        with self._store.transaction():
            self._store.insert([validate_insight(insight)])
        return insight

    def update(self, edited: Insight) -> Insight:
        """Saves an edited insight's text, tags, star and sources. Its status changes only
        through `set_status`; a changed source entry forgets the old passage."""
        with self._store.transaction():
            stored = self.get(edited.id)
            insight = replace(
                edited,
                text=edited.text.strip(),
                tags=normalized_tags(InvalidInsight, edited.tags),
                created_at=stored.created_at,
                status=stored.status,
                excerpt=stored.excerpt if edited.entry_id == stored.entry_id else None,
            )
            if insight != stored:
                self._check_sources(insight)
                self._store.replace([validate_insight(insight)])
        return insight

    def star(self, insight_id: str, starred: bool = True) -> Insight:
        with self._store.transaction():
            insight = self.get(insight_id)
            if insight.starred != starred:
                insight = replace(insight, starred=starred)
                self._store.replace([insight])
        return insight

    def set_status(self, insight_id: str, status: InsightStatus | str) -> Insight:
        """Moves the insight to `status`: forward any steps, back one (`RefusedChange`
        otherwise)."""
        try:
            wanted = InsightStatus(status)
        except ValueError:
            raise InvalidInsight("status", "must be one of " + ", ".join(InsightStatus)) from None
        with self._store.transaction():
            insight = self.get(insight_id)
            check_move(insight.status, wanted)
            if insight.status != wanted:
                insight = replace(insight, status=wanted)
                self._store.replace([insight])
        return insight

    def delete(self, insight_id: str) -> None:
        """Deletes the insight for good; actions made from it stay, no longer linked."""
        with self._store.transaction():
            if not self._store.delete([insight_id]):
                raise InsightNotFound(f"No insight has the id {insight_id}.")

    def _check_sources(self, insight: Insight) -> None:
        if insight.entry_id is not None and not self._journal.exists(insight.entry_id):
            raise InvalidInsight("entry_id", "names no entry in the journal")
        if insight.session_id is not None and self._sessions.get(insight.session_id) is None:
            raise InvalidInsight("session_id", "names no session in the journal")

    # -- reading ---------------------------------------------------------------------

    def get(self, insight_id: str) -> Insight:
        insight = self._store.get(insight_id)
        if insight is None:
            raise InsightNotFound(f"No insight has the id {insight_id}.")
        return insight

    def exists(self, insight_id: str) -> bool:
        return self._store.get(insight_id) is not None

    def list(self, where: InsightFilter | None = None) -> _Insights:
        """Insights newest first. Filtering by session also finds insights taken from
        entries linked to that session."""
        where = where or InsightFilter()
        tags = tuple(filter_tag(tag) for tag in where.tags)
        entry_ids: tuple[str, ...] = ()
        if where.session_id is not None:
            linked = self._journal.list(EntryFilter(session_id=where.session_id, in_trash=None))
            entry_ids = tuple(e.id for e in linked)
        return self._store.insights(replace(where, tags=tags, entry_ids=entry_ids))

    def search(self, text: str, limit: int = DEFAULT_SEARCH_LIMIT) -> _Insights:
        query = parse_query(text)
        return [] if query.is_empty else self._store.search(query, limit)

    def source_range(self, insight: Insight) -> tuple[int, int] | None:
        """Where the insight's passage is in its source entry's body now, or None if it
        has none or the passage was rewritten."""
        if insight.excerpt is None or insight.entry_id is None:
            return None
        try:
            entry = self._journal.get(insight.entry_id)
        except EntryNotFound:
            return None
        return locate(entry.body, insight.excerpt)

    # -- bringing insights in --------------------------------------------------------

    def import_insights(self, insights: Sequence[Insight]) -> ImportCounts:
        """Adds insights from an export; one already here is left as it is. Sources are
        the caller's to check (the whole-journal import does, naming the place)."""
        insights = list({i.id: validate_insight(i) for i in insights}.values())
        with self._store.transaction():
            existing = self._store.existing([i.id for i in insights])
            added = [i for i in insights if i.id not in existing]
            self._store.insert(added)
        return ImportCounts(added=len(added), unchanged=len(insights) - len(added))
