"""Building, sealing, saving and opening a bundle, with both kinds of lock."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from afterglow.bundle import (
    BundleSelection,
    ForTherapists,
    SigningIdentity,
    TherapistBundle,
    TherapistIdentity,
    WithPassphrase,
    default_bundle_name,
    open_bundle,
    read_bundle_file,
    save_bundle,
    seal_bundle,
)
from afterglow.bundle.errors import InvalidRecipient, PrivateEntrySelected
from afterglow.bundle.identity import signature_is_valid
from afterglow.bundle.manifest import Manifest

from .conftest import CREATED_AT, PASSPHRASE, SELECTION, journal_data, make_bundle


def fake_pdf(html: str) -> bytes:
    return b"%PDF-1.7\n% rendered from " + str(len(html)).encode() + b" characters\n%%EOF\n"


def test_a_bundle_sealed_for_a_therapist_opens_with_their_identity(
    sealed_for_therapist: bytes, therapist: TherapistIdentity, signer: SigningIdentity
) -> None:
    opened = open_bundle(sealed_for_therapist, identities=[therapist])

    assert opened.data == journal_data()
    assert opened.signature_valid
    assert opened.signer_fingerprint == signer.fingerprint
    assert opened.signer_expected is None
    assert "Journal summary" in opened.report_html
    assert opened.report_pdf is None
    assert opened.manifest.created_at == CREATED_AT
    assert opened.manifest.selection == SELECTION


def test_a_bundle_sealed_with_a_passphrase_opens_with_it(
    sealed_with_passphrase: bytes, signer: SigningIdentity
) -> None:
    opened = open_bundle(
        sealed_with_passphrase, passphrase=PASSPHRASE, expected_signer=signer.fingerprint
    )

    assert opened.data == journal_data()
    assert opened.signer_expected is True
    assert sealed_with_passphrase.startswith(b"age-encryption.org/v1\n-> scrypt ")


def test_every_one_of_several_therapists_can_open_the_same_bundle(
    bundle: TherapistBundle,
) -> None:
    therapists = [TherapistIdentity.generate() for _ in range(3)]
    sealed = seal_bundle(bundle, ForTherapists([t.public_key for t in therapists]))

    for therapist in therapists:
        assert open_bundle(sealed, identities=[therapist]).data == journal_data()


def test_a_bad_recipient_key_is_named_in_the_error(therapist: TherapistIdentity) -> None:
    bad = therapist.public_key[:-3] + "qqq"

    with pytest.raises(InvalidRecipient) as refused:
        ForTherapists([therapist.public_key, bad])

    assert bad[:16] in refused.value.message
    with pytest.raises(InvalidRecipient, match="ssh-ed25519"):
        ForTherapists(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb"])


def test_the_manifest_lists_exactly_the_files_present(signer: SigningIdentity) -> None:
    without_pdf = make_bundle(signer)
    with_pdf = make_bundle(signer, pdf_renderer=fake_pdf)

    assert list(without_pdf.files) == ["manifest.json", "manifest.sig", "data.json", "report.html"]
    assert set(without_pdf.manifest.files) == {"data.json", "report.html"}
    assert set(with_pdf.manifest.files) == {"data.json", "report.html", "report.pdf"}
    assert with_pdf.report_pdf == fake_pdf(with_pdf.report_html)
    for built in (without_pdf, with_pdf):
        for name, record in built.manifest.files.items():
            assert record.sha256 == hashlib.sha256(built.files[name]).hexdigest()
            assert record.size == len(built.files[name])


def test_the_manifest_records_selection_counts_version_and_signer(
    bundle: TherapistBundle, signer: SigningIdentity
) -> None:
    document = json.loads(bundle.files["manifest.json"])

    assert document["format"] == "afterglow-bundle"
    assert document["version"] == 1
    assert document["created_at"] == "2025-03-14T09:30:00+00:00"
    assert document["app_version"] == "0.1.0"
    assert document["selection"]["description"] == SELECTION.description
    assert document["selection"]["filters"]["since"] == "2025-03-01"
    assert document["selection"]["filters"]["include_private"] is False
    assert document["counts"]["entries"] == 2
    assert document["counts"]["practice_logs"] == 7
    assert document["signer"]["public_key"] == signer.public_key_text
    assert document["signer"]["fingerprint"] == signer.fingerprint
    assert signature_is_valid(
        signer.public_key, bundle.files["manifest.sig"], bundle.files["manifest.json"]
    )
    assert Manifest.from_bytes(bundle.files["manifest.json"]) == bundle.manifest


def test_a_selection_without_words_is_described_from_its_filters(signer: SigningIdentity) -> None:
    selection = BundleSelection(tags=("family", "work"), session_ids=("s1",))
    built = make_bundle(signer, selection=selection)
    document = json.loads(built.files["manifest.json"])

    assert document["selection"]["description"] == (
        "Journal items tagged #family, #work; linked to 1 session."
    )


def test_the_same_input_gives_the_same_archive(signer: SigningIdentity) -> None:
    first, second = make_bundle(signer), make_bundle(signer)

    assert first.archive() == second.archive()
    names = zipfile.ZipFile(io.BytesIO(first.archive())).namelist()
    assert names == ["manifest.json", "manifest.sig", "data.json", "report.html"]


def test_private_entries_are_refused_unless_the_client_includes_them(
    signer: SigningIdentity,
) -> None:
    data = journal_data()
    data["entries"][1]["private"] = True

    with pytest.raises(PrivateEntrySelected, match="1 selected entry is marked private"):
        make_bundle(signer, data=data)

    consenting = BundleSelection(since=SELECTION.since, include_private=True)
    built = make_bundle(signer, data=data, selection=consenting)
    assert json.loads(built.files["data.json"])["entries"][1]["private"] is True
    selection = json.loads(built.files["manifest.json"])["selection"]
    assert selection["filters"]["include_private"] is True
    assert selection["description"].endswith("including entries the client had marked private.")


def test_data_in_another_format_is_a_programming_error(signer: SigningIdentity) -> None:
    with pytest.raises(ValueError, match="afterglow-journal"):
        make_bundle(signer, data=journal_data(version=2))
    with pytest.raises(ValueError, match="entries"):
        make_bundle(signer, data=journal_data(entries={"not": "a list"}))


def test_a_clock_without_offset_is_refused(signer: SigningIdentity) -> None:
    from datetime import datetime

    with pytest.raises(ValueError, match="offset"):
        make_bundle(signer, clock=lambda: datetime(2025, 3, 14, 9, 30))


def test_a_saved_bundle_is_private_and_opens_again(
    tmp_path: Path,
    bundle: TherapistBundle,
    sealed_for_therapist: bytes,
    therapist: TherapistIdentity,
) -> None:
    path = save_bundle(sealed_for_therapist, tmp_path / bundle.file_name)

    assert path.name == "afterglow-bundle-2025-03-14.zip.age"
    assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [path.name]
    assert open_bundle(read_bundle_file(path), identities=[therapist]).data == journal_data()


def test_the_default_name_carries_the_day_it_was_made() -> None:
    assert default_bundle_name(CREATED_AT) == "afterglow-bundle-2025-03-14.zip.age"
    assert default_bundle_name(CREATED_AT.date()) == "afterglow-bundle-2025-03-14.zip.age"


def test_a_passphrase_lock_refuses_an_empty_passphrase() -> None:
    from afterglow.core.errors import UsageError

    with pytest.raises(UsageError):
        WithPassphrase("")
    assert PASSPHRASE not in repr(WithPassphrase(PASSPHRASE))


def test_a_bundle_with_a_pdf_report_opens_with_it(signer: SigningIdentity) -> None:
    therapist = TherapistIdentity.generate()
    built = make_bundle(signer, pdf_renderer=fake_pdf)

    opened = open_bundle(
        seal_bundle(built, ForTherapists(therapist.public_key)), identities=[therapist]
    )

    assert opened.report_pdf == fake_pdf(built.report_html)
    assert list(opened.files) == list(built.files)
