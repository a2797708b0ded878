"""Day One exports: the journal JSON files of Day One's export zip, or one of them on its own.

Each Day One entry becomes a journal entry written at its creation time in its own time
zone, so an entry written at 23:30 in Berlin stays on that day. Its Markdown loses the
escapes Day One adds to plain punctuation and the references to photos, which stay
behind (the plan says how many). A first `# heading` becomes the title; tags are kept,
and a star becomes the tag `starred`.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterglow.core.errors import InvalidImportFile, UsageError
from afterglow.interchange.foreign_entries import (
    PlanGatherer,
    fixed_offset,
    journal_entry,
    stable_id,
    title_and_body,
)
from afterglow.interchange.import_plan import ImportPlan
from afterglow.interchange.source_files import (
    MAX_FILE_BYTES,
    ObjectFields,
    entry_list,
    parse_json,
    read_source,
)

KIND = "dayone"
EXPECTED = "Day One export"

# `![](dayone-moment://…)`: a photo (or video, audio, PDF) kept beside the JSON.
_MOMENT = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)")
# Day One escapes punctuation Markdown would read as plain text anyway ("Hello\!",
# "3\.5"); those backslashes go. Escapes that still mean something stay: `\*`, `\_`,
# `\#`, brackets, an escaped backslash, and the `\-`, `\+` or `1\.` that would otherwise
# start a list.
_ESCAPE = re.compile(r"\\([\\.!(){}\-+=?,:;'\"/%&@])")
_LIST_START = re.compile(r"[ \t]*(?:\d{1,9}\\[.)]|\\[-+=])")
_CODE_SPAN = re.compile(r"(`+)[^`]*?\1")
_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def read_dayone(path: Path) -> ImportPlan:
    """The plan for a Day One `Journal.json`, or for an export zip holding one or more."""
    gatherer = PlanGatherer(KIND, path)
    unknown_zones: set[str] = set()
    photos = 0
    for document, in_file in _journals(path):
        location = in_file.removeprefix(" in ") + " in the zip" if in_file else ""
        for i, item in enumerate(entry_list(document, location, EXPECTED)):
            photos += _read_entry(item, f"entries[{i}]", in_file, gatherer, unknown_zones)
    if photos:
        what = "photo or other attachment" if photos == 1 else "photos and other attachments"
        gatherer.note(
            f"Left out {photos} {what}: Afterglow keeps the words of an entry, not its pictures."
        )
    if unknown_zones:
        gatherer.note(
            "Kept in UTC the times of entries whose time zone Afterglow does not know: "
            + ", ".join(sorted(unknown_zones))
            + "."
        )
    return gatherer.plan()


def _journals(path: Path) -> list[tuple[object, str]]:
    """Each journal document with `in_file`, the words naming its file in errors
    ("" for a JSON file given on its own)."""
    if path.is_dir():
        raise UsageError(
            f"{path} is a folder; choose Day One's export .zip or the Journal.json inside it."
        )
    if not zipfile.is_zipfile(path):
        return [(parse_json(read_source(path)), "")]
    try:
        with zipfile.ZipFile(path) as archive:
            members = sorted(
                (info for info in archive.infolist() if _is_journal(info)),
                key=lambda info: info.filename,
            )
            if not members:
                raise InvalidImportFile("", "holds no Day One journal (no .json file)")
            return [_member(archive, info) for info in members]
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise InvalidImportFile("", "is a damaged zip file") from None
    except OSError as exc:
        raise UsageError(f"The file {path} could not be read.") from exc


def _is_journal(info: zipfile.ZipInfo) -> bool:
    name = PurePosixPath(info.filename)
    return (
        not info.is_dir()
        and name.suffix.lower() == ".json"
        and not name.name.startswith(".")
        and "__MACOSX" not in name.parts
    )


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[object, str]:
    where = f"{info.filename} in the zip"
    if info.file_size > MAX_FILE_BYTES:
        raise InvalidImportFile(where, "is far too large to be a journal export")
    try:
        with archive.open(info) as member:
            # Read no more than the limit, whatever the zip's directory claims.
            data = member.read(MAX_FILE_BYTES + 1)
    except RuntimeError:  # zipfile's word for a password-protected member
        raise InvalidImportFile(
            where, "is protected by a password; export it from Day One without one"
        ) from None
    except NotImplementedError:
        raise InvalidImportFile(where, "is compressed in a way Afterglow cannot read") from None
    if len(data) > MAX_FILE_BYTES:
        raise InvalidImportFile(where, "is far too large to be a journal export")
    return parse_json(data, where), f" in {info.filename}"


def _read_entry(
    item: Any, where: str, in_file: str, gatherer: PlanGatherer, unknown_zones: set[str]
) -> int:
    """Adds one Day One entry to the plan; returns how many photos it leaves behind."""
    f = ObjectFields(item, where, in_file)
    source_id = f.required_text("uuid").strip().upper()
    if not source_id:
        raise f.fail("uuid", "is empty")
    created = f.moment("creationDate")
    modified = f.optional_moment("modifiedDate")
    zone_name = f.text("timeZone").strip()
    text = f.text("text")
    given_tags = f.words("tags")
    starred = f.flag("starred")

    local = _in_zone(created, zone_name, unknown_zones)
    body, photos = without_moments(text)
    title, body = title_and_body(unescaped(body))
    updated = local if modified is None else max(local, _in_zone(modified, zone_name, set()))
    gatherer.add(
        f"{where}{in_file} ({local.date().isoformat()})",
        lambda: journal_entry(
            entry_id=stable_id(KIND, source_id),
            created_at=local,
            updated_at=updated,
            title=title,
            body=body,
            tags=gatherer.tags.entry_tags(given_tags, body, starred=starred),
        ),
    )
    return photos


def _in_zone(moment: datetime, zone_name: str, unknown_zones: set[str]) -> datetime:
    """`moment` on the wall clock of the zone Day One recorded (UTC if it names none)."""
    if not zone_name:
        return fixed_offset(moment.astimezone(UTC))
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        unknown_zones.add(zone_name)
        return fixed_offset(moment.astimezone(UTC))
    return fixed_offset(moment.astimezone(zone))


def without_moments(text: str) -> tuple[str, int]:
    """The text without its photo references, and how many there were."""
    text, count = _MOMENT.subn("", text.replace("\r\n", "\n"))
    if count:
        text = _BLANK_RUN.sub("\n\n", text)
    return text, count


def unescaped(text: str) -> str:
    """Day One's Markdown without the backslashes it puts before plain punctuation; code
    spans and fenced code keep every character."""
    lines = []
    fence = ""
    for line in text.split("\n"):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
                fence = ""
        elif opening:
            fence = opening[1]
        else:
            line = _unescaped_line(line)
        lines.append(line)
    return "\n".join(lines)


def _unescaped_line(line: str) -> str:
    start = _LIST_START.match(line)
    keep = start.end() - 2 if start else -1  # where the backslash that starts a list is
    pieces = []
    last = 0
    for span in _CODE_SPAN.finditer(line):
        pieces.append(_drop_escapes(line[last : span.start()], keep - last))
        pieces.append(span[0])
        last = span.end()
    pieces.append(_drop_escapes(line[last:], keep - last))
    return "".join(pieces)


def _drop_escapes(text: str, keep: int) -> str:
    def replace(escape: re.Match[str]) -> str:
        if escape[1] == "\\" or escape.start() == keep:
            return escape[0]
        return escape[1]

    return _ESCAPE.sub(replace, text)
