"""Therapist identities, the journal's signing key, contacts, QR codes and passphrases."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import segno

from afterglow.bundle import (
    SigningIdentity,
    TherapistContact,
    TherapistIdentity,
    fingerprint,
    generate_passphrase,
    identities_from_file,
    identities_from_text,
    public_key_qr_matrix,
    public_key_qr_svg,
)
from afterglow.bundle.errors import InvalidIdentity, InvalidRecipient, InvalidSigningKey
from afterglow.bundle.identity import normalise_fingerprint, signature_is_valid
from afterglow.bundle.words import WORDS, passphrase_bits


def test_a_therapist_identity_has_an_age_public_key_and_hides_its_secret() -> None:
    identity = TherapistIdentity.generate()

    assert re.fullmatch(r"age1[0-9a-z]{58}", identity.public_key)
    assert identity.secret.startswith("AGE-SECRET-KEY-1")
    assert identity.secret not in repr(identity)
    assert TherapistIdentity(identity.secret) == identity
    assert TherapistIdentity.generate() != identity


def test_an_identity_survives_its_own_file_format(tmp_path: Path) -> None:
    identity = TherapistIdentity.generate()
    path = tmp_path / "key.txt"
    path.write_text(identity.to_identity_file())

    assert identities_from_file(path) == [identity]
    assert f"# public key: {identity.public_key}" in path.read_text()


def test_malformed_identities_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(InvalidIdentity, match="not an age secret key"):
        TherapistIdentity("age1notasecret")
    with pytest.raises(InvalidIdentity, match="mistyped or cut short"):
        TherapistIdentity(TherapistIdentity.generate().secret[:-4])
    with pytest.raises(InvalidIdentity, match="holds no age secret key"):
        identities_from_text("# only a comment\n\n")
    with pytest.raises(InvalidIdentity, match="no identity file"):
        identities_from_file(tmp_path / "missing.txt")
    (tmp_path / "binary").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InvalidIdentity, match="not text"):
        identities_from_file(tmp_path / "binary")


def test_the_signing_identity_round_trips_through_raw_bytes() -> None:
    identity = SigningIdentity.generate()
    raw = identity.to_bytes()
    restored = SigningIdentity.from_bytes(raw)

    assert len(raw) == 32
    assert restored.public_key == identity.public_key
    assert restored.fingerprint == identity.fingerprint
    assert signature_is_valid(identity.public_key, restored.sign(b"manifest"), b"manifest")
    assert not signature_is_valid(identity.public_key, restored.sign(b"manifest"), b"manifesT")
    with pytest.raises(InvalidSigningKey):
        SigningIdentity.from_bytes(raw[:31])


def test_fingerprints_are_ten_groups_of_four_and_forgive_spacing() -> None:
    identity = SigningIdentity.generate()

    assert re.fullmatch(r"([0-9A-F]{4} ){9}[0-9A-F]{4}", identity.fingerprint)
    assert fingerprint(identity.public_key) == identity.fingerprint
    assert normalise_fingerprint(identity.fingerprint.replace(" ", "").lower()) == (
        identity.fingerprint
    )
    assert fingerprint(bytes(32)) != fingerprint(bytes(31) + b"\x01")


def test_a_contact_needs_a_name_and_a_valid_key() -> None:
    key = TherapistIdentity.generate().public_key
    contact = TherapistContact("  Dr.  Rivera ", f" {key}\n")

    assert contact == TherapistContact("Dr. Rivera", key)
    with pytest.raises(InvalidRecipient, match="needs a name"):
        TherapistContact("  ", key)
    with pytest.raises(InvalidRecipient, match="not a valid age public key") as refused:
        TherapistContact("Dr. Rivera", key[:-1])
    assert key[:16] in refused.value.message
    with pytest.raises(InvalidRecipient, match="start with “age1”"):
        TherapistContact("Dr. Rivera", "AGE-SECRET-KEY-1SHOULDNEVERBEHERE")


def test_a_public_key_renders_as_a_qr_code() -> None:
    key = TherapistIdentity.generate().public_key

    matrix = public_key_qr_matrix(key)
    svg = public_key_qr_svg(key)

    version = segno.make(key, error="m", micro=False).version
    assert isinstance(version, int)
    assert len(matrix) == 17 + 4 * version + 8
    assert all(len(row) == len(matrix) for row in matrix)
    assert any(any(row) for row in matrix)
    assert svg.startswith("<svg") and "<script" not in svg
    with pytest.raises(InvalidRecipient):
        public_key_qr_svg("not a key")


def test_the_word_list_gives_at_least_62_bits_for_six_words() -> None:
    assert len(set(WORDS)) == len(WORDS) >= 1296
    assert all(re.fullmatch(r"[a-z]{3,9}", word) for word in WORDS)
    assert passphrase_bits(6) >= 62
    assert passphrase_bits(6) == pytest.approx(6 * math.log2(len(WORDS)))


def test_generated_passphrases_are_six_random_words() -> None:
    passphrases = {generate_passphrase() for _ in range(50)}

    assert len(passphrases) == 50
    for passphrase in passphrases:
        words = passphrase.split("-")
        assert len(words) == 6
        assert set(words) <= set(WORDS)
    assert len(generate_passphrase(8).split("-")) == 8
    with pytest.raises(ValueError):
        generate_passphrase(5)
