"""Keys: a therapist's age identity, the journal's signing identity, and fingerprints.

Secrets leave these objects only as text or bytes for the caller to store encrypted (in the
vault); they never appear in a `repr`.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from afterglow.bundle.errors import (
    BundleStorageError,
    InvalidIdentity,
    InvalidRecipient,
    InvalidSigningKey,
)

SECRET_KEY_PREFIX = "AGE-SECRET-KEY-1"
PUBLIC_KEY_PREFIX = "age1"
FINGERPRINT_BYTES = 20
MAX_IDENTITY_FILE_BYTES = 64 * 1024


def fingerprint(public_key: bytes) -> str:
    """A fingerprint people can compare aloud: SHA-256 of the raw key, first 20 bytes.

    Shown as ten groups of four upper-case hex digits, e.g. `AB12 CD34 …`.
    """
    digest = hashlib.sha256(public_key).digest()[:FINGERPRINT_BYTES].hex().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def normalise_fingerprint(text: str) -> str:
    """The fingerprint in canonical form, whatever spacing or case it was typed with."""
    compact = "".join(text.split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def parse_recipient(text: str) -> Any:
    """A pyrage X25519 recipient from `age1…` text; `InvalidRecipient` names a bad key."""
    key = text.strip()
    shown = _shorten(key)
    if not key.lower().startswith(PUBLIC_KEY_PREFIX) or key.lower().startswith("age1pq"):
        raise InvalidRecipient(f"“{shown}” is not an age public key: those start with “age1”.")
    try:
        return x25519.Recipient.from_str(key)
    except Exception as exc:  # pyrage raises its own RecipientError and sometimes ValueError
        raise InvalidRecipient(
            f"“{shown}” is not a valid age public key; it may be mistyped or cut short."
        ) from exc


def _shorten(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:16]}…{text[-6:]}"


class TherapistIdentity:
    """A therapist's age X25519 key pair: clients encrypt bundles to its public key."""

    __slots__ = ("_identity", "_secret")

    def __init__(self, secret: str) -> None:
        secret = secret.strip()
        if not secret.upper().startswith(SECRET_KEY_PREFIX):
            raise InvalidIdentity(
                "That is not an age secret key: those start with “AGE-SECRET-KEY-1”."
            )
        try:
            self._identity = x25519.Identity.from_str(secret)
        except Exception as exc:  # pyrage's IdentityError
            raise InvalidIdentity(
                "The age secret key is not valid; it may be mistyped or cut short."
            ) from exc
        self._secret = secret

    @classmethod
    def generate(cls) -> TherapistIdentity:
        """A new random key pair."""
        return cls(str(x25519.Identity.generate()))

    @property
    def secret(self) -> str:
        """The secret key as `AGE-SECRET-KEY-1…` text, for the caller to store encrypted."""
        return self._secret

    @property
    def public_key(self) -> str:
        """The public key as `age1…` text, to hand to clients."""
        return str(self._identity.to_public())

    @property
    def age_identity(self) -> Any:
        """The pyrage identity object, for decryption."""
        return self._identity

    def to_identity_file(self, created: datetime | None = None) -> str:
        """The key in `age-keygen`'s file format, readable by `age -d -i FILE`."""
        lines = []
        if created is not None:
            lines.append(f"# created: {created.isoformat(timespec='seconds')}")
        lines.append(f"# public key: {self.public_key}")
        lines.append(self._secret)
        return "\n".join(lines) + "\n"

    def __repr__(self) -> str:
        return f"TherapistIdentity(public_key={self.public_key!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TherapistIdentity) and other.public_key == self.public_key

    def __hash__(self) -> int:
        return hash(self.public_key)


def identities_from_text(text: str) -> list[TherapistIdentity]:
    """Every identity in age identity-file text (comments and blank lines are skipped)."""
    identities = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        identities.append(TherapistIdentity(line))
    if not identities:
        raise InvalidIdentity("The identity file holds no age secret key (“AGE-SECRET-KEY-1…”).")
    return identities


def identities_from_file(path: Path) -> list[TherapistIdentity]:
    """Every identity in an age identity file such as `age-keygen` writes."""
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_IDENTITY_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise InvalidIdentity(f"There is no identity file at {path}.") from exc
    except OSError as exc:
        raise BundleStorageError(f"Could not read the identity file: {exc.strerror}.") from exc
    if len(raw) > MAX_IDENTITY_FILE_BYTES:
        raise InvalidIdentity("That file is far too large to be an age identity file.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidIdentity("That file is not an age identity file (it is not text).") from exc
    return identities_from_text(text)


class SigningIdentity:
    """The journal's own Ed25519 key: it signs every bundle so a therapist knows its source."""

    __slots__ = ("_private_key",)

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private_key = private_key

    @classmethod
    def generate(cls) -> SigningIdentity:
        """A new random signing key."""
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, raw: bytes) -> SigningIdentity:
        """The key from the 32 raw bytes that `to_bytes` gave."""
        if len(raw) != 32:
            raise InvalidSigningKey("The stored signing key is damaged: it is not 32 bytes long.")
        return cls(Ed25519PrivateKey.from_private_bytes(bytes(raw)))

    def to_bytes(self) -> bytes:
        """The 32 raw private bytes, for the caller to store encrypted in the vault."""
        return self._private_key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )

    @property
    def private_key(self) -> Ed25519PrivateKey:
        """The key itself, as `cryptography` models it."""
        return self._private_key

    @property
    def public_key(self) -> bytes:
        """The 32 raw public bytes."""
        return raw_public_key(self._private_key.public_key())

    @property
    def public_key_text(self) -> str:
        """The public key in base64, as the manifest carries it."""
        return base64.b64encode(self.public_key).decode("ascii")

    @property
    def fingerprint(self) -> str:
        """The fingerprint shown to the client and the therapist."""
        return fingerprint(self.public_key)

    def sign(self, message: bytes) -> bytes:
        """A raw 64-byte Ed25519 signature of `message`."""
        return self._private_key.sign(message)

    def __repr__(self) -> str:
        return f"SigningIdentity(fingerprint={self.fingerprint!r})"


def raw_public_key(public_key: Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of an Ed25519 public key."""
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def signature_is_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """Whether `signature` is a valid Ed25519 signature of `message` by `public_key`."""
    if len(public_key) != 32 or len(signature) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def unique_recipients(keys: Iterable[str]) -> tuple[str, ...]:
    """Each `age1…` key once, validated, in the order given."""
    seen: dict[str, None] = {}
    for key in keys:
        parse_recipient(key)
        seen.setdefault(key.strip(), None)
    return tuple(seen)
