"""The recovery key: 144 random bits shown once as eight groups, with a typo-catching checksum.

The key is written in Crockford's base32 (no I, L, O or U; those letters read as 1, 1, 0
and are accepted when typed). A CRC-16 over the key bits catches any single mistyped
character and any swap of two neighbours, because each is an error burst under 16 bits.
"""

from __future__ import annotations

import binascii
import secrets

from afterglow.core.errors import InvalidRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)} | {"I": 1, "L": 1, "O": 0}
SECRET_BYTES = 18
GROUP_SIZE = 4
GROUPS = 8  # (18 secret + 2 checksum bytes) * 8 bits / 5 bits a character / 4 a group
_INFO = b"afterglow recovery key v1"


class RecoveryKey:
    """A recovery key; keep it out of logs and never store it."""

    __slots__ = ("_secret",)

    def __init__(self, secret: bytes) -> None:
        if len(secret) != SECRET_BYTES:
            raise ValueError("a recovery key holds exactly 18 bytes")
        self._secret = bytearray(secret)

    @classmethod
    def generate(cls) -> RecoveryKey:
        return cls(secrets.token_bytes(SECRET_BYTES))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Reads a key as a person types it: any case, spaces or dashes between groups."""
        chars = [c for c in text.upper() if c not in " -\t\r\n"]
        if len(chars) != GROUPS * GROUP_SIZE:
            raise InvalidRecoveryKey(
                f"A recovery key has {GROUPS} groups of {GROUP_SIZE} characters; "
                f"this one has {len(chars)} characters."
            )
        bad = [c for c in chars if c not in _DECODE]
        if bad:
            raise InvalidRecoveryKey(
                f"The character {bad[0]!r} never appears in a recovery key; please check it."
            )
        value = 0
        for c in chars:
            value = value << 5 | _DECODE[c]
        raw = value.to_bytes(SECRET_BYTES + 2, "big")
        secret, checksum = raw[:SECRET_BYTES], raw[SECRET_BYTES:]
        if binascii.crc_hqx(secret, 0).to_bytes(2, "big") != checksum:
            raise InvalidRecoveryKey(
                "That recovery key has a typing mistake in it; please compare each group again."
            )
        return cls(secret)

    def groups(self) -> list[str]:
        raw = bytes(self._secret) + binascii.crc_hqx(bytes(self._secret), 0).to_bytes(2, "big")
        value = int.from_bytes(raw, "big")
        count = GROUPS * GROUP_SIZE
        chars = [ALPHABET[(value >> (5 * (count - 1 - i))) & 31] for i in range(count)]
        return ["".join(chars[i : i + GROUP_SIZE]) for i in range(0, count, GROUP_SIZE)]

    def formatted(self) -> str:
        """The key as shown to a person: eight groups joined by dashes."""
        return "-".join(self.groups())

    def wrapping_key(self, salt: bytes) -> bytearray:
        """The key that wraps the data key. The key is random, so HKDF is enough."""
        from cryptography.hazmat.primitives import hashes  # on first use: see `header`
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO)
        return bytearray(hkdf.derive(bytes(self._secret)))

    def forget(self) -> None:
        """Overwrites the secret in memory (as far as Python allows)."""
        for i in range(len(self._secret)):
            self._secret[i] = 0

    def __repr__(self) -> str:
        return "RecoveryKey(…)"
