"""Building a therapist bundle: data, report, manifest and signature, then the sealed file.

Plain Python: the journal's selection arrives as data in the interchange format, the PDF
renderer (built on Qt by the desktop app) arrives as a callable, and time from a clock.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from afterglow.bundle.archive import write_archive
from afterglow.bundle.crypto import Lock, encrypt
from afterglow.bundle.errors import PrivateEntrySelected
from afterglow.bundle.identity import SigningIdentity
from afterglow.bundle.manifest import (
    DATA_NAME,
    MANIFEST_NAME,
    REPORT_HTML_NAME,
    REPORT_PDF_NAME,
    SIGNATURE_NAME,
    FileRecord,
    Manifest,
)
from afterglow.bundle.report import HtmlRenderer, ReportContext, render_report
from afterglow.bundle.selection import BundleSelection

JOURNAL_FORMAT = "afterglow-journal"
JOURNAL_VERSION = 1
COLLECTIONS = (
    "entries",
    "sessions",
    "insights",
    "actions",
    "practices",
    "practice_logs",
    "patterns",
    "occurrences",
    "measures",
)

PdfRenderer = Callable[[str], bytes]
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class TherapistBundle:
    """A built, signed bundle before encryption: what the client previews and then seals."""

    manifest: Manifest
    files: Mapping[str, bytes]  # every member in archive order, manifest and signature first

    @property
    def report_html(self) -> str:
        return self.files[REPORT_HTML_NAME].decode("utf-8")

    @property
    def report_pdf(self) -> bytes | None:
        return self.files.get(REPORT_PDF_NAME)

    @property
    def file_name(self) -> str:
        """The default file name, `afterglow-bundle-YYYY-MM-DD.zip.age`."""
        return default_bundle_name(self.manifest.created_at)

    def archive(self) -> bytes:
        """The bundle as an unencrypted ZIP, in memory only."""
        return write_archive(self.files.items(), self.manifest.created_at)


def default_bundle_name(created: date) -> str:
    """`afterglow-bundle-YYYY-MM-DD.zip.age` for the day the bundle was made."""
    day = created.date() if isinstance(created, datetime) else created
    return f"afterglow-bundle-{day.isoformat()}.zip.age"


def build_bundle(
    selection: BundleSelection,
    data: Mapping[str, Any],
    *,
    app_version: str,
    signer: Ed25519PrivateKey | SigningIdentity,
    clock: Clock,
    pdf_renderer: PdfRenderer | None = None,
    html_renderer: HtmlRenderer = render_report,
) -> TherapistBundle:
    """The bundle for `data`, which must already hold only what the client selected.

    Refuses entries marked private unless the selection says to include them.
    """
    _check_journal_data(data)
    _refuse_private_entries(data, selection)
    identity = signer if isinstance(signer, SigningIdentity) else SigningIdentity(signer)
    created_at = clock()
    if created_at.tzinfo is None:
        raise ValueError("the clock must give times with a UTC offset")
    created_at = created_at.replace(microsecond=0)

    context = ReportContext(selection, created_at, app_version, identity.fingerprint)
    report_html = html_renderer(data, context)
    contents = {
        DATA_NAME: _json_bytes(data),
        REPORT_HTML_NAME: report_html.encode("utf-8"),
    }
    if pdf_renderer is not None:
        pdf = pdf_renderer(report_html)
        if not isinstance(pdf, bytes | bytearray):
            raise TypeError("the PDF renderer must return bytes")
        contents[REPORT_PDF_NAME] = bytes(pdf)

    manifest = Manifest(
        created_at=created_at,
        app_version=app_version,
        selection=selection,
        counts={name: _count(data, name) for name in COLLECTIONS},
        files={name: FileRecord.of(content) for name, content in contents.items()},
        signer_public_key=identity.public_key,
    )
    manifest_bytes = manifest.to_bytes()
    files = {MANIFEST_NAME: manifest_bytes, SIGNATURE_NAME: identity.sign(manifest_bytes)}
    files.update(contents)
    return TherapistBundle(manifest, files)


def seal_bundle(bundle: TherapistBundle, lock: Lock) -> bytes:
    """The bundle zipped and encrypted with age, ready to save; plaintext stays in memory."""
    return encrypt(bundle.archive(), lock)


def _check_journal_data(data: Mapping[str, Any]) -> None:
    if data.get("format") != JOURNAL_FORMAT or data.get("version") != JOURNAL_VERSION:
        raise ValueError("bundle data must be in the afterglow-journal version 1 format")
    for name in COLLECTIONS:
        if not isinstance(data.get(name, []), list):
            raise ValueError(f"bundle data's {name!r} must be a list")


def _refuse_private_entries(data: Mapping[str, Any], selection: BundleSelection) -> None:
    if selection.include_private:
        return
    private = [
        e for e in data.get("entries", []) if isinstance(e, Mapping) and e.get("private") is True
    ]
    if private:
        count = len(private)
        raise PrivateEntrySelected(
            f"{count} selected entr{'ies are' if count != 1 else 'y is'} marked private; "
            "unmark them first, or leave them out of the bundle."
        )


def _count(data: Mapping[str, Any], name: str) -> int:
    return len(data.get(name, []))


def _json_bytes(data: Mapping[str, Any]) -> bytes:
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")
