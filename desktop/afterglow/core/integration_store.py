"""What sessions, insights, actions and one's own prompts need from storage.

The vault's stores (`vault.sessions`, `vault.insights`, `vault.actions`, `vault.prompts`)
are the real ones. As with `EntryStore`, every method that writes joins the caller's
`transaction()` if one is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from afterglow.core.action import Action, ActionStatus
from afterglow.core.check_ins import CheckInDismissal
from afterglow.core.insight import Insight, InsightStatus
from afterglow.core.prompt import OwnPrompt, Prompt
from afterglow.core.search import SearchQuery
from afterglow.core.session import Session


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions to list, newest first; every condition given must hold."""

    since: date | None = None  # the session's own calendar date, inclusive
    until: date | None = None  # inclusive
    tags: tuple[str, ...] = ()  # has every one of these
    in_trash: bool | None = False  # None: both
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class InsightFilter:
    """Which insights to list, newest first; every condition given must hold.

    `session_id` matches insights whose source is that session or, when `entry_ids` is
    given, one of those entries (the service passes the entries linked to the session).
    """

    statuses: tuple[InsightStatus, ...] = ()
    starred: bool | None = None
    tags: tuple[str, ...] = ()
    session_id: str | None = None
    entry_ids: tuple[str, ...] = ()
    entry_id: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class ActionFilter:
    """Which actions to list: by due date (undated last), then oldest first."""

    statuses: tuple[ActionStatus, ...] = ()
    insight_id: str | None = None
    due_until: date | None = None  # has a due date on or before this one
    done_since: date | None = None  # done on or after this date (its own calendar date)
    done_until: date | None = None  # done on or before this date
    limit: int | None = None
    offset: int = 0


class SessionStore(Protocol):
    def transaction(self) -> AbstractContextManager[object]: ...

    def insert(self, sessions: Sequence[Session]) -> None:
        """Adds new sessions (their ids must be new)."""

    def replace(self, sessions: Sequence[Session]) -> None:
        """Overwrites existing sessions with the same ids."""

    def get(self, session_id: str) -> Session | None: ...

    def existing(self, session_ids: Sequence[str]) -> dict[str, Session]:
        """The stored sessions among `session_ids`, in or out of the Trash."""

    def sessions(self, where: SessionFilter) -> list[Session]: ...

    def search(self, query: SearchQuery, limit: int) -> list[Session]:
        """Sessions outside the Trash whose words match, best first."""

    def delete(self, session_ids: Sequence[str]) -> int:
        """Removes sessions for good, with their dismissed check-ins; returns how many."""

    def trashed_before(self, moment: datetime | None) -> list[str]:
        """Ids of sessions moved to the Trash before `moment` (None: all of them)."""

    def dismissed_days(self, session_ids: Sequence[str]) -> dict[str, set[int]]:
        """The check-in days dismissed for each of the sessions (absent: none)."""

    def dismissals(self) -> list[CheckInDismissal]:
        """Every dismissed check-in, in or out of the Trash: by session (oldest first),
        then by day."""

    def dismiss(self, session_id: str, day: int, moment: datetime) -> None: ...

    def undismiss(self, session_id: str, day: int) -> None: ...


class InsightStore(Protocol):
    def transaction(self) -> AbstractContextManager[object]: ...

    def insert(self, insights: Sequence[Insight]) -> None: ...

    def replace(self, insights: Sequence[Insight]) -> None: ...

    def get(self, insight_id: str) -> Insight | None: ...

    def existing(self, insight_ids: Sequence[str]) -> dict[str, Insight]: ...

    def insights(self, where: InsightFilter) -> list[Insight]: ...

    def search(self, query: SearchQuery, limit: int) -> list[Insight]:
        """Insights whose text or tags match, best first."""

    def delete(self, insight_ids: Sequence[str]) -> int:
        """Removes insights for good (their actions stay, unlinked); returns how many."""


class ActionStore(Protocol):
    def transaction(self) -> AbstractContextManager[object]: ...

    def insert(self, actions: Sequence[Action]) -> None: ...

    def replace(self, actions: Sequence[Action]) -> None: ...

    def get(self, action_id: str) -> Action | None: ...

    def existing(self, action_ids: Sequence[str]) -> dict[str, Action]: ...

    def actions(self, where: ActionFilter) -> list[Action]: ...

    def insights_with_actions(self) -> set[str]:
        """Ids of insights with at least one action that was not dropped."""

    def delete(self, action_ids: Sequence[str]) -> int: ...


class PromptStore(Protocol):
    """The person's own prompts."""

    def transaction(self) -> AbstractContextManager[object]: ...

    def insert(self, prompt: Prompt, created_at: datetime) -> None: ...

    def replace(self, prompt: Prompt) -> None: ...

    def get(self, prompt_id: str) -> Prompt | None: ...

    def prompts(self) -> list[Prompt]:
        """Every own prompt, oldest first."""

    def dated_prompts(self) -> list[OwnPrompt]:
        """Every own prompt with when it was written, oldest first."""

    def delete(self, prompt_id: str) -> int: ...
