"""Shared fixtures: every data, config, cache and temp folder points into tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterglow.vault.kdf import KdfParams, KdfPolicy


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("AFTERGLOW_DATA_DIR", raising=False)
    return home


@pytest.fixture
def fast_policy() -> KdfPolicy:
    """A cheap key-derivation policy so tests do not spend a second per unlock."""
    return KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
