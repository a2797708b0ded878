"""Property tests: whatever bytes arrive, the reader answers with one of its own errors.

Random bytes, mutated valid archives, random member lists and mutated age files are thrown
at the reader; it must never raise anything else, never hang (inputs stay small), and an
extraction must never write outside the chosen folder.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from afterglow.bundle import (
    SigningIdentity,
    TherapistBundle,
    TherapistIdentity,
    extract,
    open_bundle,
)
from afterglow.bundle.archive import read_archive
from afterglow.bundle.manifest import MEMBER_NAMES, FileRecord, Manifest
from afterglow.bundle.reader import verify_bundle
from afterglow.bundle.selection import BundleSelection
from afterglow.core.errors import AfterglowError

from .conftest import CREATED_AT, journal_data, seal_zip, zip_of

BOUNDED = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HOSTILE_NAMES = [
    "../data.json",
    "..\\report.html",
    "/etc/passwd",
    "C:\\Windows\\x",
    "c:report.html",
    "a/../../x",
    "sub/data.json",
    "data.json/",
    "",
    ".",
    "./data.json",
    "report.html\x00.exe",
    "REPORT.HTML",
    "manifest.json ",
]
FILE_KINDS = {
    "file": stat.S_IFREG | 0o644,
    "link": stat.S_IFLNK | 0o777,
    "dir": stat.S_IFDIR | 0o755,
    "fifo": stat.S_IFIFO | 0o600,
    "unset": 0,
}


@st.composite
def mutations(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "insert", "overwrite"]))
        # Half the time near the start, where the age header and ZIP headers live.
        end = max(0, len(data) - 1)
        position = draw(st.integers(0, min(end, 256)) | st.integers(0, end))
        if kind == "flip" and data:
            data[position] ^= draw(st.integers(1, 255))
        elif kind == "truncate":
            del data[position:]
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        else:
            chunk = draw(st.binary(min_size=1, max_size=16))
            data[position : position + len(chunk)] = chunk
    return bytes(data)


member = st.tuples(
    st.sampled_from([*MEMBER_NAMES, *HOSTILE_NAMES]) | st.text(max_size=12),
    st.sampled_from(sorted(FILE_KINDS)),
    st.sampled_from(["valid journal", "random"]),
    st.binary(max_size=64),
)


def signed_members(
    raw_members: list[tuple[str, str, str, bytes]], signer: SigningIdentity
) -> bytes:
    """A ZIP of the drawn members plus a correctly signed manifest for the ordinary ones."""
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = []
    listed: dict[str, bytes] = {}
    for name, kind, flavour, content in raw_members:
        if name in ("manifest.json", "manifest.sig"):
            continue
        if flavour == "valid journal" and name == "data.json":
            content = json.dumps(journal_data(entries=[], sessions=[])).encode()
        info = zipfile.ZipInfo(name)
        info.create_system = 3
        info.external_attr = FILE_KINDS[kind] << 16
        entries.append((info, content))
        if name in MEMBER_NAMES:
            listed.setdefault(name, content)
    counts = {"entries": 0, "sessions": 0}
    manifest = Manifest(
        created_at=CREATED_AT,
        app_version="0.1.0",
        selection=BundleSelection(),
        counts=counts,
        files={name: FileRecord.of(content) for name, content in listed.items()},
        signer_public_key=signer.public_key,
    )
    manifest_bytes = manifest.to_bytes()
    head: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        ("manifest.json", manifest_bytes),
        ("manifest.sig", signer.sign(manifest_bytes)),
    ]
    return zip_of(head + entries)


def assert_only_inside(base: Path, folder: Path) -> None:
    for root, dirs, files in os.walk(base):
        for name in dirs + files:
            path = Path(root) / name
            assert path == folder or path.parent == folder, f"{path} is outside {folder}"
            if path.parent == folder:
                assert name in MEMBER_NAMES
                assert not path.is_symlink()


@BOUNDED
@given(st.binary(max_size=2048))
def test_random_bytes_never_surprise_the_archive_reader(data: bytes) -> None:
    try:
        files = read_archive(data, MEMBER_NAMES)
    except AfterglowError:
        return
    assert set(files) <= set(MEMBER_NAMES)


@BOUNDED
@given(st.data())
def test_mutated_bundle_archives_never_surprise_the_reader(
    bundle: TherapistBundle, data: st.DataObject
) -> None:
    archive = data.draw(mutations(bundle.archive()))
    try:
        files = read_archive(archive, MEMBER_NAMES)
        verify_bundle(files)
    except AfterglowError:
        return


@BOUNDED
@given(st.data())
def test_mutated_age_files_never_surprise_the_reader(
    sealed_for_therapist: bytes, therapist: TherapistIdentity, data: st.DataObject
) -> None:
    sealed = data.draw(mutations(sealed_for_therapist))
    try:
        open_bundle(sealed, identities=[therapist])
    except AfterglowError:
        return


@BOUNDED
@given(st.binary(max_size=512), st.booleans())
def test_random_files_never_surprise_open(data: bytes, armoured: bool) -> None:
    if armoured:
        data = b"-----BEGIN AGE ENCRYPTED FILE-----\n" + data
    with pytest.raises(AfterglowError):
        open_bundle(data, identities=[TherapistIdentity.generate()])
    with pytest.raises(AfterglowError):
        open_bundle(b"age-encryption.org/v1\n" + data, passphrase="anything at all")


ORDINARY = [
    ("data.json", "file", "valid journal", b""),
    ("report.html", "unset", "random", b"<p>hi</p>"),
]
# Half the lists start from the members of a bundle that opens, so extraction is exercised.
member_lists = st.builds(
    lambda start, extra: start + extra,
    st.sampled_from([[], ORDINARY, ORDINARY]),
    st.lists(member, max_size=4),
).flatmap(st.permutations)


@BOUNDED
@given(member_lists)
def test_random_member_lists_never_escape_the_extraction_folder(
    tmp_path: Path,
    signer: SigningIdentity,
    therapist: TherapistIdentity,
    raw_members: list[tuple[str, str, str, bytes]],
) -> None:
    sealed = seal_zip(signed_members(raw_members, signer), therapist)
    base = Path(tempfile.mkdtemp(dir=tmp_path))
    folder = base / "out"
    try:
        opened = open_bundle(sealed, identities=[therapist], expected_signer=signer.fingerprint)
    except AfterglowError:
        assert list(base.iterdir()) == []
        return
    event("opened and extracted")
    written = extract(opened, folder)
    assert {path.name for path in written} == set(opened.files)
    assert_only_inside(base, folder)


def test_the_member_list_strategy_also_builds_bundles_that_open(
    tmp_path: Path, signer: SigningIdentity, therapist: TherapistIdentity
) -> None:
    """Guards the property above against only ever exercising refusals."""
    sealed = seal_zip(signed_members(ORDINARY, signer), therapist)
    opened = open_bundle(sealed, identities=[therapist])

    base = tmp_path / "base"
    base.mkdir()
    written = extract(opened, base / "out")

    names = sorted(p.name for p in written)
    assert names == ["data.json", "manifest.json", "manifest.sig", "report.html"]
    assert_only_inside(base, base / "out")
