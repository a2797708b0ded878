"""Lean reads of entries and sessions for the patterns view.

Analytics over years of journaling look only at dates, moods, energies, tags and
emotions, so these queries leave titles and bodies in the database: building 50,000 full
entries would cost far more than the analytics themselves. Read-only; the entry and
session stores remain the only code that writes those tables.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import DamagedData
from afterglow.vault.database import Database


class VaultAnalyticsSource:
    """`core.tracking_store.AnalyticsSource` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def lean_entries(self, since: date | None, until: date | None) -> list[Entry]:
        within = "e.deleted_at IS NULL AND e.date >= ? AND e.date <= ?"
        params = [(since or date.min).isoformat(), (until or date.max).isoformat()]
        rows = self._db.query(
            "SELECT e.seq, e.id, e.kind, e.date, e.created_at, e.updated_at, e.mood, e.energy,"
            f" e.private, e.session_id FROM entries e WHERE {within}"
            " ORDER BY e.date, e.created_at, e.id",
            params,
        )
        tags = self._grouped(
            "SELECT et.entry, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag"
            f" JOIN entries e ON e.seq = et.entry WHERE {within} ORDER BY et.entry, t.name",
            params,
        )
        emotions = self._grouped(
            "SELECT em.entry, em.word FROM entry_emotions em JOIN entries e ON e.seq = em.entry"
            f" WHERE {within} ORDER BY em.entry, em.position",
            params,
        )
        try:
            return [
                Entry(
                    id=row[1],
                    kind=EntryKind(row[2]),
                    date=date.fromisoformat(row[3]),
                    created_at=datetime.fromisoformat(row[4]),
                    updated_at=datetime.fromisoformat(row[5]),
                    mood=row[6],
                    energy=row[7],
                    private=bool(row[8]),
                    session_id=row[9],
                    tags=tags.get(row[0], ()),
                    emotions=emotions.get(row[0], ()),
                )
                for row in rows
            ]
        except (ValueError, TypeError) as exc:
            raise DamagedData("An entry in the journal is damaged.") from exc

    def session_starts(self, since: date | None, until: date | None) -> list[tuple[str, datetime]]:
        rows = self._db.query(
            "SELECT id, started_at FROM sessions WHERE deleted_at IS NULL"
            " AND started_on >= ? AND started_on <= ? ORDER BY started_utc, id",
            ((since or date.min).isoformat(), (until or date.max).isoformat()),
        )
        try:
            return [(str(row[0]), datetime.fromisoformat(row[1])) for row in rows]
        except (ValueError, TypeError) as exc:
            raise DamagedData("A session in the journal is damaged.") from exc

    def _grouped(self, sql: str, params: list[Any]) -> dict[int, tuple[str, ...]]:
        groups: dict[int, list[str]] = {}
        for row in self._db.query(sql, params):
            groups.setdefault(int(row[0]), []).append(str(row[1]))
        return {seq: tuple(values) for seq, values in groups.items()}
