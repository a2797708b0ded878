"""The whole journal as one JSON file: written atomically and privately, read all or nothing."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from afterglow.core.errors import InvalidImportFile, UsageError
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.journal_format import contents_from_document, journal_document
from afterglow.vault.files import write_atomically

# A journal of decades is tens of megabytes; anything far larger is not an export.
MAX_FILE_BYTES = 2 * 1024**3


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
    return contents_from_document(document)
