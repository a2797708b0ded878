"""What practices, patterns, measures and the patterns view need from storage.

The vault's stores (`vault.practices`, `vault.patterns`, `vault.measures`,
`vault.analytics`) are the real ones. As with `EntryStore`, every method that writes
joins the caller's `transaction()` if one is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from afterglow.core.entries import Entry
from afterglow.core.measures import Instrument, Measure
from afterglow.core.patterns import Occurrence, Pattern, PatternStatus
from afterglow.core.practices import Practice, PracticeLog


@dataclass(frozen=True)
class LogFilter:
    """Which practice logs to list, oldest day first; every condition given must hold."""

    practice_id: str | None = None
    since: date | None = None  # inclusive
    until: date | None = None  # inclusive


@dataclass(frozen=True)
class OccurrenceFilter:
    """Which occurrences to list, newest first; dates are each occurrence's own calendar
    date (in the offset it was noted with)."""

    pattern_id: str | None = None
    entry_id: str | None = None
    since: date | None = None  # inclusive
    until: date | None = None  # inclusive
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class MeasureFilter:
    """Which measures to list, newest first."""

    instrument: Instrument | None = None
    since: date | None = None  # the day it was taken, in its own offset; inclusive
    until: date | None = None  # inclusive
    limit: int | None = None


class PracticeStore(Protocol):
    def transaction(self) -> AbstractContextManager[object]: ...

    def insert(self, practices: Sequence[Practice]) -> None:
        """Adds new practices (their ids, and their `builtin` if any, must be new)."""

    def replace(self, practices: Sequence[Practice]) -> None: ...

    def get(self, practice_id: str) -> Practice | None: ...

    def existing(self, practice_ids: Sequence[str]) -> dict[str, Practice]: ...

    def practices(self) -> list[Practice]:
        """Every practice, in the order they were stored."""

    def delete(self, practice_id: str) -> int:
        """Removes a practice for good with its logs; returns how many practices went."""

    def put_logs(self, logs: Sequence[PracticeLog]) -> None:
        """Stores logs, each replacing the one with its id or, failing that, the one of its
        practice on its day."""

    def insert_logs(self, logs: Sequence[PracticeLog]) -> None:
        """Adds new logs (their ids and their (practice, day) must be new)."""

    def logs(self, where: LogFilter) -> list[PracticeLog]: ...

    def log_on(self, practice_id: str, day: date) -> PracticeLog | None: ...

    def existing_logs(self, log_ids: Sequence[str]) -> dict[str, PracticeLog]: ...

    def log_count(self, practice_id: str) -> int: ...

    def delete_log(self, practice_id: str, day: date) -> int: ...


class PatternStore(Protocol):
    def transaction(self) -> AbstractContextManager[object]: ...

    def insert(self, patterns: Sequence[Pattern]) -> None: ...

    def replace(self, patterns: Sequence[Pattern]) -> None: ...

    def get(self, pattern_id: str) -> Pattern | None: ...

    def existing(self, pattern_ids: Sequence[str]) -> dict[str, Pattern]: ...

    def patterns(self, status: PatternStatus | None) -> list[Pattern]:
        """Patterns (of one status, or all), oldest first."""

    def delete(self, pattern_id: str) -> int:
        """Removes a pattern for good with its occurrences; returns how many patterns went."""

    def insert_occurrences(self, occurrences: Sequence[Occurrence]) -> None: ...

    def replace_occurrences(self, occurrences: Sequence[Occurrence]) -> None: ...

    def get_occurrence(self, occurrence_id: str) -> Occurrence | None: ...

    def existing_occurrences(self, occurrence_ids: Sequence[str]) -> dict[str, Occurrence]: ...

    def occurrences(self, where: OccurrenceFilter) -> list[Occurrence]: ...

    def occurrence_count(self, pattern_id: str) -> int: ...

    def delete_occurrence(self, occurrence_id: str) -> int: ...


class MeasureStore(Protocol):
    def transaction(self) -> AbstractContextManager[object]: ...

    def insert(self, measures: Sequence[Measure]) -> None: ...

    def get(self, measure_id: str) -> Measure | None: ...

    def existing(self, measure_ids: Sequence[str]) -> dict[str, Measure]: ...

    def measures(self, where: MeasureFilter) -> list[Measure]: ...

    def latest_each(self) -> dict[Instrument, Measure]:
        """The latest measure of every instrument taken at least once."""

    def delete(self, measure_id: str) -> int: ...


class AnalyticsSource(Protocol):
    """Lean reads for analytics over many thousands of entries."""

    def lean_entries(self, since: date | None, until: date | None) -> list[Entry]:
        """Entries outside the Trash dated from `since` to `until` (None: open), oldest
        first, with everything analytics use (date, mood, energy, tags, emotions, kind,
        private, session) but an empty title and body, and `updated_at` = `created_at`."""

    def session_starts(self, since: date | None, until: date | None) -> list[tuple[str, datetime]]:
        """(id, started_at) of sessions outside the Trash on those days, in time order."""
