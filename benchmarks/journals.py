"""Generated journals on disk, made once per seed and size and reused from the cache.

Each cached journal is a real Afterglow data folder (vault.json with the standard key
derivation, journal.db), a plain unencrypted SQLite copy of the same database (the floor
for search), and the passphrase in a file. The header uses the standard policy because
the command-line scenario runs the real `afterglow` command, which refuses weaker
headers; creating one costs a second or two, once.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afterglow.interchange.journal_format import contents_from_document
from afterglow.vault import migrations
from afterglow.vault.kdf import STANDARD_POLICY, KdfPolicy
from afterglow.vault.services import journal_services
from afterglow.vault.vault import UnlockedVault, Vault
from benchmarks.synthetic import GENERATOR_VERSION, SyntheticJournal, generate

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"
PASSPHRASE = "benchmark journal: long enough, never used for anything real"
STAMP = "stamp.json"


@dataclass(frozen=True)
class CachedJournal:
    """Where one generated journal lives, and its generated contents."""

    folder: Path
    synthetic: SyntheticJournal

    @property
    def data_dir(self) -> Path:
        return self.folder / "afterglow"

    @property
    def plain_copy(self) -> Path:
        return self.folder / "plain.db"

    @property
    def passphrase_file(self) -> Path:
        return self.folder / "passphrase.txt"

    @property
    def size(self) -> int:
        return self.synthetic.size

    @property
    def stamp(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads((self.folder / STAMP).read_text())
        return loaded

    def vault(self, policy: KdfPolicy = STANDARD_POLICY) -> Vault:
        return Vault(self.data_dir, policy)

    def unlock(self) -> UnlockedVault:
        return self.vault().unlock(PASSPHRASE)


def schema_fingerprint() -> str:
    """Changes whenever the journal's schema does, so a stale cached journal is remade."""
    text = repr([(m.version, m.statements) for m in migrations.MIGRATIONS])
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def _key(seed: int, size: int) -> str:
    return f"journal-s{seed}-n{size}-g{GENERATOR_VERSION}-m{schema_fingerprint()}"


def cached_journal(seed: int, size: int, cache: Path = CACHE, log: Any = print) -> CachedJournal:
    """The journal for `seed` and `size`, generated into the cache when not there yet."""
    folder = cache / _key(seed, size)
    synthetic = generate(seed, size)
    if (folder / STAMP).exists():
        return CachedJournal(folder, synthetic)
    log(f"generating a {size:,}-entry journal (seed {seed}); cached for later runs")
    building = folder.with_name(folder.name + ".partial")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    started = time.perf_counter()
    journal = CachedJournal(building, synthetic)
    _build(journal)
    stamp = {
        "seed": seed,
        "size": size,
        "generator_version": GENERATOR_VERSION,
        "seconds_to_build": round(time.perf_counter() - started, 1),
        "counts": {k: len(v) for k, v in synthetic.document.items() if isinstance(v, list)},
    }
    (building / STAMP).write_text(json.dumps(stamp, indent=2))
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    return CachedJournal(folder, synthetic)


def _build(journal: CachedJournal) -> None:
    journal.passphrase_file.write_text(PASSPHRASE + "\n")
    journal.passphrase_file.chmod(0o600)
    unlocked, _recovery = journal.vault().create(PASSPHRASE)
    try:
        services = journal_services(unlocked.database)
        services.whole_journal.import_contents(contents_from_document(journal.synthetic.document))
        export_plain_copy(unlocked, journal.plain_copy)
    finally:
        unlocked.lock()


def export_plain_copy(unlocked: UnlockedVault, out: Path) -> None:
    """The same schema and rows in an unencrypted SQLite file (SQLCipher's own export)."""
    out.unlink(missing_ok=True)
    database = unlocked.database
    database.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(out),))
    try:
        database.execute("SELECT sqlcipher_export('plaintext')")
        version = database.schema_version
        database.execute(f"PRAGMA plaintext.user_version = {version:d}")
    finally:
        database.execute("DETACH DATABASE plaintext")
