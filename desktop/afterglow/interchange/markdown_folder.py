"""A folder of Markdown files, one entry each: every `.md` file in the folder and the
folders inside it (hidden ones, and links, are left alone).

The front matter (see `front_matter`) may give the title, date, tags and mood, and
everything Afterglow's own Markdown export writes, so an exported folder comes back as it
left. Without a title, a first `# heading` is the title. Without a date, a file named
like `2023-04-01 Walk.md` is of that day, and any other of the day it was last changed.
An entry is known again by the id in its front matter or else by where its file is, so
importing the same folder twice adds nothing, and a file changed since updates its entry.
"""

from __future__ import annotations

import os
import re
import stat
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from afterglow.core.emotions import normalize_emotion
from afterglow.core.entries import MAX_BODY_LENGTH, EntryKind
from afterglow.core.errors import InvalidEntry, InvalidImportFile, UsageError
from afterglow.interchange.foreign_entries import (
    PlanGatherer,
    file_moment,
    fixed_offset,
    journal_entry,
    local_moment,
    plural,
    stable_id,
    tidy_text,
    title_and_body,
)
from afterglow.interchange.front_matter import (
    FrontMatter,
    FrontMatterError,
    FrontValue,
    split_front_matter,
)
from afterglow.interchange.import_plan import ImportPlan

KIND = "markdown"
SUFFIXES = (".md", ".markdown")
# UTF-8 takes at most four bytes a character; a longer file cannot be one entry.
MAX_FILE_BYTES = 4 * MAX_BODY_LENGTH

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_DAY_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?!\d)")
_TRUE = ("true", "yes", "on")
_FALSE = ("false", "no", "off")


def read_markdown_folder(folder: Path, zone: tzinfo | None = None) -> ImportPlan:
    """The plan for the Markdown files in `folder`; times without an offset are read in
    `zone` (default: this computer's time zone)."""
    if not folder.exists():
        raise UsageError(f"There is no folder at {folder}.")
    if not folder.is_dir():
        raise UsageError(f"{folder} is a file; choose the folder that holds the Markdown files.")
    root = folder.resolve()
    files, others = _markdown_files(root)
    if not files:
        raise UsageError(f"There are no Markdown (.md) files in {folder}.")
    gatherer = PlanGatherer(KIND, folder)
    for path in files:
        _read_file(root, path, zone, gatherer)
    if others:
        gatherer.note(
            f"Left out {plural(others, 'other file')} in the folder (pictures and anything "
            "else that is not Markdown)."
        )
    return gatherer.plan()


def _markdown_files(root: Path) -> tuple[list[Path], int]:
    """The Markdown files under `root` in a stable order, and how many other files."""
    found: list[Path] = []
    others = 0

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or root)
        name = where.relative_to(root).as_posix() if where.is_relative_to(root) else str(where)
        raise InvalidImportFile(f"the folder {name}", "could not be read")

    for here, folders, names in os.walk(root, onerror=unreadable):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in SUFFIXES:
                found.append(Path(here, name))
            else:
                others += 1
    return found, others


@dataclass(frozen=True)
class _Details:
    """What the front matter says, each None when it does not say."""

    entry_id: str | None = None
    title: str | None = None
    day: date | None = None
    moment: datetime | None = None  # when `date` gave a time of day too
    created_at: datetime | None = None
    updated_at: datetime | None = None
    tags: tuple[str, ...] = ()
    kind: EntryKind = EntryKind.JOURNAL
    mood: int | None = None
    energy: int | None = None
    emotions: tuple[str, ...] = ()
    private: bool = False


def _read_file(root: Path, path: Path, zone: tzinfo | None, gatherer: PlanGatherer) -> None:
    item = path.relative_to(root).as_posix()
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            gatherer.skip(item, "it is a link, and Afterglow does not follow links")
            return
        if not stat.S_ISREG(info.st_mode):
            gatherer.skip(item, "it is not an ordinary file")
            return
        if info.st_size > MAX_FILE_BYTES:
            gatherer.skip(item, "it is too long to be one entry")
            return
        data = path.read_bytes()
    except OSError:
        raise InvalidImportFile(item, "could not be read") from None
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        gatherer.skip(item, "it is not UTF-8 text")
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        front = split_front_matter(text)
        details = _details(front, zone)
    except FrontMatterError as problem:
        raise InvalidImportFile(f"{item}, line {problem.line}", problem.problem) from None

    changed = file_moment(info.st_mtime, zone)
    day, moment = details.day, details.moment
    if day is None:
        named = _DAY_IN_NAME.match(path.stem)
        day = _calendar_day(named[1]) if named else None
    if day is None:
        day, moment = changed.date(), changed
    if moment is None:
        # A day without a time: the time the file was last changed, if that was the same
        # day; otherwise the start of the day.
        moment = changed if changed.date() == day else local_moment(day, time(0), zone)
    created = details.created_at or moment
    updated = details.updated_at or max(created, changed)

    heading, body = title_and_body(front.body)
    title = heading
    if details.title is not None:
        title = details.title
        if heading.casefold() != details.title.casefold():
            body = tidy_text(front.body)  # the heading is part of the text, not its title
    key = str(root / item)
    gatherer.add(
        item,
        lambda: journal_entry(
            entry_id=details.entry_id or stable_id(KIND, key),
            created_at=created,
            updated_at=updated,
            day=day,
            title=title,
            body=body,
            tags=gatherer.tags.entry_tags(details.tags, body),
            kind=details.kind,
            mood=details.mood,
            energy=details.energy,
            emotions=details.emotions,
            private=details.private,
        ),
    )


def _details(front: FrontMatter, zone: tzinfo | None) -> _Details:
    day = moment = created = updated = None
    if (value := front.get("date")) is not None:
        day, moment = _when(value, zone)
    if (value := front.get("created_at")) is not None:
        created = _when(value, zone, midnight=True)[1]
    if (value := front.get("updated_at")) is not None:
        updated = _when(value, zone, midnight=True)[1]
    tags = front.get("tags") or front.get("tag")
    emotions = front.get("emotions")
    return _Details(
        entry_id=_uuid(front.get("id")),
        title=_text(front.get("title")),
        day=day,
        moment=moment,
        created_at=created,
        updated_at=updated,
        tags=tuple(tags.words()) if tags else (),
        kind=_kind(front.get("kind")),
        mood=_scale(front.get("mood"), "mood"),
        energy=_scale(front.get("energy"), "energy"),
        emotions=_emotions(emotions.words() if emotions else []),
        private=_flag(front.get("private")),
    )


def _text(value: FrontValue | None) -> str | None:
    return None if value is None else value.scalar()


def _uuid(value: FrontValue | None) -> str | None:
    """The front matter's id if it is a UUID (as Afterglow's export writes); an id of any
    other kind (a note-taking app's own) is left aside and the file's place is used."""
    text = _text(value)
    try:
        return str(uuid.UUID(text)) if text else None
    except ValueError:
        return None


def _calendar_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _when(
    value: FrontValue, zone: tzinfo | None, *, midnight: bool = False
) -> tuple[date | None, datetime | None]:
    """The day a value names, and its moment when it gives a time (with `midnight`, a day
    alone is the start of that day). Nothing for an empty value."""
    text = value.scalar()
    if text is None:
        return None, None
    try:
        if _DAY.fullmatch(text):
            day = date.fromisoformat(text)
            return day, local_moment(day, time(0), zone) if midnight else None
        if _MOMENT.fullmatch(text):
            moment = datetime.fromisoformat(text.replace(" ", "T", 1))
            if moment.tzinfo is None:
                moment = local_moment(moment.date(), moment.time(), zone)
            return moment.date(), fixed_offset(moment)
    except ValueError:
        pass
    raise FrontMatterError(value.line, "gives a date not written YYYY-MM-DD or YYYY-MM-DD HH:MM")


def _scale(value: FrontValue | None, name: str) -> int | None:
    text = _text(value)
    if text is None or value is None:
        return None
    if not text.isdigit() or not 0 <= int(text) <= 10:
        raise FrontMatterError(value.line, f"gives a {name} that is not a whole number 0 to 10")
    return int(text)


def _flag(value: FrontValue | None) -> bool:
    text = _text(value)
    if text is None or value is None:
        return False
    if text.lower() in _TRUE:
        return True
    if text.lower() in _FALSE:
        return False
    raise FrontMatterError(value.line, "must be true or false")


def _kind(value: FrontValue | None) -> EntryKind:
    text = _text(value)
    if text is None or value is None:
        return EntryKind.JOURNAL
    name = re.sub(r"[\s-]+", "_", text.strip().lower())
    try:
        return EntryKind(name)
    except ValueError:
        kinds = ", ".join(kind.value for kind in EntryKind)
        raise FrontMatterError(value.line, f"gives a kind other than {kinds}") from None


def _emotions(words: list[str]) -> tuple[str, ...]:
    """Feelings as Afterglow writes them; a word that cannot be one is left out."""
    found: dict[str, None] = {}
    for word in words:
        try:
            found[normalize_emotion(word)] = None
        except InvalidEntry:
            continue
    return tuple(found)
