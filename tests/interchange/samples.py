"""Exports other journal apps write, made by the tests: a Day One Journal.json and export
zip, a jrnl JSON export and a folder of Markdown files, each with the awkward parts real
ones have (time zones across a summer-time change, escaped Markdown, photos, `@tags`,
front matter in several styles, a file that is not UTF-8)."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

# Europe/Berlin moved its clocks on 2023-03-26 at 01:00 UTC (02:00 → 03:00 local).
DAYONE_ENTRIES: list[dict[str, Any]] = [
    {
        # 23:30 UTC on the 25th is already the 26th in Berlin, still in winter time.
        "uuid": "5F1B2C3D4E5F60718293A4B5C6D7E8F9",
        "creationDate": "2023-03-25T23:30:00Z",
        "modifiedDate": "2023-03-26T08:00:00Z",
        "timeZone": "Europe/Berlin",
        "text": "# Night walk\n\nIt was 3\\.5 km\\. Felt good\\!\n\n"
        "![](dayone-moment://0C3E1F2A4B5C6D7E8F90A1B2C3D4E5F6)\n\n"
        "1\\. not a list\n\\- not a list either\n*kept* \\*stars\\* and `code \\. as is`",
        "tags": ["Walks", "Night Sky", "2023"],
        "starred": True,
        "richText": "{ignored}",
        "location": {"placeName": "ignored"},
    },
    {
        # An hour and a half later the clocks have gone forward: summer time, +02:00.
        "uuid": "7A2B3C4D5E6F708192A3B4C5D6E7F809",
        "creationDate": "2023-03-26T01:30:00Z",
        "timeZone": "Europe/Berlin",
        "text": "After the clocks changed. #sleep",
        "tags": [],
        "starred": False,
    },
    {
        # Early morning UTC is still the evening before in Los Angeles.
        "uuid": "8C3D4E5F60718293A4B5C6D7E8F90A1B",
        "creationDate": "2023-04-01T03:15:00Z",
        "timeZone": "America/Los_Angeles",
        "text": "Evening on the coast.",
        "tags": ["travel"],
    },
    {
        "uuid": "9D4E5F60718293A4B5C6D7E8F90A1B2C",
        "creationDate": "2023-04-02T10:00:00Z",
        "timeZone": "Europe/Berlin",
        "text": "![](dayone-moment://1D2E3F4A5B6C7D8E9F00A1B2C3D4E5F6)\n",
        "tags": [],
    },
]


def dayone_document(entries: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "metadata": {"version": "1.0"},
        "entries": DAYONE_ENTRIES if entries is None else entries,
    }


def write_dayone_json(path: Path, document: object | None = None) -> Path:
    path.write_text(json.dumps(dayone_document() if document is None else document), "utf-8")
    return path


TRAVEL_ENTRIES: list[dict[str, Any]] = [
    {
        "uuid": "AE5F60718293A4B5C6D7E8F90A1B2C3D",
        "creationDate": "2023-06-10T07:00:00Z",
        "timeZone": "Asia/Tokyo",
        "text": "Trains on time.",
        "tags": ["Travel"],
        "starred": True,
    }
]


def write_dayone_zip(path: Path, journals: dict[str, object] | None = None) -> Path:
    """Day One's export zip: a JSON file per journal and a folder of photos."""
    if journals is None:
        journals = {
            "Journal.json": dayone_document(),
            "Travel.json": dayone_document(TRAVEL_ENTRIES),
        }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, document in journals.items():
            data = document if isinstance(document, str) else json.dumps(document)
            archive.writestr(name, data)
        archive.writestr("photos/0c3e1f2a4b5c6d7e8f90a1b2c3d4e5f6.jpeg", b"\xff\xd8\xff" * 100)
    return path


JRNL_ENTRIES: list[dict[str, Any]] = [
    {
        "title": "Long day at the studio.",
        "body": "Met @work people, then a walk.\n",
        "date": "2023-03-25",
        "time": "21:40",
        "tags": ["@work"],
        "starred": True,
    },
    {
        "title": "Summer evening.",
        "body": "Warm. @Self-Care",
        "date": "2023-07-14",
        "time": "20:05",
        "tags": ["@Self-Care"],
        "starred": False,
    },
    {
        "title": "Just a line.",
        "body": "",
        "date": "2023-07-15",
        "time": "08:00",
        "tags": [],
        "starred": False,
    },
    {
        # Same minute and title as the one before: still a second entry.
        "title": "Just a line.",
        "body": "",
        "date": "2023-07-15",
        "time": "08:00",
        "tags": [],
        "starred": False,
    },
    {"title": "", "body": "   \n", "date": "2023-07-16", "time": "09:00", "tags": []},
]


def jrnl_document(entries: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "tags": {"@work": 1, "@Self-Care": 1},
        "entries": JRNL_ENTRIES if entries is None else entries,
    }


def write_jrnl_json(path: Path, document: object | None = None) -> Path:
    path.write_text(json.dumps(jrnl_document() if document is None else document), "utf-8")
    return path


# When the file without a date was last changed (a local time on the test machine).
UNDATED_MTIME = datetime(2023, 8, 20, 18, 45).timestamp()

MARKDOWN_FILES: dict[str, bytes] = {
    "with-front-matter.md": (
        b"---\n"
        b'title: "Session #2: the lake"\n'
        b"date: 2023-04-01 21:15\n"
        b'tags: [calm, "Self care"]\n'
        b"mood: 7\n"
        b"aliases:\n"
        b"  - ignored: nested\n"
        b"---\n"
        b"Soft light on the water. #lake\n"
    ),
    "2023/heading-only.md": b"# A heading title\n\nThe body under it.\n",
    "2023/05/2023-05-02 Walk.md": b"Along the canal, no heading.\n",
    "2023/block-list.md": (
        b"---\n"
        b"date: '2023-05-03'\n"
        b"tags:\n"
        b"  - garden\n"
        b"  - '#Spring'\n"
        b"# a comment line\n"
        b"---\n"
        b"# Planting\n\nBeans.\n"
    ),
    "undated.md": b"Nothing says when.\n",
    "latin-1.md": "Caf\u00e9 au lait\n".encode("latin-1"),
    "empty.md": b"\n\n",
    "rule-first.md": b"---\nNot front matter, a rule and text.\n---\n",
    ".obsidian/workspace.md": b"# hidden: never read\n",
    "pictures/lake.png": b"\x89PNG\r\n",
}


def write_markdown_folder(folder: Path, files: dict[str, bytes] | None = None) -> Path:
    for name, data in (MARKDOWN_FILES if files is None else files).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    undated = folder / "undated.md"
    if undated.exists():
        os.utime(undated, (UNDATED_MTIME, UNDATED_MTIME))
    return folder
