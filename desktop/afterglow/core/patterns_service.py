"""Pattern use cases: name a pattern, note each time it shows up (from an entry or on its
own), resolve it or bring it back, and see its trend month by month.

Deleting a pattern deletes its occurrences with it; resolving keeps everything. An
occurrence noted from an entry keeps its text if that entry is deleted for good: only the
link is cleared.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from afterglow.core.errors import RecordNotFound, UsageError
from afterglow.core.journal import Clock, ImportCounts, Journal, local_now
from afterglow.core.patterns import (
    InvalidOccurrence,
    Occurrence,
    Pattern,
    PatternStatus,
    validate_occurrence,
    validate_pattern,
)
from afterglow.core.tracking_store import OccurrenceFilter, PatternStore
from afterglow.patterns.trends import PatternTrend, pattern_trend


class PatternNotFound(RecordNotFound):
    pass


class OccurrenceNotFound(RecordNotFound):
    pass


_Patterns = list[Pattern]
_Occurrences = list[Occurrence]


class Patterns:
    """Pattern use cases over a `PatternStore`; linked entries are checked in the journal."""

    def __init__(self, store: PatternStore, journal: Journal, clock: Clock = local_now) -> None:
        self._store = store
        self._journal = journal
        self._clock = clock

    # -- patterns --------------------------------------------------------------------

    def add(self, name: str, description: str = "") -> Pattern:
        pattern = Pattern(
            id=str(uuid.uuid4()),
            name=name.strip(),
            description=description.strip(),
            created_at=self._clock(),
        )
        with self._store.transaction():
            self._store.insert([validate_pattern(pattern)])
        return pattern

    def update(self, edited: Pattern) -> Pattern:
        """Saves a pattern's name and description; its creation time and status stay
        (see `resolve` and `reactivate`)."""
        with self._store.transaction():
            stored = self.get(edited.id)
            pattern = replace(
                stored, name=edited.name.strip(), description=edited.description.strip()
            )
            if pattern != stored:
                self._store.replace([validate_pattern(pattern)])
        return pattern

    def resolve(self, pattern_id: str) -> Pattern:
        return self._set_status(pattern_id, PatternStatus.RESOLVED)

    def reactivate(self, pattern_id: str) -> Pattern:
        return self._set_status(pattern_id, PatternStatus.ACTIVE)

    def _set_status(self, pattern_id: str, status: PatternStatus) -> Pattern:
        with self._store.transaction():
            pattern = self.get(pattern_id)
            if pattern.status is not status:
                pattern = replace(pattern, status=status)
                self._store.replace([pattern])
        return pattern

    def delete(self, pattern_id: str) -> int:
        """Deletes a pattern and its occurrences for good; returns how many occurrences."""
        with self._store.transaction():
            self.get(pattern_id)
            count = self._store.occurrence_count(pattern_id)
            self._store.delete(pattern_id)
        return count

    def get(self, pattern_id: str) -> Pattern:
        pattern = self._store.get(pattern_id)
        if pattern is None:
            raise PatternNotFound(f"No pattern has the id {pattern_id}.")
        return pattern

    def exists(self, pattern_id: str) -> bool:
        return self._store.get(pattern_id) is not None

    def list(self, status: PatternStatus | None = None) -> _Patterns:
        """Patterns oldest first, of one status or all."""
        return self._store.patterns(status)

    def occurrence_count(self, pattern_id: str) -> int:
        return self._store.occurrence_count(pattern_id)

    # -- occurrences -----------------------------------------------------------------

    def log_occurrence(
        self,
        pattern_id: str,
        *,
        occurred_at: datetime | None = None,
        entry_id: str | None = None,
        trigger: str = "",
        response: str = "",
        alternative: str = "",
        intensity: int | None = None,
    ) -> Occurrence:
        """Notes one time the pattern showed up (now, unless `occurred_at` says when),
        optionally from an entry."""
        occurrence = Occurrence(
            id=str(uuid.uuid4()),
            pattern_id=pattern_id,
            entry_id=entry_id,
            occurred_at=occurred_at or self._clock(),
            trigger=trigger.strip(),
            response=response.strip(),
            alternative=alternative.strip(),
            intensity=intensity,
        )
        with self._store.transaction():
            self._check_links(validate_occurrence(occurrence))
            self._store.insert_occurrences([occurrence])
        return occurrence

    def update_occurrence(self, edited: Occurrence) -> Occurrence:
        """Saves an edited occurrence (it may move to another pattern or entry)."""
        with self._store.transaction():
            stored = self.get_occurrence(edited.id)
            occurrence = replace(
                edited,
                trigger=edited.trigger.strip(),
                response=edited.response.strip(),
                alternative=edited.alternative.strip(),
            )
            if occurrence != stored:
                self._check_links(validate_occurrence(occurrence))
                self._store.replace_occurrences([occurrence])
        return occurrence

    def delete_occurrence(self, occurrence_id: str) -> None:
        with self._store.transaction():
            if not self._store.delete_occurrence(occurrence_id):
                raise OccurrenceNotFound(f"No occurrence has the id {occurrence_id}.")

    def get_occurrence(self, occurrence_id: str) -> Occurrence:
        occurrence = self._store.get_occurrence(occurrence_id)
        if occurrence is None:
            raise OccurrenceNotFound(f"No occurrence has the id {occurrence_id}.")
        return occurrence

    def occurrences(self, where: OccurrenceFilter | None = None) -> _Occurrences:
        """Occurrences newest first (of one pattern, from one entry, on some days)."""
        where = where or OccurrenceFilter()
        if where.since and where.until and where.since > where.until:
            raise UsageError("The start date is after the end date.")
        return self._store.occurrences(where)

    def trend(
        self, pattern_id: str, today: date | None = None, since: date | None = None
    ) -> PatternTrend:
        """Monthly counts and whether they are rising, falling or flat, as of `today`."""
        today = today or self._clock().date()
        pattern = self.get(pattern_id)
        found = self._store.occurrences(OccurrenceFilter(pattern_id, since=since, until=today))
        return pattern_trend(pattern, found, today, since)

    def _check_links(self, occurrence: Occurrence) -> None:
        if self._store.get(occurrence.pattern_id) is None:
            raise InvalidOccurrence("pattern_id", "names no pattern in the journal")
        if occurrence.entry_id is not None and not self._journal.exists(occurrence.entry_id):
            raise InvalidOccurrence("entry_id", "names no entry in the journal")

    # -- bringing patterns in --------------------------------------------------------

    def import_patterns(self, patterns: Sequence[Pattern]) -> ImportCounts:
        """Adds patterns from an export; one already here is left as it is."""
        patterns = list({p.id: validate_pattern(p) for p in patterns}.values())
        with self._store.transaction():
            existing = self._store.existing([p.id for p in patterns])
            added = [p for p in patterns if p.id not in existing]
            self._store.insert(added)
        return ImportCounts(added=len(added), unchanged=len(patterns) - len(added))

    def import_occurrences(self, occurrences: Sequence[Occurrence]) -> ImportCounts:
        """Adds occurrences from an export; links are the caller's to check."""
        occurrences = list({o.id: validate_occurrence(o) for o in occurrences}.values())
        with self._store.transaction():
            existing = self._store.existing_occurrences([o.id for o in occurrences])
            added = [o for o in occurrences if o.id not in existing]
            self._store.insert_occurrences(added)
        return ImportCounts(added=len(added), unchanged=len(occurrences) - len(added))
