from __future__ import annotations

from pathlib import Path

import pytest

from afterglow.vault.vault import Vault

PASSPHRASE = "a quiet morning by the lake"


@pytest.fixture
def vault(tmp_path: Path, fast_policy) -> Vault:
    return Vault(tmp_path / "journal", fast_policy)


@pytest.fixture
def created(vault: Vault):
    """A new journal, unlocked; yields (vault, unlocked, recovery key)."""
    unlocked, recovery = vault.create(PASSPHRASE)
    yield vault, unlocked, recovery
    unlocked.lock()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path, with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
