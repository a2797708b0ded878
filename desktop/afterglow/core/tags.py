"""Tags: how they are written, and finding the `#tags` a person types in an entry's body.

A tag is lower-case letters, digits, `-` and `_`, with at least one letter, and no `#`.
In a body, `#word` is a tag when the `#` starts a word; it is not a tag inside a URL, a
code span or fenced code block, after a backslash (`\\#`), or when it is only a number
(`#1`, `#2024`), which people write for "number one" far more often than as a label.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from afterglow.core.errors import InvalidEntry

MAX_TAG_LENGTH = 64

_TAG_CHARACTER_CATEGORIES = ("L", "M", "N")


def is_tag_character(ch: str) -> bool:
    return ch in "-_" or unicodedata.category(ch)[0] in _TAG_CHARACTER_CATEGORIES


def _has_letter(text: str) -> bool:
    return any(unicodedata.category(ch)[0] == "L" for ch in text)


def is_valid_tag(tag: str) -> bool:
    return (
        0 < len(tag) <= MAX_TAG_LENGTH
        and tag == unicodedata.normalize("NFC", tag).lower()
        and all(is_tag_character(ch) for ch in tag)
        and _has_letter(tag)
    )


def normalize_tag(text: str) -> str:
    """Turns what a person typed ("#Self care ") into a tag ("self-care"), or raises."""
    tag = unicodedata.normalize("NFC", text).strip().lstrip("#").strip().lower()
    tag = re.sub(r"\s+", "-", tag)
    if not tag:
        raise InvalidEntry("tags", "cannot be empty")
    if len(tag) > MAX_TAG_LENGTH:
        raise InvalidEntry("tags", f"can be at most {MAX_TAG_LENGTH} characters long")
    if not all(is_tag_character(ch) for ch in tag):
        raise InvalidEntry("tags", "may contain only letters, digits, - and _")
    if not _has_letter(tag):
        raise InvalidEntry("tags", "must have at least one letter")
    return tag


def normalize_tags(texts: Iterable[str]) -> tuple[str, ...]:
    """Normalised, without repeats, sorted: an entry's tags are a set."""
    return tuple(sorted({normalize_tag(text) for text in texts}))


@dataclass(frozen=True)
class Hashtag:
    """A `#tag` found in a body: where it is (the `#` included) and the tag it means."""

    start: int
    end: int
    tag: str


# Text where a `#` is never a tag: fenced code blocks, code spans, URLs, autolinks and
# Markdown link destinations. They are blanked out (same length) before scanning.
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,}).*?(?:^[ ]{0,3}\1[`~]*[ \t]*$|\Z)", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_URL = re.compile(r"(?:\b[a-zA-Z][a-zA-Z0-9+.-]*://|\bwww\.|\bmailto:)[^\s<>]*")
_AUTOLINK = re.compile(r"<[^<>\s]+>")
_LINK_DESTINATION = re.compile(r"\]\([^)\s]*")


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _scannable(body: str) -> str:
    for pattern in (_FENCE, _CODE_SPAN, _URL, _AUTOLINK, _LINK_DESTINATION):
        body = _blank(body, pattern)
    return body


def _may_precede(ch: str) -> bool:
    """A `#` starts a tag only at the start of a word: after space or opening punctuation."""
    if ch.isspace():
        return True
    return unicodedata.category(ch) in ("Ps", "Pi") or ch in "\"'*_~,;"


def find_hashtags(body: str) -> Iterator[Hashtag]:
    """Every `#tag` in a Markdown body, in order of appearance."""
    text = _scannable(body)
    i = text.find("#")
    while i != -1:
        end = i + 1
        if i == 0 or _may_precede(text[i - 1]):
            while end < len(text) and is_tag_character(text[end]):
                end += 1
            word = text[i + 1 : end].rstrip("-_")
            end = i + 1 + len(word)
            tag = unicodedata.normalize("NFC", word).lower()
            if is_valid_tag(tag):
                yield Hashtag(i, end, tag)
        i = text.find("#", end)


def tags_in_body(body: str) -> set[str]:
    return {found.tag for found in find_hashtags(body)}


def rename_hashtags(body: str, old: str, new: str) -> str:
    """The body with every `#old` written as `#new`; everything else left as it was."""
    pieces: list[str] = []
    last = 0
    for found in find_hashtags(body):
        if found.tag == old:
            pieces += [body[last : found.start], f"#{new}"]
            last = found.end
    if not pieces:
        return body
    pieces.append(body[last:])
    return "".join(pieces)
