"""Each reason a bundle does not open, as one calm sentence (and a short heading)."""

from __future__ import annotations

from afterglow.bundle.errors import (
    BundleFileExists,
    BundleStorageError,
    DamagedBundle,
    InvalidIdentity,
    TamperedBundle,
    UnexpectedSigner,
    UnsafeBundle,
    UnsupportedBundleVersion,
    WrongBundleKey,
)
from afterglow.core.errors import AfterglowError
from afterglow.ui.words import translated


def _tr(text: str) -> str:
    return translated(text)


def problem_heading(error: AfterglowError) -> str:
    if isinstance(error, TamperedBundle):
        return _tr("The signature is not valid")
    if isinstance(error, UnsafeBundle):
        return _tr("This bundle was refused")
    return _tr("This bundle could not be opened")


def opening_problem(error: AfterglowError, *, with_passphrase: bool = False) -> str:
    """One sentence for why a bundle did not open; never the bundle's own words."""
    if isinstance(error, WrongBundleKey):
        if with_passphrase:
            return _tr(
                "That passphrase does not open this bundle. Check it with the person who "
                "sent it; capitals and hyphens matter."
            )
        return _tr(
            "None of your keys opens this bundle: it was made for someone else's key, "
            "or with a passphrase."
        )
    if isinstance(error, TamperedBundle):
        return _tr(
            "Something in this bundle was changed after your client signed it, so Afterglow "
            "will not show it. Ask them to send it again."
        )
    if isinstance(error, UnsupportedBundleVersion):
        return _tr("This bundle was made by a newer Afterglow. Update Afterglow to read it.")
    if isinstance(error, UnexpectedSigner):
        return _tr("This bundle was signed by a different journal than the one expected.")
    if isinstance(error, UnsafeBundle):
        return _tr(
            "Opening this bundle could harm this computer (it holds unexpected or oversized "
            "files), so Afterglow refused it."
        )
    if isinstance(error, DamagedBundle):
        return _tr(
            "This file is damaged or incomplete, or it is not an Afterglow bundle. Ask for "
            "it to be sent again."
        )
    if isinstance(error, InvalidIdentity):
        return _tr(
            "That file holds no age secret key. Choose the key file your identity was saved "
            "in (it has a line starting with “AGE-SECRET-KEY-1”)."
        )
    if isinstance(error, BundleFileExists):
        return _tr(
            "Some of these files are already in that folder, so nothing was extracted. "
            "Choose an empty folder."
        )
    if isinstance(error, BundleStorageError):
        return error.message  # says what the disk refused
    return error.message
