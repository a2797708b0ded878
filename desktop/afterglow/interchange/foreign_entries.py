"""Turning what another app wrote into Afterglow entries: ids that stay the same on every
import of the same export, tags as Afterglow writes them, a title from a first heading,
times with their UTC offset, and a plan gathered entry by entry.

An entry that cannot come in (no text, too long) is skipped with a reason; everything
that makes the file itself unreadable is raised by the reader instead.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timezone, tzinfo
from pathlib import Path

from afterglow.core.entries import MAX_TITLE_LENGTH, Entry, EntryKind, validate_entry
from afterglow.core.errors import InvalidEntry
from afterglow.core.tags import MAX_TAG_LENGTH, is_tag_character, normalize_tag, tags_in_body
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.import_plan import ImportPlan, Skipped

# Entries have no star of their own (DESIGN §4: only insights do), so a starred entry in
# Day One or jrnl keeps its star as this tag.
STARRED_TAG = "starred"

# Ids of imported entries are UUIDv5 names in this namespace: the same source item always
# gets the same id, so importing an export twice updates instead of duplicating. (Entries
# written in Afterglow have random UUIDv4 ids, so the two never meet.)
_NAMESPACE = uuid.UUID("3b7e6f0a-5c2d-4a8e-9f61-2d0c8b1e4a77")

_HEADING = re.compile(r"#[ \t]+(?P<title>.*?)(?:[ \t]+#+)?[ \t]*")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")


class EntrySkipped(Exception):
    """Raised while building one entry that cannot be imported; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def stable_id(source: str, key: str) -> str:
    """The id of the entry `key` names in a `source` ("dayone", "jrnl", "markdown")."""
    return str(uuid.uuid5(_NAMESPACE, f"{source}:{key}"))


def loose_tag(text: str) -> str | None:
    """A tag for what another app called a tag ("@Self care", "#work/admin"), with
    characters a tag cannot hold turned into hyphens; None when no tag can be made."""
    text = unicodedata.normalize("NFC", text).strip().lstrip("#@").strip()
    try:
        return normalize_tag(text)
    except InvalidEntry:
        pass
    words = "".join(ch if is_tag_character(ch) else " " for ch in text).split()
    try:
        return normalize_tag("-".join(words)[:MAX_TAG_LENGTH].strip("-"))
    except InvalidEntry:
        return None


class TagGatherer:
    """Makes each entry's tags, and remembers the tags no entry could keep."""

    def __init__(self) -> None:
        self._left_out: dict[str, None] = {}

    def entry_tags(self, given: Iterable[str], body: str, *, starred: bool = False) -> set[str]:
        """The given tags, the `#tags` written in the body, and `starred` if it was."""
        tags = tags_in_body(body)
        for text in given:
            tag = loose_tag(text)
            if tag is None:
                if text.strip():
                    self._left_out[text.strip()] = None
            else:
                tags.add(tag)
        if starred:
            tags.add(STARRED_TAG)
        return tags

    def note(self) -> str | None:
        if not self._left_out:
            return None
        names = ", ".join(sorted(self._left_out))
        return (
            f"Left out {plural(len(self._left_out), 'tag')} Afterglow cannot keep "
            f"(a tag needs at least one letter): {names}."
        )


def plural(count: int, word: str) -> str:
    """`1 entry`, `2 entries`, `3 tags`."""
    if count == 1:
        return f"1 {word}"
    return f"{count} {word[:-1]}ies" if word.endswith("y") else f"{count} {word}s"


def fixed_offset(moment: datetime) -> datetime:
    """The same moment with its zone as a plain UTC offset, as the journal stores times."""
    offset = moment.utcoffset()
    assert offset is not None, "only aware times have an offset"
    return moment.replace(tzinfo=timezone(offset))


def local_moment(day: date, at: time, zone: tzinfo | None) -> datetime:
    """A wall-clock time in `zone`, or in the computer's own zone (with the offset that
    applied on that day, summer time included) when `zone` is None."""
    naive = datetime.combine(day, at)
    if zone is None:
        return naive.astimezone()
    return fixed_offset(naive.replace(tzinfo=zone))


def file_moment(timestamp: float, zone: tzinfo | None) -> datetime:
    """A file's modified time, in `zone` or the computer's own zone."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    return fixed_offset(moment.astimezone(zone)) if zone is not None else moment.astimezone()


def tidy_text(text: str) -> str:
    """Unix line endings, no blank lines before the text and no space after it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _LEADING_BLANK_LINES.sub("", text).rstrip()


def title_and_body(text: str) -> tuple[str, str]:
    """A first line `# Heading` becomes the title and leaves the body; otherwise there is
    no title. `text` is tidied first."""
    text = tidy_text(text)
    first, _, rest = text.partition("\n")
    match = _HEADING.fullmatch(first)
    if match is None or not match["title"].strip():
        return "", text
    title = match["title"].strip()
    if len(title) > MAX_TITLE_LENGTH:
        return "", text
    return title, tidy_text(rest)


def journal_entry(
    *,
    entry_id: str,
    created_at: datetime,
    updated_at: datetime | None = None,
    title: str,
    body: str,
    tags: Iterable[str],
    day: date | None = None,
    kind: EntryKind = EntryKind.JOURNAL,
    mood: int | None = None,
    energy: int | None = None,
    emotions: tuple[str, ...] = (),
    private: bool = False,
) -> Entry:
    """An entry that keeps every rule, or `EntrySkipped` saying why it cannot."""
    title = " ".join(title.split())
    if not title and not body.strip():
        raise EntrySkipped("it has no text")
    if len(title) > MAX_TITLE_LENGTH:
        title, body = "", f"{title}\n\n{body}".strip()
    entry = Entry(
        id=entry_id,
        kind=kind,
        date=day if day is not None else created_at.date(),
        created_at=created_at,
        updated_at=updated_at if updated_at is not None else created_at,
        title=title,
        body=body,
        mood=mood,
        energy=energy,
        emotions=emotions,
        tags=tuple(sorted(set(tags))),
        private=private,
    )
    try:
        return validate_entry(entry)
    except InvalidEntry as exc:
        raise EntrySkipped(f"its {exc.field.replace('_', ' ')} {exc.problem}") from None


class PlanGatherer:
    """Collects a plan entry by entry: `add` builds one, skipping it with its reason if it
    cannot come in or repeats an entry already gathered."""

    def __init__(self, kind: str, source: Path) -> None:
        self.kind = kind
        self.source = source
        self.tags = TagGatherer()
        self._entries: dict[str, Entry] = {}
        self._items: dict[str, str] = {}
        self._skipped: list[Skipped] = []
        self._notes: list[str] = []

    def add(self, item: str, build: Callable[[], Entry]) -> None:
        try:
            entry = build()
        except EntrySkipped as skipped:
            self.skip(item, skipped.reason)
            return
        if entry.id in self._items:
            self.skip(item, f"it is the same entry as {self._items[entry.id]}")
            return
        self._items[entry.id] = item
        self._entries[entry.id] = entry

    def skip(self, item: str, reason: str) -> None:
        self._skipped.append(Skipped(item, reason))

    def note(self, sentence: str) -> None:
        self._notes.append(sentence)

    def plan(self) -> ImportPlan:
        entries = sorted(self._entries.values(), key=lambda e: (e.date, e.created_at, e.id))
        tag_note = self.tags.note()
        return ImportPlan(
            kind=self.kind,
            source=self.source,
            contents=JournalContents(entries=tuple(entries)),
            skipped=tuple(self._skipped),
            notes=(*self._notes, *([tag_note] if tag_note else [])),
        )
