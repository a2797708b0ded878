"""Actions in the encrypted database: the only SQL for actions."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any

from afterglow.core.action import Action, ActionKind, ActionStatus
from afterglow.core.errors import DamagedData
from afterglow.core.integration_store import ActionFilter
from afterglow.vault.batches import batches, marks, utc_key
from afterglow.vault.database import Database, Row

_FIELDS = (
    "id",
    "created_at",
    "created_utc",
    "text",
    "insight_id",
    "kind",
    "status",
    "due",
    "done_at",
    "done_on",
)
_COLUMNS = ", ".join(f"a.{name}" for name in _FIELDS)
# Soonest due first, undated ones last, then oldest first.
_ORDER = "a.due IS NULL, a.due, a.created_utc, a.id"


class VaultActionStore:
    """`core.integration_store.ActionStore` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def transaction(self) -> AbstractContextManager[object]:
        return self._db.transaction()

    def insert(self, actions: Sequence[Action]) -> None:
        if not actions:
            return
        with self._db.transaction():
            self._db.executemany(
                f"INSERT INTO actions ({', '.join(_FIELDS)}) VALUES ({marks(len(_FIELDS))})",
                [_row(a) for a in actions],
            )

    def replace(self, actions: Sequence[Action]) -> None:
        if not actions:
            return
        assignments = ", ".join(f"{name} = ?" for name in _FIELDS[1:])
        with self._db.transaction():
            self._db.executemany(
                f"UPDATE actions SET {assignments} WHERE id = ?",
                [(*_row(a)[1:], a.id) for a in actions],
            )

    def delete(self, action_ids: Sequence[str]) -> int:
        removed = 0
        with self._db.transaction():
            for batch in batches(action_ids):
                removed += self._db.execute(
                    f"DELETE FROM actions WHERE id IN ({marks(len(batch))})", batch
                ).rowcount
        return removed

    def get(self, action_id: str) -> Action | None:
        return self.existing([action_id]).get(action_id)

    def existing(self, action_ids: Sequence[str]) -> dict[str, Action]:
        found: dict[str, Action] = {}
        for batch in batches(action_ids):
            rows = self._db.query(
                f"SELECT {_COLUMNS} FROM actions a WHERE a.id IN ({marks(len(batch))})", batch
            )
            found.update((a.id, a) for a in _actions(rows))
        return found

    def actions(self, where: ActionFilter) -> list[Action]:
        sql: list[str] = []
        params: list[Any] = []
        if where.statuses:
            sql.append(f"a.status IN ({marks(len(where.statuses))})")
            params += [ActionStatus(s).value for s in where.statuses]
        if where.insight_id is not None:
            sql.append("a.insight_id = ?")
            params.append(where.insight_id)
        if where.due_until is not None:
            sql.append("a.due <= ?")
            params.append(where.due_until.isoformat())
        if where.done_since is not None:
            sql.append("a.done_on >= ?")
            params.append(where.done_since.isoformat())
        if where.done_until is not None:
            sql.append("a.done_on <= ?")
            params.append(where.done_until.isoformat())
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM actions a WHERE {' AND '.join(sql) or '1'}"
            f" ORDER BY {_ORDER} LIMIT ? OFFSET ?",
            [*params, -1 if where.limit is None else where.limit, where.offset],
        )
        return _actions(rows)

    def insights_with_actions(self) -> set[str]:
        rows = self._db.query(
            "SELECT DISTINCT insight_id FROM actions"
            " WHERE insight_id IS NOT NULL AND status != 'dropped'"
        )
        return {str(row[0]) for row in rows}


def _row(a: Action) -> tuple[Any, ...]:
    return (
        a.id,
        a.created_at.isoformat(),
        utc_key(a.created_at),
        a.text,
        a.insight_id,
        a.kind.value,
        a.status.value,
        a.due.isoformat() if a.due else None,
        a.done_at.isoformat() if a.done_at else None,
        # The calendar date where it was done, for "done this week".
        a.done_at.date().isoformat() if a.done_at else None,
    )


def _actions(rows: Sequence[Row]) -> list[Action]:
    try:
        return [
            Action(
                id=row["id"],
                created_at=datetime.fromisoformat(row["created_at"]),
                text=row["text"],
                kind=ActionKind(row["kind"]),
                insight_id=row["insight_id"],
                status=ActionStatus(row["status"]),
                due=date.fromisoformat(row["due"]) if row["due"] else None,
                done_at=datetime.fromisoformat(row["done_at"]) if row["done_at"] else None,
            )
            for row in rows
        ]
    except (ValueError, TypeError) as exc:
        raise DamagedData("An action in the journal is damaged.") from exc
