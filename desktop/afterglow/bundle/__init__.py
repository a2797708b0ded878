"""The therapist bundle: build, sign and encrypt a selection; open, verify and read one.

Plain Python (no Qt, no database): everything it needs arrives through arguments.
"""

from afterglow.bundle.builder import (
    TherapistBundle,
    build_bundle,
    default_bundle_name,
    seal_bundle,
)
from afterglow.bundle.contacts import TherapistContact
from afterglow.bundle.crypto import ForTherapists, WithPassphrase
from afterglow.bundle.identity import (
    SigningIdentity,
    TherapistIdentity,
    fingerprint,
    identities_from_file,
    identities_from_text,
)
from afterglow.bundle.manifest import Manifest
from afterglow.bundle.qr import public_key_qr_matrix, public_key_qr_svg
from afterglow.bundle.reader import OpenedBundle, extract, open_bundle, read_bundle_file
from afterglow.bundle.report import ReportContext, render_report
from afterglow.bundle.saving import check_destination, save_bundle
from afterglow.bundle.selection import BundleSelection
from afterglow.bundle.words import generate_passphrase

__all__ = [
    "BundleSelection",
    "ForTherapists",
    "Manifest",
    "OpenedBundle",
    "ReportContext",
    "SigningIdentity",
    "TherapistBundle",
    "TherapistContact",
    "TherapistIdentity",
    "WithPassphrase",
    "build_bundle",
    "check_destination",
    "default_bundle_name",
    "extract",
    "fingerprint",
    "generate_passphrase",
    "identities_from_file",
    "identities_from_text",
    "open_bundle",
    "public_key_qr_matrix",
    "public_key_qr_svg",
    "read_bundle_file",
    "render_report",
    "save_bundle",
    "seal_bundle",
]
