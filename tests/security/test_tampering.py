"""Flipped bytes in the database, key header or a backup never pass silently.

Each case ends in a typed error, a `verify` report, or content identical to the
original — never a crash or different content. `AFTERGLOW_SOAK=1` (make soak) runs
many more flips.
"""

import os
import random
import shutil

import pytest

from afterglow.core.errors import DamagedData, WrongPassphrase
from afterglow.vault.vault import Vault

PASSPHRASE = "tampering is always noticed"
SOAK = bool(os.environ.get("AFTERGLOW_SOAK"))
FLIPS = 5000 if SOAK else 200


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    from afterglow.vault.kdf import KdfParams, KdfPolicy

    policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
    folder = tmp_path_factory.mktemp("pristine") / "journal"
    unlocked, _ = Vault(folder, policy).create(PASSPHRASE)
    with unlocked.database.transaction() as db:
        for i in range(300):
            db.execute("INSERT INTO meta VALUES (?, ?)", (f"note-{i}", f"entry number {i} " * 20))
    backup = unlocked.backup()
    expected = read_all(unlocked)
    unlocked.lock()
    return policy, folder, backup.relative_to(folder), expected


def read_all(unlocked):
    return [tuple(r) for r in unlocked.database.query("SELECT key, value FROM meta ORDER BY key")]


def flip(path, rng):
    data = bytearray(path.read_bytes())
    offset = rng.randrange(len(data))
    data[offset] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return offset


def outcome_of_opening(vault):
    try:
        unlocked = vault.unlock(PASSPHRASE)
    except (DamagedData, WrongPassphrase):
        return "refused"
    try:
        if unlocked.verify():
            return "reported"
        try:
            content = read_all(unlocked)
        except DamagedData:
            return "refused"
        return content
    finally:
        unlocked.lock()


def test_random_flips_never_pass_silently(pristine, tmp_path):
    policy, source, backup_name, expected = pristine
    outcomes = {"refused": 0, "reported": 0, "identical": 0}
    for case in range(FLIPS):
        rng = random.Random(case)
        folder = tmp_path / f"case-{case}"
        shutil.copytree(source, folder)
        vault = Vault(folder, policy)
        target = rng.choice(["journal.db", "vault.json", "backup"])
        if target == "backup":
            flip(folder / backup_name, rng)
            try:
                vault.restore(folder / backup_name, PASSPHRASE)
            except (DamagedData, WrongPassphrase):
                outcomes["refused"] += 1
                result = outcome_of_opening(vault)
                assert result == expected, f"case {case}: a refused restore changed the journal"
                shutil.rmtree(folder)
                continue
        else:
            flip(folder / target, rng)
        result = outcome_of_opening(vault)
        if isinstance(result, str):
            outcomes[result] += 1
        else:
            assert result == expected, f"case {case}: {target} changed silently"
            outcomes["identical"] += 1
        shutil.rmtree(folder)
    assert sum(outcomes.values()) == FLIPS
    assert outcomes["refused"] + outcomes["reported"] > FLIPS // 2
    if SOAK:
        print(f"\n{FLIPS} flips in the database, key header and backups: {outcomes}")
