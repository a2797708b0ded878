import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from afterglow.core.errors import DamagedData, UsageError, WrongPassphrase
from afterglow.vault import backups
from afterglow.vault.vault import Vault

from .conftest import PASSPHRASE
from .test_vault import read_note, write_note


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


@pytest.fixture
def clocked(tmp_path, fast_policy):
    clock = Clock()
    vault = Vault(tmp_path / "journal", fast_policy, keep_backups=3, clock=clock)
    unlocked, _ = vault.create(PASSPHRASE)
    yield vault, unlocked, clock
    unlocked.lock()


def test_backup_holds_an_encrypted_database_and_the_header(created):
    vault, unlocked, _ = created
    write_note(unlocked, "in the backup")
    path = unlocked.backup()
    assert path.parent == vault.files.backups
    with zipfile.ZipFile(path) as z:
        assert set(z.namelist()) == {"backup.json", "vault.json", "journal.db"}
        assert z.read("vault.json") == vault.files.header.read_bytes()
        assert not z.read("journal.db").startswith(b"SQLite format 3")
        assert b"in the backup" not in z.read("journal.db")


def test_restore_brings_back_the_backup_and_keeps_the_current_journal(created):
    vault, unlocked, _ = created
    write_note(unlocked, "before")
    backup = unlocked.backup()
    write_note(unlocked, "after")
    unlocked.lock()
    saved = vault.restore(backup, PASSPHRASE)
    restored = vault.unlock(PASSPHRASE)
    assert read_note(restored) == "before"
    restored.lock()
    # The replaced journal was backed up first and can itself be restored.
    assert saved is not None and saved.exists()
    vault.restore(saved, PASSPHRASE)
    again = vault.unlock(PASSPHRASE)
    assert read_note(again) == "after"
    again.lock()


def test_restore_keeps_the_current_passphrase_and_recovery_key(created):
    vault, unlocked, recovery = created
    write_note(unlocked, "old days")
    backup = unlocked.backup()
    unlocked.change_passphrase("changed after the backup")
    unlocked.lock()
    vault.restore(backup, "changed after the backup")
    restored = vault.unlock("changed after the backup")
    assert read_note(restored) == "old days"
    restored.lock()
    vault.unlock_with_recovery_key(recovery.formatted()).lock()


def test_restore_after_key_rotation_needs_the_backups_passphrase(created):
    vault, unlocked, _ = created
    write_note(unlocked, "old key")
    backup = unlocked.backup()
    unlocked.change_passphrase("a different passphrase now")
    unlocked.rotate_data_key("a different passphrase now")
    unlocked.lock()
    with pytest.raises(WrongPassphrase, match="different passphrase"):
        vault.restore(backup, "a different passphrase now")
    vault.restore(backup, "a different passphrase now", backup_passphrase=PASSPHRASE)
    restored = vault.unlock("a different passphrase now")  # re-encrypted to the current key
    assert read_note(restored) == "old key"
    restored.lock()


def test_restore_with_a_wrong_passphrase_changes_nothing(created):
    vault, unlocked, _ = created
    write_note(unlocked, "current")
    backup = unlocked.backup()
    unlocked.lock()
    before = vault.files.database.read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.restore(backup, "not my passphrase, sorry")
    assert vault.files.database.read_bytes() == before
    assert not list(vault.files.folder.glob(".restore-*"))


def test_restore_over_a_damaged_journal_keeps_the_damaged_files(created):
    vault, unlocked, _ = created
    write_note(unlocked, "good")
    backup = unlocked.backup()
    unlocked.lock()
    vault.files.database.write_bytes(b"\0" * 4096)
    with pytest.raises(DamagedData):
        vault.unlock(PASSPHRASE)
    saved = vault.restore(backup, PASSPHRASE)
    with zipfile.ZipFile(saved) as z:
        assert z.read("journal.db") == b"\0" * 4096
    restored = vault.unlock(PASSPHRASE)
    assert read_note(restored) == "good"
    restored.lock()


def test_restore_with_a_missing_key_file_uses_the_backups(created):
    vault, unlocked, _ = created
    write_note(unlocked, "saved")
    backup = unlocked.backup()
    unlocked.lock()
    vault.files.header.unlink()
    vault.restore(backup, PASSPHRASE)
    restored = vault.unlock(PASSPHRASE)
    assert read_note(restored) == "saved"
    restored.lock()


@pytest.mark.parametrize(
    "members",
    [
        {"notes.txt": b"hello"},
        {"vault.json": b"{}"},
        {"vault.json": b"{}", "journal.db": b"x", "../evil": b"x"},
    ],
)
def test_files_that_are_not_backups_are_refused(created, tmp_path, members):
    vault, unlocked, _ = created
    unlocked.lock()
    fake = tmp_path / "fake.afterglow-backup"
    with zipfile.ZipFile(fake, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    with pytest.raises(DamagedData):
        vault.restore(fake, PASSPHRASE)
    vault.unlock(PASSPHRASE).lock()


def test_a_backup_with_a_damaged_database_is_refused(created, tmp_path):
    vault, unlocked, _ = created
    write_note(unlocked, "x" * 5000)
    backup = unlocked.backup()
    unlocked.lock()
    with zipfile.ZipFile(backup) as z:
        header, db = z.read("vault.json"), bytearray(z.read("journal.db"))
    db[5000] ^= 0xFF
    broken = tmp_path / "broken.afterglow-backup"
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("vault.json", header)
        z.writestr("journal.db", bytes(db))
    before = vault.files.database.read_bytes()
    with pytest.raises(DamagedData):
        vault.restore(broken, PASSPHRASE)
    assert vault.files.database.read_bytes() == before


def test_restoring_a_missing_file_is_a_usage_error(created, tmp_path):
    vault, unlocked, _ = created
    unlocked.lock()
    with pytest.raises(UsageError):
        vault.restore(tmp_path / "nope.afterglow-backup", PASSPHRASE)


def test_only_the_newest_backups_are_kept(clocked):
    vault, unlocked, clock = clocked
    made = []
    for _ in range(5):
        made.append(unlocked.backup())
        clock.now += timedelta(hours=1)
    assert backups.list_backups(vault.files.backups) == made[-3:]


def test_automatic_backup_happens_at_most_once_a_day(clocked):
    _vault, unlocked, clock = clocked
    first = unlocked.backup_if_due()
    assert first is not None
    clock.now += timedelta(hours=23)
    assert unlocked.backup_if_due() is None
    clock.now += timedelta(hours=2)
    assert unlocked.backup_if_due() is not None
    assert len(unlocked.list_backups()) == 2


def test_two_backups_in_the_same_second_both_exist(clocked):
    _, unlocked, _ = clocked
    a, b = unlocked.backup(), unlocked.backup()
    assert a != b and a.exists() and b.exists()


def test_backup_to_a_chosen_file(created, tmp_path):
    _vault, unlocked, _ = created
    write_note(unlocked, "exported")
    out = unlocked.backup(tmp_path / "my.afterglow-backup")
    assert out.exists() and oct(out.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(UsageError):
        unlocked.backup(tmp_path)
