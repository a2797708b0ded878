"""Steps 3 and 4 of sharing: therapist contacts, the passphrase shown once, and saving a
bundle that opens with Afterglow's reader and the reference `age` tool."""

from __future__ import annotations

import io
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.bundle import TherapistIdentity, open_bundle, read_bundle_file
from afterglow.ui.sharing import choice
from afterglow.ui.sharing.recipient_step import PASSPHRASE
from afterglow.ui.sharing.share_flow import CHOOSE, RECIPIENT, SAVE, ShareFlow
from afterglow.ui.sharing.share_view import ShareView
from afterglow.vault.bundle_keys import BundleKeys
from afterglow.vault.services import JournalServices
from tests.bundle.test_interop import age, age_at_a_terminal
from tests.ui.flows import wait_idle

from .conftest import TITLES, WithServices, open_share_section, wait_for_survey

needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="`age` is not installed")
MALFORMED_KEY = "age1notarealkeyatall"


def to_recipient(desktop: DesktopApp, flow: ShareFlow, qtbot: QtBot) -> None:
    flow.next_button.click()
    qtbot.waitUntil(lambda: flow.shown is not None)
    flow.next_button.click()
    assert flow.step == RECIPIENT
    wait_idle(desktop, qtbot)


def save(flow: ShareFlow, path: Path, qtbot: QtBot) -> None:
    assert flow.next_button.isEnabled()
    flow.next_button.click()
    assert flow.step == SAVE
    flow.save_to(path)
    qtbot.waitUntil(lambda: flow.save.currentWidget() is flow.save.done, timeout=20_000)


def add_contact(flow: ShareFlow, qtbot: QtBot, name: str, key: str) -> None:
    dialog = flow.add_contact()
    dialog.name.setText(name)
    dialog.key.setText(key)
    with qtbot.waitSignal(dialog.finished):
        dialog.save_button.click()


def stored_keys(with_services: WithServices) -> BundleKeys:
    def keys(services: JournalServices) -> object:
        return services.bundle_keys.contacts(), services.bundle_keys.signing_identity()

    return with_services(keys)  # type: ignore[return-value]


def test_a_malformed_public_key_is_refused_and_not_kept(
    desktop: DesktopApp, share: ShareView, qtbot: QtBot, with_services: WithServices
) -> None:
    flow = share.flow
    to_recipient(desktop, flow, qtbot)
    assert flow.recipient.no_contacts.isVisible()
    assert not flow.next_button.isEnabled()

    dialog = flow.add_contact()
    dialog.name.setText("Dr. Rivera")
    dialog.key.setText(MALFORMED_KEY)
    dialog.save_button.click()

    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "not a therapist's public key" in dialog.error.text()
    dialog.reject()
    wait_idle(desktop, qtbot)
    assert flow.recipient.chosen_contacts() == []
    desktop.window.lock()
    contacts, _signer = stored_keys(with_services)  # type: ignore[misc]
    assert contacts == []


def test_a_valid_contact_is_kept_ticked_and_can_be_removed(
    desktop: DesktopApp, share: ShareView, qtbot: QtBot, with_services: WithServices
) -> None:
    flow = share.flow
    therapist = TherapistIdentity.generate()
    to_recipient(desktop, flow, qtbot)

    add_contact(flow, qtbot, "  Dr.   Rivera ", therapist.public_key)
    qtbot.waitUntil(lambda: len(flow.recipient.chosen_contacts()) == 1)

    assert flow.recipient.chosen_contacts()[0].name == "Dr. Rivera"
    assert flow.next_button.isEnabled()
    desktop.window.lock()
    contacts, _signer = stored_keys(with_services)  # type: ignore[misc]
    assert [(c.name, c.public_key) for c in contacts] == [("Dr. Rivera", therapist.public_key)]

    open_share_section(desktop, qtbot)
    to_recipient(desktop, flow, qtbot)
    qtbot.waitUntil(lambda: flow.recipient.contacts.count() == 1)
    flow.recipient.contacts.setCurrentRow(0)
    flow.recipient.remove_button.click()
    dialog = flow.contact_dialog
    assert dialog is not None and dialog.title.text() == "Remove Dr. Rivera?"
    dialog.remove_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: flow.recipient.contacts.count() == 0)
    assert flow.recipient.no_contacts.isVisible()


@needs_age
def test_a_bundle_for_a_therapist_opens_with_their_key_here_and_with_age(
    desktop: DesktopApp,
    share: ShareView,
    qtbot: QtBot,
    tmp_path: Path,
    with_services: WithServices,
) -> None:
    flow = share.flow
    therapist = TherapistIdentity.generate()
    to_recipient(desktop, flow, qtbot)
    add_contact(flow, qtbot, "Dr. Rivera", therapist.public_key)
    qtbot.waitUntil(flow.recipient.is_ready)
    assert flow.shown is not None
    previewed_html = flow.shown.report_html
    path = tmp_path / "sent" / flow.default_path().name
    path.parent.mkdir()

    save(flow, path, qtbot)

    assert path.name.startswith("afterglow-bundle-") and path.name.endswith(".zip.age")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no leftovers
    opened = open_bundle(read_bundle_file(path), identities=[therapist])
    assert {e["title"] for e in opened.data["entries"]} == {TITLES["sister"], TITLES["walk"]}
    assert opened.report_html == previewed_html  # exactly what the client saw
    assert opened.report_pdf is not None and opened.report_pdf.startswith(b"%PDF")
    shown_fingerprint = flow.save.fingerprint.text().split()
    assert " ".join(shown_fingerprint) == opened.signer_fingerprint
    assert str(path) == flow.save.path.text()
    assert "age -d -i key.txt" in flow.save.command.text()

    key = tmp_path / "key.txt"
    key.write_text(therapist.to_identity_file())
    age("-d", "-i", key, "-o", tmp_path / "bundle.zip", path)
    with zipfile.ZipFile(io.BytesIO((tmp_path / "bundle.zip").read_bytes())) as archive:
        assert archive.namelist() == [
            "manifest.json",
            "manifest.sig",
            "data.json",
            "report.html",
            "report.pdf",
        ]

    desktop.window.lock()
    _contacts, signer = stored_keys(with_services)  # type: ignore[misc]
    assert opened.signer_fingerprint == signer.fingerprint


@needs_age
def test_a_passphrase_is_shown_once_and_opens_the_bundle(
    desktop: DesktopApp, share: ShareView, qtbot: QtBot, tmp_path: Path
) -> None:
    flow = share.flow
    to_recipient(desktop, flow, qtbot)
    recipient = flow.recipient
    recipient.how.choose(PASSPHRASE)
    words = recipient.passphrase
    assert len(words.split("-")) >= 6
    assert recipient.words.text() == words
    assert not flow.next_button.isEnabled()  # not until the client says they kept it
    recipient.copy_button.click()
    assert QGuiApplication.clipboard().text() == words
    recipient.kept.setChecked(True)
    path = tmp_path / "bundle.zip.age"

    save(flow, path, qtbot)

    assert recipient.passphrase == ""
    assert recipient.words.text() == ""
    assert words not in " ".join(label.text() for label in flow.findChildren(type(recipient.words)))
    assert "age -d bundle.zip.age" in flow.save.command.text()
    opened = open_bundle(read_bundle_file(path), passphrase=words)
    assert {e["title"] for e in opened.data["entries"]} == {TITLES["sister"], TITLES["walk"]}
    age_at_a_terminal(["-d", "-o", tmp_path / "bundle.zip", path], [words])
    assert zipfile.is_zipfile(tmp_path / "bundle.zip")

    flow.save.restart_button.click()
    assert flow.step == CHOOSE
    wait_for_survey(flow, qtbot)
    flow.next_button.click()
    qtbot.waitUntil(lambda: flow.shown is not None)
    flow.next_button.click()
    recipient.how.choose(PASSPHRASE)
    assert recipient.passphrase and recipient.passphrase != words


def test_saving_never_replaces_a_file(
    desktop: DesktopApp,
    share: ShareView,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flow = share.flow
    to_recipient(desktop, flow, qtbot)
    flow.recipient.how.choose(PASSPHRASE)
    flow.recipient.kept.setChecked(True)
    flow.next_button.click()
    path = tmp_path / "afterglow-bundle.zip.age"
    path.write_bytes(b"something of mine")
    built: list[object] = []
    monkeypatch.setattr(choice, "build_bundle", lambda *args, **kwargs: built.append(args))

    flow.save_to(path)
    qtbot.waitUntil(lambda: flow.save.problem.isVisible())

    assert not built  # refused at once, before building and sealing the bundle
    assert "already there" in flow.save.problem.text()
    assert path.read_bytes() == b"something of mine"
    assert flow.save.save_button.isEnabled()
    assert flow.recipient.passphrase  # not used yet, so still there to try again


def test_locking_forgets_the_preview_the_choice_and_the_passphrase(
    desktop: DesktopApp, share: ShareView, qtbot: QtBot
) -> None:
    flow = share.flow
    to_recipient(desktop, flow, qtbot)
    flow.recipient.how.choose(PASSPHRASE)
    assert flow.preview.report.text_shown

    desktop.window.lock()

    assert flow.shown is None and flow.surveyed is None
    assert flow.step == CHOOSE
    assert flow.preview.report.text_shown.strip() == ""
    assert flow.preview.entries.rowCount() == 0
    assert flow.choose.private.rowCount() == 0 and flow.choose.picked.rowCount() == 0
    assert flow.recipient.passphrase == "" and flow.recipient.words.text() == ""
    assert flow.recipient.contacts.count() == 0
    shown = " ".join(label.text() for label in share.findChildren(type(flow.save.path)))
    for title in TITLES.values():
        assert title not in shown
