"""The kinds of journal entry, kept apart from `entries` so the command line's parser can
offer them without loading the entry rules."""

from __future__ import annotations

from enum import StrEnum


class EntryKind(StrEnum):
    JOURNAL = "journal"
    INTENTION = "intention"
    REFLECTION = "reflection"
    CHECK_IN = "check_in"
    GRATITUDE = "gratitude"
    NOTE = "note"
