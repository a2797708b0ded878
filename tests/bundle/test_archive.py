"""Hostile archives are refused before anything is unpacked, and reading stays bounded."""

from __future__ import annotations

import io
import stat
import struct
import zipfile

import pytest

from afterglow.bundle import TherapistBundle, TherapistIdentity, open_bundle
from afterglow.bundle.archive import ArchiveLimits, read_archive, write_archive
from afterglow.bundle.errors import DamagedBundle, UnsafeBundle
from afterglow.bundle.manifest import MEMBER_NAMES

from .conftest import CREATED_AT, seal_zip, symlink_member, zip_of

DEFAULT = ArchiveLimits()


def refused(archive: bytes, limits: ArchiveLimits = DEFAULT) -> str:
    with pytest.raises(UnsafeBundle) as caught:
        read_archive(archive, MEMBER_NAMES, limits)
    return caught.value.message


def patch_sizes(archive: bytes, declared: int) -> bytes:
    """Rewrites the first member's declared unpacked size in both its headers."""
    raw = bytearray(archive)
    struct.pack_into("<I", raw, 22, declared)  # local file header
    central = raw.index(b"PK\x01\x02")
    struct.pack_into("<I", raw, central + 24, declared)  # central directory record
    return bytes(raw)


def test_a_well_formed_bundle_archive_reads_back_whole(bundle: TherapistBundle) -> None:
    assert read_archive(bundle.archive(), MEMBER_NAMES) == dict(bundle.files)


@pytest.mark.parametrize(
    "name",
    ["../data.json", "../../../../etc/passwd", "..\\data.json", "report/../../x", "..", "../"],
)
def test_paths_that_climb_out_are_refused(name: str) -> None:
    assert "points outside its folder" in refused(zip_of([(name, b"x")]))


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "/data.json", "\\data.json", "C:\\x", "c:data.json"]
)
def test_absolute_paths_are_refused(name: str) -> None:
    assert "is an absolute path" in refused(zip_of([(name, b"x")]))


def test_links_are_refused() -> None:
    message = refused(zip_of([symlink_member("data.json", "/etc/passwd")]))

    assert "“data.json” is a link" in message


def test_devices_and_pipes_are_refused() -> None:
    info = zipfile.ZipInfo("data.json")
    info.create_system = 3
    info.external_attr = (stat.S_IFIFO | 0o600) << 16

    assert "not an ordinary file" in refused(zip_of([(info, b"")]))


def test_folders_where_files_belong_are_refused() -> None:
    assert "is a folder" in refused(zip_of([("data.json/", b"")]))
    dos_folder = zipfile.ZipInfo("report.html")
    dos_folder.external_attr = 0x10
    assert "is a folder" in refused(zip_of([(dos_folder, b"")]))


def test_nested_paths_are_refused() -> None:
    assert "is inside a folder" in refused(zip_of([("reports/report.html", b"x")]))
    assert "is inside a folder" in refused(zip_of([("reports\\report.html", b"x")]))


def test_duplicate_names_are_refused() -> None:
    archive = zip_of([("data.json", b"{}"), ("data.json", b'{"second": true}')])

    assert "holds “data.json” twice" in refused(archive)


def test_unexpected_names_are_refused() -> None:
    for name in ("notes.txt", "Manifest.json", "data.json.exe", "report.html\u202etxt.exe"):
        assert "unexpected file" in refused(zip_of([(name, b"x")]))


def test_more_than_ten_thousand_members_are_refused_before_reading_them() -> None:
    archive = zip_of((f"{i}", b"") for i in range(10_001))

    assert "more than 10,000 files" in refused(archive)


def test_a_count_hidden_from_the_end_record_is_still_caught() -> None:
    archive = bytearray(zip_of((f"{i}", b"") for i in range(11)))
    end = archive.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", archive, end + 8, 1, 1)  # the end record claims one member

    assert "more than 10 files" in refused(bytes(archive), ArchiveLimits(max_members=10))


def test_a_declared_size_over_the_limit_is_refused_before_unpacking() -> None:
    archive = patch_sizes(zip_of([("data.json", b"{}")]), 201 * 1024 * 1024)

    assert "unpack to more than 200 MB" in refused(archive)


def test_declared_sizes_adding_up_over_the_limit_are_refused() -> None:
    archive = zip_of([("data.json", b"a" * 600), ("report.html", b"b" * 600)])

    assert "more than" in refused(archive, ArchiveLimits(max_unpacked_bytes=1000))


def test_a_zip_bomb_that_understates_its_size_is_cut_off_at_the_declared_size() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", b"\0" * (20 * 1024 * 1024))
    bomb = patch_sizes(buffer.getvalue(), 100)
    assert len(bomb) < 100_000

    # zipfile stops inflating at the declared 100 bytes; what it read then fails its CRC.
    with pytest.raises(DamagedBundle):
        read_archive(bomb, MEMBER_NAMES)


def test_other_compression_methods_and_encrypted_members_are_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("data.json", b"{}")
    assert "unexpected compression" in refused(buffer.getvalue())

    encrypted = bytearray(zip_of([("data.json", b"{}")]))
    central = encrypted.index(b"PK\x01\x02")
    encrypted[central + 8] |= 0x01
    encrypted[6] |= 0x01
    assert "itself encrypted" in refused(bytes(encrypted))


def test_garbage_is_damage_not_a_crash() -> None:
    for junk in (b"", b"PK", b"PK\x05\x06" + b"\0" * 10, b"not a zip at all" * 10):
        with pytest.raises(DamagedBundle):
            read_archive(junk, MEMBER_NAMES)
    # An empty archive is well-formed; the bundle reader then finds no manifest in it.
    assert read_archive(b"PK\x05\x06" + b"\0" * 18, MEMBER_NAMES) == {}


def test_a_hostile_archive_inside_a_valid_age_file_is_refused_when_opened(
    therapist: TherapistIdentity,
) -> None:
    sealed = seal_zip(zip_of([("../../.bashrc", b"echo hi")]), therapist)

    with pytest.raises(UnsafeBundle, match="points outside its folder"):
        open_bundle(sealed, identities=[therapist])


def test_written_archives_hold_private_regular_files_in_order(bundle: TherapistBundle) -> None:
    archive = zipfile.ZipFile(io.BytesIO(write_archive(bundle.files.items(), CREATED_AT)))

    assert archive.namelist() == list(bundle.files)
    for info in archive.infolist():
        assert stat.S_ISREG(info.external_attr >> 16)
        assert stat.S_IMODE(info.external_attr >> 16) == 0o600
        assert info.date_time == (2025, 3, 14, 9, 30, 0)
