"""Patterns and their occurrences in the encrypted database: the only SQL for them."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from afterglow.core.errors import DamagedData
from afterglow.core.patterns import Occurrence, Pattern, PatternStatus
from afterglow.core.tracking_store import OccurrenceFilter
from afterglow.vault.batches import batches, marks, utc_key
from afterglow.vault.database import Database, Row

_PATTERN_FIELDS = ("id", "name", "description", "created_at", "created_utc", "status")
_OCCURRENCE_FIELDS = (
    "id",
    "pattern_id",
    "entry_id",
    "occurred_at",
    "occurred_on",
    "occurred_utc",
    "trigger_text",
    "response",
    "alternative",
    "intensity",
)
_PATTERN_COLUMNS = ", ".join(_PATTERN_FIELDS)
_OCCURRENCE_COLUMNS = ", ".join(_OCCURRENCE_FIELDS)


class VaultPatternStore:
    """`core.tracking_store.PatternStore` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def transaction(self) -> AbstractContextManager[object]:
        return self._db.transaction()

    # -- patterns --------------------------------------------------------------------

    def insert(self, patterns: Sequence[Pattern]) -> None:
        if patterns:
            self._db.executemany(
                f"INSERT INTO patterns ({_PATTERN_COLUMNS}) VALUES ({marks(len(_PATTERN_FIELDS))})",
                [_pattern_row(p) for p in patterns],
            )

    def replace(self, patterns: Sequence[Pattern]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in _PATTERN_FIELDS[1:])
        if patterns:
            self._db.executemany(
                f"UPDATE patterns SET {assignments} WHERE id = ?",
                [(*_pattern_row(p)[1:], p.id) for p in patterns],
            )

    def get(self, pattern_id: str) -> Pattern | None:
        return self.existing([pattern_id]).get(pattern_id)

    def existing(self, pattern_ids: Sequence[str]) -> dict[str, Pattern]:
        found: dict[str, Pattern] = {}
        for batch in batches(pattern_ids):
            rows = self._db.query(
                f"SELECT {_PATTERN_COLUMNS} FROM patterns WHERE id IN ({marks(len(batch))})",
                batch,
            )
            found.update((p.id, p) for p in _patterns(rows))
        return found

    def patterns(self, status: PatternStatus | None) -> list[Pattern]:
        where, params = ("status = ?", [status.value]) if status is not None else ("1", [])
        rows = self._db.query(
            f"SELECT {_PATTERN_COLUMNS} FROM patterns WHERE {where} ORDER BY created_utc, id",
            params,
        )
        return _patterns(rows)

    def delete(self, pattern_id: str) -> int:
        # Its occurrences go with it (ON DELETE CASCADE).
        return int(self._db.execute("DELETE FROM patterns WHERE id = ?", (pattern_id,)).rowcount)

    # -- occurrences -----------------------------------------------------------------

    def insert_occurrences(self, occurrences: Sequence[Occurrence]) -> None:
        if occurrences:
            self._db.executemany(
                f"INSERT INTO occurrences ({_OCCURRENCE_COLUMNS})"
                f" VALUES ({marks(len(_OCCURRENCE_FIELDS))})",
                [_occurrence_row(o) for o in occurrences],
            )

    def replace_occurrences(self, occurrences: Sequence[Occurrence]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in _OCCURRENCE_FIELDS[1:])
        if occurrences:
            self._db.executemany(
                f"UPDATE occurrences SET {assignments} WHERE id = ?",
                [(*_occurrence_row(o)[1:], o.id) for o in occurrences],
            )

    def get_occurrence(self, occurrence_id: str) -> Occurrence | None:
        return self.existing_occurrences([occurrence_id]).get(occurrence_id)

    def existing_occurrences(self, occurrence_ids: Sequence[str]) -> dict[str, Occurrence]:
        found: dict[str, Occurrence] = {}
        for batch in batches(occurrence_ids):
            rows = self._db.query(
                f"SELECT {_OCCURRENCE_COLUMNS} FROM occurrences WHERE id IN ({marks(len(batch))})",
                batch,
            )
            found.update((o.id, o) for o in _occurrences(rows))
        return found

    def occurrences(self, where: OccurrenceFilter) -> list[Occurrence]:
        sql: list[str] = []
        params: list[Any] = []
        for column, value in (("pattern_id", where.pattern_id), ("entry_id", where.entry_id)):
            if value is not None:
                sql.append(f"{column} = ?")
                params.append(value)
        if where.since is not None:
            sql.append("occurred_on >= ?")
            params.append(where.since.isoformat())
        if where.until is not None:
            sql.append("occurred_on <= ?")
            params.append(where.until.isoformat())
        rows = self._db.query(
            f"SELECT {_OCCURRENCE_COLUMNS} FROM occurrences WHERE {' AND '.join(sql) or '1'}"
            " ORDER BY occurred_utc DESC, id DESC LIMIT ? OFFSET ?",
            [*params, -1 if where.limit is None else where.limit, where.offset],
        )
        return _occurrences(rows)

    def occurrence_count(self, pattern_id: str) -> int:
        rows = self._db.query(
            "SELECT count(*) FROM occurrences WHERE pattern_id = ?", (pattern_id,)
        )
        return int(rows[0][0])

    def delete_occurrence(self, occurrence_id: str) -> int:
        return int(
            self._db.execute("DELETE FROM occurrences WHERE id = ?", (occurrence_id,)).rowcount
        )


def _pattern_row(p: Pattern) -> tuple[Any, ...]:
    return (
        p.id,
        p.name,
        p.description,
        p.created_at.isoformat(),
        utc_key(p.created_at),
        p.status.value,
    )


def _occurrence_row(o: Occurrence) -> tuple[Any, ...]:
    return (
        o.id,
        o.pattern_id,
        o.entry_id,
        o.occurred_at.isoformat(),
        o.occurred_at.date().isoformat(),
        utc_key(o.occurred_at),
        o.trigger,
        o.response,
        o.alternative,
        o.intensity,
    )


def _patterns(rows: Sequence[Row]) -> list[Pattern]:
    try:
        return [
            Pattern(
                id=row["id"],
                name=row["name"],
                description=row["description"],
                created_at=datetime.fromisoformat(row["created_at"]),
                status=PatternStatus(row["status"]),
            )
            for row in rows
        ]
    except (ValueError, TypeError) as exc:
        raise DamagedData("A pattern in the journal is damaged.") from exc


def _occurrences(rows: Sequence[Row]) -> list[Occurrence]:
    try:
        return [
            Occurrence(
                id=row["id"],
                pattern_id=row["pattern_id"],
                entry_id=row["entry_id"],
                occurred_at=datetime.fromisoformat(row["occurred_at"]),
                trigger=row["trigger_text"],
                response=row["response"],
                alternative=row["alternative"],
                intensity=row["intensity"],
            )
            for row in rows
        ]
    except (ValueError, TypeError) as exc:
        raise DamagedData("An occurrence in the journal is damaged.") from exc
