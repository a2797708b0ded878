"""The bundle's ZIP: written deterministically, read defensively, all in memory.

Reading checks every member's name, type and declared size before any content is
decompressed, then enforces the size limits again while reading, since a hostile archive
can lie about sizes.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from afterglow.bundle.errors import DamagedBundle, UnsafeBundle

MAX_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# Room for MAX_MEMBERS central-directory records with generous names and extras.
MAX_DIRECTORY_BYTES = MAX_MEMBERS * 1024
_READ_CHUNK = 64 * 1024
_FILE_MODE = stat.S_IFREG | 0o600
_DRIVE = re.compile(r"^[A-Za-z]:")
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


@dataclass(frozen=True)
class ArchiveLimits:
    """How much an archive may hold before it is refused."""

    max_members: int = MAX_MEMBERS
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES


DEFAULT_LIMITS = ArchiveLimits()


def write_archive(members: Iterable[tuple[str, bytes]], when: datetime) -> bytes:
    """A ZIP of `members` in the order given, identical for identical input."""
    stamp = max(when.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the mode below means something to unzip
            info.external_attr = _FILE_MODE << 16
            archive.writestr(info, content)
    return buffer.getvalue()


def read_archive(
    data: bytes, allowed_names: Iterable[str], limits: ArchiveLimits = DEFAULT_LIMITS
) -> dict[str, bytes]:
    """Every member of the ZIP in `data`, by name, after checking the archive is safe.

    Raises `UnsafeBundle` for anything that could escape a folder or exhaust the computer,
    and `DamagedBundle` for anything that is not a well-formed ZIP.
    """
    allowed = frozenset(allowed_names)
    _check_directory_size(data, limits)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_members:
                raise UnsafeBundle(_too_many(limits))
            declared = 0
            names: set[str] = set()
            for info in infos:
                _check_member(info, allowed, names)
                declared += info.file_size
                if declared > limits.max_unpacked_bytes:
                    raise UnsafeBundle(_too_large(limits))
            return _read_members(archive, infos, limits)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
        struct.error,
        IndexError,
        KeyError,
        OverflowError,
    ) as exc:
        # Everything zipfile can raise for malformed input; never our own errors.
        raise DamagedBundle("The bundle is damaged: its archive could not be read.") from exc


def _read_members(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: ArchiveLimits
) -> dict[str, bytes]:
    contents: dict[str, bytes] = {}
    total = 0
    for info in infos:
        chunks = []
        size = 0
        with archive.open(info) as member:
            while chunk := member.read(_READ_CHUNK):
                size += len(chunk)
                total += len(chunk)
                if size > info.file_size:
                    raise UnsafeBundle(
                        f"The bundle was refused: “{info.filename}” unpacks to more than "
                        "it declares."
                    )
                if total > limits.max_unpacked_bytes:
                    raise UnsafeBundle(_too_large(limits))
                chunks.append(chunk)
        if size != info.file_size:
            raise DamagedBundle(f"The bundle is damaged: “{info.filename}” is cut short.")
        contents[info.filename] = b"".join(chunks)
    return contents


def _check_member(info: zipfile.ZipInfo, allowed: frozenset[str], seen: set[str]) -> None:
    name = info.filename
    shown = name if len(name) <= 80 else name[:77] + "…"
    if not name:
        raise UnsafeBundle("The bundle was refused: it holds a file without a name.")
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise UnsafeBundle(f"The bundle was refused: “{shown}” is an absolute path.")
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        raise UnsafeBundle(f"The bundle was refused: “{shown}” points outside its folder.")
    if info.is_dir() or name.endswith(("/", "\\")) or info.external_attr & 0x10:
        raise UnsafeBundle(f"The bundle was refused: “{shown}” is a folder, not a file.")
    if "\\" in name or "/" in name:
        raise UnsafeBundle(f"The bundle was refused: “{shown}” is inside a folder.")
    file_type = stat.S_IFMT(info.external_attr >> 16)
    if file_type == stat.S_IFLNK:
        raise UnsafeBundle(f"The bundle was refused: “{shown}” is a link.")
    if file_type not in (0, stat.S_IFREG):
        raise UnsafeBundle(f"The bundle was refused: “{shown}” is not an ordinary file.")
    if name in seen:
        raise UnsafeBundle(f"The bundle was refused: it holds “{shown}” twice.")
    seen.add(name)
    if name not in allowed:
        raise UnsafeBundle(f"The bundle was refused: it holds an unexpected file, “{shown}”.")
    if info.flag_bits & 0x1:
        raise UnsafeBundle(f"The bundle was refused: “{shown}” is itself encrypted.")
    if info.compress_type not in _ALLOWED_METHODS:
        raise UnsafeBundle(f"The bundle was refused: “{shown}” uses an unexpected compression.")


def _check_directory_size(data: bytes, limits: ArchiveLimits) -> None:
    """Refuses archives whose end record announces too many members, before parsing them."""
    position = data.rfind(_EOCD, max(0, len(data) - 22 - 0xFFFF))
    if position < 0 or position + 22 > len(data):
        return  # not a ZIP at all; zipfile will say so
    entries, directory_size = struct.unpack_from("<HI", data, position + 10)
    locator = position - 20
    if locator >= 0 and data[locator : locator + 4] == _ZIP64_LOCATOR:
        (zip64_offset,) = struct.unpack_from("<Q", data, locator + 8)
        if zip64_offset + 56 <= len(data) and data[zip64_offset : zip64_offset + 4] == _ZIP64_EOCD:
            entries, directory_size = struct.unpack_from("<QQ", data, zip64_offset + 32)
    if entries > limits.max_members:
        raise UnsafeBundle(_too_many(limits))
    if directory_size > MAX_DIRECTORY_BYTES:
        raise UnsafeBundle("The bundle was refused: its archive directory is far too large.")


def _too_many(limits: ArchiveLimits) -> str:
    return f"The bundle was refused: it holds more than {limits.max_members:,} files."


def _too_large(limits: ArchiveLimits) -> str:
    megabytes = limits.max_unpacked_bytes // (1024 * 1024)
    return f"The bundle was refused: it would unpack to more than {megabytes} MB."
