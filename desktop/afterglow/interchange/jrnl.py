"""jrnl exports (`jrnl --export json`): each entry's title, body, date and time, `@tags`
and star, read into journal entries.

jrnl writes wall-clock times without a zone; they are read in the computer's own time
zone (with the offset of that day, so summer dates keep summer time). jrnl has no ids,
so an entry is known again by its date, time and title (or by its uuid when jrnl wrote
one): importing the same export twice adds nothing.
"""

from __future__ import annotations

from collections import Counter
from datetime import tzinfo
from pathlib import Path
from typing import Any

from afterglow.interchange.foreign_entries import (
    PlanGatherer,
    journal_entry,
    local_moment,
    stable_id,
    tidy_text,
)
from afterglow.interchange.import_plan import ImportPlan
from afterglow.interchange.source_files import ObjectFields, entry_list, parse_json, read_source

KIND = "jrnl"
EXPECTED = "jrnl export"


def read_jrnl(path: Path, zone: tzinfo | None = None) -> ImportPlan:
    """The plan for a jrnl JSON export; times are read in `zone` (default: this computer's)."""
    document = parse_json(read_source(path))
    gatherer = PlanGatherer(KIND, path)
    keys: Counter[str] = Counter()
    for i, item in enumerate(entry_list(document, "", EXPECTED)):
        _read_entry(item, f"entries[{i}]", zone, gatherer, keys)
    return gatherer.plan()


def _read_entry(
    item: Any, where: str, zone: tzinfo | None, gatherer: PlanGatherer, keys: Counter[str]
) -> None:
    f = ObjectFields(item, where)
    title = f.text("title")
    body = tidy_text(f.text("body"))
    day = f.date("date")
    at = f.clock("time")
    given_tags = f.words("tags")
    starred = f.flag("starred")
    source_id = f.text("uuid").strip().upper()

    created = local_moment(day, at, zone)
    if source_id:
        key = f"uuid:{source_id}"
    else:
        key = f"{day.isoformat()}T{at.isoformat()}\n{title.strip()}"
        repeats = keys[key]
        keys[key] += 1
        if repeats:  # two entries at the same minute with the same title are still two
            key = f"{key}\n{repeats}"
    gatherer.add(
        f"{where} ({day.isoformat()})",
        lambda: journal_entry(
            entry_id=stable_id(KIND, key),
            created_at=created,
            title=title,
            body=body,
            tags=gatherer.tags.entry_tags(given_tags, body, starred=starred),
        ),
    )
