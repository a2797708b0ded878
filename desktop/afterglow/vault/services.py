"""The journal's services over one open database, wired the same way for the desktop
app and the command line (`app.py` and the `afterglow.cli` commands call `journal_services`)."""

from __future__ import annotations

from dataclasses import dataclass

from afterglow.core.actions import Actions
from afterglow.core.insights import Insights
from afterglow.core.journal import Clock, Journal, local_now
from afterglow.core.measures_service import Measures
from afterglow.core.patterns_overview import PatternsOverview
from afterglow.core.patterns_service import Patterns
from afterglow.core.practices_service import Practices
from afterglow.core.prompts import Prompts
from afterglow.core.sessions import Sessions
from afterglow.core.shared_records import shared_collections
from afterglow.core.sharing import Sharing
from afterglow.core.today import Today
from afterglow.core.whole_journal import WholeJournal
from afterglow.vault.actions import VaultActionStore
from afterglow.vault.analytics import VaultAnalyticsSource
from afterglow.vault.bundle_keys import BundleKeys
from afterglow.vault.database import Database
from afterglow.vault.entries import VaultEntryStore
from afterglow.vault.insights import VaultInsightStore
from afterglow.vault.measures import VaultMeasureStore
from afterglow.vault.patterns import VaultPatternStore
from afterglow.vault.practices import VaultPracticeStore
from afterglow.vault.prompts import VaultPromptStore
from afterglow.vault.sessions import VaultSessionStore


@dataclass(frozen=True)
class JournalServices:
    journal: Journal
    sessions: Sessions
    insights: Insights
    actions: Actions
    prompts: Prompts
    today: Today
    whole_journal: WholeJournal
    practices: Practices
    patterns: Patterns
    measures: Measures
    overview: PatternsOverview
    sharing: Sharing
    bundle_keys: BundleKeys


def journal_services(database: Database, clock: Clock = local_now) -> JournalServices:
    """Every service over `database`, sharing its one transaction."""
    journal = Journal(VaultEntryStore(database), clock)
    session_store = VaultSessionStore(database)
    insight_store = VaultInsightStore(database)
    practice_store = VaultPracticeStore(database)
    pattern_store = VaultPatternStore(database)
    measure_store = VaultMeasureStore(database)
    analytics = VaultAnalyticsSource(database)
    sessions = Sessions(session_store, journal, clock)
    insights = Insights(insight_store, journal, session_store, clock)
    actions = Actions(VaultActionStore(database), insight_store, clock)
    prompts = Prompts(VaultPromptStore(database), clock)
    practices = Practices(practice_store, journal, analytics, clock)
    patterns = Patterns(pattern_store, journal, clock)
    measures = Measures(measure_store, clock)
    return JournalServices(
        journal=journal,
        sessions=sessions,
        insights=insights,
        actions=actions,
        prompts=prompts,
        today=Today(journal, sessions, actions, prompts, clock),
        whole_journal=WholeJournal(
            journal,
            sessions,
            insights,
            actions,
            database.transaction,
            practices=practices,
            patterns=patterns,
            measures=measures,
            prompts=prompts,
        ),
        practices=practices,
        patterns=patterns,
        measures=measures,
        overview=PatternsOverview(analytics, practice_store, pattern_store, measure_store, clock),
        sharing=Sharing(
            journal, shared_collections(sessions, insights, actions, practices, patterns, measures)
        ),
        bundle_keys=BundleKeys(database, clock),
    )
