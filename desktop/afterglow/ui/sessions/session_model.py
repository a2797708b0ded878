"""Sessions newest first, a page at a time, and how each one looks in the list."""

from __future__ import annotations

from dataclasses import replace

from afterglow.core.integration_store import SessionFilter
from afterglow.core.session import Session
from afterglow.core.sessions import Sessions
from afterglow.ui.sessions.card_delegate import Card, CardDelegate
from afterglow.ui.sessions.wording import (
    mood_change,
    route_name,
    session_day,
    session_time,
)
from afterglow.ui.widgets.paged_model import PagedListModel


class SessionListModel(PagedListModel):
    """Rows are `Session`s, as `Sessions.list` returns them."""

    def show_sessions(self, sessions: Sessions, where: SessionFilter) -> None:
        self.show(lambda offset, limit: sessions.list(replace(where, offset=offset, limit=limit)))

    def session_at(self, row: int) -> Session:
        item = self.item_at(row)
        assert isinstance(item, Session)
        return item

    def describe(self, item: object) -> str:
        assert isinstance(item, Session)
        return (
            self.tr("Session on %1, %2")
            .replace("%1", session_day(item))
            .replace("%2", route_name(item.route, short=True))
        )


class SessionDelegate(CardDelegate):
    """The day and time, the route and where it was, then mood and tags."""

    def card(self, item: object) -> Card:
        assert isinstance(item, Session)
        where = item.provider or item.setting
        detail = " · ".join(part for part in (route_name(item.route, short=True), where) if part)
        return Card(
            title=session_day(item),
            note=session_time(item),
            detail=detail,
            meta=(mood_change(item.mood_before, item.mood_after),),
            tags=item.tags,
        )
