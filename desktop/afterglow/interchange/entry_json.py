"""One entry as the JSON interchange format writes it, apart from `journal_format` so the
command line's list, search and show can print JSON without loading the whole format."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afterglow.core.entries import Entry


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
