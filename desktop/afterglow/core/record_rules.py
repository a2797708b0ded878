"""Checks shared by sessions, insights, actions and prompts: text, scales, times and tags.

Each check raises the caller's own `InvalidRecord` subclass, so a message says which kind
of record broke the rule and never quotes its text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from afterglow.core.entries import is_unicode_text, is_uuid
from afterglow.core.errors import InvalidEntry, InvalidRecord
from afterglow.core.tags import is_valid_tag, normalize_tags

MAX_TAGS = 200


def check_id(error: type[InvalidRecord], name: str, value: object, *, optional: bool) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not is_uuid(value):
        raise error(name, "must be a UUID or empty" if optional else "must be a UUID")


def check_text(error: type[InvalidRecord], name: str, value: object, limit: int) -> None:
    if not isinstance(value, str):
        raise error(name, "must be text")
    if len(value) > limit:
        raise error(name, f"can be at most {limit:,} characters long")
    if not is_unicode_text(value):
        raise error(name, "must be valid Unicode text")


def check_scale(error: type[InvalidRecord], name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise error(name, "must be a whole number from 0 to 10")


def check_time(error: type[InvalidRecord], name: str, value: object, *, optional: bool) -> None:
    if value is None and optional:
        return
    if not isinstance(value, datetime):
        raise error(name, "must be a date and time")
    if value.utcoffset() is None:
        raise error(name, "must be a time with a UTC offset")


def check_date(error: type[InvalidRecord], name: str, value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise error(name, "must be a calendar date")


def check_tags(error: type[InvalidRecord], value: object) -> None:
    if not isinstance(value, tuple) or len(value) > MAX_TAGS:
        raise error("tags", f"can number at most {MAX_TAGS}")
    if not all(isinstance(tag, str) and is_valid_tag(tag) for tag in value):
        raise error("tags", "must be lower-case letters, digits, - and _, without #")
    if list(value) != sorted(set(value)):
        raise error("tags", "must be sorted and listed once each")


def check_flag(error: type[InvalidRecord], name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise error(name, "must be true or false")


def normalized_tags(error: type[InvalidRecord], texts: Iterable[str]) -> tuple[str, ...]:
    """`normalize_tags`, raising the record's own error instead of the entry's."""
    try:
        return normalize_tags(texts)
    except InvalidEntry as exc:
        raise error("tags", exc.problem) from None


def filter_tag(text: str) -> str:
    """A tag to filter by, written as stored; one that could never exist matches nothing
    rather than being an error to ask for."""
    text = unicodedata.normalize("NFC", text).strip().lstrip("#").lower()
    return "-".join(text.split())
