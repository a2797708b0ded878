"""What the frozen-journal tests share: the passphrase every journal in tests/data was
made with, opening a copy of one, and rebuilding one with only the migrations its schema
had (each test module's `make_frozen_journal`, run as `python -m tests.vault.<module>`)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from afterglow.vault import migrations
from afterglow.vault.kdf import KdfParams, KdfPolicy
from afterglow.vault.vault import UnlockedVault, Vault

DATA = Path(__file__).parent.parent / "data"
FROZEN_PASSPHRASE = "frozen journal passphrase"


@contextmanager
def frozen_copy(name: str, tmp_path: Path, policy: KdfPolicy) -> Iterator[UnlockedVault]:
    """A copy of tests/data/`name`, unlocked (and locked again afterwards)."""
    folder = tmp_path / name
    shutil.copytree(DATA / name, folder)
    unlocked = Vault(folder, policy).unlock(FROZEN_PASSPHRASE)
    try:
        yield unlocked
    finally:
        unlocked.lock()


@contextmanager
def new_frozen_journal(folder: Path, version: int | None = None) -> Iterator[UnlockedVault]:
    """Creates the frozen journal `folder` (refusing to overwrite one) at schema `version`,
    with only the first `version` migrations, whatever later ones exist by then; marks it
    as frozen and yields it to be filled."""
    if folder.exists():
        sys.exit(f"{folder} exists; remove it first if you really mean to rebuild it")
    if version is not None:
        first = migrations.MIGRATIONS[:version]
        assert first[-1].version == version
        migrations.MIGRATIONS = first  # the database reads this name when it opens
    policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
    unlocked, _ = Vault(folder, policy).create(FROZEN_PASSPHRASE)
    try:
        if version is not None:
            assert unlocked.database.schema_version == version
        with unlocked.database.transaction():
            unlocked.database.execute("INSERT INTO meta VALUES ('frozen', ?)", (folder.name,))
        yield unlocked
    finally:
        unlocked.lock()
