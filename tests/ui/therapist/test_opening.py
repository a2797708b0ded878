"""Opening a bundle: with the journal's identities, a key file or a passphrase; from the
window, a dropped file or the unlock screen; verified, read-only, extracted only on request."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.bundle import SigningIdentity, TherapistBundle, TherapistIdentity
from afterglow.ui.sharing.parts import fingerprint_lines
from afterglow.ui.sharing.share_view import ShareView
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault
from tests.bundle.conftest import PASSPHRASE as BUNDLE_PASSPHRASE
from tests.ui.conftest import PASSPHRASE, snapshot
from tests.ui.flows import unlock, wait_idle

from .conftest import BUNDLE_TITLE, MakeFile, reader_of, tampered_file, wait_for_page


def keep_identity(folder: Path, policy: KdfPolicy) -> TherapistIdentity:
    """A therapist identity kept in the journal before the app opens it."""
    unlocked = Vault(folder, policy).unlock(PASSPHRASE)
    try:
        saved = journal_services(unlocked.database).bundle_keys.add_therapist_identity("Practice")
    finally:
        unlocked.lock()
    return saved.identity


def test_a_bundle_for_a_kept_identity_opens_verified_with_the_clients_fingerprint(
    existing_journal: str,
    desktop: DesktopApp,
    qtbot: QtBot,
    journal_folder: Path,
    fast_policy: KdfPolicy,
    bundle_file: MakeFile,
    client_signer: SigningIdentity,
) -> None:
    identity = keep_identity(journal_folder, fast_policy)
    unlock(desktop, qtbot)
    wait_idle(desktop, qtbot)

    reader = desktop.bundles.open_file(bundle_file(identity))
    wait_for_page(reader, "bundle_page", qtbot)

    assert reader.status.text() == "\u2713 Signature valid"
    assert reader.fingerprint.text() == fingerprint_lines(client_signer.fingerprint)
    assert BUNDLE_TITLE in reader.report.text_shown
    assert "Everything from the two weeks after my first session." in reader.selection.text()
    assert reader.windowTitle() == "Bundle from a client"
    assert reader.opened is not None and reader.opened.signer_fingerprint == (
        client_signer.fingerprint
    )


def test_a_bundle_shared_in_the_app_for_its_own_identity_matches_the_fingerprint_shown(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    unlock(desktop, qtbot)
    desktop.shell.show_section("share")
    view = desktop.shell.views["share"]
    assert isinstance(view, ShareView)
    view.therapist.create_identity("Me as a therapist")
    qtbot.waitUntil(lambda: len(view.therapist.identities) == 1)
    desktop.session.services.journal.add(title="A note to share")  # type: ignore[union-attr]
    flow = view.flow
    flow.restart()
    qtbot.waitUntil(lambda: flow.surveyed is not None and not flow.surveyed.preview.is_empty)
    flow.next_button.click()
    qtbot.waitUntil(lambda: flow.shown is not None)
    flow.next_button.click()
    contact = flow.add_contact()
    contact.name.setText("Me")
    contact.key.setText(view.therapist.identities[0].public_key)
    contact.save_button.click()
    qtbot.waitUntil(flow.recipient.is_ready)
    flow.next_button.click()
    flow.save_to(tmp_path / "bundle.zip.age")
    qtbot.waitUntil(lambda: flow.save.currentWidget() is flow.save.done, timeout=20_000)
    client_side = flow.save.fingerprint.text()

    reader = desktop.bundles.open_file(tmp_path / "bundle.zip.age")
    wait_for_page(reader, "bundle_page", qtbot)

    assert reader.fingerprint.text() == client_side
    assert "A note to share" in reader.report.text_shown


def test_without_a_journal_a_key_file_opens_a_bundle(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, tmp_path: Path, bundle_file: MakeFile
) -> None:
    identity = TherapistIdentity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(identity.to_identity_file())
    assert not desktop.session.is_open
    page = desktop.window.unlock.unlock_page
    assert "Open a bundle from a client…" in [b.text() for b in page.findChildren(QPushButton)]

    reader = desktop.bundles.open_file(bundle_file(identity))
    wait_for_page(reader, "key_page", qtbot)
    assert reader.key_file_button.isVisible() and not reader.passphrase.isVisible()

    reader.key_file_requested.disconnect()  # no real file dialog in a test
    desktop.bundles.try_key_file(tmp_path / "not-a-key.txt")
    qtbot.waitUntil(reader.key_error.isVisible)
    assert reader.pages.currentWidget() is reader.key_page

    desktop.bundles.try_key_file(key_file)
    wait_for_page(reader, "bundle_page", qtbot)
    assert BUNDLE_TITLE in reader.report.text_shown
    assert not desktop.session.is_open  # nothing was unlocked or merged


def test_the_welcome_page_offers_to_open_a_bundle_without_making_a_journal(
    make_desktop: Callable[..., DesktopApp], qtbot: QtBot, bundle_file: MakeFile
) -> None:
    desktop = make_desktop()
    flow = desktop.window.first_run
    assert flow is not None
    links = [b for b in flow.welcome.findChildren(QPushButton) if "bundle" in b.text()]
    assert [b.text() for b in links] == ["Open a bundle from a client…"]

    reader = desktop.bundles.open_file(bundle_file())
    wait_for_page(reader, "key_page", qtbot)
    desktop.bundles.try_passphrase(BUNDLE_PASSPHRASE)
    wait_for_page(reader, "bundle_page", qtbot)

    assert BUNDLE_TITLE in reader.report.text_shown
    assert not desktop.vault.exists()  # reading needed no journal, and made none


def test_a_passphrase_bundle_asks_for_it_and_a_wrong_one_is_said_calmly(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, bundle_file: MakeFile
) -> None:
    reader = desktop.bundles.open_file(bundle_file())
    wait_for_page(reader, "key_page", qtbot)
    assert reader.passphrase.isVisible()

    reader.passphrase.edit.setText("not-the-words")
    reader.open_button.click()
    qtbot.waitUntil(reader.key_error.isVisible)
    assert reader.key_error.text().startswith("That passphrase does not open this bundle.")
    assert reader.key_error.text().count(".") == 2  # one calm sentence, and what to do

    reader.passphrase.edit.setText(BUNDLE_PASSPHRASE)
    reader.open_button.click()
    wait_for_page(reader, "bundle_page", qtbot)
    assert reader.passphrase.text() == ""


# Opening a second bundle brings the reader forward, which the test platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_damaged_or_cut_short_bundle_is_refused_in_one_sentence(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, tmp_path: Path, bundle_file: MakeFile
) -> None:
    identity = TherapistIdentity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(identity.to_identity_file())
    path = bundle_file(identity)
    damaged = bytearray(path.read_bytes())
    damaged[-40] ^= 0x01  # one bit of the encrypted payload
    path.write_bytes(bytes(damaged))
    reader = desktop.bundles.open_file(path)
    wait_for_page(reader, "key_page", qtbot)

    desktop.bundles.try_key_file(key_file)
    wait_for_page(reader, "problem_page", qtbot)

    assert reader.problem_title.text() == "This bundle could not be opened"
    assert reader.problem.text() == (
        "This file is damaged or incomplete, or it is not an Afterglow bundle. "
        "Ask for it to be sent again."
    )
    assert reader.report.text_shown.strip() == ""

    truncated = path.with_name("cut.zip.age")
    truncated.write_bytes(path.read_bytes()[:60])
    desktop.bundles.open_file(truncated)
    assert reader.pages.currentWidget() is reader.working_page
    assert reader.problem.text() == ""
    wait_for_page(reader, "problem_page", qtbot)
    assert reader.problem.text().startswith("This file is damaged or incomplete")


def test_a_bundle_changed_after_signing_shows_the_signature_is_not_valid(
    existing_journal: str,
    desktop: DesktopApp,
    qtbot: QtBot,
    journal_folder: Path,
    fast_policy: KdfPolicy,
    client_bundle: TherapistBundle,
    tmp_path: Path,
) -> None:
    identity = keep_identity(journal_folder, fast_policy)
    unlock(desktop, qtbot)
    path = tampered_file(client_bundle, identity, tmp_path / "tampered.zip.age")

    reader = desktop.bundles.open_file(path)
    wait_for_page(reader, "problem_page", qtbot)

    assert reader.problem_title.text() == "The signature is not valid"
    assert "changed after your client signed it" in reader.problem.text()
    assert reader.report.text_shown.strip() == ""


def test_extracting_writes_the_files_and_never_overwrites(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, tmp_path: Path, bundle_file: MakeFile
) -> None:
    reader = desktop.bundles.open_file(bundle_file())
    wait_for_page(reader, "key_page", qtbot)
    desktop.bundles.try_passphrase(BUNDLE_PASSPHRASE)
    wait_for_page(reader, "bundle_page", qtbot)
    folder = tmp_path / "extracted"

    desktop.bundles.extract_to(folder)
    qtbot.waitUntil(reader.extracted.isVisible)

    names = sorted(p.name for p in folder.iterdir())
    assert names == ["data.json", "manifest.json", "manifest.sig", "report.html"]
    assert all(stat.S_IMODE((folder / n).stat().st_mode) == 0o600 for n in names)
    assert str(folder) in reader.extracted.text()
    (folder / "report.html").write_text("my own notes")

    desktop.bundles.extract_to(folder)
    qtbot.waitUntil(reader.extract_error.isVisible)

    assert "nothing was extracted" in reader.extract_error.text()
    assert (folder / "report.html").read_text() == "my own notes"


def test_opening_and_reading_a_bundle_writes_nothing_to_disk(
    existing_journal: str,
    desktop: DesktopApp,
    qtbot: QtBot,
    tmp_path: Path,
    journal_folder: Path,
    fast_policy: KdfPolicy,
    bundle_file: MakeFile,
) -> None:
    identity = keep_identity(journal_folder, fast_policy)
    path = bundle_file(identity)
    unlock(desktop, qtbot)
    desktop.shell.show_section("share")
    wait_idle(desktop, qtbot)
    before = snapshot(tmp_path)

    reader = desktop.bundles.open_file(path)
    wait_for_page(reader, "bundle_page", qtbot)
    reader.report.verticalScrollBar().setValue(reader.report.verticalScrollBar().maximum())
    reader.accept()
    wait_idle(desktop, qtbot)

    assert snapshot(tmp_path) == before


def test_a_bundle_dropped_on_the_window_opens(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, bundle_file: MakeFile
) -> None:
    path = bundle_file()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window = desktop.window
    assert window.acceptDrops()
    enter = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    QApplication.sendEvent(window, drop)

    reader = reader_of(desktop)
    wait_for_page(reader, "key_page", qtbot)
    assert reader.passphrase.isVisible()


def test_other_files_are_not_taken_as_bundles_when_dropped(
    existing_journal: str, desktop: DesktopApp, tmp_path: Path
) -> None:
    note = tmp_path / "notes.txt"
    note.write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(desktop.window, enter)
    assert not enter.isAccepted()
    assert desktop.bundles.reader is None


def test_locking_closes_the_reader_and_forgets_the_report(
    existing_journal: str,
    desktop: DesktopApp,
    qtbot: QtBot,
    journal_folder: Path,
    fast_policy: KdfPolicy,
    bundle_file: MakeFile,
) -> None:
    identity = keep_identity(journal_folder, fast_policy)
    unlock(desktop, qtbot)
    reader = desktop.bundles.open_file(bundle_file(identity))
    wait_for_page(reader, "bundle_page", qtbot)

    desktop.window.lock()

    assert reader.opened is None
    assert reader.report.text_shown.strip() == ""
    assert reader.fingerprint.text() == "" and reader.selection.text() == ""
    qtbot.waitUntil(lambda: desktop.bundles.reader is None)
