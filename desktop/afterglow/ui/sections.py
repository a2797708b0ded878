"""The journal's sections, the contract every section view follows, and the placeholder view."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from afterglow.vault.services import JournalServices


@dataclass(frozen=True)
class Section:
    key: str  # stored as the last section shown; a short identifier, never text
    title: str
    summary: str


# (key, title, summary); marked for translation here, translated when shown.
_SECTIONS = (
    (
        "today",
        QT_TRANSLATE_NOOP("Sections", "Today"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Your day at a glance: a gentle prompt, today's practices, and the reflections "
            "that are due.",
        ),
    ),
    (
        "journal",
        QT_TRANSLATE_NOOP("Sections", "Journal"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Daily writing, about twenty minutes: what happened, and how you feel about it, "
            "then and now.",
        ),
    ),
    (
        "sessions",
        QT_TRANSLATE_NOOP("Sections", "Sessions"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "A record of each session: your intention before it, what came up, and your "
            "reflections in the days after.",
        ),
    ),
    (
        "insights",
        QT_TRANSLATE_NOOP("Sections", "Insights"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The insights you want to keep, where each came from, and how far along "
            "integrating it you are.",
        ),
    ),
    (
        "actions",
        QT_TRANSLATE_NOOP("Sections", "Actions"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "What changes because of an insight, in how you think and feel or in what you do.",
        ),
    ),
    (
        "practices",
        QT_TRANSLATE_NOOP("Sections", "Practices"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Simple self-care practices such as breathwork or a gratitude list, and how "
            "they are going.",
        ),
    ),
    (
        "patterns",
        QT_TRANSLATE_NOOP("Sections", "Patterns"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Recurring patterns you want to notice, and how often they show up over time.",
        ),
    ),
    (
        "share",
        QT_TRANSLATE_NOOP("Sections", "Share with therapist"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Choose entries to share with your therapist as an encrypted bundle, only when "
            "you decide to.",
        ),
    ),
)


def sections() -> list[Section]:
    """The sidebar, in order."""
    return [
        Section(
            key,
            QCoreApplication.translate("Sections", str(title)),
            QCoreApplication.translate("Sections", str(summary)),
        )
        for key, title, summary in _SECTIONS
    ]


@runtime_checkable
class SectionView(Protocol):
    """What every section view does: fill itself from the journal's services, write what
    is still unsaved before the journal locks, and forget everything once it has."""

    def open_journal(self, services: JournalServices) -> None: ...

    def flush(self) -> None:
        """Writes anything not saved yet, before returning: the database closes next.

        Called on the UI thread just before locking or quitting, while the journal is
        still open; the one place where a view may touch the database directly.
        """
        ...

    def clear(self) -> None:
        """Drops everything shown and held from the journal (called on lock)."""
        ...
