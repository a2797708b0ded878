"""The journal on disk: create it, unlock it, change its keys, back it up and restore it.

`Vault` is a locked journal (a folder); unlocking returns an `UnlockedVault`, which holds
the data key and the open database until `lock()`.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from afterglow.core.errors import (
    DamagedData,
    JournalLocked,
    UsageError,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from afterglow.vault import backups, sealed
from afterglow.vault.database import Database
from afterglow.vault.files import ensure_private_dir, fsync_dir, is_temporary, storage_error
from afterglow.vault.header import KeyHeader, KeySlots, WrappedKey, new_header, new_salt
from afterglow.vault.instance import InstanceLock
from afterglow.vault.kdf import KEY_BYTES, STANDARD_POLICY, KdfPolicy, calibrate, derive_key
from afterglow.vault.recovery import RecoveryKey
from afterglow.vault.wal_check import check_wal, wal_problem

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Clock = Callable[[], datetime]

DEFAULT_KEEP_BACKUPS = 10
AUTOMATIC_BACKUP_INTERVAL = timedelta(days=1)


def _now() -> datetime:
    return datetime.now(UTC)


def _wipe(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0


@dataclass(frozen=True)
class VaultFiles:
    """Where a journal's files live inside its data folder."""

    folder: Path

    @property
    def header(self) -> Path:
        return self.folder / "vault.json"

    @property
    def database(self) -> Path:
        return self.folder / "journal.db"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def lock_file(self) -> Path:
        return self.folder / "journal.lock"


class Vault:
    """A journal folder, locked. Slow calls (key derivation) belong off the UI thread."""

    def __init__(
        self,
        folder: Path,
        kdf_policy: KdfPolicy = STANDARD_POLICY,
        *,
        keep_backups: int = DEFAULT_KEEP_BACKUPS,
        clock: Clock = _now,
    ) -> None:
        self.files = VaultFiles(folder)
        self.kdf_policy = kdf_policy
        self.keep_backups = keep_backups
        self.clock = clock
        self.instance = InstanceLock(self.files.lock_file)

    def exists(self) -> bool:
        return self.files.header.exists() or self.files.database.exists()

    # -- creating and unlocking ------------------------------------------------------

    def create(
        self, passphrase: str, progress: Progress | None = None
    ) -> tuple[UnlockedVault, RecoveryKey]:
        """Creates a new journal; the recovery key is returned once and never stored."""
        if self.exists():
            raise VaultExists(f"A journal already exists in {self.files.folder}.")
        step = progress or (lambda done, total: None)
        step(0, 3)
        ensure_private_dir(self.files.folder)
        self.instance.acquire()
        try:
            return self._create(passphrase, step)
        except BaseException:
            self.instance.release()
            raise

    def _create(self, passphrase: str, step: Progress) -> tuple[UnlockedVault, RecoveryKey]:
        params = calibrate(self.kdf_policy)
        step(1, 3)
        data_key = bytearray(secrets.token_bytes(KEY_BYTES))
        recovery = RecoveryKey.generate()
        header = new_header(params)
        header = header.with_keys(
            KeySlots(
                passphrase=self._wrap_for_passphrase(header, data_key, passphrase),
                recovery=self._wrap_for_recovery(header, data_key, recovery),
            )
        )
        step(2, 3)
        # The header goes first: a journal interrupted here has a key but no entries yet.
        header.write(self.files.header)
        database = Database(self.files.database, data_key, create=True)
        step(3, 3)
        log.info("journal created")
        return UnlockedVault(self, header, data_key, database), recovery

    def unlock(self, passphrase: str) -> UnlockedVault:
        """Unlocks with the passphrase; on a wrong one, no file is touched."""
        header = self.read_header()

        def unwrap(slots: KeySlots) -> bytearray:
            kek = derive_key(passphrase, slots.passphrase.salt, header.kdf)
            try:
                return header.unwrap(slots.passphrase, kek, "passphrase")
            finally:
                _wipe(kek)

        return self._open(header, unwrap(header.keys), unwrap)

    def unlock_with_recovery_key(self, recovery_key: str | RecoveryKey) -> UnlockedVault:
        """Unlocks with the recovery key; the caller then sets a new passphrase."""
        key = (
            recovery_key
            if isinstance(recovery_key, RecoveryKey)
            else RecoveryKey.parse(recovery_key)
        )
        header = self.read_header()

        def unwrap(slots: KeySlots) -> bytearray:
            wrapping = key.wrapping_key(slots.recovery.salt)
            try:
                return header.unwrap(slots.recovery, wrapping, "recovery")
            finally:
                _wipe(wrapping)

        return self._open(header, unwrap(header.keys), unwrap)

    def check_passphrase(self, header: KeyHeader, passphrase: str) -> None:
        """Raises `WrongPassphrase` unless `passphrase` unlocks `header`."""
        _wipe(_unwrap_with_passphrase(header, passphrase))

    def read_header(self) -> KeyHeader:
        try:
            header = KeyHeader.read(self.files.header)
        except FileNotFoundError:
            if self.files.database.exists():
                raise DamagedData(
                    "The key file vault.json is missing; restore the journal from a backup."
                ) from None
            raise VaultNotFound(f"There is no journal in {self.files.folder} yet.") from None
        if not header.kdf.meets(self.kdf_policy.floor):
            raise DamagedData(
                "The key file asks for weaker protection than Afterglow allows; "
                "it may have been tampered with."
            )
        return header

    def _open(
        self, header: KeyHeader, data_key: bytearray, unwrap_next: Callable[[KeySlots], bytearray]
    ) -> UnlockedVault:
        """Opens the database, finishing or undoing a data-key rotation that was interrupted."""
        try:
            self.instance.acquire()
            self._sweep_leftovers()
            return self._open_database(header, data_key, unwrap_next)
        except BaseException:
            _wipe(data_key)
            self.instance.release()
            raise

    def _sweep_leftovers(self) -> None:
        """Removes temporary files a killed process left behind (all of them encrypted).

        Only called while holding the instance lock, so no other process is using them.
        """
        for folder in (self.files.folder, self.files.backups):
            if folder.is_dir():
                for path in folder.glob(".*"):
                    if is_temporary(path.name) and path.is_file():
                        path.unlink(missing_ok=True)

    def _open_database(
        self, header: KeyHeader, data_key: bytearray, unwrap_next: Callable[[KeySlots], bytearray]
    ) -> UnlockedVault:
        if not self.files.database.exists():
            raise DamagedData("The journal database is missing; restore it from a backup.")
        check_wal(self.files.database)  # before SQLite replays it and drops what it cannot
        try:
            database = Database(self.files.database, data_key)
        except DamagedData:
            if header.next_keys is None:
                raise
            # The rotation re-encrypted the database but did not get to update the header.
            next_key = unwrap_next(header.next_keys)
            try:
                database = Database(self.files.database, next_key)
            except BaseException:
                _wipe(next_key)
                raise
            _wipe(data_key)
            data_key = next_key
            header = header.with_keys(header.next_keys)
            header.write(self.files.header)
            log.info("finished an interrupted key rotation")
        else:
            if header.next_keys is not None:
                header = header.with_keys(header.keys)
                header.write(self.files.header)
                log.info("undid an interrupted key rotation")
        return UnlockedVault(self, header, data_key, database)

    # -- wrapping ----------------------------------------------------------------------

    def _wrap_for_passphrase(
        self, header: KeyHeader, data_key: bytearray, passphrase: str
    ) -> WrappedKey:
        salt = new_salt()
        kek = derive_key(passphrase, salt, header.kdf)
        try:
            return header.wrap(data_key, kek, "passphrase", salt)
        finally:
            _wipe(kek)

    @staticmethod
    def _wrap_for_recovery(
        header: KeyHeader, data_key: bytearray, recovery: RecoveryKey
    ) -> WrappedKey:
        salt = new_salt()
        wrapping = recovery.wrapping_key(salt)
        try:
            return header.wrap(data_key, wrapping, "recovery", salt)
        finally:
            _wipe(wrapping)

    # -- restoring ---------------------------------------------------------------------

    def restore(
        self, backup: Path, passphrase: str, backup_passphrase: str | None = None
    ) -> Path | None:
        """Replaces the journal with a backup; the current journal is backed up first.

        `passphrase` must unlock the current journal when its key file is readable; the
        backup opens with the current key, or else with `backup_passphrase` (default: the
        same passphrase). The current passphrase and recovery key keep working whenever
        the current key file is intact. Returns the backup made of the replaced journal.
        The journal must be locked while this runs.
        """
        if self.instance.held:
            raise UsageError("Lock the journal before restoring a backup.")
        ensure_private_dir(self.files.folder)
        self.instance.acquire()
        try:
            self._sweep_leftovers()
            return self._restore(backup, passphrase, backup_passphrase)
        finally:
            self.instance.release()

    def _restore(self, backup: Path, passphrase: str, backup_passphrase: str | None) -> Path | None:
        current_key: bytearray | None = None
        try:
            current = self.read_header()
        except (VaultNotFound, DamagedData):
            current = None
        if current is not None:
            current_key = _unwrap_with_passphrase(current, passphrase)
        contents = backups.read_backup(backup, self.files.folder)
        try:
            backup_header, restored = self._open_backup(
                contents, current_key, backup_passphrase or passphrase
            )
            try:
                if current_key is not None and bytes(restored.key) != bytes(current_key):
                    restored.database.rekey(current_key)
                problems = restored.database.integrity_problems()
                if problems:
                    raise DamagedData("That backup is damaged and cannot be restored.")
            finally:
                restored.database.close()
            safety = self._set_aside_current(current, current_key)
            self._install(contents.database)
            if current is None:
                backup_header.write(self.files.header)
        finally:
            backups.discard_unpacked(contents.database)
            if current_key is not None:
                _wipe(current_key)
        log.info("journal restored from a backup")
        return safety

    def _open_backup(
        self, contents: backups.BackupContents, current_key: bytearray | None, passphrase: str
    ) -> tuple[KeyHeader, _OpenedCopy]:
        backup_header = KeyHeader.from_bytes(contents.header)
        if current_key is not None:
            with contextlib.suppress(DamagedData):
                return backup_header, _OpenedCopy(
                    Database(contents.database, current_key, migrate=False), bytearray(current_key)
                )
        try:
            key = _unwrap_with_passphrase(backup_header, passphrase)
        except WrongPassphrase:
            raise WrongPassphrase(
                "That backup was made with a different passphrase; enter the one it was made with."
            ) from None
        return backup_header, _OpenedCopy(Database(contents.database, key, migrate=False), key)

    def _set_aside_current(self, header: KeyHeader | None, key: bytearray | None) -> Path | None:
        """Backs up the journal about to be replaced, as a readable copy when possible."""
        if not self.files.database.exists():
            return None
        ensure_private_dir(self.files.backups)
        out = backups.unused_path(self.files.backups, self.clock())
        # A damaged write-ahead log is kept as it is: opening would let SQLite drop it.
        if header is not None and key is not None and wal_problem(self.files.database) is None:
            with contextlib.suppress(DamagedData):
                database = Database(self.files.database, key, migrate=False)
                try:
                    _write_backup_of(database, header, key, out, "before-restore", self.clock())
                finally:
                    database.close()
                return out
        # Unreadable: keep the files exactly as they are, so nothing is thrown away.
        files = {backups.DATABASE: self.files.database}
        wal = Path(f"{self.files.database}-wal")
        if wal.exists():
            files[backups.WAL] = wal
        header_bytes = self.files.header.read_bytes() if self.files.header.exists() else b"{}"
        backups.write_backup(out, header_bytes, files, kind="raw", when=self.clock())
        return out

    def _install(self, restored: Path) -> None:
        """Atomically puts the restored database in place of the journal."""
        try:
            for suffix in ("-wal", "-shm"):
                Path(f"{self.files.database}{suffix}").unlink(missing_ok=True)
            restored.replace(self.files.database)
            fsync_dir(self.files.folder)
        except OSError as exc:
            raise storage_error(exc, "the restored journal") from exc


def _unwrap_with_passphrase(header: KeyHeader, passphrase: str) -> bytearray:
    kek = derive_key(passphrase, header.keys.passphrase.salt, header.kdf)
    try:
        return header.unwrap(header.keys.passphrase, kek, "passphrase")
    finally:
        _wipe(kek)


@dataclass
class _OpenedCopy:
    database: Database
    key: bytearray


def _write_backup_of(
    database: Database, header: KeyHeader, key: bytearray, out: Path, kind: str, when: datetime
) -> None:
    snapshot = out.with_name(f".{out.name}.db.partial")
    try:
        database.backup_to(snapshot, key)
        backups.write_backup(
            out, header.to_bytes(), {backups.DATABASE: snapshot}, kind=kind, when=when
        )
    finally:
        backups.discard_unpacked(snapshot)


class UnlockedVault:
    """An open journal: the data key and the database, until `lock()`."""

    def __init__(
        self, vault: Vault, header: KeyHeader, data_key: bytearray, database: Database
    ) -> None:
        self.vault = vault
        self.header = header
        self._data_key: bytearray | None = data_key
        self._database: Database | None = database

    @property
    def database(self) -> Database:
        if self._database is None:
            raise JournalLocked("The journal is locked.")
        return self._database

    @property
    def is_locked(self) -> bool:
        return self._database is None

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise JournalLocked("The journal is locked.")
        return self._data_key

    def lock(self) -> None:
        """Closes the database and forgets the data key."""
        if self._database is not None:
            self._database.close()
            self._database = None
        if self._data_key is not None:
            _wipe(self._data_key)
            self._data_key = None
        self.vault.instance.release()
        log.info("journal locked")

    # -- sealing ---------------------------------------------------------------------------

    def seal(self, data: bytes) -> bytes:
        """`data` encrypted under a key derived from the data key, to hold in memory while
        the journal is locked (words that could not be saved); see `vault.sealed`."""
        return sealed.seal(self._key(), data)

    def unseal(self, data: bytes) -> bytes:
        """What `seal` was given, by this journal's key; `DamagedData` if it does not open
        (sealed by another key, such as before a restore from a backup, or changed)."""
        return sealed.unseal(self._key(), data)

    # -- keys ----------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wraps the data key under a new passphrase; the recovery key stays valid."""
        slot = self.vault._wrap_for_passphrase(self.header, self._key(), new_passphrase)
        header = self.header.with_keys(KeySlots(slot, self.header.keys.recovery))
        header.write(self.vault.files.header)
        self.header = header
        log.info("passphrase changed")

    def renew_recovery_key(self) -> RecoveryKey:
        """Replaces the recovery key; the old one stops working at once."""
        recovery = RecoveryKey.generate()
        slot = Vault._wrap_for_recovery(self.header, self._key(), recovery)
        header = self.header.with_keys(KeySlots(self.header.keys.passphrase, slot))
        header.write(self.vault.files.header)
        self.header = header
        log.info("recovery key renewed")
        return recovery

    def rotate_data_key(self, passphrase: str) -> RecoveryKey:
        """Re-encrypts the database with a new data key (`PRAGMA rekey`).

        The recovery key is wrapped around the data key, so a new one is issued too.
        The new key is written to the header before the database changes, so an
        interruption leaves a journal that opens with the same passphrase.
        """
        self.vault.check_passphrase(self.header, passphrase)
        new_key = bytearray(secrets.token_bytes(KEY_BYTES))
        recovery = RecoveryKey.generate()
        next_keys = KeySlots(
            self.vault._wrap_for_passphrase(self.header, new_key, passphrase),
            Vault._wrap_for_recovery(self.header, new_key, recovery),
        )
        pending = self.header.with_keys(self.header.keys, next_keys)
        pending.write(self.vault.files.header)
        self.database.rekey(new_key)
        done = pending.with_keys(next_keys)
        done.write(self.vault.files.header)
        self.header = done
        _wipe(self._key())
        self._data_key = new_key
        log.info("data key rotated")
        return recovery

    # -- upkeep ----------------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Problems SQLite and SQLCipher find in the database; empty when all is well."""
        problems = self.database.integrity_problems()
        with self.database.transaction():  # no write moves the log while it is read
            damage = wal_problem(self.vault.files.database)
        return problems + ([f"write-ahead log: {damage}"] if damage else [])

    def backup(self, out: Path | None = None, *, kind: str = "manual") -> Path:
        """Writes an encrypted backup (database and key header) and keeps the newest N."""
        now = self.vault.clock()
        folder = self.vault.files.backups
        if out is None:
            ensure_private_dir(folder)
            out = backups.unused_path(folder, now)
        elif out.is_dir():
            raise UsageError(f"{out} is a folder; give a file name for the backup.")
        _write_backup_of(self.database, self.header, self._key(), out, kind, now)
        if out.parent == folder:
            backups.prune(folder, self.vault.keep_backups)
        log.info("backup written")
        return out

    def backup_if_due(self) -> Path | None:
        """Makes the automatic backup, at most once a day."""
        existing = backups.list_backups(self.vault.files.backups)
        last = backups.backup_time(existing[-1]) if existing else None
        if last is not None and self.vault.clock() - last < AUTOMATIC_BACKUP_INTERVAL:
            return None
        return self.backup(kind="automatic")

    def list_backups(self) -> list[Path]:
        return backups.list_backups(self.vault.files.backups)
