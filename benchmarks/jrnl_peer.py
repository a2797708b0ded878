"""jrnl, the peer for whole-process command-line search: the same entries in an encrypted
jrnl journal, and the two commands run side by side.

jrnl lives in its own virtual environment (`make bench` installs it from PyPI into
`benchmarks/.cache/jrnl-venv`, pinned in `benchmarks/jrnl-requirements.txt`), so its
dependencies never mix with Afterglow's. The journal is encrypted by jrnl's own code
(its current v3 format: PBKDF2-SHA256, 100,000 iterations, Fernet).
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.journals import CACHE, PASSPHRASE, CachedJournal

VENV = CACHE / "jrnl-venv"
TIME_FORMAT = "%Y-%m-%d %I:%M:%S %p"

_ENCRYPT = """
import sys
from pathlib import Path
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
plain, out, password = sys.argv[1:4]
cipher = Jrnlv3Encryption("default", {})
cipher.password = password
Path(out).write_bytes(cipher.encrypt(Path(plain).read_text(encoding="utf-8")))
"""


@dataclass(frozen=True)
class JrnlJournal:
    config: Path
    journal: Path
    version: str

    def command(self, *args: str) -> list[str]:
        return [str(VENV / "bin" / "jrnl"), "--config-file", str(self.config), *args]


def installed_version() -> str | None:
    """jrnl's version in the benchmark environment, or None when it is not installed."""
    executable = VENV / "bin" / "jrnl"
    if not executable.exists():
        return None
    result = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, check=False
    )
    first = result.stdout.strip().splitlines()[:1]
    return first[0].removeprefix("jrnl ").strip() if first else None


def environment() -> dict[str, str]:
    """jrnl's environment: no keyring (the password comes on stdin), no colours."""
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "NO_COLOR": "1",
        "TERM": "dumb",
    }


def jrnl_text(entries: list[dict[str, Any]]) -> str:
    """Entries in jrnl's plain-text format, oldest first; tags as `@tag` words."""
    lines: list[str] = []
    for entry in entries:
        created = datetime.fromisoformat(entry["created_at"])
        title = entry["title"] or entry["body"].split(". ")[0][:80]
        lines.append(f"[{created.strftime(TIME_FORMAT)}] {title}")
        lines.append(entry["body"])
        if entry["tags"]:
            lines.append(" ".join("@" + tag for tag in entry["tags"]))
        lines.append("")
    return "\n".join(lines) + "\n"


def jrnl_journal(journal: CachedJournal) -> JrnlJournal | None:
    """The encrypted jrnl copy of `journal`, made on first use; None without jrnl."""
    version = installed_version()
    if version is None:
        return None
    folder = journal.folder / "jrnl"
    config = folder / "jrnl.yaml"
    encrypted = folder / "journal.txt"
    if not config.exists():
        folder.mkdir(exist_ok=True)
        plain = folder / "journal.plain.txt"
        plain.write_text(jrnl_text(journal.synthetic.entries), encoding="utf-8")
        subprocess.run(
            [str(VENV / "bin" / "python"), "-c", _ENCRYPT, str(plain), str(encrypted), PASSPHRASE],
            check=True,
            env=environment(),
        )
        plain.unlink()
        config.write_text(_config(encrypted, version))
    return JrnlJournal(config, encrypted, version)


def _config(journal: Path, version: str) -> str:
    # YAML by hand: jrnl takes a JSON config for one from jrnl 1.x and offers to upgrade.
    return "\n".join(
        [
            "colors: {body: none, date: none, tags: none, title: none}",
            "default_hour: 9",
            "default_minute: 0",
            "editor: ''",
            "encrypt: true",
            "highlight: false",
            "indent_character: '|'",
            "journals:",
            "  default:",
            f"    journal: {json.dumps(str(journal))}",
            "    encrypt: true",
            "linewrap: 79",
            "tagsymbols: '#@'",
            "template: false",
            "timeformat: '%F %r'",
            f"version: {version if version.startswith('v') else 'v' + version}",
            "",
        ]
    )
