"""Sessions in the encrypted database: the only SQL for sessions, their tags, their
dismissed check-ins and their search index."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from afterglow.core.check_ins import CheckInDismissal
from afterglow.core.errors import DamagedData
from afterglow.core.integration_store import SessionFilter
from afterglow.core.search import SearchQuery, clean_text
from afterglow.core.session import LONG_FIELDS, SHORT_FIELDS, Route, Session
from afterglow.vault.batches import batches, marks, seqs_of, tags_of, utc_key, write_tags
from afterglow.vault.database import Database, Row
from afterglow.vault.search_index import fts_query

_FIELDS = (
    "id, started_at, started_on, started_utc, route, dose_mg, setting, provider,"
    " support_person, music, intention, notes, body_sensations, mood_before, mood_after,"
    " deleted_at"
)
_COLUMNS = "s.seq, " + ", ".join(f"s.{name.strip()}" for name in _FIELDS.split(","))
_NEWEST_FIRST = "s.started_utc DESC, s.id DESC"


class VaultSessionStore:
    """`core.integration_store.SessionStore` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def transaction(self) -> AbstractContextManager[object]:
        return self._db.transaction()

    # -- writing ---------------------------------------------------------------------

    def insert(self, sessions: Sequence[Session]) -> None:
        if not sessions:
            return
        with self._db.transaction():
            self._db.executemany(
                f"INSERT INTO sessions ({_FIELDS}) VALUES ({marks(16)})",
                [_row(s) for s in sessions],
            )
            self._write_links(sessions, replacing=False)

    def replace(self, sessions: Sequence[Session]) -> None:
        if not sessions:
            return
        assignments = ", ".join(f"{name.strip()} = ?" for name in _FIELDS.split(",")[1:])
        with self._db.transaction():
            self._db.executemany(
                f"UPDATE sessions SET {assignments} WHERE id = ?",
                [(*_row(s)[1:], s.id) for s in sessions],
            )
            self._write_links(sessions, replacing=True)

    def _write_links(self, sessions: Sequence[Session], *, replacing: bool) -> None:
        seqs = seqs_of(self._db, "sessions", [s.id for s in sessions])
        if len(seqs) != len(sessions):
            raise DamagedData("A session to be changed is no longer in the journal.")
        pairs = [(seqs[s.id], s) for s in sessions]
        write_tags(self._db, "session_tags", "session", [(seq, s.tags) for seq, s in pairs])
        if replacing:
            self._db.executemany(
                "DELETE FROM sessions_search WHERE rowid = ?", [(seq,) for seq, _ in pairs]
            )
        self._db.executemany(
            "INSERT INTO sessions_search (rowid, text, tags) VALUES (?, ?, ?)",
            [(seq, _searchable(s), " ".join(s.tags)) for seq, s in pairs],
        )

    def delete(self, session_ids: Sequence[str]) -> int:
        removed = 0
        with self._db.transaction():
            for batch in batches(session_ids):
                self._db.execute(
                    "DELETE FROM sessions_search WHERE rowid IN"
                    f" (SELECT seq FROM sessions WHERE id IN ({marks(len(batch))}))",
                    batch,
                )
                removed += self._db.execute(
                    f"DELETE FROM sessions WHERE id IN ({marks(len(batch))})", batch
                ).rowcount
        return removed

    def dismiss(self, session_id: str, day: int, moment: datetime) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO check_in_dismissals (session, day, dismissed_at)"
            " SELECT seq, ?, ? FROM sessions WHERE id = ?",
            (day, moment.isoformat(), session_id),
        )

    def undismiss(self, session_id: str, day: int) -> None:
        self._db.execute(
            "DELETE FROM check_in_dismissals"
            " WHERE day = ? AND session = (SELECT seq FROM sessions WHERE id = ?)",
            (day, session_id),
        )

    # -- reading ---------------------------------------------------------------------

    def get(self, session_id: str) -> Session | None:
        return self.existing([session_id]).get(session_id)

    def existing(self, session_ids: Sequence[str]) -> dict[str, Session]:
        found: dict[str, Session] = {}
        for batch in batches(session_ids):
            rows = self._db.query(
                f"SELECT {_COLUMNS} FROM sessions s WHERE s.id IN ({marks(len(batch))})", batch
            )
            found.update((s.id, s) for s in self._sessions(rows))
        return found

    def sessions(self, where: SessionFilter) -> list[Session]:
        sql: list[str] = []
        params: list[Any] = []
        if where.in_trash is not None:
            sql.append("s.deleted_at IS NOT NULL" if where.in_trash else "s.deleted_at IS NULL")
        if where.since is not None:
            sql.append("s.started_on >= ?")
            params.append(where.since.isoformat())
        if where.until is not None:
            sql.append("s.started_on <= ?")
            params.append(where.until.isoformat())
        for tag in where.tags:
            sql.append("s.seq IN (SELECT session FROM session_tags WHERE tag = ?)")
            params.append(tag)
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM sessions s WHERE {' AND '.join(sql) or '1'}"
            f" ORDER BY {_NEWEST_FIRST} LIMIT ? OFFSET ?",
            [*params, -1 if where.limit is None else where.limit, where.offset],
        )
        return self._sessions(rows)

    def search(self, query: SearchQuery, limit: int) -> list[Session]:
        if query.is_empty:
            return []
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM sessions_search JOIN sessions s"
            " ON s.seq = sessions_search.rowid"
            " WHERE sessions_search MATCH ? AND s.deleted_at IS NULL"
            f" ORDER BY bm25(sessions_search), {_NEWEST_FIRST} LIMIT ?",
            (fts_query(query), limit),
        )
        return self._sessions(rows)

    def trashed_before(self, moment: datetime | None) -> list[str]:
        if moment is None:
            rows = self._db.query("SELECT id FROM sessions WHERE deleted_at IS NOT NULL")
        else:
            rows = self._db.query(
                "SELECT id FROM sessions WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                (utc_key(moment),),
            )
        return [str(row[0]) for row in rows]

    def dismissed_days(self, session_ids: Sequence[str]) -> dict[str, set[int]]:
        days: dict[str, set[int]] = {}
        for batch in batches(session_ids):
            for row in self._db.query(
                "SELECT s.id, d.day FROM check_in_dismissals d JOIN sessions s"
                f" ON s.seq = d.session WHERE s.id IN ({marks(len(batch))})",
                batch,
            ):
                days.setdefault(str(row[0]), set()).add(int(row[1]))
        return days

    def dismissals(self) -> list[CheckInDismissal]:
        rows = self._db.query(
            "SELECT s.id, d.day, d.dismissed_at FROM check_in_dismissals d JOIN sessions s"
            " ON s.seq = d.session ORDER BY s.started_utc, s.id, d.day"
        )
        try:
            return [
                CheckInDismissal(str(row[0]), int(row[1]), datetime.fromisoformat(row[2]))
                for row in rows
            ]
        except (ValueError, TypeError) as exc:
            raise DamagedData("A dismissed check-in in the journal is damaged.") from exc

    def _sessions(self, rows: Sequence[Row]) -> list[Session]:
        tags = tags_of(self._db, "session_tags", "session", [int(row["seq"]) for row in rows])
        try:
            return [_session(row, tags.get(int(row["seq"]), ())) for row in rows]
        except (ValueError, TypeError) as exc:
            raise DamagedData("A session in the journal is damaged.") from exc


def _searchable(session: Session) -> str:
    parts = [getattr(session, name) for name in (*SHORT_FIELDS, *LONG_FIELDS)]
    return clean_text("\n".join(part for part in parts if part))


def _row(s: Session) -> tuple[Any, ...]:
    return (
        s.id,
        s.started_at.isoformat(),
        s.local_date.isoformat(),
        utc_key(s.started_at),
        s.route.value,
        s.dose_mg,
        s.setting,
        s.provider,
        s.support_person,
        s.music,
        s.intention,
        s.notes,
        s.body_sensations,
        s.mood_before,
        s.mood_after,
        utc_key(s.deleted_at) if s.deleted_at else None,
    )


def _session(row: Row, tags: tuple[str, ...]) -> Session:
    deleted = row["deleted_at"]
    dose = row["dose_mg"]
    return Session(
        id=row["id"],
        started_at=datetime.fromisoformat(row["started_at"]),
        route=Route(row["route"]),
        dose_mg=None if dose is None else float(dose),
        setting=row["setting"],
        provider=row["provider"],
        support_person=row["support_person"],
        music=row["music"],
        intention=row["intention"],
        notes=row["notes"],
        body_sensations=row["body_sensations"],
        mood_before=row["mood_before"],
        mood_after=row["mood_after"],
        tags=tags,
        deleted_at=datetime.fromisoformat(deleted) if deleted else None,
    )
