"""Fixtures for therapist mode: bundles a client made (signed by the client's journal key),
sealed for a therapist's identity or with a passphrase, and the app to open them in."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.bundle import (
    ForTherapists,
    SigningIdentity,
    TherapistBundle,
    TherapistIdentity,
    WithPassphrase,
    save_bundle,
    seal_bundle,
)
from afterglow.bundle.crypto import encrypt
from afterglow.ui.therapist.reader import BundleReader
from tests.bundle.conftest import PASSPHRASE, make_bundle

BUNDLE_TITLE = "The day after"  # an entry in tests.bundle.conftest.journal_data()


@pytest.fixture(scope="session")
def client_signer() -> SigningIdentity:
    """The client's journal key: it signs every bundle the client makes."""
    return SigningIdentity.generate()


@pytest.fixture
def client_bundle(client_signer: SigningIdentity) -> TherapistBundle:
    return make_bundle(client_signer)


MakeFile = Callable[..., Path]


@pytest.fixture
def bundle_file(tmp_path: Path, client_bundle: TherapistBundle) -> MakeFile:
    """Saves the client's bundle sealed for `identity` or, without one, with PASSPHRASE."""

    def make(identity: TherapistIdentity | None = None, name: str = "") -> Path:
        lock = ForTherapists([identity.public_key]) if identity else WithPassphrase(PASSPHRASE)
        folder = tmp_path / "inbox"
        folder.mkdir(exist_ok=True)
        path = folder / (name or client_bundle.file_name)
        return save_bundle(seal_bundle(client_bundle, lock), path)

    return make


def tampered_file(bundle: TherapistBundle, identity: TherapistIdentity, path: Path) -> Path:
    """The bundle with its report changed after signing, then encrypted properly again."""
    files = dict(bundle.files)
    files["report.html"] = files["report.html"].replace(b"The day after", b"The day before")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return save_bundle(encrypt(buffer.getvalue(), ForTherapists([identity.public_key])), path)


def wait_for_page(reader: BundleReader, page_name: str, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: reader.pages.currentWidget() is getattr(reader, page_name))


def reader_of(desktop: DesktopApp) -> BundleReader:
    reader = desktop.bundles.reader
    assert reader is not None
    return reader
