"""Notices a damaged write-ahead log before SQLite quietly throws committed work away.

After a crash the WAL (`journal.db-wal`) can hold saved transactions that are not yet in
the database file. When SQLite opens it, it replays frames up to the first one whose
checksum fails and silently drops everything after it — including later transactions
that were committed and acknowledged. A damaged WAL header makes it ignore the whole log.
This module reads the log the way SQLite does (https://www.sqlite.org/fileformat2.html,
"WAL file format") and refuses to go on when that would lose committed work.

What it cannot tell apart: damage inside the newest transaction of the log looks exactly
like that transaction being cut short by the crash, so it is left to SQLite, which drops
that transaction (see docs/SECURITY.md).
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from pathlib import Path

from afterglow.core.errors import DamagedData

log = logging.getLogger(__name__)

MAGIC_LITTLE_ENDIAN, MAGIC_BIG_ENDIAN = 0x377F0682, 0x377F0683
VERSION = 3007000
HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
PAGE_SIZES = tuple(1 << n for n in range(9, 17))

DAMAGED = (
    "The journal's write-ahead log is damaged, and opening it would lose entries that "
    "were already saved; restore the journal from a backup."
)

Checksum = tuple[int, int]


def check_wal(database: Path) -> None:
    """Raises `DamagedData` if opening `database` would drop committed transactions."""
    problem = wal_problem(database)
    if problem is not None:
        log.warning("refusing to open the journal: in the write-ahead log, %s", problem)
        raise DamagedData(DAMAGED)


def wal_problem(database: Path) -> str | None:
    """Why the WAL beside `database` would lose committed work, or None if it would not."""
    try:
        data = Path(f"{database}-wal").read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DamagedData(
            f"The journal's write-ahead log could not be read ({exc.strerror})."
        ) from exc
    if len(data) < HEADER_BYTES:
        return None  # SQLite writes the header whole; nothing here was ever committed
    header = _Header.parse(data)
    if header is not None:
        return _damage_after_valid_header(data, header)
    return _damage_behind_broken_header(data)


@dataclass(frozen=True)
class _Header:
    big_endian: bool
    page_size: int
    salts: bytes
    checksum: Checksum

    @classmethod
    def parse(cls, data: bytes) -> _Header | None:
        """The header if SQLite would accept it, else None."""
        magic, version, size = struct.unpack_from(">III", data)
        if magic not in (MAGIC_LITTLE_ENDIAN, MAGIC_BIG_ENDIAN) or version != VERSION:
            return None
        page_size = _page_size(size)
        if page_size is None:
            return None
        big_endian = magic == MAGIC_BIG_ENDIAN
        stored = struct.unpack_from(">II", data, 24)
        if _checksum(data[:24], (0, 0), big_endian) != stored:
            return None
        return cls(big_endian, page_size, data[16:24], stored)


@dataclass(frozen=True)
class _Frame:
    index: int
    offset: int
    commit: bool
    salts: bytes
    stored: Checksum

    def verifies(self, data: bytes, seed: Checksum, big_endian: bool, page_size: int) -> bool:
        return _frame_checksum(data, self, seed, big_endian, page_size) == self.stored


def _frames(data: bytes, page_size: int) -> list[_Frame]:
    """Every complete frame in the file, whatever its salts; a torn tail is left out."""
    size = FRAME_HEADER_BYTES + page_size
    frames = []
    for index in range((len(data) - HEADER_BYTES) // size):
        offset = HEADER_BYTES + index * size
        _page, truncate = struct.unpack_from(">II", data, offset)
        stored = struct.unpack_from(">II", data, offset + 16)
        salts = data[offset + 8 : offset + 16]
        frames.append(_Frame(index, offset, truncate != 0, salts, stored))
    return frames


def _damage_after_valid_header(data: bytes, header: _Header) -> str | None:
    frames = _frames(data, header.page_size)
    running = header.checksum
    broken = None
    for frame in frames:
        if frame.salts != header.salts or not frame.verifies(
            data, running, header.big_endian, header.page_size
        ):
            broken = frame
            break
        running = frame.stored
    if broken is None:
        return None  # SQLite replays every frame
    # SQLite stops at `broken`. Frames after it carrying this log's salts were written
    # later in this same generation of the log. Each commit is flushed to disk before the
    # next transaction starts, so a commit after the end of the broken frame's own
    # transaction shows that the broken frame was complete once: it was damaged later.
    # The broken frame's checksum, recomputed from the valid frames before it, stands in
    # for a stored one that was itself damaged.
    recomputed = _frame_checksum(data, broken, running, header.big_endian, header.page_size)
    later = [f for f in frames[broken.index + 1 :] if f.salts == header.salts]
    transaction = [broken, *later]
    own_commit = next((i for i, f in enumerate(transaction) if f.commit), None)
    if own_commit is None:
        return None  # a transaction cut short by the crash: it was never acknowledged
    for frame in transaction[own_commit + 1 :]:
        seeds = {frames[frame.index - 1].stored}
        if frame.index == broken.index + 1:
            seeds.add(recomputed)
        if frame.commit and any(
            frame.verifies(data, seed, header.big_endian, header.page_size) for seed in seeds
        ):
            return f"frame {broken.index} fails its checksum, and committed transactions follow it"
    return None


def _damage_behind_broken_header(data: bytes) -> str | None:
    """SQLite ignores a log whose header is damaged. Its frames still verify against each
    other (each frame's checksum starts from the one stored in the frame before it), so a
    commit frame that does shows committed work the damaged header now hides."""
    magic = struct.unpack_from(">I", data)[0]
    known = magic in (MAGIC_LITTLE_ENDIAN, MAGIC_BIG_ENDIAN)
    orders = (magic == MAGIC_BIG_ENDIAN,) if known else (False, True)
    stated = _page_size(struct.unpack_from(">I", data, 8)[0])
    sizes = (stated,) if stated is not None else PAGE_SIZES
    stored_seed = struct.unpack_from(">II", data, 24)
    for big_endian in orders:
        seeds = {stored_seed, _checksum(data[:24], (0, 0), big_endian)}
        for page_size in sizes:
            frames = _frames(data, page_size)
            for frame in frames:
                # The log's current generation starts at frame 0; older frames beyond it
                # were checkpointed into the database before the log was reused.
                if not frame.commit or frame.salts != frames[0].salts:
                    continue
                starts = seeds if frame.index == 0 else {frames[frame.index - 1].stored}
                if any(frame.verifies(data, s, big_endian, page_size) for s in starts):
                    return "the header is damaged, and committed transactions follow it"
    return None


def _frame_checksum(
    data: bytes, frame: _Frame, seed: Checksum, big_endian: bool, page_size: int
) -> Checksum:
    """The frame's cumulative checksum: its first 8 header bytes, then its page."""
    start = frame.offset
    running = _checksum(data[start : start + 8], seed, big_endian)
    page = data[start + FRAME_HEADER_BYTES : start + FRAME_HEADER_BYTES + page_size]
    return _checksum(page, running, big_endian)


def _page_size(stored: int) -> int | None:
    # 65536 does not fit in the field's 16 significant bits; SQLite stores it as 1.
    size = 65536 if stored == 1 else stored
    return size if size in PAGE_SIZES else None


def _checksum(data: bytes, seed: Checksum, big_endian: bool) -> Checksum:
    """SQLite's WAL checksum: two running sums over pairs of 32-bit words."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s1, s2 = seed
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2
