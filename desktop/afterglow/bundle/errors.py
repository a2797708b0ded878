"""Typed errors for therapist bundles, each a subclass of the journal's own error kinds.

The command line maps the parent kinds to exit codes (wrong key 3, damaged 4, unsafe 5,
usage 2), so every bundle problem lands on the right one without a table of its own.
"""

from afterglow.core.errors import (
    DamagedData,
    StorageError,
    UnsafeInput,
    UnsupportedVersion,
    UsageError,
    WrongPassphrase,
)


class InvalidRecipient(UsageError):
    """A therapist's public key is not a valid age X25519 key (`age1…`)."""


class InvalidIdentity(UsageError):
    """An identity is not a valid age secret key (`AGE-SECRET-KEY-1…`)."""


class InvalidSigningKey(UsageError):
    """Stored bytes are not a journal signing key."""


class PrivateEntrySelected(UsageError):
    """An entry marked private was selected without the client unmarking it."""


class BundleFileExists(UsageError):
    """Writing would replace a file that is already there."""


class WrongBundleKey(WrongPassphrase):
    """The identity or passphrase given does not open this bundle."""


class DamagedBundle(DamagedData):
    """The bundle is truncated, garbled, or not an Afterglow bundle at all."""


class TamperedBundle(DamagedBundle):
    """The bundle's contents do not match its signed manifest."""


class UnsupportedBundleVersion(UnsupportedVersion):
    """The bundle was made by a newer version of Afterglow."""


class UnsafeBundle(UnsafeInput):
    """The bundle was refused because reading it could harm this computer."""


class UnexpectedSigner(UnsafeBundle):
    """The bundle is validly signed, but by a different journal than the one expected."""


class BundleStorageError(StorageError):
    """The computer refused to read or write a bundle file."""
