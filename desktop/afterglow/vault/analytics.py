"""Lean reads of entries and sessions for the patterns view.

Analytics over years of journaling look only at dates, moods, energies, tags and
emotions, so these queries leave titles and bodies in the database: building 50,000 full
entries would cost far more than the analytics themselves. Read-only; the entry and
session stores remain the only code that writes those tables.
"""

from __future__ import annotations

from datetime import date, datetime

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import DamagedData
from afterglow.vault.database import Database

# A dictionary lookup is many times cheaper than calling the enum, 50,000 times over.
_KINDS = {kind.value: kind for kind in EntryKind}


class VaultAnalyticsSource:
    """`core.tracking_store.AnalyticsSource` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def lean_entries(self, since: date | None, until: date | None) -> list[Entry]:
        # `INDEXED BY` holds the planner to the covering index (see migration 4); the
        # newest-first index looks as good to it but would read every body.
        within = (
            "SELECT seq FROM entries INDEXED BY entries_for_analytics"
            " WHERE deleted_at IS NULL AND date >= ? AND date <= ?"
        )
        params = [(since or date.min).isoformat(), (until or date.max).isoformat()]
        rows = self._db.query(
            "SELECT seq, id, kind, date, created_at, mood, energy, private, session_id"
            " FROM entries INDEXED BY entries_for_analytics"
            " WHERE deleted_at IS NULL AND date >= ? AND date <= ?"
            " ORDER BY date, created_at, id",
            params,
        )
        names = {int(row[0]): str(row[1]) for row in self._db.query("SELECT id, name FROM tags")}
        tags: dict[int, list[str]] = {}
        for row in self._db.query(
            f"SELECT entry, tag FROM entry_tags WHERE entry IN ({within})", params
        ):
            tags.setdefault(int(row[0]), []).append(names[int(row[1])])
        emotions: dict[int, list[str]] = {}
        for row in self._db.query(
            f"SELECT entry, word FROM entry_emotions WHERE entry IN ({within})"
            " ORDER BY entry, position",
            params,
        ):
            emotions.setdefault(int(row[0]), []).append(str(row[1]))
        try:
            entries = []
            for row in rows:
                created = datetime.fromisoformat(row[4])
                seq = row[0]
                entries.append(
                    Entry(
                        id=row[1],
                        kind=_KINDS[row[2]],
                        date=date.fromisoformat(row[3]),
                        created_at=created,
                        updated_at=created,
                        mood=row[5],
                        energy=row[6],
                        private=bool(row[7]),
                        session_id=row[8],
                        tags=tuple(sorted(tags.get(seq, ()))),
                        emotions=tuple(emotions.get(seq, ())),
                    )
                )
            return entries
        except (ValueError, TypeError, KeyError) as exc:
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
