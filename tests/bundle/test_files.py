"""Saving is atomic and private; extraction is explicit, private and never overwrites."""

from __future__ import annotations

import errno
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from afterglow.bundle import (
    TherapistBundle,
    TherapistIdentity,
    extract,
    open_bundle,
    read_bundle_file,
    save_bundle,
)
from afterglow.bundle.errors import BundleFileExists, BundleStorageError, UnsafeBundle
from afterglow.bundle.reader import MAX_SEALED_BYTES

NAME = "afterglow-bundle-2025-03-14.zip.age"


def test_a_failure_while_writing_leaves_no_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sealed_for_therapist: bytes
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)

    with pytest.raises(BundleStorageError, match="The disk is full"):
        save_bundle(sealed_for_therapist, tmp_path / NAME)

    assert [p for p in tmp_path.iterdir() if p.name != "xdg"] == []


def test_an_interruption_while_writing_leaves_no_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sealed_for_therapist: bytes
) -> None:
    real_write = os.write
    calls = []

    def interrupted_write(fd: int, data: bytes) -> int:
        calls.append(fd)
        if len(calls) == 1:
            return real_write(fd, bytes(data)[:10])  # a short write, then the interruption
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted_write)

    with pytest.raises(KeyboardInterrupt):
        save_bundle(sealed_for_therapist, tmp_path / NAME)

    assert len(calls) == 2
    assert [p for p in tmp_path.iterdir() if p.name != "xdg"] == []


def test_a_failed_rename_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sealed_for_therapist: bytes
) -> None:
    target = tmp_path / NAME
    target.write_bytes(b"the earlier bundle")

    def refused(source: object, destination: object) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)

    with pytest.raises(BundleStorageError, match="not allowed"):
        save_bundle(sealed_for_therapist, target, overwrite=True)

    assert target.read_bytes() == b"the earlier bundle"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "xdg") == [NAME]


def test_a_process_killed_mid_write_leaves_nothing_at_the_final_name(
    tmp_path: Path, sealed_for_therapist: bytes
) -> None:
    started = tmp_path / "started"
    script = textwrap.dedent(
        f"""
        import os, time
        from pathlib import Path
        from afterglow.bundle import save_bundle
        real_write = os.write
        def slow_write(fd, data):
            written = real_write(fd, bytes(data)[:100])
            Path({str(started)!r}).touch()
            time.sleep(60)
            return written
        os.write = slow_write
        save_bundle(b"x" * 10_000, Path({str(tmp_path / NAME)!r}))
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 20
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert started.exists(), "the child never started writing"
        partial = [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
        assert len(partial) == 1 and partial[0].stat().st_size == 100
        assert partial[0].stat().st_mode & 0o777 == 0o600
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()

    assert not (tmp_path / NAME).exists()


def test_saving_never_replaces_a_file_unless_asked(
    tmp_path: Path, sealed_for_therapist: bytes
) -> None:
    target = tmp_path / NAME
    target.write_bytes(b"keep me")

    with pytest.raises(BundleFileExists):
        save_bundle(sealed_for_therapist, target)
    assert target.read_bytes() == b"keep me"

    save_bundle(sealed_for_therapist, target, overwrite=True)
    assert target.read_bytes() == sealed_for_therapist
    assert target.stat().st_mode & 0o777 == 0o600


def test_saving_into_a_missing_folder_says_so(tmp_path: Path, sealed_for_therapist: bytes) -> None:
    with pytest.raises(BundleStorageError, match="does not exist"):
        save_bundle(sealed_for_therapist, tmp_path / "nowhere" / NAME)


def test_a_file_far_too_large_to_be_a_bundle_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.zip.age"
    with open(huge, "wb") as f:
        f.truncate(MAX_SEALED_BYTES + 1)  # sparse: no real disk used

    with pytest.raises(UnsafeBundle, match="far larger than a bundle"):
        read_bundle_file(huge)


def test_extracting_writes_private_files_into_a_new_private_folder(
    tmp_path: Path,
    bundle: TherapistBundle,
    sealed_for_therapist: bytes,
    therapist: TherapistIdentity,
) -> None:
    opened = open_bundle(sealed_for_therapist, identities=[therapist])
    folder = tmp_path / "from-client" / "march"

    written = extract(opened, folder)

    assert [p.name for p in written] == [
        "manifest.json",
        "manifest.sig",
        "data.json",
        "report.html",
    ]
    assert folder.stat().st_mode & 0o777 == 0o700
    for path in written:
        assert path.parent == folder
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.read_bytes() == bundle.files[path.name]


def test_extracting_never_overwrites_and_then_writes_nothing(
    tmp_path: Path, sealed_for_therapist: bytes, therapist: TherapistIdentity
) -> None:
    opened = open_bundle(sealed_for_therapist, identities=[therapist])
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "report.html").write_text("my own notes")

    with pytest.raises(BundleFileExists, match=re.escape("report.html already exists")):
        extract(opened, folder)

    assert sorted(p.name for p in folder.iterdir()) == ["report.html"]
    assert (folder / "report.html").read_text() == "my own notes"


def test_extracting_does_not_follow_a_planted_link(
    tmp_path: Path, sealed_for_therapist: bytes, therapist: TherapistIdentity
) -> None:
    opened = open_bundle(sealed_for_therapist, identities=[therapist])
    folder = tmp_path / "out"
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    (folder / "data.json").symlink_to(victim)

    with pytest.raises(BundleFileExists):
        extract(opened, folder)

    assert not victim.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["data.json"]
