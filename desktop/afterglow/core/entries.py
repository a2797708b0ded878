"""A journal entry and the rules every stored entry keeps (the `entries` of DESIGN §4)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from afterglow.core.emotions import normalize_emotions
from afterglow.core.entry_kinds import EntryKind as EntryKind  # still importable from here
from afterglow.core.errors import InvalidEntry
from afterglow.core.tags import is_valid_tag

MAX_TITLE_LENGTH = 500
MAX_BODY_LENGTH = 2_000_000
MAX_PROMPT_LENGTH = 2_000
MAX_TAGS = 200


@dataclass(frozen=True)
class Entry:
    """One entry. `deleted_at` is set while the entry is in the Trash; it is not exported."""

    id: str
    kind: EntryKind
    date: date
    created_at: datetime
    updated_at: datetime
    title: str = ""
    body: str = ""
    mood: int | None = None
    energy: int | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    private: bool = False
    session_id: str | None = None
    prompt: str | None = None
    deleted_at: datetime | None = None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


def new_entry_id() -> str:
    return str(uuid.uuid4())


def is_uuid(text: str) -> bool:
    """A UUID in its canonical, lower-case form."""
    try:
        return str(uuid.UUID(text)) == text
    except (ValueError, TypeError, AttributeError):
        return False


def _check_scale(name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise InvalidEntry(name, "must be a whole number from 0 to 10")


def _check_time(name: str, value: object) -> None:
    if not isinstance(value, datetime):
        raise InvalidEntry(name, "must be a date and time")
    if value.utcoffset() is None:
        raise InvalidEntry(name, "must be a time with a UTC offset")


def is_unicode_text(value: str) -> bool:
    """False for text holding lone surrogates, which cannot be stored or written out."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_text(name: str, value: object, limit: int) -> None:
    if not isinstance(value, str):
        raise InvalidEntry(name, "must be text")
    if len(value) > limit:
        raise InvalidEntry(name, f"can be at most {limit:,} characters long")
    if not is_unicode_text(value):
        raise InvalidEntry(name, "must be valid Unicode text")


def validate_entry(entry: Entry) -> Entry:
    """Returns the entry unchanged if it keeps every rule; raises `InvalidEntry` otherwise."""
    if not is_uuid(entry.id):
        raise InvalidEntry("id", "must be a UUID")
    if not isinstance(entry.kind, EntryKind):
        raise InvalidEntry("kind", "must be one of " + ", ".join(k.value for k in EntryKind))
    if not isinstance(entry.date, date) or isinstance(entry.date, datetime):
        raise InvalidEntry("date", "must be a calendar date")
    _check_time("created_at", entry.created_at)
    _check_time("updated_at", entry.updated_at)
    if entry.deleted_at is not None:
        _check_time("deleted_at", entry.deleted_at)
    _check_text("title", entry.title, MAX_TITLE_LENGTH)
    _check_text("body", entry.body, MAX_BODY_LENGTH)
    _check_scale("mood", entry.mood)
    _check_scale("energy", entry.energy)
    if not isinstance(entry.emotions, tuple):
        raise InvalidEntry("emotions", "must be a list of words")
    if normalize_emotions(entry.emotions) != entry.emotions:
        raise InvalidEntry("emotions", "must be distinct lower-case words")
    if not isinstance(entry.tags, tuple) or len(entry.tags) > MAX_TAGS:
        raise InvalidEntry("tags", f"can number at most {MAX_TAGS}")
    if not all(isinstance(tag, str) and is_valid_tag(tag) for tag in entry.tags):
        raise InvalidEntry("tags", "must be lower-case letters, digits, - and _, without #")
    if list(entry.tags) != sorted(set(entry.tags)):
        raise InvalidEntry("tags", "must be sorted and listed once each")
    if not isinstance(entry.private, bool):
        raise InvalidEntry("private", "must be true or false")
    if entry.session_id is not None and not is_uuid(entry.session_id):
        raise InvalidEntry("session_id", "must be a UUID or empty")
    if entry.prompt is not None:
        _check_text("prompt", entry.prompt, MAX_PROMPT_LENGTH)
    return entry
