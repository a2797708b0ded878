"""What the client picked in the sharing flow, turned into a bundle selection, and the
jobs that check it against the journal, build the preview and save the bundle.

Plain Python (no Qt): the jobs run on the task runner's worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from afterglow import __version__
from afterglow.bundle import (
    BundleSelection,
    ForTherapists,
    WithPassphrase,
    build_bundle,
    check_destination,
    save_bundle,
    seal_bundle,
)
from afterglow.bundle.builder import PdfRenderer
from afterglow.bundle.selection import SHARED_KINDS
from afterglow.core.entries import Entry
from afterglow.core.sharing import SharePreview, Sharing
from afterglow.vault.bundle_keys import BundleKeys

INTEGRATION_DAYS = 30  # "a session and its integration period": the session day and 30 more

Report = Callable[[int, int], None]


class Scope(StrEnum):
    """How the client picks entries."""

    DATES = "dates"
    SESSION = "session"
    TAGS = "tags"
    ENTRIES = "entries"


@dataclass(frozen=True)
class ShareChoice:
    """The first step's answers. `private_ids` are entries marked private that the client
    explicitly chose to share; in the `ENTRIES` scope, choosing one is that choice."""

    scope: Scope = Scope.DATES
    since: date | None = None
    until: date | None = None
    session_day: date | None = None
    tags: tuple[str, ...] = ()
    entry_ids: tuple[str, ...] = ()
    private_ids: frozenset[str] = frozenset()
    left_out: tuple[str, ...] = ()  # from SHARED_KINDS
    description: str = ""

    @property
    def is_complete(self) -> bool:
        """Whether there is enough to look in the journal with."""
        if self.scope is Scope.SESSION:
            return self.session_day is not None
        if self.scope is Scope.TAGS:
            return bool(self.tags)
        if self.scope is Scope.ENTRIES:
            return bool(self.entry_ids)
        return self.since is None or self.until is None or self.since <= self.until

    def filters(self) -> BundleSelection:
        """The selection before any private entry is let in."""
        common = BundleSelection(description=self.description).leaving_out(self.left_out)
        if self.scope is Scope.SESSION:
            day = self.session_day
            assert day is not None
            return replace(common, since=day, until=day + timedelta(days=INTEGRATION_DAYS))
        if self.scope is Scope.TAGS:
            return replace(common, tags=self.tags)
        if self.scope is Scope.ENTRIES:
            return replace(common, entry_ids=self.entry_ids)
        return replace(common, since=self.since, until=self.until)


@dataclass(frozen=True)
class Survey:
    """What a choice takes from the journal, for the first step to show."""

    choice: ShareChoice
    preview: SharePreview
    # Every entry marked private that the filters matched, chosen or not, oldest first.
    private_entries: tuple[Entry, ...] = ()

    @property
    def private_shared(self) -> int:
        return sum(1 for entry in self.preview.entries if entry.private)

    @property
    def private_left_out(self) -> int:
        return len(self.private_entries) - self.private_shared


def survey(sharing: Sharing, choice: ShareChoice) -> Survey:
    """What `choice` would share. A private entry goes in only if the client chose it: the
    choice then becomes entries one by one, with the client's consent recorded."""
    base = choice.filters()
    everything = sharing.preview(replace(base, include_private=True).leaving_out(SHARED_KINDS))
    private = tuple(entry for entry in everything.entries if entry.private)
    if choice.scope is Scope.ENTRIES:
        wanted = {entry.id for entry in private}
    else:
        wanted = {entry.id for entry in private} & choice.private_ids
    if wanted:
        kept = tuple(e.id for e in everything.entries if not e.private or e.id in wanted)
        selection = replace(base, include_private=True, entry_ids=kept)
    else:
        selection = base
    return Survey(choice, sharing.preview(selection), private)


@dataclass(frozen=True)
class Preview:
    """The bundle as the therapist will read it, before a PDF is made or anything sealed."""

    preview: SharePreview
    report_html: str
    created_at: datetime
    fingerprint: str


def make_preview(
    sharing: Sharing, keys: BundleKeys, selection: BundleSelection, now: datetime
) -> Preview:
    """Reads the selection afresh, signs it and renders the report the bundle will hold."""
    preview = sharing.preview(selection)
    signer = keys.signing_identity()
    created_at = now.replace(microsecond=0)
    bundle = build_bundle(
        preview.selection,
        preview.document(created_at),
        app_version=__version__,
        signer=signer,
        clock=lambda: created_at,
    )
    return Preview(preview, bundle.report_html, created_at, signer.fingerprint)


@dataclass(frozen=True)
class SavedBundle:
    """Where a bundle went and what the client needs to tell their therapist."""

    path: Path
    fingerprint: str
    counts: dict[str, int] = field(default_factory=dict)
    with_passphrase: bool = False
    recipients: int = 0


def save_preview(
    keys: BundleKeys,
    shown: Preview,
    lock: ForTherapists | WithPassphrase,
    path: Path,
    pdf_renderer: PdfRenderer | None,
    report: Report,
) -> SavedBundle:
    """Builds exactly the previewed bundle (same data, same time, so the same report), adds
    the PDF, seals it and writes it atomically; only ciphertext touches the disk."""
    check_destination(path)  # before the slow part; saving checks again as it writes
    report(0, 3)
    preview = shown.preview
    bundle = build_bundle(
        preview.selection,
        preview.document(shown.created_at),
        app_version=__version__,
        signer=keys.signing_identity(),
        clock=lambda: shown.created_at,
        pdf_renderer=pdf_renderer,
    )
    report(1, 3)
    sealed = seal_bundle(bundle, lock)
    report(2, 3)
    saved = save_bundle(sealed, path)
    report(3, 3)
    return SavedBundle(
        saved,
        shown.fingerprint,
        dict(bundle.manifest.counts),
        isinstance(lock, WithPassphrase),
        len(lock.public_keys) if isinstance(lock, ForTherapists) else 0,
    )


def entries_left(preview: SharePreview, removed: Sequence[str]) -> BundleSelection:
    """The selection of `preview` with `removed` entries taken out (it may be unchanged)."""
    present = {entry.id for entry in preview.entries}
    gone = [entry_id for entry_id in removed if entry_id in present]
    return preview.without(*gone) if gone else preview.selection
