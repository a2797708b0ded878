"""Insights in the encrypted database: the only SQL for insights, their tags and their
search index."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from afterglow.core.errors import DamagedData
from afterglow.core.excerpts import Excerpt
from afterglow.core.insight import Insight, InsightStatus
from afterglow.core.integration_store import InsightFilter
from afterglow.core.search import SearchQuery, clean_text
from afterglow.vault.batches import batches, marks, seqs_of, tags_of, utc_key, write_tags
from afterglow.vault.database import Database, Row
from afterglow.vault.search_index import fts_query

_FIELDS = (
    "id",
    "created_at",
    "created_utc",
    "text",
    "entry_id",
    "session_id",
    "starred",
    "status",
    "excerpt_start",
    "excerpt_end",
    "excerpt",
)
_COLUMNS = ", ".join(f"i.{name}" for name in ("seq", *_FIELDS))
_NEWEST_FIRST = "i.created_utc DESC, i.id DESC"


class VaultInsightStore:
    """`core.integration_store.InsightStore` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def transaction(self) -> AbstractContextManager[object]:
        return self._db.transaction()

    # -- writing ---------------------------------------------------------------------

    def insert(self, insights: Sequence[Insight]) -> None:
        if not insights:
            return
        with self._db.transaction():
            self._db.executemany(
                f"INSERT INTO insights ({', '.join(_FIELDS)}) VALUES ({marks(len(_FIELDS))})",
                [_row(i) for i in insights],
            )
            self._write_links(insights, replacing=False)

    def replace(self, insights: Sequence[Insight]) -> None:
        if not insights:
            return
        assignments = ", ".join(f"{name} = ?" for name in _FIELDS[1:])
        with self._db.transaction():
            self._db.executemany(
                f"UPDATE insights SET {assignments} WHERE id = ?",
                [(*_row(i)[1:], i.id) for i in insights],
            )
            self._write_links(insights, replacing=True)

    def _write_links(self, insights: Sequence[Insight], *, replacing: bool) -> None:
        seqs = seqs_of(self._db, "insights", [i.id for i in insights])
        if len(seqs) != len(insights):
            raise DamagedData("An insight to be changed is no longer in the journal.")
        pairs = [(seqs[i.id], i) for i in insights]
        write_tags(self._db, "insight_tags", "insight", [(seq, i.tags) for seq, i in pairs])
        if replacing:
            self._db.executemany(
                "DELETE FROM insights_search WHERE rowid = ?", [(seq,) for seq, _ in pairs]
            )
        self._db.executemany(
            "INSERT INTO insights_search (rowid, text, tags) VALUES (?, ?, ?)",
            [(seq, clean_text(i.text), " ".join(i.tags)) for seq, i in pairs],
        )

    def delete(self, insight_ids: Sequence[str]) -> int:
        removed = 0
        with self._db.transaction():
            for batch in batches(insight_ids):
                self._db.execute(
                    "DELETE FROM insights_search WHERE rowid IN"
                    f" (SELECT seq FROM insights WHERE id IN ({marks(len(batch))}))",
                    batch,
                )
                removed += self._db.execute(
                    f"DELETE FROM insights WHERE id IN ({marks(len(batch))})", batch
                ).rowcount
        return removed

    # -- reading ---------------------------------------------------------------------

    def get(self, insight_id: str) -> Insight | None:
        return self.existing([insight_id]).get(insight_id)

    def existing(self, insight_ids: Sequence[str]) -> dict[str, Insight]:
        found: dict[str, Insight] = {}
        for batch in batches(insight_ids):
            rows = self._db.query(
                f"SELECT {_COLUMNS} FROM insights i WHERE i.id IN ({marks(len(batch))})", batch
            )
            found.update((i.id, i) for i in self._insights(rows))
        return found

    def insights(self, where: InsightFilter) -> list[Insight]:
        sql: list[str] = []
        params: list[Any] = []
        if where.statuses:
            sql.append(f"i.status IN ({marks(len(where.statuses))})")
            params += [InsightStatus(s).value for s in where.statuses]
        if where.starred is not None:
            sql.append("i.starred = ?")
            params.append(int(where.starred))
        for tag in where.tags:
            sql.append("i.seq IN (SELECT insight FROM insight_tags WHERE tag = ?)")
            params.append(tag)
        if where.entry_id is not None:
            sql.append("i.entry_id = ?")
            params.append(where.entry_id)
        if where.session_id is not None:
            # Entries linked to one session are few, so listing them inline is fine.
            sources = ["i.session_id = ?"]
            params.append(where.session_id)
            if where.entry_ids:
                sources.append(f"i.entry_id IN ({marks(len(where.entry_ids))})")
                params += where.entry_ids
            sql.append(f"({' OR '.join(sources)})")
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM insights i WHERE {' AND '.join(sql) or '1'}"
            f" ORDER BY {_NEWEST_FIRST} LIMIT ? OFFSET ?",
            [*params, -1 if where.limit is None else where.limit, where.offset],
        )
        return self._insights(rows)

    def search(self, query: SearchQuery, limit: int) -> list[Insight]:
        if query.is_empty:
            return []
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM insights_search JOIN insights i"
            " ON i.seq = insights_search.rowid WHERE insights_search MATCH ?"
            f" ORDER BY bm25(insights_search), {_NEWEST_FIRST} LIMIT ?",
            (fts_query(query), limit),
        )
        return self._insights(rows)

    def _insights(self, rows: Sequence[Row]) -> list[Insight]:
        tags = tags_of(self._db, "insight_tags", "insight", [int(row["seq"]) for row in rows])
        try:
            return [_insight(row, tags.get(int(row["seq"]), ())) for row in rows]
        except (ValueError, TypeError) as exc:
            raise DamagedData("An insight in the journal is damaged.") from exc


def _row(i: Insight) -> tuple[Any, ...]:
    excerpt = i.excerpt
    return (
        i.id,
        i.created_at.isoformat(),
        utc_key(i.created_at),
        i.text,
        i.entry_id,
        i.session_id,
        int(i.starred),
        i.status.value,
        excerpt.start if excerpt else None,
        excerpt.end if excerpt else None,
        excerpt.quote if excerpt else None,
    )


def _insight(row: Row, tags: tuple[str, ...]) -> Insight:
    quote = row["excerpt"]
    # The source entry may have gone for good (its link cleared): the passage goes too.
    excerpt = (
        Excerpt(int(row["excerpt_start"]), int(row["excerpt_end"]), quote)
        if quote is not None and row["entry_id"] is not None
        else None
    )
    return Insight(
        id=row["id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        text=row["text"],
        entry_id=row["entry_id"],
        session_id=row["session_id"],
        tags=tags,
        starred=bool(row["starred"]),
        status=InsightStatus(row["status"]),
        excerpt=excerpt,
    )
