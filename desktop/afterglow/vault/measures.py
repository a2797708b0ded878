"""Self-report measures in the encrypted database: the only SQL for them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from afterglow.core.errors import DamagedData
from afterglow.core.measures import Instrument, Measure
from afterglow.core.tracking_store import MeasureFilter
from afterglow.vault.batches import batches, marks, utc_key
from afterglow.vault.database import Database, Row

_FIELDS = ("id", "instrument", "taken_at", "taken_on", "taken_utc", "answers")
_COLUMNS = ", ".join(_FIELDS)


class VaultMeasureStore:
    """`core.tracking_store.MeasureStore` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def transaction(self) -> AbstractContextManager[object]:
        return self._db.transaction()

    def insert(self, measures: Sequence[Measure]) -> None:
        if measures:
            self._db.executemany(
                f"INSERT INTO measures ({_COLUMNS}) VALUES ({marks(len(_FIELDS))})",
                [_row(m) for m in measures],
            )

    def get(self, measure_id: str) -> Measure | None:
        return self.existing([measure_id]).get(measure_id)

    def existing(self, measure_ids: Sequence[str]) -> dict[str, Measure]:
        found: dict[str, Measure] = {}
        for batch in batches(measure_ids):
            rows = self._db.query(
                f"SELECT {_COLUMNS} FROM measures WHERE id IN ({marks(len(batch))})", batch
            )
            found.update((m.id, m) for m in _measures(rows))
        return found

    def measures(self, where: MeasureFilter) -> list[Measure]:
        sql: list[str] = []
        params: list[Any] = []
        if where.instrument is not None:
            sql.append("instrument = ?")
            params.append(Instrument(where.instrument).value)
        if where.since is not None:
            sql.append("taken_on >= ?")
            params.append(where.since.isoformat())
        if where.until is not None:
            sql.append("taken_on <= ?")
            params.append(where.until.isoformat())
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM measures WHERE {' AND '.join(sql) or '1'}"
            " ORDER BY taken_utc DESC, id DESC LIMIT ?",
            [*params, -1 if where.limit is None else where.limit],
        )
        return _measures(rows)

    def latest_each(self) -> dict[Instrument, Measure]:
        latest: dict[Instrument, Measure] = {}
        for instrument in Instrument:
            found = self.measures(MeasureFilter(instrument=instrument, limit=1))
            if found:
                latest[instrument] = found[0]
        return latest

    def delete(self, measure_id: str) -> int:
        return int(self._db.execute("DELETE FROM measures WHERE id = ?", (measure_id,)).rowcount)


def _row(m: Measure) -> tuple[Any, ...]:
    return (
        m.id,
        m.instrument.value,
        m.taken_at.isoformat(),
        m.taken_at.date().isoformat(),
        utc_key(m.taken_at),
        json.dumps(list(m.answers)),
    )


def _measures(rows: Sequence[Row]) -> list[Measure]:
    try:
        return [
            Measure(
                id=row["id"],
                instrument=Instrument(row["instrument"]),
                taken_at=datetime.fromisoformat(row["taken_at"]),
                answers=_answers(row["answers"]),
            )
            for row in rows
        ]
    except (ValueError, TypeError) as exc:
        raise DamagedData("A measure in the journal is damaged.") from exc


def _answers(text: str) -> tuple[int, ...]:
    answers = json.loads(text)
    if not isinstance(answers, list) or not all(
        isinstance(a, int) and not isinstance(a, bool) for a in answers
    ):
        raise ValueError("answers must be a list of whole numbers")
    return tuple(answers)
