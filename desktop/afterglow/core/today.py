"""What the Today view shows, assembled from the services; plain data, no Qt.

The "then and now" card: when today is day N (1 to 30) after the latest session, it
shows what was written on day N after the session before that one, if anything was.
Otherwise it shows entries from this day of the month in earlier months and years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from afterglow.core.action import Action
from afterglow.core.actions import DUE_SOON, Actions
from afterglow.core.check_ins import CheckIn
from afterglow.core.entries import Entry
from afterglow.core.journal import Clock, Journal, PastDay, local_now
from afterglow.core.prompt import Prompt
from afterglow.core.prompts import Prompts
from afterglow.core.session import Session
from afterglow.core.sessions import Sessions
from afterglow.core.store import EntryFilter

THEN_AND_NOW_DAYS = 30


@dataclass(frozen=True)
class SameDayAfterSession:
    """Today is day `day` after `session`; `entries` were written on day `day` after
    `previous_session`."""

    day: int
    session: Session
    previous_session: Session
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class OnThisDay:
    """Entries from today's day of the month in earlier months, most recent first."""

    days: tuple[PastDay, ...]


ThenAndNow = SameDayAfterSession | OnThisDay


@dataclass(frozen=True)
class TodayView:
    date: date
    prompt: Prompt
    check_ins: tuple[CheckIn, ...]  # due today or overdue, most urgent first
    actions_due: tuple[Action, ...]  # open or in progress, due within 7 days or overdue
    then_and_now: ThenAndNow | None  # None when there is nothing to look back on
    sessions: dict[str, Session]  # the sessions the check-ins belong to, by id


class Today:
    """Builds the Today view from the journal's services."""

    def __init__(
        self,
        journal: Journal,
        sessions: Sessions,
        actions: Actions,
        prompts: Prompts,
        clock: Clock = local_now,
    ) -> None:
        self._journal = journal
        self._sessions = sessions
        self._actions = actions
        self._prompts = prompts
        self._clock = clock

    def view(self, day: date | None = None) -> TodayView:
        day = day or self._clock().date()
        check_ins = tuple(self._sessions.due_check_ins(day))
        return TodayView(
            date=day,
            prompt=self._prompts.of_the_day(day),
            check_ins=check_ins,
            actions_due=tuple(self._actions.due_soon(day, DUE_SOON)),
            then_and_now=self.then_and_now(day),
            sessions={s.session_id: self._sessions.get(s.session_id) for s in check_ins},
        )

    def then_and_now(self, day: date) -> ThenAndNow | None:
        same_point = self._same_day_after_previous_session(day)
        if same_point is not None:
            return same_point
        past = self._journal.on_this_day(day)
        return OnThisDay(tuple(past)) if past else None

    def _same_day_after_previous_session(self, day: date) -> SameDayAfterSession | None:
        recent = self._sessions.latest(day, limit=2)
        if len(recent) < 2:
            return None
        latest, previous = recent[0], recent[1]
        n = (day - latest.local_date).days
        then = previous.local_date + timedelta(days=n)
        # The earlier day must still belong to the previous session's afterglow.
        if not 1 <= n <= THEN_AND_NOW_DAYS or then >= latest.local_date:
            return None
        entries = self._journal.list(EntryFilter(since=then, until=then))[::-1]
        if not entries:
            return None
        return SameDayAfterSession(n, latest, previous, tuple(entries))
