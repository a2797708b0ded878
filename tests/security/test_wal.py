"""Flipped bytes in the write-ahead log never silently lose saved entries.

At rest the log is empty: locking checkpoints it. It holds work only after a crash, so
each case starts from a child process that saved entries and was killed with SIGKILL.
SQLite stops replaying the log at the first frame whose checksum fails and drops every
later transaction without a word; Afterglow reads the log first and refuses instead.
The one case it cannot tell from a crash — damage inside the newest transaction of the
log — loses exactly that transaction, and this test holds it to that.
"""

import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from afterglow.core.errors import DamagedData, WrongPassphrase
from afterglow.vault import wal_check
from afterglow.vault.vault import Vault

from .crash_child import FIRST, HELD_ENTRIES, POLICY

CHILD = Path(__file__).with_name("crash_child.py")
SOAK = bool(os.environ.get("AFTERGLOW_SOAK"))
FLIPS = 2000 if SOAK else 100
HELD = {f"held-{n}" for n in range(HELD_ENTRIES)}
NEWEST = f"held-{HELD_ENTRIES - 1}"


def crash_after(folder: Path, operation: str) -> None:
    """Runs the child until it says its work is saved, then kills it with SIGKILL."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), operation],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    ) as child:
        said = child.stdout.readline()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert said, child.stderr.read().decode()[-600:]


def new_journal(folder: Path) -> Path:
    unlocked, _ = Vault(folder, POLICY).create(FIRST)
    unlocked.lock()
    return folder


@pytest.fixture(scope="module")
def crashed(tmp_path_factory) -> Path:
    """A journal whose last 40 saved entries live only in the write-ahead log."""
    folder = new_journal(tmp_path_factory.mktemp("crashed") / "journal")
    crash_after(folder, "hold")
    return folder


def log_of(folder: Path) -> Path:
    return folder / "journal.db-wal"


def held_entries(folder: Path) -> set[str]:
    unlocked = Vault(folder, POLICY).unlock(FIRST)
    try:
        assert unlocked.verify() == []
        rows = unlocked.database.query("SELECT key FROM meta WHERE key LIKE 'held-%'")
    finally:
        unlocked.lock()
    return {r[0] for r in rows}


def frames(folder: Path) -> tuple[int, list[int]]:
    """The frame size and the indexes of commit frames in the log."""
    data = log_of(folder).read_bytes()
    header = wal_check._Header.parse(data)
    assert header is not None
    found = wal_check._frames(data, header.page_size)
    return wal_check.FRAME_HEADER_BYTES + header.page_size, [f.index for f in found if f.commit]


def copy_with_flip(source: Path, target: Path, name: str, offset: int, bit: int = 0) -> Path:
    shutil.copytree(source, target)
    path = target / name
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))
    return target


def test_a_crash_leaves_saved_entries_in_the_log_and_unlocking_replays_them(crashed, tmp_path):
    size, commits = frames(crashed)
    assert len(commits) == HELD_ENTRIES  # one commit frame per saved entry
    assert log_of(crashed).stat().st_size >= 32 + size * len(commits)
    copy = tmp_path / "copy"
    shutil.copytree(crashed, copy)
    assert held_entries(copy) == HELD
    # Locking checkpointed it into the database.
    assert not log_of(copy).exists() or log_of(copy).stat().st_size == 0


@pytest.mark.parametrize("where", ["page", "frame header", "commit frame"])
def test_damage_before_later_commits_is_refused_and_the_log_kept(crashed, tmp_path, where):
    size, commits = frames(crashed)
    frame = {"page": 10, "frame header": 10, "commit frame": commits[5]}[where]
    inside = {"page": 24 + 1000, "frame header": 2, "commit frame": 24 + 3000}[where]
    folder = copy_with_flip(
        crashed, tmp_path / "case", "journal.db-wal", 32 + frame * size + inside
    )
    damaged_log = log_of(folder).read_bytes()

    with pytest.raises(DamagedData, match=r"write-ahead log is damaged.*restore"):
        Vault(folder, POLICY).unlock(FIRST)

    # Refused before SQLite touched it: the saved work is still there for a repair.
    assert log_of(folder).read_bytes() == damaged_log


@pytest.mark.parametrize("offset", [0, 3, 9, 13, 17, 22, 26, 31])
def test_a_damaged_log_header_is_refused(crashed, tmp_path, offset):
    # SQLite would ignore the whole log, and all 40 entries with it.
    folder = copy_with_flip(crashed, tmp_path / "case", "journal.db-wal", offset, offset % 8)
    with pytest.raises(DamagedData, match="write-ahead log"):
        Vault(folder, POLICY).unlock(FIRST)


def test_damage_in_the_newest_transaction_loses_only_that_transaction(crashed, tmp_path):
    size, commits = frames(crashed)
    folder = copy_with_flip(
        crashed, tmp_path / "case", "journal.db-wal", 32 + commits[-1] * size + 99
    )
    # Indistinguishable from a crash part-way through writing it (docs/SECURITY.md).
    assert held_entries(folder) == HELD - {NEWEST}


def test_a_torn_final_frame_is_a_crash_not_damage(crashed, tmp_path):
    size, commits = frames(crashed)
    folder = tmp_path / "case"
    shutil.copytree(crashed, folder)
    with open(log_of(folder), "r+b") as log:
        log.truncate(32 + commits[-1] * size + 24 + 100)  # the page half written
    assert held_entries(folder) == HELD - {NEWEST}


def test_frames_left_by_a_rolled_back_transaction_are_not_mistaken_for_damage(tmp_path):
    folder = new_journal(tmp_path / "journal")
    crash_after(folder, "spill")
    data = log_of(folder).read_bytes()
    header = wal_check._Header.parse(data)
    assert header is not None
    found = wal_check._frames(data, header.page_size)
    # The rolled-back frames carry this log's salts but break its checksum chain.
    assert len(found) > 10 and all(f.salts == header.salts for f in found)
    assert wal_problem_free(folder)
    unlocked = Vault(folder, POLICY).unlock(FIRST)
    try:
        assert unlocked.verify() == []
        keys = {r[0] for r in unlocked.database.query("SELECT key FROM meta")}
    finally:
        unlocked.lock()
    assert {"before", "after"} <= keys and not any(k.startswith("undone-") for k in keys)


def wal_problem_free(folder: Path) -> bool:
    return wal_check.wal_problem(folder / "journal.db") is None


def test_damage_to_the_live_log_shows_in_verify(tmp_path):
    folder = new_journal(tmp_path / "journal")
    unlocked = Vault(folder, POLICY).unlock(FIRST)
    try:
        for n in range(6):
            with unlocked.database.transaction() as db:
                db.execute("INSERT INTO meta VALUES (?, 'x')", (f"live-{n}",))
        size, _commits = frames(folder)
        data = bytearray(log_of(folder).read_bytes())
        data[32 + 2 * size + 500] ^= 4
        log_of(folder).write_bytes(bytes(data))
        assert any("write-ahead log" in problem for problem in unlocked.verify())
    finally:
        unlocked.lock()


def test_random_flips_in_the_log_never_lose_saved_entries_silently(crashed, tmp_path):
    size, commits = frames(crashed)
    newest_starts = 32 + (commits[-2] + 1) * size
    wal_size = log_of(crashed).stat().st_size
    shm_size = (crashed / "journal.db-shm").stat().st_size
    outcomes = {"refused": 0, "reported": 0, "identical": 0, "newest lost": 0}
    for case in range(FLIPS):
        rng = random.Random(case)
        name = "journal.db-shm" if rng.random() < 0.1 else "journal.db-wal"
        offset = rng.randrange(shm_size if name.endswith("shm") else wal_size)
        folder = copy_with_flip(crashed, tmp_path / f"case-{case}", name, offset, rng.randrange(8))
        outcome = open_and_read(folder)
        if isinstance(outcome, str):
            outcomes[outcome] += 1
        elif outcome == HELD:
            outcomes["identical"] += 1
        else:
            # The documented limit, and nothing more: the newest transaction, from a flip
            # inside its own frames.
            assert name.endswith("wal") and offset >= newest_starts, f"case {case}"
            assert outcome == HELD - {NEWEST}, f"case {case}: saved entries lost silently"
            outcomes["newest lost"] += 1
        shutil.rmtree(folder)
    assert sum(outcomes.values()) == FLIPS
    assert outcomes["refused"] > FLIPS // 2
    if SOAK:
        print(f"\n{FLIPS} flips in the write-ahead log and its index: {outcomes}")


def open_and_read(folder: Path) -> str | set[str]:
    try:
        unlocked = Vault(folder, POLICY).unlock(FIRST)
    except (DamagedData, WrongPassphrase):
        return "refused"
    try:
        if unlocked.verify():
            return "reported"
        try:
            rows = unlocked.database.query("SELECT key FROM meta WHERE key LIKE 'held-%'")
        except DamagedData:
            return "refused"
        return {r[0] for r in rows}
    finally:
        unlocked.lock()
