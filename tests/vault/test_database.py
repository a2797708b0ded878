import shutil
from pathlib import Path

import pytest

from afterglow.core.errors import UnsupportedVersion
from afterglow.vault.database import Database, check_driver
from afterglow.vault.migrations import LATEST_VERSION
from afterglow.vault.vault import Vault

from .conftest import PASSPHRASE

DATA = Path(__file__).parent.parent / "data"
FROZEN_PASSPHRASE = "frozen journal passphrase"


def test_driver_is_sqlcipher_4():
    assert check_driver().startswith("4.")


def test_new_journal_is_at_the_latest_schema(created):
    _, unlocked, _ = created
    assert unlocked.database.schema_version == LATEST_VERSION


def test_transaction_commits_as_a_whole(created):
    _, unlocked, _ = created
    db = unlocked.database
    with db.transaction():
        db.execute("INSERT INTO meta VALUES ('a', '1')")
        with db.transaction():
            db.execute("INSERT INTO meta VALUES ('b', '2')")
    assert [r[0] for r in db.query("SELECT key FROM meta ORDER BY key")] == ["a", "b"]


def test_transaction_rolls_back_everything_on_error(created):
    _, unlocked, _ = created
    db = unlocked.database
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO meta VALUES ('a', '1')")
        with db.transaction():
            db.execute("INSERT INTO meta VALUES ('b', '2')")
        raise RuntimeError("stop")
    assert db.query("SELECT count(*) FROM meta")[0][0] == 0


def test_a_journal_from_a_newer_version_is_refused(created):
    vault, unlocked, _ = created
    unlocked.database.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    unlocked.lock()
    with pytest.raises(UnsupportedVersion, match="newer version"):
        vault.unlock(PASSPHRASE)


@pytest.mark.parametrize("frozen", sorted(p.name for p in DATA.glob("vault-v*")))
def test_every_released_schema_still_opens_migrates_and_verifies(frozen, tmp_path, fast_policy):
    folder = tmp_path / frozen
    shutil.copytree(DATA / frozen, folder)
    unlocked = Vault(folder, fast_policy).unlock(FROZEN_PASSPHRASE)
    try:
        assert unlocked.database.schema_version == LATEST_VERSION
        assert unlocked.verify() == []
        rows = unlocked.database.query("SELECT value FROM meta WHERE key = 'frozen'")
        assert rows[0][0] == frozen
    finally:
        unlocked.lock()


def test_frozen_journals_exist_for_every_schema_version():
    versions = {int(p.name.removeprefix("vault-v")) for p in DATA.glob("vault-v*")}
    assert versions == set(range(1, LATEST_VERSION + 1))


def test_database_refuses_a_wrong_key(created):
    from afterglow.core.errors import DamagedData

    vault, unlocked, _ = created
    unlocked.lock()
    with pytest.raises(DamagedData):
        Database(vault.files.database, b"\x01" * 32)


def test_startup_refuses_a_driver_without_sqlcipher_4(monkeypatch):
    import sqlcipher3

    from afterglow.core.errors import EnvironmentProblem

    class PlainSqlite:
        def execute(self, sql):
            class Rows:
                def fetchone(self):
                    return None  # plain SQLite knows no cipher_version pragma

            return Rows()

        def close(self):
            pass

    monkeypatch.setattr(sqlcipher3, "connect", lambda *a, **k: PlainSqlite())
    with pytest.raises(EnvironmentProblem, match="SQLCipher 4"):
        check_driver()


def test_work_on_a_closed_database_says_the_journal_is_locked(created):
    from afterglow.core.errors import JournalLocked

    _, unlocked, _ = created
    database = unlocked.database
    unlocked.lock()
    assert not database.is_open
    with pytest.raises(JournalLocked):
        database.query("SELECT 1")
    with pytest.raises(JournalLocked), database.transaction():
        pass
