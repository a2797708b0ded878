"""Insights newest first, a page at a time, each with what it needs to be shown: its
source entry or session, and the actions made from it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from afterglow.core.action import Action
from afterglow.core.entries import Entry
from afterglow.core.errors import EntryNotFound, SessionNotFound
from afterglow.core.insight import Insight
from afterglow.core.integration_store import ActionFilter, InsightFilter
from afterglow.core.session import Session
from afterglow.ui.insights.wording import (
    entry_source,
    missing_source,
    no_source,
    session_source,
    status_name,
)
from afterglow.ui.journal.wording import plural
from afterglow.ui.sessions.card_delegate import Card, CardDelegate
from afterglow.ui.widgets.paged_model import PagedListModel
from afterglow.vault.services import JournalServices


@dataclass(frozen=True)
class InsightRow:
    """One insight and what surrounds it, read together on the worker."""

    insight: Insight
    entry: Entry | None = None  # the source entry, while it is in the journal
    session: Session | None = None
    actions: tuple[Action, ...] = ()

    @property
    def id(self) -> str:
        return self.insight.id

    def source_words(self) -> str:
        if self.entry is not None:
            return entry_source(self.entry)
        if self.session is not None:
            return session_source(self.session)
        if self.insight.entry_id or self.insight.session_id:
            return missing_source()
        return no_source()


def read_row(services: JournalServices, insight: Insight) -> InsightRow:
    """Runs on the worker: the insight with its sources and actions."""
    entry = session = None
    if insight.entry_id is not None:
        try:
            entry = services.journal.get(insight.entry_id)
        except EntryNotFound:
            entry = None
    if insight.session_id is not None:
        try:
            session = services.sessions.get(insight.session_id)
        except SessionNotFound:
            session = None
    actions = services.actions.list(ActionFilter(insight_id=insight.id))
    return InsightRow(insight, entry, session, tuple(actions))


class InsightListModel(PagedListModel):
    """Rows are `InsightRow`s."""

    def show_insights(self, services: JournalServices, where: InsightFilter) -> None:
        def fetch(offset: int, limit: int) -> list[InsightRow]:
            page = services.insights.list(replace(where, offset=offset, limit=limit))
            return [read_row(services, insight) for insight in page]

        self.show(fetch)

    def row_at(self, row: int) -> InsightRow:
        item = self.item_at(row)
        assert isinstance(item, InsightRow)
        return item

    def describe(self, item: object) -> str:
        assert isinstance(item, InsightRow)
        starred = self.tr("Starred. ") if item.insight.starred else ""
        return f"{starred}{item.insight.text} ({status_name(item.insight.status)})"


class InsightDelegate(CardDelegate):
    """The insight's words (starred ones marked), its status, its source, then tags."""

    title_lines = 2

    def card(self, item: object) -> Card:
        assert isinstance(item, InsightRow)
        insight = item.insight
        count = len(item.actions)
        actions = (
            plural(count, self.tr("1 action"), self.tr("%n actions", "", count)) if count else ""
        )
        return Card(
            title=" ".join(insight.text.split()),
            note=status_name(insight.status),
            detail=item.source_words(),
            meta=(actions,),
            tags=insight.tags,
            mark="\u2605" if insight.starred else "",
        )
