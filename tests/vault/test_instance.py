import os
import signal
import subprocess
import sys
import textwrap

import pytest

from afterglow.core.errors import UsageError, VaultInUse
from afterglow.vault.vault import Vault

from .conftest import PASSPHRASE

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from afterglow.vault.kdf import KdfParams, KdfPolicy
    from afterglow.vault.vault import Vault
    policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
    unlocked = Vault(Path(sys.argv[1]), policy).unlock(sys.argv[2])
    print("unlocked", flush=True)
    sys.stdin.read()
    """
)


def test_a_second_unlock_of_the_same_journal_is_refused_until_locked(created, fast_policy):
    vault, unlocked, _ = created
    other = Vault(vault.files.folder, fast_policy)
    with pytest.raises(VaultInUse, match="open in another"):
        other.unlock(PASSPHRASE)
    unlocked.lock()
    other.unlock(PASSPHRASE).lock()


def test_restore_refuses_while_this_vault_is_unlocked(created):
    vault, unlocked, _ = created
    backup = unlocked.backup()
    with pytest.raises(UsageError, match="Lock the journal"):
        vault.restore(backup, PASSPHRASE)


def test_another_process_holding_the_journal_blocks_us_until_it_dies(created):
    vault, unlocked, _ = created
    unlocked.lock()
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault.files.folder), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout.readline().strip() == "unlocked"
            with pytest.raises(VaultInUse):
                vault.unlock(PASSPHRASE)
        finally:
            os.kill(holder.pid, signal.SIGKILL)
            holder.wait(timeout=30)
    vault.unlock(PASSPHRASE).lock()


def test_the_lock_file_is_private_and_holds_nothing(created):
    vault, _, _ = created
    lock = vault.files.lock_file
    assert lock.stat().st_mode & 0o777 == 0o600
    assert lock.read_bytes() == b""
