"""The `age` layer: encrypt a bundle to therapists' keys or a passphrase, and decrypt it.

Uses pyrage, so a bundle opens with any `age` or `rage` tool. Decryption inspects the age
header first, to tell "wrong kind of key" and "too costly to try" apart from damage, and
maps pyrage's failures to errors with one clear sentence each.
"""

from __future__ import annotations

import binascii
from collections.abc import Sequence
from dataclasses import dataclass

import pyrage
from pyrage import passphrase as age_passphrase

from afterglow.bundle.errors import DamagedBundle, UnsafeBundle, WrongBundleKey
from afterglow.bundle.identity import TherapistIdentity, parse_recipient, unique_recipients
from afterglow.core.errors import UsageError

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
# The reference `age` tool refuses passphrase files that cost more than this to open;
# so do we, or a crafted file could keep the computer busy for hours.
MAX_SCRYPT_WORK_FACTOR = 22
MAX_HEADER_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ForTherapists:
    """Encrypt to one or more therapists' `age1…` public keys."""

    public_keys: tuple[str, ...]

    def __init__(self, public_keys: Sequence[str]) -> None:
        if isinstance(public_keys, str):
            public_keys = (public_keys,)
        keys = unique_recipients(public_keys)
        if not keys:
            raise UsageError("Choose at least one therapist to send the bundle to.")
        object.__setattr__(self, "public_keys", keys)


@dataclass(frozen=True)
class WithPassphrase:
    """Encrypt to a passphrase (age's scrypt recipient), to be passed on by another channel."""

    passphrase: str

    def __post_init__(self) -> None:
        if not self.passphrase:
            raise UsageError("The bundle's passphrase cannot be empty.")

    def __repr__(self) -> str:
        return "WithPassphrase(passphrase=…)"


Lock = ForTherapists | WithPassphrase


def encrypt(plaintext: bytes, lock: Lock) -> bytes:
    """`plaintext` as a binary age file, locked as `lock` says."""
    if isinstance(lock, WithPassphrase):
        sealed = age_passphrase.encrypt(plaintext, lock.passphrase)
    else:
        sealed = pyrage.encrypt(plaintext, [parse_recipient(key) for key in lock.public_keys])
    return bytes(sealed)


@dataclass(frozen=True)
class AgeHeader:
    """What an age header says about how a file is locked."""

    stanza_types: tuple[str, ...]
    scrypt_work_factor: int | None

    @property
    def is_passphrase(self) -> bool:
        return "scrypt" in self.stanza_types


def binary_age(data: bytes) -> bytes:
    """The binary age file, undoing ASCII armour if present; refuses anything not age."""
    if data.startswith(AGE_MAGIC):
        return data
    stripped = data.lstrip()
    if stripped.startswith(ARMOR_BEGIN):
        body = stripped[len(ARMOR_BEGIN) :]
        end = body.find(ARMOR_END)
        if end < 0:
            raise DamagedBundle("The bundle is incomplete: its text armour has no end line.")
        try:
            decoded = binascii.a2b_base64(b"".join(body[:end].split()), strict_mode=True)
        except (binascii.Error, ValueError) as exc:
            raise DamagedBundle("The bundle's text armour is garbled.") from exc
        if decoded.startswith(AGE_MAGIC):
            return decoded
    raise DamagedBundle("This file is not an Afterglow bundle: it is not encrypted with age.")


def read_header(data: bytes) -> AgeHeader:
    """The recipient stanzas of a binary age file, without decrypting anything."""
    end = data.find(b"\n---", 0, MAX_HEADER_BYTES)
    if end < 0:
        raise DamagedBundle("The bundle is damaged or incomplete: its age header is cut short.")
    types: list[str] = []
    work_factor: int | None = None
    for line in data[len(AGE_MAGIC) : end].split(b"\n"):
        if not line.startswith(b"-> "):
            continue
        words = line[3:].split(b" ")
        kind = words[0].decode("ascii", "replace")
        types.append(kind)
        if kind == "scrypt":
            if len(words) != 3 or not words[2].isdigit() or len(words[2]) > 2:
                raise DamagedBundle("The bundle's passphrase header is garbled.")
            work_factor = int(words[2])
    if not types:
        raise DamagedBundle("The bundle is damaged: its age header names no recipient.")
    return AgeHeader(tuple(types), work_factor)


def decrypt_with_identities(data: bytes, identities: Sequence[TherapistIdentity]) -> bytes:
    """The plaintext of an age file locked to one of `identities`."""
    if not identities:
        raise UsageError("Give an identity (an age secret key) to open the bundle with.")
    binary = binary_age(data)
    header = read_header(binary)
    if header.is_passphrase:
        raise WrongBundleKey(
            "This bundle is locked with a passphrase, not a key; open it with its passphrase."
        )
    if "X25519" not in header.stanza_types:
        raise WrongBundleKey("This bundle was not encrypted to an age X25519 key.")
    try:
        plaintext = pyrage.decrypt(binary, [identity.age_identity for identity in identities])
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise WrongBundleKey(
                "This bundle was encrypted for a different key; none of the given keys opens it."
            ) from exc
        raise _damaged(exc) from exc
    return bytes(plaintext)


def decrypt_with_passphrase(data: bytes, passphrase: str) -> bytes:
    """The plaintext of an age file locked with `passphrase`."""
    if not passphrase:
        raise UsageError("Give the bundle's passphrase to open it.")
    binary = binary_age(data)
    header = read_header(binary)
    if not header.is_passphrase:
        raise WrongBundleKey(
            "This bundle is locked to a therapist's key, not a passphrase; open it with that key."
        )
    if len(header.stanza_types) != 1:
        raise DamagedBundle("The bundle's header is invalid: a passphrase must be its only lock.")
    if header.scrypt_work_factor is None or header.scrypt_work_factor > MAX_SCRYPT_WORK_FACTOR:
        raise UnsafeBundle(
            "This bundle's passphrase lock is set to take far too long to open, so it was refused."
        )
    try:
        plaintext = age_passphrase.decrypt(binary, passphrase)
    except pyrage.DecryptError as exc:
        if "Decryption failed" in str(exc) or "No matching keys" in str(exc):
            raise WrongBundleKey("That passphrase does not open this bundle.") from exc
        raise _damaged(exc) from exc
    return bytes(plaintext)


def _damaged(exc: Exception) -> DamagedBundle:
    if "Header MAC" in str(exc):
        return DamagedBundle("The bundle is damaged: its age header was changed.")
    return DamagedBundle(
        "The bundle is damaged or incomplete: its encrypted contents do not check out."
    )
