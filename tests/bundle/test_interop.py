"""Bundles and the reference `age` tool understand each other, both ways and both locks.

`age` asks for passphrases on a terminal only, so those tests give it a pseudo-terminal
(no controlling terminal, so it falls back to reading the pty on its standard input).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import select
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from afterglow.bundle import (
    TherapistBundle,
    TherapistIdentity,
    identities_from_file,
    open_bundle,
    read_bundle_file,
    save_bundle,
)

from .conftest import PASSPHRASE, journal_data

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(AGE is None, reason="the reference `age` tool is not installed")
TIMEOUT = 30.0


def age(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    assert AGE is not None
    return subprocess.run(
        [AGE, *map(str, args)],
        capture_output=True,
        timeout=TIMEOUT,
        check=True,
        stdin=subprocess.DEVNULL,
    )


def age_at_a_terminal(args: list[str | Path], typed: list[str]) -> str:
    """Runs `age` with a pty as its terminal, typing each of `typed` when it prompts."""
    assert AGE is not None
    master, slave = os.openpty()
    process = subprocess.Popen(
        [AGE, *map(str, args)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,  # no controlling terminal: age reads the pty on stdin
    )
    os.close(slave)
    screen = b""
    pending = list(typed)
    deadline = time.monotonic() + TIMEOUT
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the child closed its end
                    break
                if not chunk:
                    break
                screen += chunk
                if pending and screen.lower().count(b"passphrase") > len(typed) - len(pending):
                    os.write(master, pending.pop(0).encode() + b"\n")
            elif process.poll() is not None:
                break
        process.wait(timeout=max(0.1, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    text = screen.decode(errors="replace")
    assert process.returncode == 0, text
    return text


def check_plain_archive(archive: bytes) -> None:
    """The ZIP is readable by any tool and matches its manifest."""
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        assert opened.testzip() is None
        members = {name: opened.read(name) for name in opened.namelist()}
    manifest = json.loads(members["manifest.json"])
    assert set(members) == {"manifest.json", "manifest.sig", *manifest["files"]}
    for name, record in manifest["files"].items():
        assert hashlib.sha256(members[name]).hexdigest() == record["sha256"]
        assert len(members[name]) == record["size"]
    assert json.loads(members["data.json"]) == journal_data()


def test_age_opens_a_bundle_with_the_therapists_identity_file(
    tmp_path: Path,
    bundle: TherapistBundle,
    sealed_for_therapist: bytes,
    therapist: TherapistIdentity,
) -> None:
    key = tmp_path / "key.txt"
    key.write_text(therapist.to_identity_file())
    sealed = save_bundle(sealed_for_therapist, tmp_path / bundle.file_name)

    age("-d", "-i", key, "-o", tmp_path / "bundle.zip", sealed)

    check_plain_archive((tmp_path / "bundle.zip").read_bytes())
    if shutil.which("unzip"):
        listing = subprocess.run(
            ["unzip", "-Z1", tmp_path / "bundle.zip"], capture_output=True, check=True
        ).stdout.decode()
        assert listing.split() == ["manifest.json", "manifest.sig", "data.json", "report.html"]
        subprocess.run(["unzip", "-tq", tmp_path / "bundle.zip"], capture_output=True, check=True)


def test_age_opens_a_passphrase_bundle_typed_at_its_terminal(
    tmp_path: Path, bundle: TherapistBundle, sealed_with_passphrase: bytes
) -> None:
    sealed = save_bundle(sealed_with_passphrase, tmp_path / bundle.file_name)

    age_at_a_terminal(["-d", "-o", tmp_path / "bundle.zip", sealed], [PASSPHRASE])

    check_plain_archive((tmp_path / "bundle.zip").read_bytes())


def test_a_bundle_that_age_encrypted_to_our_key_opens_in_afterglow(
    tmp_path: Path, bundle: TherapistBundle, therapist: TherapistIdentity
) -> None:
    (tmp_path / "bundle.zip").write_bytes(bundle.archive())

    age("-r", therapist.public_key, "-o", tmp_path / "binary.age", tmp_path / "bundle.zip")
    age("-a", "-r", therapist.public_key, "-o", tmp_path / "armored.age", tmp_path / "bundle.zip")

    for name in ("binary.age", "armored.age"):
        opened = open_bundle(read_bundle_file(tmp_path / name), identities=[therapist])
        assert opened.data == journal_data()
        assert opened.manifest == bundle.manifest


def test_a_bundle_that_age_encrypted_with_a_passphrase_opens_in_afterglow(
    tmp_path: Path, bundle: TherapistBundle
) -> None:
    (tmp_path / "bundle.zip").write_bytes(bundle.archive())

    age_at_a_terminal(
        ["-p", "-o", tmp_path / "bundle.zip.age", tmp_path / "bundle.zip"], [PASSPHRASE, PASSPHRASE]
    )

    sealed = read_bundle_file(tmp_path / "bundle.zip.age")
    assert open_bundle(sealed, passphrase=PASSPHRASE).data == journal_data()


def test_an_identity_from_age_keygen_opens_bundles_sealed_to_its_public_key(
    tmp_path: Path, bundle: TherapistBundle
) -> None:
    keygen = shutil.which("age-keygen")
    assert keygen is not None, "age-keygen is missing; `make test` installs the age package"
    subprocess.run([keygen, "-o", tmp_path / "key.txt"], capture_output=True, check=True)
    public = next(
        line.split(": ")[1]
        for line in (tmp_path / "key.txt").read_text().splitlines()
        if line.startswith("# public key:")
    )
    (tmp_path / "bundle.zip").write_bytes(bundle.archive())
    age("-r", public, "-o", tmp_path / "bundle.zip.age", tmp_path / "bundle.zip")

    identities = identities_from_file(tmp_path / "key.txt")

    assert [identity.public_key for identity in identities] == [public]
    opened = open_bundle(read_bundle_file(tmp_path / "bundle.zip.age"), identities=identities)
    assert opened.data == journal_data()
