"""Therapist identities: made and kept encrypted in the journal, shown as text and QR code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.bundle import public_key_qr_matrix
from afterglow.ui.sharing.share_view import THERAPIST, ShareView
from afterglow.ui.therapist.panel import TherapistPanel
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import unlock, wait_idle


def open_therapist_mode(desktop: DesktopApp, qtbot: QtBot) -> TherapistPanel:
    if not desktop.session.is_open:
        unlock(desktop, qtbot)
    desktop.shell.show_section("share")
    view = desktop.shell.views["share"]
    assert isinstance(view, ShareView)
    view.mode.buttons[THERAPIST].click()
    wait_idle(desktop, qtbot)
    return view.therapist


def test_a_new_identity_shows_its_public_key_and_qr_code(
    existing_journal: str,
    desktop: DesktopApp,
    qtbot: QtBot,
    journal_folder: Path,
    fast_policy: KdfPolicy,
) -> None:
    panel = open_therapist_mode(desktop, qtbot)
    assert panel.empty.isVisible()
    assert panel.qr.matrix == ()

    dialog = panel.new_identity()
    dialog.name.setText("Practice key")
    with qtbot.waitSignal(dialog.finished):
        dialog.create_button.click()
    qtbot.waitUntil(lambda: len(panel.identities) == 1 and bool(panel.public_key.text()))

    key = panel.identities[0].public_key
    assert key.startswith("age1")
    assert panel.name.text() == "Practice key"
    assert panel.public_key.text() == key
    assert panel.qr.matrix == public_key_qr_matrix(key)
    image = panel.qr.grab().toImage()
    assert image.pixelColor(0, 0) == QColor("#ffffff")  # the quiet zone
    dark = sum(
        image.pixelColor(x, y).lightness() < 50
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )
    assert dark > 100
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == key

    desktop.window.lock()
    unlocked = Vault(journal_folder, fast_policy).unlock(PASSPHRASE)
    try:
        kept = journal_services(unlocked.database).bundle_keys.therapist_identities()
    finally:
        unlocked.lock()
    assert [saved.public_key for saved in kept] == [key]
    secret = kept[0].identity.secret.encode()
    for file in journal_folder.rglob("*"):
        if file.is_file():
            assert secret not in file.read_bytes()  # kept encrypted, never in plain text


def test_an_identity_can_be_removed(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    panel = open_therapist_mode(desktop, qtbot)
    panel.create_identity("First")
    qtbot.waitUntil(lambda: len(panel.identities) == 1)
    panel.create_identity("Second")
    qtbot.waitUntil(lambda: len(panel.identities) == 2)
    assert panel.name.text() == "Second"  # the new one is shown

    dialog = panel.remove_identity()
    assert dialog is not None
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: len(panel.identities) == 1)

    assert [saved.name for saved in panel.identities] == ["First"]
    assert panel.name.text() == "First"


def test_locking_forgets_the_identities_shown(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    panel = open_therapist_mode(desktop, qtbot)
    panel.create_identity("Practice key")
    qtbot.waitUntil(lambda: bool(panel.public_key.text()))

    desktop.window.lock()

    assert panel.identities == []
    assert panel.public_key.text() == "" and panel.qr.matrix == ()
    assert panel.list.count() == 0
