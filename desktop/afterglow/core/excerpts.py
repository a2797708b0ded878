"""Where an insight came from inside its source entry, so the person can click back to it.

Offsets are Python string indices (code points) into the entry's Markdown body. Qt
counts UTF-16 code units; `from_utf16` and `to_utf16` convert. The quoted text is kept
with the offsets, so the place is found again after the entry is edited around it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Excerpt:
    """The selection an insight was made from: `body[start:end] == quote` when made."""

    start: int
    end: int
    quote: str

    def is_well_formed(self) -> bool:
        return 0 <= self.start < self.end and self.end - self.start == len(self.quote)


def excerpt_of(body: str, start: int, end: int) -> Excerpt | None:
    """The excerpt for a selection of `body`, or None if the range is not inside it."""
    if not 0 <= start < end <= len(body):
        return None
    return Excerpt(start, end, body[start:end])


def locate(body: str, excerpt: Excerpt) -> tuple[int, int] | None:
    """Where the excerpt is in `body` now: its old place if the text there is unchanged,
    else the occurrence nearest to it, else None (the passage was rewritten)."""
    if body[excerpt.start : excerpt.end] == excerpt.quote:
        return excerpt.start, excerpt.end
    places = []
    at = body.find(excerpt.quote)
    while at != -1:
        places.append(at)
        at = body.find(excerpt.quote, at + 1)
    if not places:
        return None
    nearest = min(places, key=lambda p: (abs(p - excerpt.start), p))
    return nearest, nearest + len(excerpt.quote)


def from_utf16(text: str, position: int) -> int:
    """A UTF-16 position in `text` (as Qt counts) as a Python string index."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def to_utf16(text: str, index: int) -> int:
    """A Python string index in `text` as a UTF-16 position (as Qt counts)."""
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text[:index])
