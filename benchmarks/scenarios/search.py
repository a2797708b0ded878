"""Search as a person types it, against the same code over a plain SQLite copy.

Each kind of query is a handful of texts from very common to rare words; the median and
p95 are over every run of every text, so the p95 is the common-word case. The floor runs
Afterglow's own store code on the unencrypted copy, interleaved with the real journal:
their ratio is what encryption costs.
"""

from __future__ import annotations

import random

from afterglow.core.journal import Journal
from afterglow.core.store import EntryFilter
from afterglow.vault.entries import VaultEntryStore
from benchmarks.journals import CachedJournal
from benchmarks.plain import PlainDatabase
from benchmarks.results import Result, Target
from benchmarks.scenarios import Settings
from benchmarks.text import Prose
from benchmarks.timing import Samples, alternate

# As the journal's search panel asks for them.
RESULT_LIMIT = 100
# Searches are quick, and the target is a p95: with the usual 7 runs of 5 texts, the p95
# of 35 samples is the second slowest, so one moment the machine spends elsewhere decides
# it. Three times as many runs make it the fifth slowest of 105.
RUNS_FACTOR = 3


def queries(seed: int) -> dict[str, list[str]]:
    """What a person types, by kind; the last word of an unquoted query is a prefix."""
    rare = Prose(random.Random(seed)).words[2_999]  # the journal's own rank-3,000 word
    return {
        "single word": ["felt", "mother", "anxious", "therapist", rare],
        "two words": ["mother called", "felt safe", "quiet morning", "tight chest", "work anxious"],
        "phrase": [
            '"people pleasing"',
            '"my mother called"',
            '"the old pattern"',
            '"felt safe in my body"',
            '"cold shower"',
        ],
        "prefix": ["mo", "bre", "anxi", "thera", "gratit"],
    }


def run(journal: CachedJournal, settings: Settings) -> list[Result]:
    unlocked = journal.unlock()
    plain = PlainDatabase(journal.plain_copy)
    try:
        afterglow = Journal(VaultEntryStore(unlocked.database))
        floor = Journal(VaultEntryStore(plain))
        where = EntryFilter(limit=RESULT_LIMIT)
        rows = []
        for kind, texts in queries(settings.seed).items():
            ours, theirs = Samples(()), Samples(())
            for text in texts:
                measured = alternate(
                    {
                        "afterglow": lambda t=text: afterglow.search(t, where),  # type: ignore[misc]
                        "plain": lambda t=text: floor.search(t, where),  # type: ignore[misc]
                    },
                    runs=settings.runs * RUNS_FACTOR,
                )
                ours += measured["afterglow"]
                theirs += measured["plain"]
            rows.append(
                Result(
                    f"search: {kind}",
                    journal.size,
                    ours,
                    peer="plain SQLite",
                    peer_samples=theirs,
                    targets=_targets(journal.size),
                )
            )
        return rows
    finally:
        plain.close()
        unlocked.lock()


def _targets(size: int) -> tuple[Target, ...]:
    floor = Target("ratio", 1.5, "≤ 1.5x plain")
    return (Target("p95", 15.0, "p95 ≤ 15 ms"), floor) if size >= 50_000 else (floor,)
