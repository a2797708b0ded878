"""Practices and their daily logs in the encrypted database: the only SQL for them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import Any

from afterglow.core.errors import DamagedData
from afterglow.core.practices import BuiltinPractice, Practice, PracticeKind, PracticeLog
from afterglow.core.tracking_store import LogFilter
from afterglow.vault.batches import batches, marks
from afterglow.vault.database import Database, Row

_PRACTICE_FIELDS = ("id", "name", "kind", "target", "unit", "schedule", "builtin", "active")
_LOG_FIELDS = ("id", "practice_id", "date", "done", "amount", "items", "note")
_PRACTICE_COLUMNS = ", ".join(_PRACTICE_FIELDS)
_LOG_COLUMNS = ", ".join(_LOG_FIELDS)


class VaultPracticeStore:
    """`core.tracking_store.PracticeStore` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def transaction(self) -> AbstractContextManager[object]:
        return self._db.transaction()

    # -- practices -------------------------------------------------------------------

    def insert(self, practices: Sequence[Practice]) -> None:
        if practices:
            self._db.executemany(
                f"INSERT INTO practices ({_PRACTICE_COLUMNS})"
                f" VALUES ({marks(len(_PRACTICE_FIELDS))})",
                [_practice_row(p) for p in practices],
            )

    def replace(self, practices: Sequence[Practice]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in _PRACTICE_FIELDS[1:])
        if practices:
            self._db.executemany(
                f"UPDATE practices SET {assignments} WHERE id = ?",
                [(*_practice_row(p)[1:], p.id) for p in practices],
            )

    def get(self, practice_id: str) -> Practice | None:
        return self.existing([practice_id]).get(practice_id)

    def existing(self, practice_ids: Sequence[str]) -> dict[str, Practice]:
        found: dict[str, Practice] = {}
        for batch in batches(practice_ids):
            rows = self._db.query(
                f"SELECT {_PRACTICE_COLUMNS} FROM practices WHERE id IN ({marks(len(batch))})",
                batch,
            )
            found.update((p.id, p) for p in _practices(rows))
        return found

    def practices(self) -> list[Practice]:
        return _practices(self._db.query(f"SELECT {_PRACTICE_COLUMNS} FROM practices ORDER BY seq"))

    def delete(self, practice_id: str) -> int:
        # The logs go with it (ON DELETE CASCADE).
        return int(self._db.execute("DELETE FROM practices WHERE id = ?", (practice_id,)).rowcount)

    # -- logs ------------------------------------------------------------------------

    def put_logs(self, logs: Sequence[PracticeLog]) -> None:
        if not logs:
            return
        assignments = ", ".join(f"{name} = excluded.{name}" for name in _LOG_FIELDS)
        with self._db.transaction():
            # A log replaces its namesake by id first, so that changing a log's day works.
            self._db.executemany(
                "DELETE FROM practice_logs WHERE id = ?", [(log.id,) for log in logs]
            )
            self._db.executemany(
                f"INSERT INTO practice_logs ({_LOG_COLUMNS}) VALUES ({marks(len(_LOG_FIELDS))})"
                f" ON CONFLICT (practice_id, date) DO UPDATE SET {assignments}",
                [_log_row(log) for log in logs],
            )

    def insert_logs(self, logs: Sequence[PracticeLog]) -> None:
        if logs:
            self._db.executemany(
                f"INSERT INTO practice_logs ({_LOG_COLUMNS}) VALUES ({marks(len(_LOG_FIELDS))})",
                [_log_row(log) for log in logs],
            )

    def logs(self, where: LogFilter) -> list[PracticeLog]:
        sql: list[str] = []
        params: list[Any] = []
        if where.practice_id is not None:
            sql.append("practice_id = ?")
            params.append(where.practice_id)
        if where.since is not None:
            sql.append("date >= ?")
            params.append(where.since.isoformat())
        if where.until is not None:
            sql.append("date <= ?")
            params.append(where.until.isoformat())
        rows = self._db.query(
            f"SELECT {_LOG_COLUMNS} FROM practice_logs WHERE {' AND '.join(sql) or '1'}"
            " ORDER BY date, seq",
            params,
        )
        return _logs(rows)

    def log_on(self, practice_id: str, day: date) -> PracticeLog | None:
        rows = self._db.query(
            f"SELECT {_LOG_COLUMNS} FROM practice_logs WHERE practice_id = ? AND date = ?",
            (practice_id, day.isoformat()),
        )
        found = _logs(rows)
        return found[0] if found else None

    def existing_logs(self, log_ids: Sequence[str]) -> dict[str, PracticeLog]:
        found: dict[str, PracticeLog] = {}
        for batch in batches(log_ids):
            rows = self._db.query(
                f"SELECT {_LOG_COLUMNS} FROM practice_logs WHERE id IN ({marks(len(batch))})",
                batch,
            )
            found.update((log.id, log) for log in _logs(rows))
        return found

    def log_count(self, practice_id: str) -> int:
        rows = self._db.query(
            "SELECT count(*) FROM practice_logs WHERE practice_id = ?", (practice_id,)
        )
        return int(rows[0][0])

    def delete_log(self, practice_id: str, day: date) -> int:
        return int(
            self._db.execute(
                "DELETE FROM practice_logs WHERE practice_id = ? AND date = ?",
                (practice_id, day.isoformat()),
            ).rowcount
        )


def _practice_row(p: Practice) -> tuple[Any, ...]:
    return (
        p.id,
        p.name,
        p.kind.value,
        None if p.target is None else float(p.target),
        p.unit,
        p.schedule,
        None if p.builtin is None else p.builtin.value,
        int(p.active),
    )


def _log_row(log: PracticeLog) -> tuple[Any, ...]:
    return (
        log.id,
        log.practice_id,
        log.date.isoformat(),
        int(log.done),
        None if log.amount is None else float(log.amount),
        json.dumps(list(log.items), ensure_ascii=False),
        log.note,
    )


def _practices(rows: Sequence[Row]) -> list[Practice]:
    try:
        return [
            Practice(
                id=row["id"],
                name=row["name"],
                kind=PracticeKind(row["kind"]),
                target=None if row["target"] is None else float(row["target"]),
                unit=row["unit"],
                schedule=row["schedule"],
                builtin=None if row["builtin"] is None else BuiltinPractice(row["builtin"]),
                active=bool(row["active"]),
            )
            for row in rows
        ]
    except (ValueError, TypeError) as exc:
        raise DamagedData("A practice in the journal is damaged.") from exc


def _logs(rows: Sequence[Row]) -> list[PracticeLog]:
    try:
        return [
            PracticeLog(
                id=row["id"],
                practice_id=row["practice_id"],
                date=date.fromisoformat(row["date"]),
                done=bool(row["done"]),
                amount=None if row["amount"] is None else float(row["amount"]),
                items=_items(row["items"]),
                note=row["note"],
            )
            for row in rows
        ]
    except (ValueError, TypeError) as exc:
        raise DamagedData("A practice log in the journal is damaged.") from exc


def _items(text: str) -> tuple[str, ...]:
    items = json.loads(text)
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise ValueError("items must be a list of text")
    return tuple(items)
