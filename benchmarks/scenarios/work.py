"""Whole-journal work in the background: analytics, a therapist bundle, a backup.

Runs in this process on a scratch copy of the journal (the bundle saves a signing key,
the backup writes a file), through the same services the app and the command line use.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from afterglow import __version__
from afterglow.bundle import (
    BundleSelection,
    ForTherapists,
    TherapistIdentity,
    build_bundle,
    open_bundle,
    seal_bundle,
)
from afterglow.core.journal import local_now
from afterglow.core.store import EntryFilter
from afterglow.vault.bundle_keys import BundleKeys
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import UnlockedVault
from benchmarks.results import Result, Target
from benchmarks.scenarios import Settings
from benchmarks.timing import repeat

BUNDLE_ENTRIES = 500


def run(unlocked: UnlockedVault, size: int, settings: Settings) -> list[Result]:
    services = journal_services(unlocked.database)
    rows = [*analytics(services, size, settings), *bundle(unlocked, services, size, settings)]
    rows.append(backup(unlocked, size, settings))
    return rows


def analytics(services: JournalServices, size: int, settings: Settings) -> list[Result]:
    """Everything the patterns view shows, over the whole journal."""
    overview = getattr(services, "overview", None)
    if overview is None:
        return []

    def everything() -> None:
        data = overview.load()
        data.summary()
        data.mood_timeline()
        data.tag_frequency()
        data.emotion_frequency()
        data.co_occurrences()
        data.session_moods()
        data.practice_stats()
        data.pattern_trends()

    targets = (Target("median", 150.0, "<= 150 ms"),) if size >= 50_000 else ()
    samples = repeat(everything, runs=settings.runs)
    return [Result("analytics: whole journal", size, samples, targets=targets)]


def bundle(
    unlocked: UnlockedVault, services: JournalServices, size: int, settings: Settings
) -> list[Result]:
    """Create (select, preview, render, sign, encrypt) and open a 500-entry bundle."""
    newest = services.journal.list(EntryFilter(limit=BUNDLE_ENTRIES * 2))
    chosen = tuple(e.id for e in newest if not e.private)[:BUNDLE_ENTRIES]
    selection = BundleSelection(description=f"{len(chosen)} entries", entry_ids=chosen)
    signer = BundleKeys(unlocked.database).signing_identity()
    therapist = TherapistIdentity.generate()
    sealed: list[bytes] = []

    def create() -> None:
        moment: datetime = local_now().replace(microsecond=0)
        preview = services.sharing.preview(selection)
        made = build_bundle(
            preview.selection,
            preview.document(moment),
            app_version=__version__,
            signer=signer,
            clock=lambda: moment,
        )
        sealed[:] = [seal_bundle(made, ForTherapists(therapist.public_key))]

    runs = max(3, settings.runs // 2)
    created = repeat(create, runs=runs)
    opened = repeat(lambda: open_bundle(sealed[0], identities=[therapist]), runs=runs)
    note = f"{len(chosen)} entries, {len(sealed[0]) // 1024:,} KiB"
    return [
        Result("bundle: create", size, created, note=note),
        Result("bundle: open", size, opened, note=note),
    ]


def backup(unlocked: UnlockedVault, size: int, settings: Settings) -> Result:
    with tempfile.TemporaryDirectory() as folder:
        counter = iter(range(1_000_000))

        def one() -> None:
            unlocked.backup(Path(folder) / f"backup-{next(counter)}.afterglow-backup")

        samples = repeat(one, runs=max(3, settings.runs // 2))
        written = max(p.stat().st_size for p in Path(folder).iterdir())
    return Result("backup", size, samples, note=f"{written / 2**20:,.0f} MiB file")
