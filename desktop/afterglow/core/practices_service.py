"""Practice use cases: keep built-in and own practices, log each day, see what is due
today, streaks and adherence, a heat map, and a gratitude list turned into an entry.

Decisions:
- One log per practice per day (`log` changes it in place), since streaks, adherence
  and the heat map ask only whether a day was done.
- The four built-ins are stored once each by `ensure_builtins`, switched off: the person
  turns on the ones they want (no streak they did not ask for). A built-in is never
  deleted, only switched off, so switching it back on keeps its history.
- Switching an own practice off (`set_active`) keeps it and its logs; `delete` removes
  both for good. The UI asks first when `log_count` is not 0.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from afterglow.core.builtin_practices import missing_builtins, with_active
from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import InvalidRecord, RecordNotFound, RefusedChange, UsageError
from afterglow.core.journal import Clock, ImportCounts, Journal, local_now
from afterglow.core.practices import (
    BuiltinPractice,
    InvalidPractice,
    InvalidPracticeLog,
    Practice,
    PracticeKind,
    PracticeLog,
    normalize_schedule,
    validate_practice,
    validate_practice_log,
)
from afterglow.core.store import EntryFilter
from afterglow.core.tracking_store import AnalyticsSource, LogFilter, PracticeStore
from afterglow.patterns.days import journal_days
from afterglow.patterns.practices import PracticeStats, practice_stats

# The longest heat map asked for at once: a few years of days is plenty for any view.
MAX_HEAT_MAP_DAYS = 3 * 366


class PracticeNotFound(RecordNotFound):
    pass


@dataclass(frozen=True)
class DuePractice:
    """An active practice scheduled today, and today's log if there is one."""

    practice: Practice
    log: PracticeLog | None

    @property
    def done(self) -> bool:
        return self.log is not None and self.log.done


@dataclass(frozen=True)
class HeatMapDay:
    """One day of one practice: whether the schedule names it, and what was logged."""

    day: date
    scheduled: bool
    done: bool
    amount: float | None


def meets_target(practice: Practice, amount: float | None, items: Sequence[str] = ()) -> bool:
    """Whether a day's amount or list reaches the practice's target, for a view to suggest
    `done`; without a target any amount above 0 (or one item) does, and a check always."""
    if practice.kind is PracticeKind.CHECK:
        return True
    if practice.kind is PracticeKind.LIST:
        count = len([item for item in items if item.strip()])
        return count >= (practice.target or 1)
    if amount is None:
        return False
    return amount >= practice.target if practice.target is not None else amount > 0


def _kind(value: PracticeKind | str) -> PracticeKind:
    try:
        return PracticeKind(value)
    except ValueError:
        raise InvalidPractice("kind", "must be one of " + ", ".join(PracticeKind)) from None


def _number(value: object, error: type[InvalidRecord], name: str) -> float | None:
    """A number as the float stored, so 10 and 10.0 compare and export alike."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise error(name, "must be a number or empty")
    return float(value)


_Practices = list[Practice]
_Logs = list[PracticeLog]
_Due = list[DuePractice]


class Practices:
    """Practice use cases over a `PracticeStore`; gratitude entries go through the journal
    and the mood comparison reads lean entries from `analytics`."""

    def __init__(
        self,
        store: PracticeStore,
        journal: Journal,
        analytics: AnalyticsSource,
        clock: Clock = local_now,
    ) -> None:
        self._store = store
        self._journal = journal
        self._analytics = analytics
        self._clock = clock

    # -- practices -------------------------------------------------------------------

    def ensure_builtins(
        self,
        *,
        names: Mapping[BuiltinPractice, str] | None = None,
        active: Collection[BuiltinPractice] = (),
    ) -> _Practices:
        """Stores the built-ins not stored yet (switched off unless named in `active`;
        `names` gives translated names) and returns the ones it stored. Safe on every start."""
        with self._store.transaction():
            missing = missing_builtins(self._store.practices(), names=dict(names or {}))
            added = [with_active(p, p.builtin in active) for p in missing]
            self._store.insert([validate_practice(p) for p in added])
        return added

    def add(
        self,
        *,
        name: str,
        kind: PracticeKind | str,
        target: float | None = None,
        unit: str = "",
        schedule: str = "daily",
        active: bool = True,
    ) -> Practice:
        """Stores a new practice of the person's own. `schedule` may be loose ("Mon, Fri")."""
        practice = Practice(
            id=str(uuid.uuid4()),
            name=name.strip(),
            kind=_kind(kind),
            target=_number(target, InvalidPractice, "target"),
            unit=unit.strip(),
            schedule=normalize_schedule(schedule),
            active=active,
        )
        with self._store.transaction():
            self._store.insert([validate_practice(practice)])
        return practice

    def update(self, edited: Practice) -> Practice:
        """Saves a practice's name, target, unit, schedule and state. A built-in stays
        the built-in it is, of the same kind."""
        with self._store.transaction():
            stored = self.get(edited.id)
            practice = replace(
                edited,
                name=edited.name.strip(),
                kind=stored.kind if stored.builtin is not None else _kind(edited.kind),
                target=_number(edited.target, InvalidPractice, "target"),
                unit=edited.unit.strip(),
                schedule=normalize_schedule(edited.schedule),
                builtin=stored.builtin,
            )
            if practice != stored:
                self._store.replace([validate_practice(practice)])
        return practice

    def set_active(self, practice_id: str, active: bool) -> Practice:
        """Turns a practice on or off; its logs and history stay either way."""
        with self._store.transaction():
            practice = self.get(practice_id)
            if practice.active != active:
                practice = with_active(practice, active)
                self._store.replace([practice])
        return practice

    def delete(self, practice_id: str) -> int:
        """Deletes an own practice and its logs for good; returns how many logs went.
        Built-ins are only switched off (`RefusedChange`)."""
        with self._store.transaction():
            practice = self.get(practice_id)
            if practice.builtin is not None:
                raise RefusedChange("A built-in practice can be switched off but not deleted.")
            logs = self._store.log_count(practice_id)
            self._store.delete(practice_id)
        return logs

    def get(self, practice_id: str) -> Practice:
        practice = self._store.get(practice_id)
        if practice is None:
            raise PracticeNotFound(f"No practice has the id {practice_id}.")
        return practice

    def exists(self, practice_id: str) -> bool:
        return self._store.get(practice_id) is not None

    def list(self, *, active_only: bool = False) -> _Practices:
        """Practices in the order they were stored (built-ins first once seeded)."""
        practices = self._store.practices()
        return [p for p in practices if p.active] if active_only else practices

    # -- logs ------------------------------------------------------------------------

    def log(
        self,
        practice_id: str,
        day: date,
        *,
        done: bool = True,
        amount: float | None = None,
        items: Iterable[str] = (),
        note: str = "",
    ) -> PracticeLog:
        """Records a day of a practice, replacing what that day held before (its id stays).
        Days still to come cannot be logged."""
        if day > self._clock().date():
            raise UsageError("A practice cannot be logged for a day that has not come yet.")
        cleaned = tuple(item.strip() for item in items if item.strip())
        with self._store.transaction():
            self.get(practice_id)
            stored = self._store.log_on(practice_id, day)
            log = PracticeLog(
                id=stored.id if stored else str(uuid.uuid4()),
                practice_id=practice_id,
                date=day,
                done=done,
                amount=_number(amount, InvalidPracticeLog, "amount"),
                items=cleaned,
                note=note,
            )
            if log != stored:
                self._store.put_logs([validate_practice_log(log)])
        return log

    def clear_log(self, practice_id: str, day: date) -> bool:
        """Removes a day's log; True if there was one."""
        with self._store.transaction():
            return bool(self._store.delete_log(practice_id, day))

    def log_on(self, practice_id: str, day: date) -> PracticeLog | None:
        return self._store.log_on(practice_id, day)

    def logs(
        self,
        practice_id: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> _Logs:
        """Logs oldest day first, of one practice or all."""
        if since and until and since > until:
            raise UsageError("The start date is after the end date.")
        return self._store.logs(LogFilter(practice_id, since, until))

    def log_count(self, practice_id: str) -> int:
        return self._store.log_count(practice_id)

    # -- views -----------------------------------------------------------------------

    def due_today(self, today: date | None = None) -> _Due:
        """Active practices scheduled today with today's log, in the practices' order."""
        today = today or self._clock().date()
        logs = {
            log.practice_id: log for log in self._store.logs(LogFilter(since=today, until=today))
        }
        return [
            DuePractice(p, logs.get(p.id))
            for p in self._store.practices()
            if p.active and p.is_scheduled(today)
        ]

    def heat_map(self, practice_id: str, since: date, until: date) -> dict[date, HeatMapDay]:
        """Every day from `since` to `until`, in order, for one practice."""
        if since > until:
            raise UsageError("The start date is after the end date.")
        if (until - since).days >= MAX_HEAT_MAP_DAYS:
            raise UsageError("A heat map can cover at most three years at once.")
        practice = self.get(practice_id)
        logs = {log.date: log for log in self._store.logs(LogFilter(practice_id, since, until))}
        days: dict[date, HeatMapDay] = {}
        day = since
        while day <= until:
            log = logs.get(day)
            days[day] = HeatMapDay(
                day,
                practice.is_scheduled(day),
                log is not None and log.done,
                None if log is None else log.amount,
            )
            day += timedelta(days=1)
        return days

    def stats(self, practice_id: str, today: date | None = None) -> PracticeStats:
        """Streaks, 30-day adherence and mood on days done against days not done."""
        today = today or self._clock().date()
        practice = self.get(practice_id)
        logs = self._store.logs(LogFilter(practice_id, until=today))
        first = logs[0].date if logs else today
        days = journal_days(self._analytics.lean_entries(first, today))
        return practice_stats(practice, logs, days, today)

    def gratitude_entry(self, practice_id: str, day: date, *, title: str = "") -> Entry:
        """The day's list as a gratitude entry (a Markdown list). Asking again with the
        list unchanged returns the entry made before rather than a second one."""
        log = self._store.log_on(practice_id, day)
        if log is None or not log.items:
            raise UsageError("There is no list on that day to make an entry from.")
        body = "".join(f"- {' '.join(item.split())}\n" for item in log.items)
        same_day = self._journal.list(
            EntryFilter(since=day, until=day, kinds=(EntryKind.GRATITUDE,))
        )
        for entry in same_day:
            if entry.body == body:
                return entry
        return self._journal.add(kind=EntryKind.GRATITUDE, title=title, body=body, day=day)

    # -- bringing practices in -------------------------------------------------------

    def import_practices(
        self, practices: Sequence[Practice]
    ) -> tuple[ImportCounts, dict[str, str]]:
        """Adds practices from an export; returns the counts and, for built-ins the
        journal already keeps under another id, {id in the file: id here}.

        Such a built-in is taken over by the file's copy (its id and settings) when it has
        no logs here yet; otherwise it stays, and the file's logs for it join it.
        """
        practices = list({p.id: validate_practice(p) for p in practices}.values())
        with self._store.transaction():
            existing = self._store.existing([p.id for p in practices])
            here = {p.builtin: p for p in self._store.practices() if p.builtin is not None}
            added: _Practices = []
            mapped: dict[str, str] = {}
            for practice in practices:
                if practice.id in existing:
                    continue
                twin = here.get(practice.builtin) if practice.builtin is not None else None
                if twin is not None and self._store.log_count(twin.id):
                    mapped[practice.id] = twin.id
                    continue
                if twin is not None:
                    self._store.delete(twin.id)
                added.append(practice)
            self._store.insert(added)
        unchanged = len(practices) - len(added)
        return ImportCounts(added=len(added), unchanged=unchanged), mapped

    def import_logs(
        self, logs: Sequence[PracticeLog], mapped: Mapping[str, str] | None = None
    ) -> ImportCounts:
        """Adds logs from an export (practice ids translated through `mapped`). A log
        already here, or a day the journal already logged for that practice, is left as
        it is. Practices are the caller's to check."""
        mapped = mapped or {}
        logs = [
            validate_practice_log(
                replace(log, practice_id=mapped.get(log.practice_id, log.practice_id))
            )
            for log in {log.id: log for log in logs}.values()
        ]
        with self._store.transaction():
            existing = self._store.existing_logs([log.id for log in logs])
            added: _Logs = []
            taken: set[tuple[str, date]] = set()
            for log in logs:
                key = (log.practice_id, log.date)
                if log.id in existing or key in taken or self._store.log_on(*key) is not None:
                    continue
                taken.add(key)
                added.append(log)
            self._store.insert_logs(added)
        return ImportCounts(added=len(added), unchanged=len(logs) - len(added))
