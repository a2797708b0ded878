"""An entry being written, and saving snapshots of it in order from any thread.

No Qt here: a snapshot is saved by the task runner's worker while typing, and by the UI
thread itself when the journal locks. The draft's lock and its version numbers make the
two safe together: the entry is created once, and an older snapshot never overwrites a
newer one, whichever thread gets there first.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from datetime import date

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.journal import Journal
from afterglow.core.tags import tags_in_body


@dataclass(frozen=True)
class DraftContent:
    """Everything the person can edit in one entry, as typed so far.

    `tags` are the ones chosen by hand; `#tags` in the body join them when saved.
    """

    day: date
    kind: EntryKind = EntryKind.JOURNAL
    title: str = ""
    body: str = ""
    mood: int | None = None
    energy: int | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    private: bool = False
    # Set when the entry starts from a session's guide or a prompt; kept as the entry's.
    session_id: str | None = None
    prompt: str | None = None

    @property
    def is_blank(self) -> bool:
        """Nothing written or chosen yet: such a draft is never saved as a new entry."""
        return not (
            self.title.strip()
            or self.body.strip()
            or self.mood is not None
            or self.energy is not None
            or self.emotions
            or self.tags
        )

    @classmethod
    def of(cls, entry: Entry) -> DraftContent:
        body_tags = tags_in_body(entry.body)
        return cls(
            day=entry.date,
            kind=entry.kind,
            title=entry.title,
            body=entry.body,
            mood=entry.mood,
            energy=entry.energy,
            emotions=entry.emotions,
            tags=tuple(tag for tag in entry.tags if tag not in body_tags),
            private=entry.private,
            session_id=entry.session_id,
            prompt=entry.prompt,
        )


@dataclass(frozen=True)
class SaveResult:
    entry: Entry | None  # None: a blank new draft, not saved
    created: bool = False  # this save created the entry
    version: int = 0


@dataclass
class EntryDraft:
    """One entry being written: `entry` is None until the first save creates it."""

    entry: Entry | None = None
    _saved_version: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def entry_id(self) -> str | None:
        return self.entry.id if self.entry is not None else None

    def save(self, journal: Journal, content: DraftContent, version: int) -> SaveResult:
        """Writes `content` unless a newer version was written already; returns the entry.

        Versions only grow: they are handed out by the editor in the order snapshots are
        taken, so a late, older snapshot is skipped rather than written over a newer one.
        """
        with self._lock:
            if version <= self._saved_version:
                return SaveResult(self.entry, version=self._saved_version)
            created = False
            if self.entry is None:
                if content.is_blank:
                    return SaveResult(None, version=version)
                self.entry = journal.add(
                    kind=content.kind,
                    title=content.title,
                    body=content.body,
                    day=content.day,
                    tags=content.tags,
                    mood=content.mood,
                    energy=content.energy,
                    emotions=content.emotions,
                    private=content.private,
                    session_id=content.session_id,
                    prompt=content.prompt,
                )
                created = True
            else:
                self.entry = journal.update(
                    replace(
                        self.entry,
                        kind=content.kind,
                        date=content.day,
                        title=content.title,
                        body=content.body,
                        mood=content.mood,
                        energy=content.energy,
                        emotions=content.emotions,
                        tags=tuple(sorted(set(content.tags) | tags_in_body(content.body))),
                        private=content.private,
                    )
                )
            self._saved_version = version
            return SaveResult(self.entry, created, version)
