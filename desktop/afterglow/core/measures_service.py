"""Measure use cases: take a PHQ-9 or GAD-7, see its history, the latest of each, and
which to offer again. Scoring, bands and crisis resources live in `afterglow.measures`;
a view shows `CRISIS_RESOURCES` when `needs_crisis_resources(measure)` after `take`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from afterglow.core.errors import RecordNotFound, UsageError
from afterglow.core.journal import Clock, ImportCounts, local_now
from afterglow.core.measures import (
    Instrument,
    InvalidMeasure,
    Measure,
    check_answers,
    validate_measure,
)
from afterglow.core.tracking_store import MeasureFilter, MeasureStore
from afterglow.measures.reminders import repeat_due


class MeasureNotFound(RecordNotFound):
    pass


def _instrument(value: Instrument | str) -> Instrument:
    try:
        return Instrument(value)
    except ValueError:
        raise InvalidMeasure("instrument", "must be one of " + ", ".join(Instrument)) from None


class Measures:
    """Measure use cases over a `MeasureStore`."""

    def __init__(self, store: MeasureStore, clock: Clock = local_now) -> None:
        self._store = store
        self._clock = clock

    def take(
        self,
        instrument: Instrument | str,
        answers: Sequence[int],
        taken_at: datetime | None = None,
    ) -> Measure:
        """Stores a completed questionnaire: one answer from 0 to 3 per item, in order."""
        kind = _instrument(instrument)
        measure = Measure(
            id=str(uuid.uuid4()),
            instrument=kind,
            taken_at=taken_at or self._clock(),
            answers=check_answers(kind, list(answers)),
        )
        with self._store.transaction():
            self._store.insert([validate_measure(measure)])
        return measure

    def get(self, measure_id: str) -> Measure:
        measure = self._store.get(measure_id)
        if measure is None:
            raise MeasureNotFound(f"No measure has the id {measure_id}.")
        return measure

    def history(
        self,
        instrument: Instrument | str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[Measure]:
        """Measures newest first, of one instrument or both."""
        if since and until and since > until:
            raise UsageError("The start date is after the end date.")
        kind = None if instrument is None else _instrument(instrument)
        return self._store.measures(MeasureFilter(kind, since, until))

    def latest(self, instrument: Instrument | str) -> Measure | None:
        found = self._store.measures(MeasureFilter(_instrument(instrument), limit=1))
        return found[0] if found else None

    def delete(self, measure_id: str) -> None:
        with self._store.transaction():
            if not self._store.delete(measure_id):
                raise MeasureNotFound(f"No measure has the id {measure_id}.")

    def repeat_due(self, today: date | None = None) -> tuple[Instrument, ...]:
        """Questionnaires taken before whose latest answer is 14 or more days old."""
        return repeat_due(self._store.latest_each().values(), today or self._clock().date())

    def import_measures(self, measures: Sequence[Measure]) -> ImportCounts:
        """Adds measures from an export; one already here is left as it is."""
        measures = list({m.id: validate_measure(m) for m in measures}.values())
        with self._store.transaction():
            existing = self._store.existing([m.id for m in measures])
            added = [m for m in measures if m.id not in existing]
            self._store.insert(added)
        return ImportCounts(added=len(added), unchanged=len(measures) - len(added))
