"""Damaged, missing or unwritable files give one clear sentence and lose nothing saved."""

import errno
import os
import subprocess
import sys
import textwrap

import pytest

from afterglow.core.errors import DamagedData, StorageError
from afterglow.vault.vault import Vault

PASSPHRASE = "damage is explained plainly"


@pytest.fixture
def journal(tmp_path, fast_policy):
    vault = Vault(tmp_path / "journal", fast_policy)
    unlocked, _ = vault.create(PASSPHRASE)
    with unlocked.database.transaction() as db:
        db.execute("INSERT INTO meta VALUES ('saved', 'before the trouble')")
    unlocked.backup()
    unlocked.lock()
    return vault


def saved_value(vault):
    unlocked = vault.unlock(PASSPHRASE)
    try:
        return unlocked.database.query("SELECT value FROM meta WHERE key = 'saved'")[0][0]
    finally:
        unlocked.lock()


def test_missing_key_file_points_to_restore(journal):
    journal.files.header.unlink()
    with pytest.raises(DamagedData, match="restore"):
        journal.unlock(PASSPHRASE)


@pytest.mark.parametrize("content", [b"", b"\0" * 100])
def test_empty_or_truncated_database_points_to_restore(journal, content):
    journal.files.database.write_bytes(content)
    with pytest.raises(DamagedData, match=r"restore|damaged"):
        journal.unlock(PASSPHRASE)
    backup = journal.files.backups.iterdir().__next__()
    journal.restore(backup, PASSPHRASE)
    assert saved_value(journal) == "before the trouble"


def test_read_only_folder_is_a_clear_storage_error(journal, monkeypatch):
    # Tests run as root, where permission bits do not bind, so the refusal is simulated
    # at the system call: every file opened for writing in the journal folder.
    real_open = os.open
    folder = str(journal.files.folder)

    def read_only(path, flags, *args, **kwargs):
        writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if writing and str(path).startswith(folder) and not str(path).endswith("journal.lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    unlocked = journal.unlock(PASSPHRASE)
    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(StorageError, match="not allowed to write"):
        unlocked.backup()
    with pytest.raises(StorageError, match="not allowed to write"):
        unlocked.change_passphrase("another passphrase entirely")
    monkeypatch.undo()
    unlocked.lock()
    assert saved_value(journal) == "before the trouble"
    assert [p.name for p in journal.files.folder.rglob(".*")] == []


FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from afterglow.core.errors import StorageError
    from afterglow.vault.kdf import KdfParams, KdfPolicy
    from afterglow.vault.vault import Vault
    policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
    unlocked = Vault(Path(sys.argv[1]), policy).unlock(sys.argv[2])
    # A file-size limit stands in for a full disk: writes past it fail with EFBIG.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))
    try:
        with unlocked.database.transaction() as db:
            for i in range(100):
                db.execute("INSERT INTO meta VALUES (?, ?)", (f"big-{i}", "y" * 10_000))
    except StorageError as exc:
        print(exc.message)
    unlocked.lock()
    """
)


def test_a_full_disk_is_one_sentence_and_loses_nothing(journal):
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(journal.files.folder), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "free space" in result.stdout and result.stdout.count("\n") == 1
    assert saved_value(journal) == "before the trouble"
    unlocked = journal.unlock(PASSPHRASE)
    try:
        assert unlocked.verify() == []
        assert (
            unlocked.database.query("SELECT count(*) FROM meta WHERE key LIKE 'big-%'")[0][0] == 0
        )
    finally:
        unlocked.lock()
