"""The JSON interchange format of DESIGN §4: entries to documents and back.

Reading checks everything before anything is used and names the first problem by its
place in the file (`entries[3].mood`); unknown keys are ignored, as the format promises.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from afterglow.core.emotions import normalize_emotion
from afterglow.core.entries import Entry, EntryKind, is_unicode_text, validate_entry
from afterglow.core.errors import InvalidEntry, InvalidImportFile, UnsupportedVersion
from afterglow.core.tags import normalize_tag

FORMAT = "afterglow-journal"
VERSION = 1
# Collections this version of Afterglow does not fill yet are written as empty lists.
COLLECTIONS = (
    "entries",
    "sessions",
    "insights",
    "actions",
    "practices",
    "practice_logs",
    "patterns",
    "occurrences",
    "measures",
)

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "date": entry.date.isoformat(),
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "title": entry.title,
        "body": entry.body,
        "mood": entry.mood,
        "energy": entry.energy,
        "emotions": list(entry.emotions),
        "tags": list(entry.tags),
        "private": entry.private,
        "session_id": entry.session_id,
        "prompt": entry.prompt,
    }


def journal_document(entries: Sequence[Entry], exported_at: datetime) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(),
    }
    for name in COLLECTIONS:
        document[name] = []
    document["entries"] = [entry_to_json(entry) for entry in entries]
    return document


def entries_from_document(document: object) -> list[Entry]:
    """Every entry in a parsed document, or `InvalidImportFile` naming the first problem."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidImportFile("", "is not an Afterglow journal export")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidImportFile("version", "must be a whole number from 1 up")
    if version > VERSION:
        raise UnsupportedVersion(
            "This file was exported by a newer version of Afterglow; "
            "please update Afterglow to import it."
        )
    items = document.get("entries")
    if not isinstance(items, list):
        raise InvalidImportFile("entries", "must be a list")
    entries: list[Entry] = []
    first_place: dict[str, int] = {}
    for i, item in enumerate(items):
        entry = _entry(item, f"entries[{i}]")
        if entry.id in first_place:
            raise InvalidImportFile(
                f"entries[{i}].id", f"repeats the id of entries[{first_place[entry.id]}]"
            )
        first_place[entry.id] = i
        entries.append(entry)
    return entries


class _Fields:
    """Reads one JSON object's fields, raising with the field's place in the file."""

    def __init__(self, item: dict[str, Any], where: str) -> None:
        self.item = item
        self.where = where

    def fail(self, name: str, problem: str) -> InvalidImportFile:
        return InvalidImportFile(f"{self.where}.{name}", problem)

    def required(self, name: str) -> Any:
        if name not in self.item:
            raise self.fail(name, "is missing")
        return self.item[name]

    def text(self, name: str, default: str | None = "") -> str:
        value = self.item.get(name, default)
        if not isinstance(value, str) or not is_unicode_text(value):
            raise self.fail(name, "must be text")
        return value

    def optional_text(self, name: str) -> str | None:
        return None if self.item.get(name) is None else self.text(name)

    def uuid(self, name: str, value: object) -> str:
        try:
            if not isinstance(value, str):
                raise ValueError
            return str(uuid.UUID(value))
        except ValueError:
            raise self.fail(name, "must be a UUID") from None

    def scale(self, name: str) -> int | None:
        value = self.item.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            raise self.fail(name, "must be a whole number from 0 to 10")
        return value

    def time(self, name: str) -> datetime:
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

    def date(self, name: str) -> date:
        value = self.required(name)
        try:
            if not isinstance(value, str) or not _DATE.fullmatch(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "must be a date written YYYY-MM-DD") from None

    def words(self, name: str) -> list[str]:
        value = self.item.get(name, [])
        if not isinstance(value, list):
            raise self.fail(name, "must be a list of text")
        for i, word in enumerate(value):
            if not isinstance(word, str) or not is_unicode_text(word):
                raise self.fail(f"{name}[{i}]", "must be text")
        return value


def _entry(item: object, where: str) -> Entry:
    if not isinstance(item, dict):
        raise InvalidImportFile(where, "must be an object")
    f = _Fields(item, where)
    kind = f.required("kind")
    if kind not in {k.value for k in EntryKind}:
        raise f.fail("kind", "must be one of " + ", ".join(k.value for k in EntryKind))
    private = item.get("private", False)
    if not isinstance(private, bool):
        raise f.fail("private", "must be true or false")
    tags: set[str] = set()
    for i, text in enumerate(f.words("tags")):
        try:
            tags.add(normalize_tag(text))
        except InvalidEntry as exc:
            raise f.fail(f"tags[{i}]", exc.problem) from None
    emotions: dict[str, None] = {}
    for i, text in enumerate(f.words("emotions")):
        try:
            emotions[normalize_emotion(text)] = None
        except InvalidEntry as exc:
            raise f.fail(f"emotions[{i}]", exc.problem) from None
    session = item.get("session_id")
    entry = Entry(
        id=f.uuid("id", f.required("id")),
        kind=EntryKind(kind),
        date=f.date("date"),
        created_at=f.time("created_at"),
        updated_at=f.time("updated_at"),
        title=f.text("title"),
        body=f.text("body"),
        mood=f.scale("mood"),
        energy=f.scale("energy"),
        emotions=tuple(emotions),
        tags=tuple(sorted(tags)),
        private=private,
        session_id=None if session is None else f.uuid("session_id", session),
        prompt=f.optional_text("prompt"),
    )
    try:
        return validate_entry(entry)
    except InvalidEntry as exc:
        raise f.fail(exc.field, exc.problem) from None
