"""Sealing bytes with the journal's data key, so that words not yet saved can wait in
memory through a lock with no key beside them; only unlocking the same journal opens them.

A sealed value is one version byte, a random 96-bit nonce, then the AES-256-GCM
ciphertext and its tag. The AES key is derived from the data key with HKDF-SHA256 under
its own label, so it is never the key SQLCipher uses; the version byte is bound as
associated data. The cryptography library is imported on first use (see `header`).
"""

from __future__ import annotations

import secrets

from afterglow.core.errors import DamagedData

VERSION = 1
NONCE_BYTES = 12
TAG_BYTES = 16
_INFO = b"afterglow/sealed-unsaved-words/v1"
_NOT_OPENED = "The words kept through the lock could not be opened with this journal's key."


def seal(data_key: bytes | bytearray, data: bytes) -> bytes:
    """`data` encrypted and authenticated under a key derived from `data_key`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = bytes([VERSION])
    nonce = secrets.token_bytes(NONCE_BYTES)
    return header + nonce + AESGCM(_subkey(data_key)).encrypt(nonce, data, header)


def unseal(data_key: bytes | bytearray, sealed: bytes) -> bytes:
    """The bytes given to `seal`; raises `DamagedData` if the key is another journal's or
    the sealed bytes were changed or cut short."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(sealed) < 1 + NONCE_BYTES + TAG_BYTES or sealed[0] != VERSION:
        raise DamagedData(_NOT_OPENED)
    header, nonce, ciphertext = sealed[:1], sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
    try:
        return AESGCM(_subkey(data_key)).decrypt(nonce, ciphertext, header)
    except InvalidTag:
        raise DamagedData(_NOT_OPENED) from None


def _subkey(data_key: bytes | bytearray) -> bytes:
    # The data key is random, so HKDF needs no salt; the label keeps this key apart.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(bytes(data_key))
