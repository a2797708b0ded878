import logging
import sqlite3
import stat
import unicodedata

import pytest

from afterglow.core.errors import (
    DamagedData,
    InvalidRecoveryKey,
    JournalLocked,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from afterglow.vault.vault import Vault

from .conftest import PASSPHRASE, snapshot

CANARY = "canary-7f3a-lantern-moth"


def write_note(unlocked, text):
    with unlocked.database.transaction() as db:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", ("note", text))


def read_note(unlocked):
    rows = unlocked.database.query("SELECT value FROM meta WHERE key = 'note'")
    return rows[0][0] if rows else None


def test_database_file_is_not_plain_sqlite(created):
    vault, unlocked, _ = created
    write_note(unlocked, CANARY)
    unlocked.lock()
    data = vault.files.database.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    conn = sqlite3.connect(vault.files.database)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_what_is_written_comes_back_after_lock_and_unlock(created):
    vault, unlocked, _ = created
    write_note(unlocked, "first light")
    unlocked.lock()
    again = vault.unlock(PASSPHRASE)
    assert read_note(again) == "first light"
    again.lock()


def test_wrong_passphrase_leaves_every_file_byte_identical(created):
    vault, unlocked, _ = created
    write_note(unlocked, "kept")
    unlocked.lock()
    before = snapshot(vault.files.folder)
    with pytest.raises(WrongPassphrase):
        vault.unlock("a noisy evening by the lake")
    assert snapshot(vault.files.folder) == before


def test_nfc_and_nfd_forms_of_a_passphrase_both_unlock(vault):
    passphrase = unicodedata.normalize("NFD", "Señora Zoë's café, 東京")
    unlocked, _ = vault.create(passphrase)
    unlocked.lock()
    vault.unlock(unicodedata.normalize("NFC", passphrase)).lock()
    vault.unlock(unicodedata.normalize("NFD", passphrase)).lock()


def test_database_runs_with_the_documented_pragmas(created):
    _, unlocked, _ = created
    db = unlocked.database
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    assert db.query("PRAGMA synchronous")[0][0] == 2  # FULL
    assert db.query("PRAGMA temp_store")[0][0] == 2  # MEMORY
    assert db.query("PRAGMA secure_delete")[0][0] == 1
    assert db.query("PRAGMA cipher_version")[0][0].startswith("4.")


def test_create_refuses_to_overwrite_an_existing_journal(created):
    vault, unlocked, _ = created
    write_note(unlocked, "precious")
    with pytest.raises(VaultExists):
        Vault(vault.files.folder, vault.kdf_policy).create("another passphrase")
    assert read_note(unlocked) == "precious"


def test_unlocking_an_empty_folder_says_there_is_no_journal(vault):
    with pytest.raises(VaultNotFound):
        vault.unlock(PASSPHRASE)


def test_passphrase_change_old_fails_new_works(created):
    vault, unlocked, _ = created
    write_note(unlocked, "unchanged")
    unlocked.change_passphrase("the new passphrase, longer")
    unlocked.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    again = vault.unlock("the new passphrase, longer")
    assert read_note(again) == "unchanged"
    again.lock()


def test_recovery_key_unlocks_and_survives_a_passphrase_change(created):
    vault, unlocked, recovery = created
    text = recovery.formatted()
    unlocked.change_passphrase("changed before forgetting it")
    unlocked.lock()
    rescued = vault.unlock_with_recovery_key(text)
    rescued.change_passphrase("remembered this time, surely")
    rescued.lock()
    vault.unlock("remembered this time, surely").lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock("changed before forgetting it")


def test_mistyped_recovery_key_is_caught_by_the_checksum(created):
    vault, unlocked, recovery = created
    unlocked.lock()
    text = recovery.formatted()
    typo = ("X" if text[0] != "X" else "Y") + text[1:]
    with pytest.raises(InvalidRecoveryKey, match="typing mistake"):
        vault.unlock_with_recovery_key(typo)


def test_another_journals_recovery_key_is_a_wrong_key(created, tmp_path, fast_policy):
    vault, unlocked, _ = created
    unlocked.lock()
    other, other_key = Vault(tmp_path / "other", fast_policy).create("some other person")
    other.lock()
    with pytest.raises(WrongPassphrase, match="recovery key"):
        vault.unlock_with_recovery_key(other_key.formatted())


def test_renewed_recovery_key_replaces_the_old_one(created):
    vault, unlocked, old = created
    old_text = old.formatted()
    new_text = unlocked.renew_recovery_key().formatted()
    unlocked.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery_key(old_text)
    vault.unlock_with_recovery_key(new_text).lock()
    vault.unlock(PASSPHRASE).lock()


def test_rotating_the_data_key_keeps_the_journal_and_passphrase(created):
    vault, unlocked, old_recovery = created
    write_note(unlocked, "through the rotation")
    old_db = vault.files.database.read_bytes()
    new_recovery = unlocked.rotate_data_key(PASSPHRASE)
    unlocked.lock()
    assert vault.files.database.read_bytes() != old_db
    again = vault.unlock(PASSPHRASE)
    assert read_note(again) == "through the rotation"
    assert again.header.next_keys is None
    again.lock()
    vault.unlock_with_recovery_key(new_recovery.formatted()).lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery_key(old_recovery.formatted())


def test_rotation_needs_the_current_passphrase(created):
    _, unlocked, _ = created
    with pytest.raises(WrongPassphrase):
        unlocked.rotate_data_key("not the passphrase at all")


def test_rotation_interrupted_after_rekey_is_finished_on_unlock(created, monkeypatch):
    vault, unlocked, _ = created
    write_note(unlocked, "mid-rotation")
    from afterglow.vault.header import KeyHeader

    real_write = KeyHeader.write
    calls = []

    def write_then_crash(self, path):
        calls.append(self)
        if len(calls) == 2:  # the header that would finish the rotation
            raise KeyboardInterrupt
        real_write(self, path)

    monkeypatch.setattr(KeyHeader, "write", write_then_crash)
    with pytest.raises(KeyboardInterrupt):
        unlocked.rotate_data_key(PASSPHRASE)
    monkeypatch.setattr(KeyHeader, "write", real_write)
    unlocked.database.close()
    again = vault.unlock(PASSPHRASE)
    assert read_note(again) == "mid-rotation"
    assert again.header.next_keys is None
    again.lock()
    vault.unlock(PASSPHRASE).lock()


def test_rotation_interrupted_before_rekey_is_undone_on_unlock(created, monkeypatch):
    vault, unlocked, _ = created
    write_note(unlocked, "not rotated")
    from afterglow.vault.database import Database

    def crash(self, key):
        raise KeyboardInterrupt

    monkeypatch.setattr(Database, "rekey", crash)
    with pytest.raises(KeyboardInterrupt):
        unlocked.rotate_data_key(PASSPHRASE)
    unlocked.lock()
    again = vault.unlock(PASSPHRASE)
    assert read_note(again) == "not rotated"
    assert again.header.next_keys is None
    again.lock()


def test_locking_closes_the_database_and_forgets_the_key(created):
    _, unlocked, _ = created
    key = unlocked._data_key
    unlocked.lock()
    assert unlocked.is_locked
    assert key is not None and set(key) == {0}
    with pytest.raises(JournalLocked):
        unlocked.database  # noqa: B018


def test_folder_is_0700_and_every_file_0600(created):
    vault, unlocked, _ = created
    write_note(unlocked, "x")
    unlocked.backup()
    folder = vault.files.folder
    paths = [folder, *folder.rglob("*")]
    assert any(p.name.endswith("-wal") for p in paths)
    for path in paths:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path.name


def test_a_missing_database_is_damaged_not_silently_empty(created):
    vault, unlocked, _ = created
    write_note(unlocked, "x")
    unlocked.lock()
    vault.files.database.unlink()
    with pytest.raises(DamagedData, match="missing"):
        vault.unlock(PASSPHRASE)


def test_a_truncated_database_is_damaged_data(created):
    vault, unlocked, _ = created
    write_note(unlocked, "x" * 10000)
    unlocked.lock()
    data = vault.files.database.read_bytes()
    vault.files.database.write_bytes(data[:100])
    with pytest.raises(DamagedData):
        vault.unlock(PASSPHRASE)


def test_canary_appears_in_no_file_anywhere_nor_in_logs(created, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    vault, unlocked, _ = created
    write_note(unlocked, CANARY)
    unlocked.backup()
    unlocked.lock()
    vault.unlock(PASSPHRASE).lock()
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le")]
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(n in data for n in needles), path
    assert caplog.records, "the scenario should have logged its steps"
    assert CANARY not in caplog.text
