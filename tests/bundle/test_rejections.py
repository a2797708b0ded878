"""Damaged, tampered, wrongly keyed and re-signed bundles are refused, each with its reason."""

from __future__ import annotations

import builtins
import json
import os
import re
from typing import Any

import pytest

from afterglow.bundle import (
    ForTherapists,
    SigningIdentity,
    TherapistBundle,
    TherapistIdentity,
    open_bundle,
)
from afterglow.bundle.archive import write_archive
from afterglow.bundle.errors import (
    DamagedBundle,
    TamperedBundle,
    UnexpectedSigner,
    UnsafeBundle,
    UnsupportedBundleVersion,
    WrongBundleKey,
)
from afterglow.bundle.manifest import FileRecord, Manifest
from afterglow.core.errors import DamagedData, UnsafeInput, UsageError, WrongPassphrase

from .conftest import CREATED_AT, PASSPHRASE, seal_zip


def resealed(files: dict[str, bytes], therapist: TherapistIdentity) -> bytes:
    return seal_zip(write_archive(files.items(), CREATED_AT), therapist)


def payload_offset(sealed: bytes) -> int:
    """Where the encrypted payload starts, after the age header's MAC line."""
    mac_line = sealed.index(b"\n---")
    return sealed.index(b"\n", mac_line + 1) + 1


def test_error_kinds_map_to_the_command_lines_exit_codes() -> None:
    assert issubclass(WrongBundleKey, WrongPassphrase)  # exit 3
    assert issubclass(DamagedBundle, DamagedData)  # exit 4
    assert issubclass(TamperedBundle, DamagedData)
    assert issubclass(UnsafeBundle, UnsafeInput)  # exit 5
    assert issubclass(UnexpectedSigner, UnsafeInput)


def test_a_changed_ciphertext_byte_is_refused_as_damage(
    sealed_for_therapist: bytes, therapist: TherapistIdentity
) -> None:
    start = payload_offset(sealed_for_therapist)
    for position in (start + 20, len(sealed_for_therapist) - 1):
        tampered = bytearray(sealed_for_therapist)
        tampered[position] ^= 0x01

        with pytest.raises(DamagedBundle, match="encrypted contents do not check out"):
            open_bundle(bytes(tampered), identities=[therapist])


def test_a_changed_header_is_refused_as_damage(
    sealed_for_therapist: bytes, therapist: TherapistIdentity
) -> None:
    mac = sealed_for_therapist.index(b"\n--- ") + 5
    tampered = bytearray(sealed_for_therapist)
    tampered[mac] = ord("A") if tampered[mac] != ord("A") else ord("B")

    with pytest.raises(DamagedBundle, match="age header was changed"):
        open_bundle(bytes(tampered), identities=[therapist])


def test_a_truncated_bundle_is_refused_as_damage(
    sealed_for_therapist: bytes, therapist: TherapistIdentity
) -> None:
    for length in (len(sealed_for_therapist) - 1, payload_offset(sealed_for_therapist) + 10, 40, 0):
        with pytest.raises(DamagedBundle):
            open_bundle(sealed_for_therapist[:length], identities=[therapist])


def test_a_file_that_is_not_age_is_refused() -> None:
    therapist = TherapistIdentity.generate()
    for junk in (
        b"PK\x03\x04 a plain zip",
        b"-----BEGIN AGE ENCRYPTED FILE-----\n@@@",
        b"\x00" * 99,
    ):
        with pytest.raises(DamagedBundle):
            open_bundle(junk, identities=[therapist])
    with pytest.raises(DamagedBundle, match="not encrypted with age"):
        open_bundle(b"hello", identities=[therapist])


def test_a_different_therapists_identity_is_a_wrong_key(sealed_for_therapist: bytes) -> None:
    with pytest.raises(WrongBundleKey, match="encrypted for a different key"):
        open_bundle(sealed_for_therapist, identities=[TherapistIdentity.generate()])


def test_a_wrong_passphrase_is_a_wrong_key(sealed_with_passphrase: bytes) -> None:
    with pytest.raises(WrongBundleKey, match="That passphrase does not open this bundle"):
        open_bundle(sealed_with_passphrase, passphrase=PASSPHRASE + "-x")


def test_the_wrong_kind_of_key_says_which_kind_is_needed(
    sealed_for_therapist: bytes, sealed_with_passphrase: bytes, therapist: TherapistIdentity
) -> None:
    with pytest.raises(WrongBundleKey, match="locked with a passphrase"):
        open_bundle(sealed_with_passphrase, identities=[therapist])
    with pytest.raises(WrongBundleKey, match="locked to a therapist's key"):
        open_bundle(sealed_for_therapist, passphrase=PASSPHRASE)


def test_a_passphrase_lock_too_costly_to_try_is_refused(sealed_with_passphrase: bytes) -> None:
    header_end = sealed_with_passphrase.index(b"\n")
    line_end = sealed_with_passphrase.index(b"\n", header_end + 1)
    stanza = sealed_with_passphrase[header_end + 1 : line_end].split(b" ")
    assert stanza[1] == b"scrypt"
    costly = b" ".join([*stanza[:3], b"40"])
    sealed = sealed_with_passphrase[: header_end + 1] + costly + sealed_with_passphrase[line_end:]

    with pytest.raises(UnsafeBundle, match="far too long to open"):
        open_bundle(sealed, passphrase=PASSPHRASE)


def test_exactly_one_way_of_opening_must_be_given(sealed_for_therapist: bytes) -> None:
    with pytest.raises(UsageError):
        open_bundle(sealed_for_therapist)
    with pytest.raises(UsageError):
        open_bundle(sealed_for_therapist, identities=[TherapistIdentity.generate()], passphrase="x")


def test_a_manifest_re_signed_by_another_key_is_refused_when_the_signer_is_known(
    bundle: TherapistBundle, therapist: TherapistIdentity, signer: SigningIdentity
) -> None:
    impostor = SigningIdentity.generate()
    data = json.loads(bundle.files["data.json"])
    data["entries"][0]["body"] = "Words the client never wrote."
    forged_data = json.dumps(data).encode()
    manifest = Manifest(
        created_at=bundle.manifest.created_at,
        app_version=bundle.manifest.app_version,
        selection=bundle.manifest.selection,
        counts=bundle.manifest.counts,
        files={**bundle.manifest.files, "data.json": FileRecord.of(forged_data)},
        signer_public_key=impostor.public_key,
    )
    manifest_bytes = manifest.to_bytes()
    files = dict(bundle.files)
    files.update(
        {
            "manifest.json": manifest_bytes,
            "manifest.sig": impostor.sign(manifest_bytes),
            "data.json": forged_data,
        }
    )
    sealed = resealed(files, therapist)

    with pytest.raises(UnexpectedSigner) as refused:
        open_bundle(sealed, identities=[therapist], expected_signer=signer.fingerprint)
    assert impostor.fingerprint in refused.value.message
    assert signer.fingerprint in refused.value.message

    # Without an expected signer the forgery is internally consistent: the reader must
    # show its fingerprint, which differs from the client's.
    opened = open_bundle(sealed, identities=[therapist])
    assert opened.signer_fingerprint == impostor.fingerprint != signer.fingerprint
    assert opened.signer_expected is None


def test_a_file_that_does_not_match_the_manifest_is_refused(
    bundle: TherapistBundle, therapist: TherapistIdentity
) -> None:
    files = dict(bundle.files)
    files["report.html"] = files["report.html"].replace(b"Journal summary", b"Journal summarY")

    with pytest.raises(
        TamperedBundle, match=re.escape("“report.html” does not match the signed manifest")
    ):
        open_bundle(resealed(files, therapist), identities=[therapist])


def test_a_manifest_changed_after_signing_is_refused(
    bundle: TherapistBundle, therapist: TherapistIdentity
) -> None:
    files = dict(bundle.files)
    files["manifest.json"] = files["manifest.json"].replace(b'"entries": 2', b'"entries": 3')
    assert files["manifest.json"] != bundle.files["manifest.json"]

    with pytest.raises(TamperedBundle, match="signature does not match its manifest"):
        open_bundle(resealed(files, therapist), identities=[therapist])


def test_a_file_the_manifest_does_not_list_is_refused(
    bundle: TherapistBundle, therapist: TherapistIdentity
) -> None:
    files = {**bundle.files, "report.pdf": b"%PDF-1.7 slipped in"}

    with pytest.raises(
        TamperedBundle, match=re.escape("“report.pdf”, which its signed manifest does not")
    ):
        open_bundle(resealed(files, therapist), identities=[therapist])


def test_missing_pieces_are_refused(bundle: TherapistBundle, therapist: TherapistIdentity) -> None:
    for missing, message in (
        ("manifest.sig", "it has no manifest.sig"),
        ("manifest.json", "it has no manifest.json"),
        ("data.json", "“data.json” is listed but missing"),
    ):
        files = {name: content for name, content in bundle.files.items() if name != missing}
        with pytest.raises(DamagedBundle, match=re.escape(message)):
            open_bundle(resealed(files, therapist), identities=[therapist])


def signed_files(
    signer: SigningIdentity, manifest_document: dict[str, Any], files: dict[str, bytes]
) -> dict[str, bytes]:
    manifest_bytes = json.dumps(manifest_document).encode()
    return {"manifest.json": manifest_bytes, "manifest.sig": signer.sign(manifest_bytes), **files}


def test_a_bundle_from_a_newer_afterglow_asks_for_an_update(
    bundle: TherapistBundle, therapist: TherapistIdentity, signer: SigningIdentity
) -> None:
    document = json.loads(bundle.files["manifest.json"])
    document["version"] = 2
    files = signed_files(
        signer, document, {k: bundle.files[k] for k in ("data.json", "report.html")}
    )

    with pytest.raises(UnsupportedBundleVersion, match="newer version of Afterglow"):
        open_bundle(resealed(files, therapist), identities=[therapist])


def test_a_signed_manifest_in_another_format_is_refused(
    bundle: TherapistBundle, therapist: TherapistIdentity, signer: SigningIdentity
) -> None:
    document = json.loads(bundle.files["manifest.json"])
    changes: list[dict[str, Any]] = [
        {"format": "something-else"},
        {"files": []},
        {"created_at": "yesterday"},
    ]
    for change in changes:
        files = signed_files(
            signer,
            {**document, **change},
            {k: bundle.files[k] for k in ("data.json", "report.html")},
        )
        with pytest.raises(DamagedBundle):
            open_bundle(resealed(files, therapist), identities=[therapist])


def test_opening_a_bundle_writes_nothing_to_disk(
    monkeypatch: pytest.MonkeyPatch, sealed_for_therapist: bytes, therapist: TherapistIdentity
) -> None:
    writes: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def watching_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def watching_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            writes.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    monkeypatch.setattr(os, "open", watching_os_open)

    opened = open_bundle(sealed_for_therapist, identities=[therapist])

    assert opened.data["format"] == "afterglow-journal"
    assert writes == []


def test_sealing_for_nobody_is_refused() -> None:
    with pytest.raises(UsageError):
        ForTherapists([])
