"""The keys therapist bundles need, kept inside the encrypted journal database.

The journal's own signing key, therapist identities (for therapist mode) and therapist
contacts live in the `meta` table under fixed keys, as small JSON documents, so they are
encrypted at rest like everything else and need no schema change of their own.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from afterglow.bundle.contacts import MAX_NAME_LENGTH, TherapistContact
from afterglow.bundle.errors import InvalidIdentity, InvalidRecipient, InvalidSigningKey
from afterglow.bundle.identity import SigningIdentity, TherapistIdentity
from afterglow.core.errors import DamagedData, UsageError
from afterglow.vault.database import Database

SIGNING_KEY = "bundle.signing_key"
THERAPIST_IDENTITIES = "bundle.therapist_identities"
CONTACTS = "bundle.contacts"

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class SavedIdentity:
    """A therapist identity kept in this journal, with the name its owner gave it."""

    name: str
    identity: TherapistIdentity
    created_at: datetime

    @property
    def public_key(self) -> str:
        """The `age1…` key to hand to clients."""
        return self.identity.public_key

    def to_identity_file(self) -> str:
        """The identity in `age-keygen`'s file format."""
        return self.identity.to_identity_file(self.created_at)


class BundleKeys:
    """The journal's bundle keys. Every change is one transaction of `database`."""

    def __init__(self, database: Database, clock: Clock = _now) -> None:
        self._db = database
        self._clock = clock

    # -- the journal's signing identity ----------------------------------------------

    def signing_identity(self) -> SigningIdentity:
        """The key that signs this journal's bundles, made and saved on first need.

        Reading and creating happen in one transaction, so two callers never make two keys.
        """
        with self._db.transaction():
            record = self._read(SIGNING_KEY)
            if record is not None:
                return _signing_identity(record)
            identity = SigningIdentity.generate()
            self._write(
                SIGNING_KEY,
                {
                    "algorithm": "ed25519",
                    "private_key": base64.b64encode(identity.to_bytes()).decode("ascii"),
                    "created_at": self._clock().isoformat(timespec="seconds"),
                },
            )
            return identity

    # -- therapist identities (therapist mode) ---------------------------------------

    def therapist_identities(self) -> list[SavedIdentity]:
        """The therapist identities kept here, in the order they were added."""
        return [_saved_identity(item) for item in self._read_list(THERAPIST_IDENTITIES)]

    def add_therapist_identity(
        self, name: str, identity: TherapistIdentity | None = None
    ) -> SavedIdentity:
        """Keeps `identity` (a new one if None) under `name`; refuses one already kept."""
        saved = SavedIdentity(
            _checked_name(name, "A therapist identity"),
            identity or TherapistIdentity.generate(),
            self._clock().replace(microsecond=0),
        )
        with self._db.transaction():
            items = self._read_list(THERAPIST_IDENTITIES)
            for existing in map(_saved_identity, items):
                if existing.public_key == saved.public_key:
                    raise InvalidIdentity(
                        f"This journal already keeps that identity, as “{existing.name}”."
                    )
            items.append(
                {
                    "name": saved.name,
                    "secret": saved.identity.secret,
                    "created_at": saved.created_at.isoformat(),
                }
            )
            self._write(THERAPIST_IDENTITIES, items)
        return saved

    def remove_therapist_identity(self, public_key: str) -> SavedIdentity:
        """Forgets the identity with this public key; bundles sent to it can no longer be
        opened here."""
        key = public_key.strip()
        with self._db.transaction():
            items = self._read_list(THERAPIST_IDENTITIES)
            for i, saved in enumerate(map(_saved_identity, items)):
                if saved.public_key == key:
                    del items[i]
                    self._write(THERAPIST_IDENTITIES, items)
                    return saved
        raise UsageError("No therapist identity in this journal has that public key.")

    # -- therapist contacts ----------------------------------------------------------

    def contacts(self) -> list[TherapistContact]:
        """The therapists this client can send bundles to, in the order they were added."""
        return [_contact(item) for item in self._read_list(CONTACTS)]

    def add_contact(self, name: str, public_key: str) -> TherapistContact:
        """Keeps a therapist's public key under their name; a key already kept is refused."""
        contact = TherapistContact(name, public_key)
        with self._db.transaction():
            items = self._read_list(CONTACTS)
            for existing in map(_contact, items):
                if existing.public_key == contact.public_key:
                    raise InvalidRecipient(
                        f"That public key is already saved, for “{existing.name}”."
                    )
            items.append({"name": contact.name, "public_key": contact.public_key})
            self._write(CONTACTS, items)
        return contact

    def remove_contact(self, public_key: str) -> TherapistContact:
        """Forgets the contact with this public key."""
        key = public_key.strip()
        with self._db.transaction():
            items = self._read_list(CONTACTS)
            for i, contact in enumerate(map(_contact, items)):
                if contact.public_key == key:
                    del items[i]
                    self._write(CONTACTS, items)
                    return contact
        raise UsageError("No therapist contact has that public key.")

    # -- storage ---------------------------------------------------------------------

    def _read(self, key: str) -> Any:
        rows = self._db.query("SELECT value FROM meta WHERE key = ?", (key,))
        if not rows:
            return None
        try:
            return json.loads(rows[0][0])
        except (ValueError, RecursionError) as exc:
            raise _damaged(key) from exc

    def _read_list(self, key: str) -> list[Any]:
        value = self._read(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise _damaged(key)
        return value

    def _write(self, key: str, value: Any) -> None:
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False, separators=(",", ":"))),
        )


_DAMAGED = {
    SIGNING_KEY: "signing key is",
    THERAPIST_IDENTITIES: "therapist identities are",
    CONTACTS: "therapist contacts are",
}


def _damaged(key: str) -> DamagedData:
    return DamagedData(
        f"The journal's stored {_DAMAGED[key]} damaged; restore the journal from a backup."
    )


def _checked_name(name: str, what: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise UsageError(f"{what} needs a name.")
    if len(text) > MAX_NAME_LENGTH:
        raise UsageError(f"{what}'s name can be at most {MAX_NAME_LENGTH} characters long.")
    return text


def _signing_identity(record: Any) -> SigningIdentity:
    try:
        if not isinstance(record, dict) or record.get("algorithm") != "ed25519":
            raise ValueError
        raw = base64.b64decode(record["private_key"], validate=True)
        return SigningIdentity.from_bytes(raw)
    except (KeyError, TypeError, ValueError, binascii.Error, InvalidSigningKey) as exc:
        raise _damaged(SIGNING_KEY) from exc


def _saved_identity(item: Any) -> SavedIdentity:
    try:
        if not isinstance(item, dict):
            raise TypeError
        created_at = datetime.fromisoformat(item["created_at"])
        if created_at.utcoffset() is None:
            raise ValueError
        return SavedIdentity(str(item["name"]), TherapistIdentity(item["secret"]), created_at)
    except (KeyError, TypeError, ValueError, AttributeError, InvalidIdentity) as exc:
        raise _damaged(THERAPIST_IDENTITIES) from exc


def _contact(item: Any) -> TherapistContact:
    try:
        if not isinstance(item, dict):
            raise TypeError
        return TherapistContact(item["name"], item["public_key"])
    except (KeyError, TypeError, AttributeError, InvalidRecipient) as exc:
        raise _damaged(CONTACTS) from exc
