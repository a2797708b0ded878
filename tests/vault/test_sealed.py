"""Sealing words with the journal's key: they open again only with the same journal's key,
untouched and whole, and nothing of them shows in the sealed bytes."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from afterglow.core.errors import DamagedData, JournalLocked
from afterglow.vault import sealed
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.vault import Vault
from tests.vault.conftest import PASSPHRASE

WORDS = b"I said it out loud to her for the first time: I was scared, not angry."


def test_sealed_words_open_again_with_the_same_key() -> None:
    key = bytearray(secrets.token_bytes(32))
    assert sealed.unseal(key, sealed.seal(key, WORDS)) == WORDS
    assert sealed.unseal(key, sealed.seal(key, b"")) == b""


def test_the_sealed_bytes_hold_no_trace_of_the_words() -> None:
    key = secrets.token_bytes(32)
    words = ("the same sentence again and again " * 40).encode()
    box = sealed.seal(key, words)
    assert box[0] == sealed.VERSION
    assert len(box) == 1 + sealed.NONCE_BYTES + len(words) + sealed.TAG_BYTES
    for start in range(0, len(words) - 8, 7):
        assert words[start : start + 8] not in box
    assert b"same" not in box and b"sentence" not in box
    assert sealed.seal(key, words) != box  # a fresh nonce every time


def test_another_key_does_not_open_them() -> None:
    box = sealed.seal(secrets.token_bytes(32), WORDS)
    with pytest.raises(DamagedData, match="could not be opened"):
        sealed.unseal(secrets.token_bytes(32), box)


def test_the_sealing_key_is_not_the_data_key_itself() -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = secrets.token_bytes(32)
    box = sealed.seal(key, WORDS)
    nonce, ciphertext = box[1 : 1 + sealed.NONCE_BYTES], box[1 + sealed.NONCE_BYTES :]
    with pytest.raises(InvalidTag):
        AESGCM(key).decrypt(nonce, ciphertext, box[:1])


@pytest.mark.parametrize(
    "damage",
    [
        lambda box: box[:-1],  # cut short by one byte
        lambda box: box[: 1 + sealed.NONCE_BYTES],  # nothing after the nonce
        lambda box: b"",
        lambda box: box[:20] + bytes([box[20] ^ 1]) + box[21:],  # one bit changed
        lambda box: bytes([box[0] + 1]) + box[1:],  # an unknown version
        lambda box: bytes([0]) + box[1:],
    ],
    ids=["truncated", "no-ciphertext", "empty", "bit-flipped", "newer-version", "zero-version"],
)
def test_changed_or_truncated_bytes_are_refused(damage) -> None:
    key = secrets.token_bytes(32)
    box = sealed.seal(key, WORDS)
    with pytest.raises(DamagedData) as refused:
        sealed.unseal(key, damage(box))
    assert refused.value.message.count(".") == 1  # one sentence, for a person


def test_an_unlocked_journal_seals_with_its_own_key(tmp_path: Path, fast_policy: KdfPolicy) -> None:
    first, _ = Vault(tmp_path / "first", fast_policy).create(PASSPHRASE)
    other, _ = Vault(tmp_path / "other", fast_policy).create(PASSPHRASE)
    try:
        box = first.seal(WORDS)
        assert WORDS not in box
        assert first.unseal(box) == WORDS
        with pytest.raises(DamagedData):
            other.unseal(box)  # the same passphrase, but another journal's data key
    finally:
        other.lock()
    first.lock()
    with pytest.raises(JournalLocked):
        first.unseal(box)
    with pytest.raises(JournalLocked):
        first.seal(WORDS)

    again = Vault(tmp_path / "first", fast_policy).unlock(PASSPHRASE)
    try:
        assert again.unseal(box) == WORDS  # after unlocking the same journal
    finally:
        again.lock()


def test_rotating_the_data_key_leaves_older_sealed_words_unopenable(
    tmp_path: Path, fast_policy: KdfPolicy
) -> None:
    journal, _ = Vault(tmp_path / "journal", fast_policy).create(PASSPHRASE)
    try:
        box = journal.seal(WORDS)
        journal.rotate_data_key(PASSPHRASE)
        with pytest.raises(DamagedData):
            journal.unseal(box)
    finally:
        journal.lock()
