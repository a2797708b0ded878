"""The journal's bundle keys: kept in the encrypted database, created once, validated."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from afterglow.bundle import SigningIdentity, TherapistIdentity
from afterglow.bundle.errors import InvalidIdentity, InvalidRecipient
from afterglow.core.errors import DamagedData, UsageError
from afterglow.vault.bundle_keys import CONTACTS, SIGNING_KEY, BundleKeys
from tests.vault.conftest import PASSPHRASE, snapshot

CANARY = "Dr Canary Quetzalcoatl-7f3a"
NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def keys(created) -> BundleKeys:
    _vault, unlocked, _ = created
    return BundleKeys(unlocked.database, clock=lambda: NOW)


def test_signing_identity_is_made_on_first_need_and_then_kept(keys):
    first = keys.signing_identity()
    assert isinstance(first, SigningIdentity)
    assert keys.signing_identity().public_key == first.public_key


def test_signing_identity_survives_locking_and_unlocking(created):
    vault, unlocked, _ = created
    made = BundleKeys(unlocked.database).signing_identity()
    unlocked.lock()
    again = vault.unlock(PASSPHRASE)
    try:
        assert BundleKeys(again.database).signing_identity().fingerprint == made.fingerprint
    finally:
        again.lock()


def test_signing_identity_creation_joins_an_outer_transaction_and_rolls_back_with_it(created):
    _vault, unlocked, _ = created
    keys = BundleKeys(unlocked.database)
    with pytest.raises(RuntimeError), unlocked.database.transaction():
        keys.signing_identity()
        raise RuntimeError("the caller's work failed")
    assert unlocked.database.query("SELECT * FROM meta WHERE key = ?", (SIGNING_KEY,)) == []


def test_a_damaged_signing_key_is_reported_not_replaced(created):
    _vault, unlocked, _ = created
    keys = BundleKeys(unlocked.database)
    keys.signing_identity()
    with unlocked.database.transaction():
        unlocked.database.execute(
            "UPDATE meta SET value = ? WHERE key = ?", ('{"algorithm": "ed25519"}', SIGNING_KEY)
        )
    with pytest.raises(DamagedData, match="signing key is damaged"):
        keys.signing_identity()


def test_contacts_are_kept_in_the_order_added(keys):
    first, second = TherapistIdentity.generate(), TherapistIdentity.generate()
    keys.add_contact("  Dr   Rivera ", first.public_key)
    keys.add_contact("Sam", f"  {second.public_key}\n")
    contacts = keys.contacts()
    assert [(c.name, c.public_key) for c in contacts] == [
        ("Dr Rivera", first.public_key),
        ("Sam", second.public_key),
    ]


def test_a_contact_with_a_bad_key_is_refused(keys):
    with pytest.raises(InvalidRecipient, match="not an age public key"):
        keys.add_contact("Dr Rivera", "ssh-ed25519 AAAA")
    with pytest.raises(InvalidRecipient, match="not a valid age public key"):
        keys.add_contact("Dr Rivera", TherapistIdentity.generate().public_key[:-3])
    assert keys.contacts() == []


def test_a_contact_needs_a_name(keys):
    with pytest.raises(InvalidRecipient, match="needs a name"):
        keys.add_contact("   ", TherapistIdentity.generate().public_key)


def test_the_same_key_cannot_be_saved_twice(keys):
    key = TherapistIdentity.generate().public_key
    keys.add_contact("Dr Rivera", key)
    with pytest.raises(InvalidRecipient) as caught:
        keys.add_contact("Someone else", key)
    assert caught.value.message == "That public key is already saved, for “Dr Rivera”."
    assert len(keys.contacts()) == 1


def test_removing_a_contact(keys):
    kept, gone = TherapistIdentity.generate(), TherapistIdentity.generate()
    keys.add_contact("Kept", kept.public_key)
    keys.add_contact("Gone", gone.public_key)
    assert keys.remove_contact(gone.public_key).name == "Gone"
    assert [c.name for c in keys.contacts()] == ["Kept"]
    with pytest.raises(UsageError, match="No therapist contact"):
        keys.remove_contact(gone.public_key)


def test_damaged_contacts_are_reported(created):
    _vault, unlocked, _ = created
    with unlocked.database.transaction():
        unlocked.database.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            (CONTACTS, json.dumps([{"name": "X", "public_key": "age1nope"}])),
        )
    with pytest.raises(DamagedData, match="therapist contacts are damaged"):
        BundleKeys(unlocked.database).contacts()


def test_therapist_identities_are_made_named_and_listed(keys):
    made = keys.add_therapist_identity("Practice key")
    brought = TherapistIdentity.generate()
    keys.add_therapist_identity("Old laptop key", brought)
    saved = keys.therapist_identities()
    assert [(s.name, s.public_key) for s in saved] == [
        ("Practice key", made.public_key),
        ("Old laptop key", brought.public_key),
    ]
    assert saved[0].identity.secret == made.identity.secret
    assert saved[0].created_at == NOW
    assert saved[1].to_identity_file().endswith(brought.secret + "\n")


def test_an_identity_is_kept_once(keys):
    identity = TherapistIdentity.generate()
    keys.add_therapist_identity("First", identity)
    with pytest.raises(InvalidIdentity, match="already keeps that identity, as “First”"):
        keys.add_therapist_identity("Again", TherapistIdentity(identity.secret))


def test_removing_a_therapist_identity(keys):
    saved = keys.add_therapist_identity("Practice key")
    assert keys.remove_therapist_identity(saved.public_key).name == "Practice key"
    assert keys.therapist_identities() == []
    with pytest.raises(UsageError, match="No therapist identity"):
        keys.remove_therapist_identity(saved.public_key)


def test_an_identity_needs_a_name(keys):
    with pytest.raises(UsageError, match="needs a name"):
        keys.add_therapist_identity(" ")


def test_nothing_readable_reaches_the_data_folder(created):
    vault, unlocked, _ = created
    keys = BundleKeys(unlocked.database)
    identity = keys.add_therapist_identity(CANARY)
    keys.add_contact(CANARY, TherapistIdentity.generate().public_key)
    signer = keys.signing_identity()
    backup = unlocked.backup()
    secrets = {
        CANARY.encode(),
        CANARY.encode("utf-16-le"),
        identity.identity.secret.encode(),
        signer.to_bytes(),
        signer.public_key_text.encode(),
    }

    def assert_nothing_readable() -> None:
        files = snapshot(vault.files.folder)
        assert any(name.endswith(backup.name) for name in files)
        for name, content in files.items():
            for secret in secrets:
                assert secret not in content, name

    assert_nothing_readable()  # the write-ahead log included, while unlocked
    unlocked.lock()
    assert_nothing_readable()
