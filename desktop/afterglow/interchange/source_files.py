"""Reading what an import starts from: whole files within a size limit, JSON parsed with its
first problem named, and the fields of another app's JSON objects checked one by one.

Every problem is raised before anything is imported: `UsageError` when the path itself
is wrong (no such file, a folder), `InvalidImportFile` naming the place in the file.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from afterglow.core.entries import is_unicode_text
from afterglow.core.errors import InvalidImportFile, UsageError

# A journal of decades is tens of megabytes; anything far larger is not an export.
MAX_FILE_BYTES = 2 * 1024**3

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"\d{2}:\d{2}(:\d{2})?")


def read_source(path: Path) -> bytes:
    """The bytes of the file at `path`, or the reason it cannot be read."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InvalidImportFile("", "is far too large to be a journal export")
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder, not an export file.") from None
    except OSError as exc:
        raise UsageError(f"The file {path} could not be read.") from exc


def parse_json(data: bytes, location: str = "") -> object:
    """The JSON document in `data`; `location` names the file in errors ("" for the file)."""
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidImportFile(location, "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InvalidImportFile(
            location, f"is not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise InvalidImportFile(location, "is nested too deeply to be a journal export") from None


def entry_list(document: object, location: str, expected: str) -> list[Any]:
    """The `entries` list of another app's export, or an error saying the file is not one
    (and what it looks like instead, when that is clear)."""
    if isinstance(document, dict):
        if document.get("format") == "afterglow-journal":
            raise InvalidImportFile(
                location, "is an Afterglow export, not a " + expected + "; import it as json"
            )
        entries = document.get("entries")
        if isinstance(entries, list):
            looks_like = _looks_like(entries)
            if looks_like and looks_like != expected:
                kind = "dayone" if looks_like == "Day One export" else "jrnl"
                raise InvalidImportFile(
                    location, f"is a {looks_like}, not a {expected}; import it as {kind}"
                )
            return entries
    raise InvalidImportFile(location, f"is not a {expected}: it has no list of entries")


def _looks_like(entries: list[Any]) -> str:
    first = entries[0] if entries else None
    if not isinstance(first, dict):
        return ""
    if "creationDate" in first and "date" not in first:
        return "Day One export"
    if "date" in first and "creationDate" not in first:
        return "jrnl export"
    return ""


class ObjectFields:
    """Reads one JSON object's fields, raising with the field's place in the file:
    `entries[3].creationDate`, followed by `in Journal.json` when a zip holds several."""

    def __init__(self, item: object, where: str, in_file: str = "") -> None:
        if not isinstance(item, dict):
            raise InvalidImportFile(where + in_file, "must be an object")
        self.item: dict[str, Any] = item
        self.where = where
        self.in_file = in_file

    def fail(self, name: str, problem: str) -> InvalidImportFile:
        return InvalidImportFile(f"{self.where}.{name}{self.in_file}", problem)

    def required(self, name: str) -> Any:
        if name not in self.item:
            raise self.fail(name, "is missing")
        return self.item[name]

    def text(self, name: str) -> str:
        """Text, or "" when the field is missing or null."""
        value = self.item.get(name)
        if value is None:
            return ""
        if not isinstance(value, str) or not is_unicode_text(value):
            raise self.fail(name, "must be text")
        return value

    def required_text(self, name: str) -> str:
        self.required(name)
        return self.text(name)

    def flag(self, name: str) -> bool:
        value = self.item.get(name, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(name, "must be true or false")
        return value

    def words(self, name: str) -> list[str]:
        value = self.item.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(name, "must be a list of text")
        for i, word in enumerate(value):
            if not isinstance(word, str) or not is_unicode_text(word):
                raise self.fail(f"{name}[{i}]", "must be text")
        return value

    def moment(self, name: str) -> datetime:
        """A moment written in ISO 8601 with its UTC offset (`Z` included)."""
        value = self.required(name)
        try:
            if not isinstance(value, str):
                raise ValueError
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "must be a time in ISO 8601 form") from None
        if moment.utcoffset() is None:
            raise self.fail(name, "must be a time with a UTC offset")
        return moment

    def optional_moment(self, name: str) -> datetime | None:
        return None if self.item.get(name) is None else self.moment(name)

    def date(self, name: str) -> date:
        value = self.required(name)
        try:
            if not isinstance(value, str) or not _DATE.fullmatch(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "must be a date written YYYY-MM-DD") from None

    def clock(self, name: str) -> time:
        """A time of day written HH:MM (or HH:MM:SS); midnight when missing."""
        value = self.item.get(name)
        if value is None:
            return time(0, 0)
        try:
            if not isinstance(value, str) or not _CLOCK.fullmatch(value):
                raise ValueError
            return time.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "must be a time of day written HH:MM") from None
