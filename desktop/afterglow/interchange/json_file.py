"""The whole journal as one JSON file: written atomically and privately, read all or nothing."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from afterglow.core.entries import Entry
from afterglow.core.errors import InvalidImportFile, UsageError
from afterglow.interchange.journal_format import entries_from_document, journal_document
from afterglow.vault.files import write_atomically

# A journal of decades is tens of megabytes; anything far larger is not an export.
MAX_FILE_BYTES = 2 * 1024**3


def export_json(entries: Sequence[Entry], out: Path, exported_at: datetime) -> Path:
    """Writes the export to `out` (mode 0600), replacing any file there in one step."""
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name for the export.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    text = json.dumps(journal_document(entries, exported_at), ensure_ascii=False, indent=2)
    write_atomically(out, (text + "\n").encode("utf-8"), "the export")
    return out


def read_json(path: Path) -> list[Entry]:
    """The entries of an export file, checked from top to bottom before any is returned."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InvalidImportFile("", "is far too large to be a journal export")
        data = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder, not an export file.") from None
    except OSError as exc:
        raise UsageError(f"The file {path} could not be read.") from exc
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidImportFile("", "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InvalidImportFile(
            "", f"is not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise InvalidImportFile("", "is nested too deeply to be a journal export") from None
    return entries_from_document(document)
