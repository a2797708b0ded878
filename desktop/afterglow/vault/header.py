"""The key header (`vault.json`): KDF settings and the wrapped data key.

The data key is wrapped twice with AES-256-GCM: once by the passphrase-derived key and
once by the recovery key, each slot with its own salt. Every wrap binds its slot's
settings as associated data, so a header whose settings were changed no longer unwraps.
A SHA-256 checksum over the whole header tells accidental damage apart from a wrong
passphrase.

The cryptography library is imported where it is used, here as in `kdf` and `recovery`:
loading it is a noticeable part of the time before the unlock screen shows, and nothing
needs it until a key is wrapped or unwrapped.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from afterglow.core.errors import DamagedData, UnsupportedVersion, WrongPassphrase
from afterglow.vault.files import write_atomically
from afterglow.vault.kdf import KEY_BYTES, KdfParams

FORMAT = "afterglow-vault"
VERSION = 1
SALT_BYTES = 16
NONCE_BYTES = 12
MAX_HEADER_BYTES = 64 * 1024

Slot = Literal["passphrase", "recovery"]


@dataclass(frozen=True)
class WrappedKey:
    """The data key encrypted by a key derived from a passphrase or recovery key."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeySlots:
    """The same data key wrapped by the passphrase and by the recovery key."""

    passphrase: WrappedKey
    recovery: WrappedKey


@dataclass(frozen=True)
class KeyHeader:
    """Everything needed to turn a passphrase or recovery key into the data key.

    `next_keys` exists only while the data key is being rotated: it holds the new key,
    so an interruption at any point still leaves a key that opens the database.
    """

    created_at: str
    kdf: KdfParams
    keys: KeySlots
    next_keys: KeySlots | None = None

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": self.created_at,
            "kdf": _kdf_json(self.kdf),
            "keys": _slots_to_json(self.keys),
            "next_keys": _slots_to_json(self.next_keys) if self.next_keys else None,
        }
        body["checksum"] = _checksum(body)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyHeader:
        if len(data) > MAX_HEADER_BYTES:
            raise DamagedData("The key file vault.json is damaged.")
        try:
            body = json.loads(data.decode("utf-8"))
            if not isinstance(body, dict) or body.get("format") != FORMAT:
                raise DamagedData("The key file vault.json is not an Afterglow key file.")
            version = body.get("version")
            if version != VERSION:
                if isinstance(version, int) and version > VERSION:
                    raise UnsupportedVersion(
                        "This journal was made by a newer version of Afterglow; "
                        "please update Afterglow to open it."
                    )
                raise DamagedData("The key file vault.json has an unknown version.")
            checksum = body.pop("checksum", None)
            if checksum != _checksum(body):
                raise DamagedData("The key file vault.json is damaged.")
            kdf = body["kdf"]
            if kdf["algorithm"] != "argon2id":
                raise DamagedData("The key file vault.json names an unknown algorithm.")
            return cls(
                created_at=str(body["created_at"]),
                kdf=KdfParams(
                    memory_kib=_positive(kdf["memory_kib"]),
                    iterations=_positive(kdf["iterations"]),
                    lanes=_positive(kdf["lanes"]),
                ),
                keys=_slots_from_json(body["keys"]),
                next_keys=_slots_from_json(body["next_keys"]) if body["next_keys"] else None,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DamagedData("The key file vault.json is damaged.") from exc

    @classmethod
    def read(cls, path: Path) -> KeyHeader:
        """Reads the header; a missing file raises `FileNotFoundError` for the caller."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise DamagedData(f"The key file could not be read ({exc.strerror}).") from exc
        return cls.from_bytes(data)

    def write(self, path: Path) -> None:
        write_atomically(path, self.to_bytes(), "the key file")

    def wrap(
        self, data_key: bytes | bytearray, wrapping_key: bytes | bytearray, slot: Slot, salt: bytes
    ) -> WrappedKey:
        """Encrypts the data key under `wrapping_key`, derived with `salt`."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(NONCE_BYTES)
        aad = self._aad(slot, salt)
        return WrappedKey(
            salt, nonce, AESGCM(bytes(wrapping_key)).encrypt(nonce, bytes(data_key), aad)
        )

    def unwrap(self, wrapped: WrappedKey, wrapping_key: bytes | bytearray, slot: Slot) -> bytearray:
        """Returns the data key, or raises `WrongPassphrase` if this key does not fit."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            key = AESGCM(bytes(wrapping_key)).decrypt(
                wrapped.nonce, wrapped.ciphertext, self._aad(slot, wrapped.salt)
            )
        except InvalidTag:
            if slot == "recovery":
                raise WrongPassphrase("That recovery key does not unlock this journal.") from None
            raise WrongPassphrase("That passphrase does not unlock this journal.") from None
        if len(key) != KEY_BYTES:
            raise DamagedData("The key file vault.json holds a key of the wrong size.")
        return bytearray(key)

    def with_keys(self, keys: KeySlots, next_keys: KeySlots | None = None) -> KeyHeader:
        return replace(self, keys=keys, next_keys=next_keys)

    def _aad(self, slot: Slot, salt: bytes) -> bytes:
        bound: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "slot": slot,
            "salt": _b64(salt),
        }
        if slot == "passphrase":
            bound["kdf"] = _kdf_json(self.kdf)
        return json.dumps(bound, sort_keys=True).encode("utf-8")


def new_header(kdf: KdfParams) -> KeyHeader:
    """A header whose key slots are still empty; the caller wraps the data key into it."""
    empty = WrappedKey(b"", b"", b"")
    return KeyHeader(
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        kdf=kdf,
        keys=KeySlots(empty, empty),
    )


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def _kdf_json(kdf: KdfParams) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
    }


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    data = base64.b64decode(text, validate=True)
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


def _positive(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError("expected a positive whole number")
    return value


def _slots_to_json(slots: KeySlots) -> dict[str, dict[str, str]]:
    return {
        name: {"salt": _b64(w.salt), "nonce": _b64(w.nonce), "ciphertext": _b64(w.ciphertext)}
        for name, w in (("passphrase", slots.passphrase), ("recovery", slots.recovery))
    }


def _slots_from_json(data: dict[str, dict[str, str]]) -> KeySlots:
    def wrapped(name: str) -> WrappedKey:
        slot = data[name]
        return WrappedKey(
            _unb64(slot["salt"], SALT_BYTES),
            _unb64(slot["nonce"], NONCE_BYTES),
            _unb64(slot["ciphertext"], KEY_BYTES + 16),
        )

    return KeySlots(passphrase=wrapped("passphrase"), recovery=wrapped("recovery"))
