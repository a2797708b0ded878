"""Session use cases: record, edit, find and trash sessions; follow each one's arc of
intention, reflection and check-ins.

Deleting a session moves it to the Trash, like an entry: nothing linked to it changes,
and it can be restored for 30 days. Only when it leaves the Trash for good are the links
to it cleared: its entries stay in the journal, no longer linked, and its insights keep
their text with no session as their source.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from afterglow.core.check_ins import (
    SCHEDULE,
    CheckIn,
    CheckInDismissal,
    still_open_on,
    validate_dismissal,
)
from afterglow.core.check_ins import (
    schedule as check_in_schedule,
)
from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import InvalidSession, SessionNotFound, UsageError
from afterglow.core.integration_store import SessionFilter, SessionStore
from afterglow.core.journal import TRASH_KEEPS, Clock, ImportCounts, Journal, local_now
from afterglow.core.record_rules import normalized_tags
from afterglow.core.search import parse_query
from afterglow.core.session import Route, Session, check_dose, validate_session
from afterglow.core.store import EntryFilter

log = logging.getLogger(__name__)

DEFAULT_SEARCH_LIMIT = 50
# How far back `due_check_ins` looks: no session older than this has anything still due.
_LONGEST_SCHEDULE = timedelta(days=SCHEDULE[-1]) + timedelta(days=8)


@dataclass(frozen=True)
class SessionArc:
    """A session from the intention before it to the last check-in after it."""

    session: Session
    intentions: tuple[Entry, ...]  # intention entries linked to the session, oldest first
    reflection: CheckIn  # day 0
    check_ins: tuple[CheckIn, ...]  # days 1, 3, 7, 14 and 30
    other_entries: tuple[Entry, ...]  # any other entries linked to it, oldest first


def _route(value: Route | str) -> Route:
    try:
        return Route(value)
    except ValueError:
        raise InvalidSession("route", "must be one of " + ", ".join(Route)) from None


_Sessions = list[Session]
_Entries = list[Entry]
_CheckIns = list[CheckIn]
_Dismissals = list[CheckInDismissal]


class Sessions:
    """Session use cases over a `SessionStore`, with the journal for linked entries."""

    def __init__(self, store: SessionStore, journal: Journal, clock: Clock = local_now) -> None:
        self._store = store
        self._journal = journal
        self._clock = clock

    # -- writing ---------------------------------------------------------------------

    def add(
        self,
        *,
        started_at: datetime,
        route: Route | str,
        dose_mg: float | None = None,
        setting: str = "",
        provider: str = "",
        support_person: str = "",
        music: str = "",
        intention: str = "",
        notes: str = "",
        body_sensations: str = "",
        mood_before: int | None = None,
        mood_after: int | None = None,
        tags: Iterable[str] = (),
    ) -> Session:
        """Records a new session and returns it as stored."""
        session = Session(
            id=str(uuid.uuid4()),
            started_at=started_at,
            route=_route(route),
            dose_mg=check_dose(dose_mg),
            setting=setting.strip(),
            provider=provider.strip(),
            support_person=support_person.strip(),
            music=music.strip(),
            intention=intention,
            notes=notes,
            body_sensations=body_sensations,
            mood_before=mood_before,
            mood_after=mood_after,
            tags=normalized_tags(InvalidSession, tags),
        )
        with self._store.transaction():
            self._store.insert([validate_session(session)])
        return session

    def update(self, edited: Session) -> Session:
        """Saves an edited session (its Trash state is kept) and returns it as stored."""
        with self._store.transaction():
            stored = self.get(edited.id)
            session = replace(
                edited,
                route=_route(edited.route),
                dose_mg=check_dose(edited.dose_mg),
                tags=normalized_tags(InvalidSession, edited.tags),
                deleted_at=stored.deleted_at,
            )
            if session != stored:
                self._store.replace([validate_session(session)])
        return session

    # -- reading ---------------------------------------------------------------------

    def get(self, session_id: str) -> Session:
        session = self._store.get(session_id)
        if session is None:
            raise SessionNotFound(f"No session has the id {session_id}.")
        return session

    def exists(self, session_id: str) -> bool:
        """Whether a session has this id, in or out of the Trash."""
        return bool(self._store.existing([session_id]))

    def list(self, where: SessionFilter | None = None) -> _Sessions:
        """Sessions newest first (outside the Trash unless the filter says otherwise)."""
        where = where or SessionFilter()
        if where.since and where.until and where.since > where.until:
            raise UsageError("The start date is after the end date.")
        return self._store.sessions(where)

    def latest(self, on_or_before: date, limit: int | None = None) -> _Sessions:
        """Sessions on or before a date (their own calendar date), newest first, outside
        the Trash; at most `limit` of them."""
        return self._store.sessions(SessionFilter(until=on_or_before, limit=limit))

    def search(self, text: str, limit: int = DEFAULT_SEARCH_LIMIT) -> _Sessions:
        query = parse_query(text)
        return [] if query.is_empty else self._store.search(query, limit)

    def linked_entries(self, session_id: str) -> _Entries:
        """Entries linked to the session (outside the Trash), oldest first."""
        return self._journal.list(EntryFilter(session_id=session_id))[::-1]

    # -- the arc and check-ins -------------------------------------------------------

    def arc(self, session_id: str, today: date | None = None) -> SessionArc:
        session = self.get(session_id)
        entries = self.linked_entries(session_id)
        steps = self._schedule(session, entries, today)
        answered = {e.id for step in steps for e in step.entries}
        return SessionArc(
            session=session,
            intentions=tuple(e for e in entries if e.kind == EntryKind.INTENTION),
            reflection=steps[0],
            check_ins=steps[1:],
            other_entries=tuple(
                e for e in entries if e.kind != EntryKind.INTENTION and e.id not in answered
            ),
        )

    def check_ins(self, session_id: str, today: date | None = None) -> tuple[CheckIn, ...]:
        """The reflection and check-ins of one session, as they stand on `today`."""
        session = self.get(session_id)
        return self._schedule(session, self.linked_entries(session_id), today)

    def due_check_ins(self, today: date | None = None) -> _CheckIns:
        """Reflections and check-ins due today or overdue (not rolled over), not done or
        dismissed, across every session outside the Trash; the most urgent first."""
        today = today or self._clock().date()
        recent = [
            s
            for s in self._store.sessions(
                SessionFilter(since=today - _LONGEST_SCHEDULE, until=today)
            )
            if still_open_on(s) >= today
        ]
        dismissed = self._store.dismissed_days([s.id for s in recent])
        due: _CheckIns = []
        for session in recent:
            steps = check_in_schedule(
                session, self.linked_entries(session.id), dismissed.get(session.id, ()), today
            )
            due += [step for step in steps if step.status.asks_for_attention]
        return sorted(due, key=lambda step: (step.due, step.session_id))

    def dismiss_check_in(self, session_id: str, day: int) -> None:
        """Hides one step of the session's schedule for good (until `undismiss_check_in`)."""
        if day not in SCHEDULE:
            raise UsageError(f"There is no check-in on day {day} after a session.")
        with self._store.transaction():
            self.get(session_id)
            self._store.dismiss(session_id, day, self._clock())

    def undismiss_check_in(self, session_id: str, day: int) -> None:
        with self._store.transaction():
            self.get(session_id)
            self._store.undismiss(session_id, day)

    def dismissals(self) -> _Dismissals:
        """Every dismissed check-in, sessions in the Trash included: by session, oldest
        first, then by day."""
        return self._store.dismissals()

    def _schedule(
        self, session: Session, entries: Sequence[Entry], today: date | None
    ) -> tuple[CheckIn, ...]:
        dismissed = self._store.dismissed_days([session.id]).get(session.id, set())
        return check_in_schedule(session, entries, dismissed, today or self._clock().date())

    # -- the Trash -------------------------------------------------------------------

    def trash(self, session_id: str) -> Session:
        """Moves a session to the Trash; its entries and insights keep their links."""
        with self._store.transaction():
            session = self.get(session_id)
            if not session.in_trash:
                session = replace(session, deleted_at=self._clock())
                self._store.replace([session])
        return session

    def restore_from_trash(self, session_id: str) -> Session:
        with self._store.transaction():
            session = self.get(session_id)
            if session.in_trash:
                session = replace(session, deleted_at=None)
                self._store.replace([session])
        return session

    def in_trash(self) -> _Sessions:
        return self._store.sessions(SessionFilter(in_trash=True))

    def empty_trash(self) -> int:
        """Deletes every session in the Trash for good; returns how many."""
        with self._store.transaction():
            return self._delete_for_good(self._store.trashed_before(None))

    def purge_old_trash(self) -> int:
        """Deletes sessions that have been in the Trash longer than 30 days."""
        with self._store.transaction():
            removed = self._delete_for_good(self._store.trashed_before(self._clock() - TRASH_KEEPS))
        if removed:
            log.info("removed %d sessions kept in the Trash over 30 days", removed)
        return removed

    def _delete_for_good(self, session_ids: Sequence[str]) -> int:
        for session_id in session_ids:
            for entry in self._journal.list(EntryFilter(session_id=session_id, in_trash=None)):
                self._journal.update(replace(entry, session_id=None))
        # The store's foreign keys clear the sessions' insights' links.
        return self._store.delete(session_ids)

    # -- bringing sessions in --------------------------------------------------------

    def import_sessions(self, sessions: Sequence[Session]) -> ImportCounts:
        """Adds sessions from an export; a session already here is left as it is."""
        sessions = list({s.id: validate_session(s) for s in sessions}.values())
        with self._store.transaction():
            existing = self._store.existing([s.id for s in sessions])
            added = [s for s in sessions if s.id not in existing]
            self._store.insert(added)
        return ImportCounts(added=len(added), unchanged=len(sessions) - len(added))

    def import_dismissals(self, dismissals: Sequence[CheckInDismissal]) -> ImportCounts:
        """Adds dismissed check-ins from an export; a day already dismissed keeps its own
        time. The sessions are the caller's to check (the whole-journal import does)."""
        unique = {(d.session_id, d.day): validate_dismissal(d) for d in dismissals}
        with self._store.transaction():
            here = self._store.dismissed_days(list({d.session_id for d in unique.values()}))
            added = [d for d in unique.values() if d.day not in here.get(d.session_id, set())]
            for dismissal in added:
                self._store.dismiss(dismissal.session_id, dismissal.day, dismissal.dismissed_at)
        return ImportCounts(added=len(added), unchanged=len(unique) - len(added))
