"""Opening a therapist bundle: decrypt in memory, check it is safe, verify, and read it.

Nothing is written to disk unless the reader calls `extract`, and nothing from a bundle is
ever merged into the reader's own journal.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afterglow.bundle.archive import DEFAULT_LIMITS, ArchiveLimits, read_archive
from afterglow.bundle.builder import COLLECTIONS, JOURNAL_FORMAT, JOURNAL_VERSION
from afterglow.bundle.crypto import decrypt_with_identities, decrypt_with_passphrase
from afterglow.bundle.errors import (
    BundleFileExists,
    BundleStorageError,
    DamagedBundle,
    TamperedBundle,
    UnexpectedSigner,
    UnsafeBundle,
    UnsupportedBundleVersion,
)
from afterglow.bundle.identity import TherapistIdentity, normalise_fingerprint, signature_is_valid
from afterglow.bundle.manifest import (
    DATA_NAME,
    MANIFEST_NAME,
    MEMBER_NAMES,
    REPORT_HTML_NAME,
    REPORT_PDF_NAME,
    REQUIRED_FILES,
    SIGNATURE_NAME,
    Manifest,
    parse_json,
)
from afterglow.core.errors import UsageError

# The encrypted file can hardly be larger than what it may unpack to, plus age's overhead.
MAX_SEALED_BYTES = DEFAULT_LIMITS.max_unpacked_bytes + 16 * 1024 * 1024
FOLDER_MODE = 0o700
FILE_MODE = 0o600


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle that decrypted, passed every safety check and matched its signed manifest."""

    manifest: Manifest
    data: Mapping[str, Any]
    report_html: str
    report_pdf: bytes | None
    signer_fingerprint: str
    # Always True here: a bundle whose signature fails is refused, never returned.
    signature_valid: bool
    # Whether the signer is the one the reader expected; None when no fingerprint was given.
    signer_expected: bool | None
    files: Mapping[str, bytes]


def read_bundle_file(path: Path) -> bytes:
    """The encrypted bytes of a bundle file, refusing files too large to be a bundle."""
    try:
        with open(path, "rb") as f:
            sealed = f.read(MAX_SEALED_BYTES + 1)
    except FileNotFoundError as exc:
        raise UsageError(f"There is no bundle at {path}.") from exc
    except IsADirectoryError as exc:
        raise UsageError(f"{path} is a folder, not a bundle.") from exc
    except OSError as exc:
        raise BundleStorageError(f"Could not read the bundle: {exc.strerror or exc}.") from exc
    if len(sealed) > MAX_SEALED_BYTES:
        raise UnsafeBundle("The file was refused: it is far larger than a bundle can be.")
    return sealed


def open_bundle(
    sealed: bytes,
    *,
    identities: Sequence[TherapistIdentity] = (),
    passphrase: str | None = None,
    expected_signer: str | None = None,
    limits: ArchiveLimits = DEFAULT_LIMITS,
) -> OpenedBundle:
    """Decrypts, checks and reads a bundle, all in memory.

    Give either the therapist's `identities` or the bundle's `passphrase`. With
    `expected_signer` (a fingerprint), a bundle signed by any other journal is refused.
    """
    if bool(identities) == (passphrase is not None):
        raise UsageError("Open a bundle with either an identity or a passphrase.")
    if len(sealed) > MAX_SEALED_BYTES:
        raise UnsafeBundle("The file was refused: it is far larger than a bundle can be.")
    if passphrase is not None:
        archive = decrypt_with_passphrase(sealed, passphrase)
    else:
        archive = decrypt_with_identities(sealed, identities)
    files = read_archive(archive, MEMBER_NAMES, limits)
    return verify_bundle(files, expected_signer)


def verify_bundle(files: Mapping[str, bytes], expected_signer: str | None = None) -> OpenedBundle:
    """Checks decrypted members against the signed manifest and reads them."""
    for name in (MANIFEST_NAME, SIGNATURE_NAME):
        if name not in files:
            raise DamagedBundle(f"The bundle is incomplete: it has no {name}.")
    manifest_bytes = files[MANIFEST_NAME]
    manifest = Manifest.from_bytes(manifest_bytes)
    if not signature_is_valid(manifest.signer_public_key, files[SIGNATURE_NAME], manifest_bytes):
        raise TamperedBundle(
            "The bundle's signature does not match its manifest: "
            "the manifest was changed after it was signed."
        )
    signer_expected = None
    if expected_signer is not None:
        expected = normalise_fingerprint(expected_signer)
        if manifest.signer_fingerprint != expected:
            raise UnexpectedSigner(
                f"This bundle was signed by a different journal (fingerprint "
                f"{manifest.signer_fingerprint}) than the one expected ({expected})."
            )
        signer_expected = True
    _check_files(manifest, files)
    data = _journal_data(files[DATA_NAME], manifest)
    try:
        report_html = files[REPORT_HTML_NAME].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DamagedBundle("The bundle's report is not readable text.") from exc
    return OpenedBundle(
        manifest=manifest,
        data=data,
        report_html=report_html,
        report_pdf=files.get(REPORT_PDF_NAME),
        signer_fingerprint=manifest.signer_fingerprint,
        signature_valid=True,
        signer_expected=signer_expected,
        files={name: files[name] for name in MEMBER_NAMES if name in files},
    )


def _check_files(manifest: Manifest, files: Mapping[str, bytes]) -> None:
    present = set(files) - {MANIFEST_NAME, SIGNATURE_NAME}
    for name in sorted(present - set(manifest.files)):
        raise TamperedBundle(f"The bundle holds “{name}”, which its signed manifest does not list.")
    for name in sorted(set(manifest.files) - present):
        raise DamagedBundle(f"The bundle is incomplete: “{name}” is listed but missing.")
    for name in REQUIRED_FILES:
        if name not in present:
            raise DamagedBundle(f"The bundle is incomplete: it has no {name}.")
    for name, record in manifest.files.items():
        if not record.matches(files[name]):
            raise TamperedBundle(
                f"“{name}” does not match the signed manifest: it was changed after signing."
            )


def _journal_data(raw: bytes, manifest: Manifest) -> dict[str, Any]:
    data = parse_json(raw, "data")
    if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT:
        raise DamagedBundle("The bundle's data is not in Afterglow's journal format.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedBundle("The bundle's data has no valid version number.")
    if version > JOURNAL_VERSION:
        raise UnsupportedBundleVersion(
            "This bundle's data was made by a newer version of Afterglow; update to read it."
        )
    for name in COLLECTIONS:
        value = data.get(name, [])
        if not isinstance(value, list):
            raise DamagedBundle(f"The bundle's data is malformed: “{name}” is not a list.")
        if name in manifest.counts and manifest.counts[name] != len(value):
            raise DamagedBundle(f"The bundle's data disagrees with its manifest about “{name}”.")
    return data


def extract(opened: OpenedBundle, folder: Path) -> list[Path]:
    """Writes the bundle's files into `folder`, which is created (0700) if missing.

    Files are 0600, nothing is overwritten, and nothing lands outside `folder`. If any
    file is already there, nothing is written at all.
    """
    folder = Path(folder)
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        root = folder.resolve(strict=True)
    except OSError as exc:
        raise BundleStorageError(f"Could not create the folder {folder}: {exc.strerror}.") from exc
    if not root.is_dir():
        raise UsageError(f"{folder} is not a folder.")
    names = [name for name in MEMBER_NAMES if name in opened.files]
    targets = []
    for name in names:
        # Names come from a fixed list, but check anyway: a file lands in `root` or nowhere.
        target = root / name
        if os.path.basename(name) != name or target.parent != root:
            raise UnsafeBundle(f"The bundle was refused: “{name}” would land outside the folder.")
        if os.path.lexists(target):
            raise BundleFileExists(f"{name} already exists in {folder}; nothing was extracted.")
        targets.append((name, target))
    written: list[Path] = []
    try:
        for name, target in targets:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
            written.append(target)
            with os.fdopen(fd, "wb") as f:
                os.fchmod(f.fileno(), FILE_MODE)
                f.write(opened.files[name])
    except FileExistsError as exc:
        _remove(written)
        raise BundleFileExists(f"A file appeared in {folder} while extracting; stopped.") from exc
    except OSError as exc:
        _remove(written)
        raise BundleStorageError(f"Could not extract the bundle: {exc.strerror or exc}.") from exc
    return written


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
