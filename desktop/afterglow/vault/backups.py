"""Backup files: one file holding an encrypted copy of the database and its key header.

A backup is a ZIP (stored, not compressed: both members are already encrypted) with
`backup.json` (what and when, no journal content), `vault.json` and `journal.db`. A
"raw" backup of a journal that could not be opened may also hold `journal.db-wal`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from afterglow import __version__
from afterglow.core.errors import DamagedData, UsageError
from afterglow.vault.files import PRIVATE_FILE_MODE, replacing, storage_error

FORMAT = "afterglow-backup"
VERSION = 1
SUFFIX = ".afterglow-backup"
HEADER, DATABASE, WAL, INFO = "vault.json", "journal.db", "journal.db-wal", "backup.json"
ALLOWED = {HEADER, DATABASE, WAL, INFO}
_NAME = re.compile(r"^afterglow-backup-(\d{8}T\d{6}Z)(?:-\d+)?" + re.escape(SUFFIX) + "$")
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupContents:
    """What a backup file holds, already unpacked next to the journal."""

    header: bytes
    database: Path
    raw: bool


def backup_name(when: datetime) -> str:
    return f"afterglow-backup-{when.astimezone(UTC).strftime(_STAMP)}{SUFFIX}"


def backup_time(path: Path) -> datetime | None:
    """When a backup in the backups folder was made, read from its name."""
    match = _NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if backup_time(p) is not None]
    return sorted(found, key=lambda p: (backup_time(p), p.name))


def unused_path(folder: Path, when: datetime) -> Path:
    path = folder / backup_name(when)
    n = 2
    while path.exists():
        path = folder / backup_name(when).replace(SUFFIX, f"-{n}{SUFFIX}")
        n += 1
    return path


def write_backup(
    out: Path, header: bytes, files: dict[str, Path], *, kind: str, when: datetime
) -> None:
    """Writes a backup file atomically: a crash leaves either no file or a complete one."""
    info = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": when.astimezone(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "kind": kind,
    }
    with replacing(out, "the backup") as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as z:
            z.writestr(INFO, json.dumps(info, indent=2))
            z.writestr(HEADER, header)
            for name, path in files.items():
                z.write(path, name)


def read_backup(path: Path, unpack_into: Path) -> BackupContents:
    """Checks a backup file and unpacks its database next to the journal (still encrypted).

    The caller removes `BackupContents.database` (and its `-wal`) when done.
    """
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise UsageError(f"There is no backup file at {path}.") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise DamagedData("That file is not an Afterglow backup, or it is damaged.") from exc
    database = unpack_into / f".restore-{os.getpid()}-{os.urandom(4).hex()}.db"
    with archive:
        names = [i.filename for i in archive.infolist()]
        if (
            len(names) != len(set(names))
            or not set(names) <= ALLOWED
            or not {HEADER, DATABASE} <= set(names)
        ):
            raise DamagedData("That file is not an Afterglow backup, or it is damaged.")
        try:
            info = json.loads(archive.read(INFO)) if INFO in names else {}
            if not isinstance(info, dict) or info.get("format", FORMAT) != FORMAT:
                raise DamagedData("That file is not an Afterglow backup.")
            header = archive.read(HEADER)
            _extract(archive, DATABASE, database)
            if WAL in names:
                _extract(archive, WAL, Path(f"{database}-wal"))
        except (zipfile.BadZipFile, ValueError, KeyError, EOFError) as exc:
            discard_unpacked(database)
            raise DamagedData("That backup file is damaged.") from exc
        except BaseException:
            discard_unpacked(database)
            raise
    return BackupContents(header=header, database=database, raw=WAL in names)


def _extract(archive: zipfile.ZipFile, name: str, target: Path) -> None:
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as out, archive.open(name) as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise storage_error(exc, "the restored journal") from exc


def discard_unpacked(database: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def prune(folder: Path, keep: int) -> list[Path]:
    """Removes all but the newest `keep` backups; returns what was removed."""
    old = list_backups(folder)[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return old
