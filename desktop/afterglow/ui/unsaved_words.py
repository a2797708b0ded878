"""Words that could not be saved as the journal locked, and how they wait for it to open
again: sealed with the journal's own key, so nothing readable is held while it is locked.

No Qt here: the journal editor and the quick note say what they could not write; the
window has them kept through the lock and given back after the next unlock.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from afterglow.core.errors import DamagedData

if TYPE_CHECKING:
    # Imported when words are read back: the window imports this module before its first
    # paint, and the entry model is not needed until a journal is open.
    from afterglow.ui.journal.draft import DraftContent

FORMAT = "afterglow-unsaved-words"
VERSION = 1


@dataclass(frozen=True)
class UnsavedEntry:
    """An entry's words as typed, not written: `entry_id` is None for a new entry.

    `reason` says why the save failed, for asking before quitting; it is not kept
    through a lock.
    """

    entry_id: str | None
    content: DraftContent
    reason: str = field(default="", compare=False)


@dataclass(frozen=True)
class UnsavedNote:
    """A quick note typed on Today and not yet in the journal."""

    text: str
    day: date
    reason: str = field(default="", compare=False)


Unsaved = UnsavedEntry | UnsavedNote


class Sealing(Protocol):
    """What an unlocked journal offers for this (`UnlockedVault`)."""

    def seal(self, data: bytes) -> bytes: ...

    def unseal(self, data: bytes) -> bytes: ...


class KeptWords:
    """Unsaved words held through a lock, only ever as bytes sealed by the journal's key.

    The key goes when the journal locks, so what is held here is unreadable until the
    same journal is unlocked again. Python cannot wipe the plain text it serialised on
    the way in; it holds no reference to it once `keep` returns.
    """

    def __init__(self) -> None:
        self._sealed: bytes | None = None

    def __repr__(self) -> str:
        size = len(self._sealed) if self._sealed is not None else 0
        return f"KeptWords({size} sealed bytes)"

    @property
    def holding(self) -> bool:
        return self._sealed is not None

    def keep(self, journal: Sealing, words: Sequence[Unsaved]) -> None:
        """Seals `words` with the open journal, joining any still held from before."""
        if not words:
            return
        held: list[Unsaved] = []
        if self._sealed is not None:
            try:
                held = from_bytes(journal.unseal(self._sealed))
            except DamagedData:
                held = []  # sealed by a key this journal no longer has; nothing can open it
        self._sealed = journal.seal(to_bytes([*held, *words]))

    def take(self, journal: Sealing) -> list[Unsaved]:
        """The words held, opened with the journal just unlocked; held no longer.

        Raises `DamagedData` if they do not open with its key (a backup with another key
        was restored meanwhile); they are let go either way.
        """
        sealed, self._sealed = self._sealed, None
        if sealed is None:
            return []
        return from_bytes(journal.unseal(sealed))

    def forget(self) -> None:
        self._sealed = None


# -- as bytes -------------------------------------------------------------------------


def to_bytes(words: Sequence[Unsaved]) -> bytes:
    items: list[dict[str, Any]] = []
    for word in words:
        if isinstance(word, UnsavedEntry):
            items.append({"entry_id": word.entry_id, "content": _content_json(word.content)})
        else:
            items.append({"note": word.text, "day": word.day.isoformat()})
    body = {"format": FORMAT, "version": VERSION, "words": items}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def from_bytes(data: bytes) -> list[Unsaved]:
    try:
        body = json.loads(data.decode("utf-8"))
        if body["format"] != FORMAT or body["version"] != VERSION:
            raise ValueError("another format")
        words: list[Unsaved] = []
        for item in body["words"]:
            if "note" in item:
                words.append(UnsavedNote(str(item["note"]), date.fromisoformat(item["day"])))
            else:
                entry_id = item["entry_id"]
                words.append(
                    UnsavedEntry(
                        str(entry_id) if entry_id is not None else None,
                        _content_from_json(item["content"]),
                    )
                )
        return words
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DamagedData("The words kept through the lock are damaged.") from exc


def _content_json(content: DraftContent) -> dict[str, Any]:
    return {
        "day": content.day.isoformat(),
        "kind": content.kind.value,
        "title": content.title,
        "body": content.body,
        "mood": content.mood,
        "energy": content.energy,
        "emotions": list(content.emotions),
        "tags": list(content.tags),
        "private": content.private,
        "session_id": content.session_id,
        "prompt": content.prompt,
    }


def _content_from_json(data: dict[str, Any]) -> DraftContent:
    from afterglow.core.entries import EntryKind
    from afterglow.ui.journal.draft import DraftContent

    def optional_int(value: object) -> int | None:
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("expected a whole number")
        return value

    def optional_text(value: object) -> str | None:
        return None if value is None else str(value)

    return DraftContent(
        day=date.fromisoformat(data["day"]),
        kind=EntryKind(data["kind"]),
        title=str(data["title"]),
        body=str(data["body"]),
        mood=optional_int(data["mood"]),
        energy=optional_int(data["energy"]),
        emotions=tuple(str(e) for e in data["emotions"]),
        tags=tuple(str(t) for t in data["tags"]),
        private=bool(data["private"]),
        session_id=optional_text(data["session_id"]),
        prompt=optional_text(data["prompt"]),
    )
