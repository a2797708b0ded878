"""Fixtures shared by every test suite: private data folders and a cheap key derivation."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from afterglow.vault.kdf import KdfParams, KdfPolicy


@pytest.fixture(autouse=True)
def private_directories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Points every per-user directory at the test's own folder, so no test touches $HOME."""
    for variable, name in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        folder = tmp_path / "xdg" / name
        # Qt warns about a runtime directory anyone else could read.
        folder.mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(variable, str(folder))
    temp = tmp_path / "xdg" / "tmp"
    temp.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.delenv("AFTERGLOW_DATA_DIR", raising=False)


@pytest.fixture
def fast_policy() -> KdfPolicy:
    """A key-derivation policy cheap enough for tests; never use it for a real journal."""
    return KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
