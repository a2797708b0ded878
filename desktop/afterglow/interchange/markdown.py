"""Markdown export: one file per entry, a front-matter block of its details, then its body.

Files go into a new private folder (0700, files 0600) named by date and title, made safe:
no separators, no leading dots, nothing that could point outside the folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

from afterglow.core.entries import Entry
from afterglow.core.errors import UsageError
from afterglow.core.whole_journal import JournalContents
from afterglow.vault.files import (
    PRIVATE_DIR_MODE,
    PRIVATE_FILE_MODE,
    fsync_dir,
    storage_error,
    temporary_sibling,
)

MAX_SLUG_LENGTH = 60


def slug(text: str) -> str:
    """Letters and digits of `text`, lower-case, joined by single hyphens."""
    text = unicodedata.normalize("NFKC", text).lower()
    words = re.findall(r"[^\W_]+", text)
    return "-".join(words)[:MAX_SLUG_LENGTH].strip("-")


def file_name(entry: Entry, taken: set[str]) -> str:
    """`2026-03-14-first-light.md`, numbered if another entry took that name already."""
    stem = f"{entry.date.isoformat()}-{slug(entry.title) or entry.kind.value.replace('_', '-')}"
    name = f"{stem}.md"
    number = 2
    while name in taken:
        name = f"{stem}-{number}.md"
        number += 1
    taken.add(name)
    return name


def _scalar(value: object) -> str:
    # JSON strings, numbers, booleans and null are also valid YAML flow scalars.
    return json.dumps(value, ensure_ascii=False)


def entry_markdown(entry: Entry) -> str:
    fields: list[tuple[str, object]] = [
        ("id", entry.id),
        ("kind", entry.kind.value),
        ("date", entry.date.isoformat()),
        ("title", entry.title),
        ("tags", list(entry.tags)),
        ("mood", entry.mood),
        ("energy", entry.energy),
        ("emotions", list(entry.emotions)),
        ("private", entry.private),
        ("created_at", entry.created_at.isoformat()),
        ("updated_at", entry.updated_at.isoformat()),
    ]
    lines = ["---", *(f"{key}: {_scalar(value)}" for key, value in fields), "---", ""]
    body = entry.body if entry.body.endswith("\n") or not entry.body else entry.body + "\n"
    return "\n".join(lines) + body


def export_markdown(contents: JournalContents, out: Path, exported_at: datetime) -> Path:
    """Writes the entries into the new folder `out` (an existing empty folder is fine).
    Sessions, insights and actions travel only in the JSON export."""
    del exported_at  # each file carries its own times
    entries = contents.entries
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"{out} already exists; choose a new or empty folder.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    # Filled under a temporary name, then renamed: a failure leaves no half export.
    work = temporary_sibling(out)
    try:
        work.mkdir(mode=PRIVATE_DIR_MODE)
        taken: set[str] = set()
        for entry in entries:
            path = work / file_name(entry, taken)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                f.write(entry_markdown(entry))
                f.flush()
                os.fsync(f.fileno())
        fsync_dir(work)
        if out.exists():
            out.rmdir()
        work.rename(out)
        fsync_dir(out.parent)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise storage_error(exc, "the export") from exc
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return out
