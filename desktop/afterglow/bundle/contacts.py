"""A client's contact entry for a therapist: a name and the therapist's age public key."""

from __future__ import annotations

from dataclasses import dataclass

from afterglow.bundle.errors import InvalidRecipient
from afterglow.bundle.identity import parse_recipient

MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class TherapistContact:
    """Someone a client can send bundles to. Checked on creation, so a bad key never lingers."""

    name: str
    public_key: str

    def __post_init__(self) -> None:
        name = " ".join(self.name.split())
        if not name:
            raise InvalidRecipient("A therapist contact needs a name.")
        if len(name) > MAX_NAME_LENGTH:
            raise InvalidRecipient(
                f"A therapist's name can be at most {MAX_NAME_LENGTH} characters long."
            )
        key = self.public_key.strip()
        parse_recipient(key)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "public_key", key)
