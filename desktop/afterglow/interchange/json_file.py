"""The whole journal as one JSON file: written atomically and privately, read all or nothing."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from afterglow.core.errors import UsageError
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.journal_format import contents_from_document, journal_document
from afterglow.interchange.source_files import parse_json, read_source
from afterglow.vault.files import write_atomically


def export_json(contents: JournalContents, out: Path, exported_at: datetime) -> Path:
    """Writes the export to `out` (mode 0600), replacing any file there in one step."""
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name for the export.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    text = json.dumps(journal_document(contents, exported_at), ensure_ascii=False, indent=2)
    write_atomically(out, (text + "\n").encode("utf-8"), "the export")
    return out


def read_json(path: Path) -> JournalContents:
    """What an export file holds, checked from top to bottom before any of it is returned."""
    return contents_from_document(parse_json(read_source(path)))
