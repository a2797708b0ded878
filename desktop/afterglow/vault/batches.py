"""Helpers the record stores share: statement-sized batches of ids, placeholders, the
UTC sort key for times, and a record's tag rows."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import TypeVar

from afterglow.vault.database import Database

_T = TypeVar("_T")

# Well under SQLite's limit on bound parameters per statement.
BATCH = 500


def batches(items: Sequence[_T], size: int = BATCH) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(count: int) -> str:
    return ", ".join("?" * count)


def utc_key(moment: datetime) -> str:
    """A time in UTC with a fixed width, so that text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def seqs_of(db: Database, table: str, ids: Sequence[str]) -> dict[str, int]:
    """The row numbers (`seq`) of the records with these ids in `table`."""
    found: dict[str, int] = {}
    for batch in batches(ids):
        for row in db.query(
            f"SELECT id, seq FROM {table} WHERE id IN ({marks(len(batch))})", batch
        ):
            found[str(row[0])] = int(row[1])
    return found


def tags_of(
    db: Database, table: str, owner: str, seqs: Sequence[int]
) -> dict[int, tuple[str, ...]]:
    """Each record's tags, sorted, from a `(owner, tag)` table."""
    tags: dict[int, list[str]] = {}
    for batch in batches(seqs):
        for row in db.query(
            f"SELECT {owner}, tag FROM {table} WHERE {owner} IN ({marks(len(batch))})"
            f" ORDER BY {owner}, tag",
            batch,
        ):
            tags.setdefault(int(row[0]), []).append(str(row[1]))
    return {seq: tuple(names) for seq, names in tags.items()}


def write_tags(
    db: Database, table: str, owner: str, tagged: Sequence[tuple[int, Sequence[str]]]
) -> None:
    """Replaces the tags of each `(seq, tags)` record."""
    db.executemany(f"DELETE FROM {table} WHERE {owner} = ?", [(seq,) for seq, _ in tagged])
    db.executemany(
        f"INSERT INTO {table} ({owner}, tag) VALUES (?, ?)",
        [(seq, tag) for seq, tags in tagged for tag in tags],
    )
