"""Whole-process command-line search: `afterglow` against jrnl, each with its own
encrypted journal holding the same entries, run alternately in this process run.

Both numbers include starting Python and deriving the key from the passphrase, which is
where most of Afterglow's time goes: Argon2id with 256 MiB by design, against jrnl's
PBKDF2. The derivations are measured on their own too, so the comparison can be read
either way.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from afterglow.vault.kdf import derive_key
from benchmarks.journals import PASSPHRASE, CachedJournal
from benchmarks.jrnl_peer import JrnlJournal, environment, jrnl_journal
from benchmarks.results import Result, Target
from benchmarks.scenarios import Settings
from benchmarks.timing import alternate, repeat

SEARCH_WORD = "mother"
TAG = "work"
LIMIT = "20"


def afterglow_command(journal: CachedJournal, *args: str) -> list[str]:
    beside = Path(sys.executable).with_name("afterglow")
    executable = str(beside) if beside.exists() else shutil.which("afterglow") or "afterglow"
    return [
        executable,
        "--data-dir",
        str(journal.data_dir),
        "--passphrase-file",
        str(journal.passphrase_file),
        *args,
    ]


def _runner(command: list[str], stdin: str | None = None) -> Callable[[], None]:
    env = environment()

    def run() -> None:
        subprocess.run(
            command,
            input=stdin,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            check=True,
            start_new_session=True,  # no terminal: jrnl reads the password from stdin
        )

    return run


def run(journal: CachedJournal, settings: Settings) -> list[Result]:
    peer = jrnl_journal(journal)
    if peer is None:
        return [_skipped(journal)]
    runs = max(3, settings.runs // 2)
    speedup = 2.0 if journal.size < 50_000 else 8.0
    targets = (Target("ratio", 1 / speedup, f"{speedup:g}x faster than jrnl"),)
    rows = []
    for name, ours, theirs in (
        (
            f"cli search: one word ({SEARCH_WORD!r})",
            afterglow_command(journal, "search", SEARCH_WORD, "--limit", LIMIT),
            peer.command("-contains", SEARCH_WORD, "-n", LIMIT),
        ),
        (
            f"cli tag query (#{TAG})",
            afterglow_command(journal, "list", "--tag", TAG, "--limit", LIMIT),
            peer.command(f"@{TAG}", "-n", LIMIT),
        ),
    ):
        measured = alternate(
            {"afterglow": _runner(ours), "jrnl": _runner(theirs, PASSPHRASE + "\n")},
            runs=runs,
        )
        rows.append(
            Result(
                name + ", whole process",
                journal.size,
                measured["afterglow"],
                peer=f"jrnl {peer.version}",
                peer_samples=measured["jrnl"],
                targets=targets,
            )
        )
    rows.append(key_derivations(journal, peer, settings))
    return rows


def key_derivations(journal: CachedJournal, peer: JrnlJournal, settings: Settings) -> Result:
    """One passphrase derivation each: Afterglow's header parameters against jrnl's v3."""
    header = journal.vault().read_header()
    salt = header.keys.passphrase.salt

    def jrnl_kdf() -> None:
        kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=100_000)
        base64.urlsafe_b64encode(kdf.derive(PASSPHRASE.encode()))

    measured = alternate(
        {"afterglow": lambda: derive_key(PASSPHRASE, salt, header.kdf), "jrnl": jrnl_kdf},
        runs=max(3, settings.runs // 2),
    )
    kdf = header.kdf
    return Result(
        "cli: key derivation inside each run",
        journal.size,
        measured["afterglow"],
        peer=f"jrnl {peer.version} (PBKDF2-SHA256, 100,000 rounds)",
        peer_samples=measured["jrnl"],
        note=f"Argon2id {kdf.memory_kib // 1024} MiB, {kdf.iterations} passes, {kdf.lanes} lanes",
    )


def _skipped(journal: CachedJournal) -> Result:
    def nothing() -> None:
        return None

    return Result(
        "cli search: skipped, jrnl is not installed (make bench installs it)",
        journal.size,
        repeat(nothing, runs=1, warmup=0),
    )
