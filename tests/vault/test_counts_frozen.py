"""The frozen schema-5 journal (tests/data/vault-v5) opens with its kept counts intact:
they equal a fresh count of its entries, and the patterns view reads them.

Run `python -m tests.vault.test_counts_frozen` from the repository root to rebuild it;
only do that while schema 5 is unreleased. The journal is built with the first five
migrations only, whatever later ones exist by then.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from afterglow.core.entries import Entry, EntryKind
from afterglow.patterns import Count
from afterglow.vault.services import journal_services

from .frozen import DATA, frozen_copy, new_frozen_journal
from .test_analytics_aggregates import assert_counts_are_exact, kept_tables

FROZEN = DATA / "vault-v5"
FROZEN_VERSION = 5
ZONE = timezone(timedelta(hours=1))


def _entry(n: int, day: date, **fields: object) -> Entry:
    moment = datetime(day.year, day.month, day.day, 20, n, tzinfo=ZONE)
    return Entry(
        id=f"5e0c0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a{n:02d}",
        kind=EntryKind.JOURNAL,
        date=day,
        created_at=moment,
        updated_at=moment,
        title=f"Evening {n}",
        body="Quiet words.",
        **fields,  # type: ignore[arg-type]
    )


# Across a year's end whose last days are in the next year's first ISO week, one entry
# in the Trash.
ENTRIES = (
    _entry(1, date(2025, 12, 28), mood=4, energy=3, tags=("work",), emotions=("tired",)),
    _entry(2, date(2025, 12, 29), mood=6, tags=("rest", "work"), emotions=("calm", "tired")),
    _entry(3, date(2025, 12, 29), energy=7, tags=("rest",)),
    _entry(4, date(2026, 1, 2), mood=8, emotions=("calm",)),
    _entry(5, date(2026, 1, 2), mood=1, tags=("work",), emotions=("anxious",)),
)
TRASHED_ID = ENTRIES[4].id


def test_frozen_v5_counts_read_back_exactly(tmp_path, fast_policy):
    with frozen_copy(FROZEN.name, tmp_path, fast_policy) as unlocked:
        kept = kept_tables(unlocked.database)
        assert kept["day_counts"] == {
            ("2025-12-28",): (1, 4, 1, 3, 1),
            ("2025-12-29",): (2, 6, 1, 7, 1),
            ("2026-01-02",): (1, 8, 1, 0, 0),
        }
        assert kept["week_lists"][("tag", "2025-12-29")] == ("rest\x1f2\x1ework\x1f1",)
        assert_counts_are_exact(unlocked.database)
        data = journal_services(unlocked.database).overview.load(today=date(2026, 1, 5))
        assert data.tag_frequency().total == (Count("rest", 2), Count("work", 2))
        assert [p.period for p in data.tag_frequency().by_week] == ["2025-W52", "2026-W01"]
        assert [p.period for p in data.emotion_frequency().by_month] == ["2025-12", "2026-01"]
        assert [(p.first.name, p.second.name, p.together) for p in data.co_occurrences()] == []
        assert data.entry_count == 4


def make_frozen_journal(folder: Path) -> None:
    with new_frozen_journal(folder, FROZEN_VERSION) as unlocked:
        services = journal_services(unlocked.database)
        with unlocked.database.transaction():
            services.journal.import_entries(ENTRIES)
            services.journal.trash(TRASHED_ID)


if __name__ == "__main__":
    make_frozen_journal(FROZEN)
