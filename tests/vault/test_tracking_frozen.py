"""The frozen schema-4 journal (tests/data/vault-v4) keeps its practices, practice logs,
patterns, occurrences and measures readable.

Run `python -m tests.vault.test_tracking_frozen` from the repository root to rebuild it;
only do that while schema 4 is unreleased. The journal is built with the first four
migrations only, whatever later ones exist by then.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.measures import Instrument, Measure
from afterglow.core.patterns import Occurrence, Pattern, PatternStatus
from afterglow.core.practices import BuiltinPractice, Practice, PracticeKind, PracticeLog
from afterglow.core.tracking_store import OccurrenceFilter
from afterglow.vault.services import journal_services

from .frozen import DATA, frozen_copy, new_frozen_journal

FROZEN = DATA / "vault-v4"
FROZEN_VERSION = 4
WINTER = timezone(timedelta(hours=0))
SUMMER = timezone(timedelta(hours=1))

ENTRY = Entry(
    id="1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
    kind=EntryKind.JOURNAL,
    date=date(2026, 4, 2),
    created_at=datetime(2026, 4, 2, 21, 0, tzinfo=SUMMER),
    updated_at=datetime(2026, 4, 2, 21, 5, tzinfo=SUMMER),
    title="Dinner",
    body="I said yes again when I meant no.",
    mood=4,
    tags=("family",),
    emotions=("tired",),
)
PRACTICES = (
    Practice(
        id="2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
        name="Breathwork",
        kind=PracticeKind.TIMER,
        target=10.0,
        unit="min",
        builtin=BuiltinPractice.BREATHWORK,
        active=True,
    ),
    Practice(
        id="3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b",
        name="Gratitude",
        kind=PracticeKind.LIST,
        target=10.0,
        unit="items",
        builtin=BuiltinPractice.GRATITUDE,
        active=False,
    ),
    Practice(
        id="4f5a6b7c-8d9e-4f0a-9b2c-3d4e5f6a7b8c",
        name="Walk by the river",
        kind=PracticeKind.CHECK,
        schedule="mon,wed,fri",
    ),
)
LOGS = (
    PracticeLog(
        id="5a6b7c8d-9e0f-4a1b-8c3d-4e5f6a7b8c9d",
        practice_id=PRACTICES[0].id,
        date=date(2026, 4, 1),
        done=True,
        amount=12.5,
        note="Box breathing",
    ),
    PracticeLog(
        id="6b7c8d9e-0f1a-4b2c-9d4e-5f6a7b8c9d0e",
        practice_id=PRACTICES[1].id,
        date=date(2026, 4, 1),
        done=False,
        amount=None,
        items=("Morning light", "Ana's laugh", "Warm bread"),
    ),
    PracticeLog(
        id="7c8d9e0f-1a2b-4c3d-8e5f-6a7b8c9d0e1f",
        practice_id=PRACTICES[2].id,
        date=date(2026, 4, 3),
        done=True,
    ),
)
PATTERN = Pattern(
    id="8d9e0f1a-2b3c-4d4e-9f6a-7b8c9d0e1f2a",
    name="People-pleasing",
    description="Saying yes to keep the peace.",
    created_at=datetime(2026, 3, 20, 10, 0, tzinfo=WINTER),
)
RESOLVED = Pattern(
    id="9e0f1a2b-3c4d-4e5f-8a7b-8c9d0e1f2a3b",
    name="Doom-scrolling at night",
    description="",
    created_at=datetime(2026, 3, 21, 10, 0, tzinfo=WINTER),
    status=PatternStatus.RESOLVED,
)
OCCURRENCES = (
    Occurrence(
        id="0f1a2b3c-4d5e-4f6a-9b8c-9d0e1f2a3b4c",
        pattern_id=PATTERN.id,
        entry_id=ENTRY.id,
        occurred_at=datetime(2026, 4, 2, 19, 30, tzinfo=SUMMER),
        trigger="Asked to host again",
        response="Said yes",
        alternative="Ask for a day to think",
        intensity=7,
    ),
    Occurrence(
        id="1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        pattern_id=RESOLVED.id,
        entry_id=None,
        occurred_at=datetime(2026, 3, 25, 23, 45, tzinfo=WINTER),
    ),
)
MEASURES = (
    Measure(
        id="2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
        instrument=Instrument.PHQ9,
        taken_at=datetime(2026, 3, 22, 9, 0, tzinfo=WINTER),
        answers=(1, 1, 2, 1, 0, 1, 1, 0, 0),
    ),
    Measure(
        id="3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f",
        instrument=Instrument.GAD7,
        taken_at=datetime(2026, 3, 22, 9, 5, tzinfo=WINTER),
        answers=(2, 1, 1, 0, 0, 1, 2),
    ),
)


def test_frozen_v4_records_read_back_exactly(tmp_path, fast_policy):
    with frozen_copy(FROZEN.name, tmp_path, fast_policy) as unlocked:
        services = journal_services(unlocked.database)
        assert tuple(services.practices.list()) == PRACTICES
        assert tuple(services.practices.logs()) == LOGS
        assert services.patterns.list() == [PATTERN, RESOLVED]
        assert tuple(services.patterns.occurrences(OccurrenceFilter())[::-1]) == (
            OCCURRENCES[1],
            OCCURRENCES[0],
        )
        assert services.patterns.occurrences(OccurrenceFilter(entry_id=ENTRY.id)) == [
            OCCURRENCES[0]
        ]
        assert tuple(services.measures.history()[::-1]) == MEASURES
        assert services.measures.latest(Instrument.GAD7) == MEASURES[1]
        # Built-ins are stored once: the two kept here are not seeded again.
        added = services.practices.ensure_builtins()
        assert {p.builtin for p in added} == {
            BuiltinPractice.COLD_SHOWER,
            BuiltinPractice.JOURNALING,
        }


def make_frozen_journal(folder: Path) -> None:
    with new_frozen_journal(folder, FROZEN_VERSION) as unlocked:
        services = journal_services(unlocked.database)
        with unlocked.database.transaction():
            services.journal.import_entries([ENTRY])
            services.practices.import_practices(PRACTICES)
            services.practices.import_logs(LOGS)
            services.patterns.import_patterns([PATTERN, RESOLVED])
            services.patterns.import_occurrences(OCCURRENCES)
            services.measures.import_measures(MEASURES)


if __name__ == "__main__":
    make_frozen_journal(FROZEN)
