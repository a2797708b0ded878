"""Kill -9 at random moments never loses an acknowledged write or leaves a broken journal.

A child process runs a vault operation in a loop and acknowledges each completed step
on a pipe; the parent kills it at a random moment and checks the journal. CI runs a
few dozen kills; `make soak` (AFTERGLOW_SOAK=1) runs 500.
"""

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from afterglow.core.errors import WrongPassphrase
from afterglow.vault import backups
from afterglow.vault.vault import Vault

from .crash_child import FIRST, POLICY, SECOND

CHILD = Path(__file__).with_name("crash_child.py")
SOAK = bool(os.environ.get("AFTERGLOW_SOAK"))


def kill_at_random(folder: Path, operation: str, rng: random.Random) -> list[str]:
    """Runs the child until a random moment, kills it with SIGKILL; returns its acks."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), operation],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    ) as child:
        first = child.stdout.readline()  # started: the first step is done
        assert first, child.stderr.read().decode()[-600:]
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
    return [line for line in (first + rest).decode().splitlines() if line]


@pytest.fixture
def journal(tmp_path):
    folder = tmp_path / "journal"
    unlocked, _ = Vault(folder, POLICY).create(FIRST)
    unlocked.lock()
    return folder


def unlock_either(vault: Vault):
    try:
        return vault.unlock(FIRST)
    except WrongPassphrase:
        return vault.unlock(SECOND)


def test_kill_during_writes_loses_no_acknowledged_entry(journal):
    kills = 500 if SOAK else 30
    acknowledged: set[str] = set()
    for case in range(kills):
        acknowledged |= set(kill_at_random(journal, "write", random.Random(case)))
        unlocked = Vault(journal, POLICY).unlock(FIRST)
        try:
            assert unlocked.verify() == []
            keys = {r[0] for r in unlocked.database.query("SELECT key FROM meta")}
        finally:
            unlocked.lock()
        assert acknowledged <= keys, f"kill {case} lost acknowledged entries"
    if SOAK:
        print(f"\n{kills} kills during writes, {len(acknowledged)} acknowledged entries, none lost")


@pytest.mark.parametrize("operation", ["passwd", "recovery", "backup"])
def test_kill_during_key_changes_and_backups_leaves_a_journal_that_opens(journal, operation):
    kills = 100 if SOAK else 8
    for case in range(kills):
        kill_at_random(journal, operation, random.Random(case))
        vault = Vault(journal, POLICY)
        unlocked = unlock_either(vault)  # the old or the new passphrase, never neither
        try:
            assert unlocked.verify() == []
        finally:
            unlocked.lock()
        assert_no_half_written_files(journal)
    if SOAK:
        print(f"\n{kills} kills during {operation}, the journal opened after every one")


def test_kill_during_restore_leaves_one_whole_journal(journal):
    vault = Vault(journal, POLICY)
    states = []
    for label in ("state one", "state two"):
        unlocked = vault.unlock(FIRST)
        with unlocked.database.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('state', ?)", (label,))
        unlocked.backup()
        unlocked.lock()
        states.append(label)
    kills = 100 if SOAK else 8
    for case in range(kills):
        kill_at_random(journal, "restore", random.Random(case))
        unlocked = vault.unlock(FIRST)
        try:
            assert unlocked.verify() == []
            state = unlocked.database.query("SELECT value FROM meta WHERE key = 'state'")[0][0]
        finally:
            unlocked.lock()
        assert state in states
        assert_no_half_written_files(journal)
    if SOAK:
        print(f"\n{kills} kills during restore, one whole journal after every one")


def assert_no_half_written_files(folder: Path):
    """Every backup at a final name is complete, and unlocking swept away temporary files."""
    for backup in backups.list_backups(folder / "backups"):
        with zipfile.ZipFile(backup) as z:
            assert z.testzip() is None
            assert {"vault.json", "journal.db"} <= set(z.namelist())
    assert [p.name for p in folder.rglob(".*")] == []
