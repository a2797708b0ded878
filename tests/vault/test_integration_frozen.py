"""The frozen schema-3 journal (tests/data/vault-v3) keeps its sessions, insights,
actions, own prompts and dismissed check-ins readable.

Run `python -m tests.vault.test_integration_frozen` from the repository root to rebuild
it; only do that while schema 3 is unreleased. The journal is built with the first three
migrations only, whatever later ones exist by then.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from afterglow.core.action import Action, ActionKind, ActionStatus
from afterglow.core.check_ins import CheckInStatus
from afterglow.core.entries import Entry, EntryKind
from afterglow.core.excerpts import Excerpt
from afterglow.core.insight import Insight, InsightStatus
from afterglow.core.prompt import Prompt, PromptCategory
from afterglow.core.session import Route, Session
from afterglow.vault.prompts import VaultPromptStore
from afterglow.vault.services import journal_services

from .frozen import DATA, frozen_copy, new_frozen_journal

FROZEN = DATA / "vault-v3"
FROZEN_VERSION = 3
LISBON = timezone(timedelta(hours=0))
SUMMER = timezone(timedelta(hours=1))

SESSION = Session(
    id="3a1f0c2e-5b7d-4e8f-9a6b-1c2d3e4f5a6b",
    started_at=datetime(2026, 3, 28, 23, 30, tzinfo=LISBON),
    route=Route.SUBLINGUAL,
    dose_mg=150.0,
    setting="Clinic room with a window",
    provider="Dr. Okafor",
    support_person="Ana",
    music="Ólafur Arnalds",
    intention="Meet the tiredness with curiosity",
    notes="Onset gentle; peak wide and bright; return slow.",
    body_sensations="Warm hands, heavy legs",
    mood_before=4,
    mood_after=7,
    tags=("first-series", "sublingual"),
)
ENTRIES = (
    Entry(
        id="4b2e1d3f-6c8e-4f9a-8b7c-2d3e4f5a6b7c",
        kind=EntryKind.INTENTION,
        date=date(2026, 3, 27),
        created_at=datetime(2026, 3, 27, 20, 0, tzinfo=LISBON),
        updated_at=datetime(2026, 3, 27, 20, 10, tzinfo=LISBON),
        title="Intention",
        body="## What I hope to explore\n\nWhy rest feels unsafe.\n",
        session_id=SESSION.id,
    ),
    Entry(
        id="5c3f2e4a-7d9f-4a0b-9c8d-3e4f5a6b7c8d",
        kind=EntryKind.CHECK_IN,
        date=date(2026, 3, 29),
        created_at=datetime(2026, 3, 29, 9, 0, tzinfo=SUMMER),
        updated_at=datetime(2026, 3, 29, 9, 30, tzinfo=SUMMER),
        title="Day 1 check-in",
        body="Rest is allowed. I can stop before I am empty.",
        mood=6,
        session_id=SESSION.id,
    ),
)
INSIGHT = Insight(
    id="6d4a3f5b-8e0a-4b1c-8d9e-4f5a6b7c8d9e",
    created_at=datetime(2026, 3, 29, 9, 40, tzinfo=SUMMER),
    text="Rest is allowed.",
    entry_id=ENTRIES[1].id,
    tags=("rest",),
    starred=True,
    status=InsightStatus.EXPLORING,
    excerpt=Excerpt(0, 16, "Rest is allowed."),
)
SESSION_INSIGHT = Insight(
    id="7e5b4a6c-9f1b-4c2d-9e0f-5a6b7c8d9e0f",
    created_at=datetime(2026, 3, 29, 9, 45, tzinfo=SUMMER),
    text="Music carries me back.",
    session_id=SESSION.id,
)
ACTIONS = (
    Action(
        id="8f6c5b7d-0a2c-4d3e-8f1a-6b7c8d9e0f1a",
        created_at=datetime(2026, 3, 29, 10, 0, tzinfo=SUMMER),
        text="A ten-minute pause after lunch",
        kind=ActionKind.EXTERNAL,
        insight_id=INSIGHT.id,
        status=ActionStatus.DONE,
        due=date(2026, 4, 3),
        done_at=datetime(2026, 4, 2, 13, 15, tzinfo=SUMMER),
    ),
    Action(
        id="9a7d6c8e-1b3d-4e4f-9a2b-7c8d9e0f1a2b",
        created_at=datetime(2026, 3, 29, 10, 5, tzinfo=SUMMER),
        text="Notice the urge to keep going",
        status=ActionStatus.IN_PROGRESS,
    ),
)
OWN_PROMPT = Prompt(
    "0b8e7d9f-2c4e-4f5a-8b3c-8d9e0f1a2b3c", "What did I not rush today?", PromptCategory.BODY
)
DISMISSED_DAY = 3


def test_frozen_v3_records_read_back_exactly(tmp_path, fast_policy):
    with frozen_copy(FROZEN.name, tmp_path, fast_policy) as unlocked:
        services = journal_services(unlocked.database)
        assert services.sessions.list() == [SESSION]
        assert tuple(services.journal.all_entries()) == ENTRIES
        assert services.insights.get(INSIGHT.id) == INSIGHT
        assert services.insights.get(SESSION_INSIGHT.id) == SESSION_INSIGHT
        assert [a.id for a in services.actions.list()] == [ACTIONS[0].id, ACTIONS[1].id]
        assert tuple(services.actions.list()) == ACTIONS
        assert services.prompts.own() == [OWN_PROMPT]
        steps = services.sessions.check_ins(SESSION.id, today=date(2026, 4, 5))
        statuses = {step.day: step.status for step in steps}
        assert statuses[1] == CheckInStatus.DONE
        assert statuses[DISMISSED_DAY] == CheckInStatus.DISMISSED
        assert statuses[7] == CheckInStatus.OVERDUE
        assert services.sessions.search("arnalds") == [SESSION]
        assert services.insights.search("allowed") == [INSIGHT]
        assert services.insights.source_range(INSIGHT) == (0, 16)


def make_frozen_journal(folder: Path) -> None:
    with new_frozen_journal(folder, FROZEN_VERSION) as unlocked:
        services = journal_services(unlocked.database)
        with unlocked.database.transaction():
            services.sessions.import_sessions([SESSION])
            services.journal.import_entries(ENTRIES)
            services.insights.import_insights([INSIGHT, SESSION_INSIGHT])
            services.actions.import_actions(ACTIONS)
            VaultPromptStore(unlocked.database).insert(
                OWN_PROMPT, datetime(2026, 3, 30, 8, 0, tzinfo=SUMMER)
            )
            services.sessions.dismiss_check_in(SESSION.id, DISMISSED_DAY)


if __name__ == "__main__":
    make_frozen_journal(FROZEN)
