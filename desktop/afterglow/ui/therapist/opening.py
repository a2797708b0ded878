"""Opening a bundle, step by step, as plain Python for the task runner's worker: read the
file, see how it is locked, try the identities this journal keeps, then a key file or a
passphrase. Everything stays in memory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from afterglow.bundle import (
    OpenedBundle,
    TherapistIdentity,
    extract,
    identities_from_file,
    open_bundle,
    read_bundle_file,
)
from afterglow.bundle.crypto import binary_age, read_header
from afterglow.bundle.errors import WrongBundleKey
from afterglow.vault.bundle_keys import BundleKeys


@dataclass(frozen=True)
class Attempt:
    """A bundle read from disk (still encrypted) and how far opening it got."""

    sealed: bytes
    with_passphrase: bool
    opened: OpenedBundle | None = None
    # The journal's own identities were tried and none of them opens it.
    stored_identities_failed: bool = False

    def __repr__(self) -> str:
        return f"Attempt(with_passphrase={self.with_passphrase}, opened={self.opened is not None})"


def first_attempt(path: Path, keys: BundleKeys | None) -> Attempt:
    """Reads the bundle and opens it with this journal's identities if it can."""
    sealed = read_bundle_file(path)
    header = read_header(binary_age(sealed))
    if header.is_passphrase:
        return Attempt(sealed, with_passphrase=True)
    identities = [saved.identity for saved in keys.therapist_identities()] if keys else []
    if not identities:
        return Attempt(sealed, with_passphrase=False)
    try:
        return Attempt(sealed, False, open_bundle(sealed, identities=identities))
    except WrongBundleKey:
        return Attempt(sealed, False, stored_identities_failed=True)


def open_with_passphrase(sealed: bytes, passphrase: str) -> OpenedBundle:
    return open_bundle(sealed, passphrase=passphrase)


def open_with_key_file(sealed: bytes, key_file: Path) -> OpenedBundle:
    """Opens the bundle with the identities in an age identity file (`age-keygen`'s)."""
    return open_with_identities(sealed, identities_from_file(key_file))


def open_with_identities(sealed: bytes, identities: Sequence[TherapistIdentity]) -> OpenedBundle:
    return open_bundle(sealed, identities=identities)


def extract_files(opened: OpenedBundle, folder: Path) -> list[Path]:
    """The reader's explicit choice to write the bundle's files, unencrypted, to `folder`."""
    return extract(opened, folder)
