"""The one module that opens the SQLCipher database.

The database is keyed with a random 32-byte data key passed as a raw key, so SQLCipher's
own PBKDF2 is skipped; the passphrase work happens once, in the key header. All access
goes through one connection guarded by a lock, so work from any thread is serialised.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

import sqlcipher3

from afterglow.core.errors import (
    AfterglowError,
    DamagedData,
    EnvironmentProblem,
    JournalLocked,
    StorageError,
    UnsupportedVersion,
)
from afterglow.vault import migrations
from afterglow.vault.files import PRIVATE_FILE_MODE, storage_error

log = logging.getLogger(__name__)

Row = Any  # sqlcipher3.Row: indexable by position and by column name
Params = Sequence[Any] | dict[str, Any]


def _key_pragma(pragma: str, key: bytes | bytearray) -> str:
    return f"PRAGMA {pragma} = \"x'{bytes(key).hex()}'\""


def check_driver() -> str:
    """Refuses to run unless the driver is sqlcipher3 with SQLCipher 4; returns its version."""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    version = row[0] if row else ""
    if not version.startswith("4."):
        raise EnvironmentProblem(
            "Afterglow needs SQLCipher 4 to encrypt the journal, and it is not available."
        )
    return str(version)


class Database:
    """An open, unlocked journal database."""

    def __init__(
        self, path: Path, key: bytes | bytearray, *, create: bool = False, migrate: bool = True
    ) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        existed = path.exists()
        if not existed and not create:
            raise DamagedData("The journal database is missing; restore it from a backup.")
        try:
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        except sqlcipher3.Error as exc:
            raise DamagedData("The journal database could not be opened.") from exc
        try:
            # SQLCipher otherwise logs decryption failures to stderr.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(_key_pragma("key", key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            raise DamagedData(
                "The journal database is damaged or does not belong to this key file."
            ) from exc
        self._connection: Any = conn
        conn.row_factory = sqlcipher3.Row
        try:
            if not existed:
                path.chmod(PRIVATE_FILE_MODE)
            for pragma in (
                "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = FULL",
                "PRAGMA temp_store = MEMORY",
                "PRAGMA secure_delete = ON",
                "PRAGMA foreign_keys = ON",
            ):
                conn.execute(pragma)
            if not create and self.schema_version == 0:
                # An emptied file opens as a brand-new database: never mistake it for one.
                raise DamagedData("The journal database is empty; restore it from a backup.")
            if migrate:
                self._migrate()
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            raise DamagedData("The journal database is damaged.") from exc
        except BaseException:
            conn.close()
            raise

    @property
    def _conn(self) -> Any:
        """The open connection; work queued before a lock finds the journal closed."""
        if self._connection is None:
            raise JournalLocked("The journal is locked.")
        return self._connection

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    # -- queries ---------------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> sqlcipher3.Cursor:
        with self._lock, _translated():
            return self._conn.execute(sql, params)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock, _translated():
            return list(self._conn.execute(sql, params).fetchall())

    def query_tuples(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """As `query`, each row a plain tuple: cheaper when there are thousands."""
        with self._lock, _translated():
            cursor = self._conn.cursor()
            cursor.row_factory = None
            return list(cursor.execute(sql, params).fetchall())

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with self._lock, _translated():
            self._conn.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """Runs the block as one write transaction; nested blocks join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self._begin()
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._depth = 0
                self._rollback()
                raise
            self._depth = 0
            try:
                self._conn.execute("COMMIT")
            except sqlcipher3.DatabaseError as exc:
                self._rollback()
                _raise_typed(exc)

    def _rollback(self) -> None:
        # SQLite may already have rolled back on its own (a full disk, for example).
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def _begin(self) -> None:
        with _translated():
            self._conn.execute("BEGIN IMMEDIATE")

    # -- schema ----------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.query("PRAGMA user_version")[0][0])

    def _migrate(self) -> None:
        current = self.schema_version
        # Read at call time, so a frozen journal can be built at an older schema.
        known = migrations.MIGRATIONS
        if current > known[-1].version:
            raise UnsupportedVersion(
                "This journal was made by a newer version of Afterglow; "
                "please update Afterglow to open it."
            )
        for migration in known:
            if migration.version <= current:
                continue
            with self.transaction():
                for statement in migration.statements:
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {migration.version:d}")
            log.info("journal schema migrated to version %d", migration.version)

    # -- maintenance -----------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """SQLite's and SQLCipher's own checks; an empty list means the file is sound."""
        with self._lock:
            try:
                problems = [
                    str(r[0]) for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"
                ]
                problems += [str(r[0]) for r in self._conn.execute("PRAGMA cipher_integrity_check")]
            except sqlcipher3.DatabaseError as exc:
                problems = [str(exc)]
        return problems

    def backup_to(self, path: Path, key: bytes | bytearray) -> None:
        """Copies a consistent snapshot into a new SQLCipher file keyed with `key`."""
        with self._lock:
            target = sqlcipher3.connect(str(path), isolation_level=None)
            try:
                target.execute("PRAGMA cipher_log_level = NONE")
                target.execute(_key_pragma("key", key))
                self._conn.backup(target)
            except sqlcipher3.OperationalError as exc:
                _raise_typed(exc)
            finally:
                target.close()

    def rekey(self, new_key: bytes | bytearray) -> None:
        """Re-encrypts every page with `new_key`, all or nothing.

        The rekey runs in rollback-journal mode: under WAL the new-key pages would sit
        in the WAL beside old-key pages in the main file, and a crash before the next
        checkpoint would leave a file that no single key opens.
        """
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.execute("PRAGMA journal_mode = DELETE")
                self._conn.execute(_key_pragma("rekey", new_key))
                self._conn.execute("PRAGMA journal_mode = WAL")
            except sqlcipher3.OperationalError as exc:
                _raise_typed(exc)

    def checkpoint(self) -> None:
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._connection.close()
                self._connection = None


@contextlib.contextmanager
def _translated() -> Iterator[None]:
    """Turns driver errors the environment causes into typed errors; bugs pass through."""
    try:
        yield
    except (sqlcipher3.IntegrityError, sqlcipher3.ProgrammingError, sqlcipher3.InterfaceError):
        raise
    except sqlcipher3.DatabaseError as exc:
        _raise_typed(exc)


def _raise_typed(exc: sqlcipher3.DatabaseError) -> NoReturn:
    """Raises the typed error for a driver error the environment caused, or `exc` itself."""
    error = _environment_error(exc)
    if error is None:
        raise exc
    raise error from exc


def _environment_error(exc: sqlcipher3.DatabaseError) -> AfterglowError | None:
    message = str(exc).lower()
    if "full" in message:
        return storage_error(OSError(28, "No space left on device"), "the journal")
    if "readonly" in message or "read-only" in message:
        return storage_error(OSError(13, "Read-only"), "the journal")
    if "disk i/o error" in message:
        return StorageError(
            "The journal could not be written to the disk; check that there is free space. "
            "Everything saved before is safe."
        )
    if "locked" in message or "busy" in message:
        return StorageError("The journal is busy in another Afterglow window or command.")
    if "syntax error" in message or "no such" in message:
        return None  # a bug in Afterglow's SQL, not the environment
    return DamagedData("The journal database is damaged; restore it from a backup.")
