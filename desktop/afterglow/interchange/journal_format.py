"""The JSON interchange format of DESIGN §4: every collection of the journal to documents
and back.

Version 1 has grown since §4 was written, only by what an older reader may ignore: an
insight's passage (`excerpt`), the person's own prompts and dismissed check-ins
(docs/interchange.md). A file without them reads as before.

Reading checks everything before anything is used and names the first problem by its
place in the file (`entries[3].mood`); unknown keys are ignored, as the format promises.
Links between records are checked against the journal when importing
(`core.whole_journal`), since they may point at what is already there.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from afterglow.core.action import Action, ActionKind, ActionStatus, validate_action
from afterglow.core.check_ins import CheckInDismissal, validate_dismissal
from afterglow.core.emotions import normalize_emotion
from afterglow.core.entries import Entry, EntryKind, is_unicode_text, validate_entry
from afterglow.core.errors import (
    InvalidEntry,
    InvalidImportFile,
    InvalidRecord,
    UnsupportedVersion,
)
from afterglow.core.excerpts import Excerpt
from afterglow.core.insight import Insight, InsightStatus, validate_insight
from afterglow.core.measures import Instrument, Measure, validate_measure
from afterglow.core.patterns import (
    Occurrence,
    Pattern,
    PatternStatus,
    validate_occurrence,
    validate_pattern,
)
from afterglow.core.practices import (
    BuiltinPractice,
    Practice,
    PracticeKind,
    PracticeLog,
    normalize_schedule,
    validate_practice,
    validate_practice_log,
)
from afterglow.core.prompt import (
    OwnPrompt,
    PromptCategory,
    validate_own_prompt,
    validate_prompt_text,
)
from afterglow.core.session import Route, Session, validate_session
from afterglow.core.tags import normalize_tag
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.entry_json import entry_to_json as entry_to_json  # still here

# Records with an `id`, and every record read from a file.
_Record = TypeVar(
    "_Record",
    Entry,
    Session,
    Insight,
    Action,
    Practice,
    PracticeLog,
    Pattern,
    Occurrence,
    Measure,
    OwnPrompt,
)
_Item = TypeVar(
    "_Item",
    Entry,
    Session,
    Insight,
    Action,
    Practice,
    PracticeLog,
    Pattern,
    Occurrence,
    Measure,
    OwnPrompt,
    CheckInDismissal,
)
_Day = date  # `_Fields.date` hides the name inside the class

FORMAT = "afterglow-journal"
VERSION = 1
# DESIGN §4's collections in its order: what a therapist bundle's data.json and the
# import and export dialogs go by.
COLLECTIONS = (
    "entries",
    "sessions",
    "insights",
    "actions",
    "practices",
    "practice_logs",
    "patterns",
    "occurrences",
    "measures",
)
# Added to version 1 since §4 (docs/interchange.md): the person's own prompts and the
# check-ins they dismissed. They belong to the whole-journal export, never to a bundle.
JOURNAL_ONLY_COLLECTIONS = ("prompts", "check_in_dismissals")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def session_to_json(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "started_at": session.started_at.isoformat(),
        "route": session.route.value,
        "dose_mg": session.dose_mg,
        "setting": session.setting,
        "provider": session.provider,
        "support_person": session.support_person,
        "music": session.music,
        "intention": session.intention,
        "notes": session.notes,
        "body_sensations": session.body_sensations,
        "mood_before": session.mood_before,
        "mood_after": session.mood_after,
        "tags": list(session.tags),
    }


def insight_to_json(insight: Insight) -> dict[str, Any]:
    return {
        "id": insight.id,
        "created_at": insight.created_at.isoformat(),
        "text": insight.text,
        "entry_id": insight.entry_id,
        "session_id": insight.session_id,
        "tags": list(insight.tags),
        "starred": insight.starred,
        "status": insight.status.value,
        "excerpt": _excerpt_to_json(insight.excerpt),
    }


def _excerpt_to_json(excerpt: Excerpt | None) -> dict[str, Any] | None:
    """The passage of the source entry an insight was taken from: code-point offsets into
    the entry's Markdown body and the words there when it was taken."""
    if excerpt is None:
        return None
    return {"start": excerpt.start, "end": excerpt.end, "quote": excerpt.quote}


def action_to_json(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "created_at": action.created_at.isoformat(),
        "text": action.text,
        "insight_id": action.insight_id,
        "kind": action.kind.value,
        "status": action.status.value,
        "due": action.due.isoformat() if action.due else None,
        "done_at": action.done_at.isoformat() if action.done_at else None,
    }


def practice_to_json(practice: Practice) -> dict[str, Any]:
    return {
        "id": practice.id,
        "name": practice.name,
        "kind": practice.kind.value,
        "target": None if practice.target is None else float(practice.target),
        "unit": practice.unit,
        "schedule": practice.schedule,
        "builtin": None if practice.builtin is None else practice.builtin.value,
        "active": practice.active,
    }


def practice_log_to_json(log: PracticeLog) -> dict[str, Any]:
    return {
        "id": log.id,
        "practice_id": log.practice_id,
        "date": log.date.isoformat(),
        "done": log.done,
        "amount": None if log.amount is None else float(log.amount),
        "items": list(log.items),
        "note": log.note,
    }


def pattern_to_json(pattern: Pattern) -> dict[str, Any]:
    return {
        "id": pattern.id,
        "name": pattern.name,
        "description": pattern.description,
        "created_at": pattern.created_at.isoformat(),
        "status": pattern.status.value,
    }


def occurrence_to_json(occurrence: Occurrence) -> dict[str, Any]:
    return {
        "id": occurrence.id,
        "pattern_id": occurrence.pattern_id,
        "entry_id": occurrence.entry_id,
        "occurred_at": occurrence.occurred_at.isoformat(),
        "trigger": occurrence.trigger,
        "response": occurrence.response,
        "alternative": occurrence.alternative,
        "intensity": occurrence.intensity,
    }


def measure_to_json(measure: Measure) -> dict[str, Any]:
    return {
        "id": measure.id,
        "instrument": measure.instrument.value,
        "taken_at": measure.taken_at.isoformat(),
        "answers": list(measure.answers),
    }


def prompt_to_json(prompt: OwnPrompt) -> dict[str, Any]:
    return {
        "id": prompt.id,
        "text": prompt.text,
        "category": None if prompt.category is None else prompt.category.value,
        "created_at": prompt.created_at.isoformat(),
    }


def check_in_dismissal_to_json(dismissal: CheckInDismissal) -> dict[str, Any]:
    return {
        "session_id": dismissal.session_id,
        "day": dismissal.day,
        "dismissed_at": dismissal.dismissed_at.isoformat(),
    }


def journal_document(contents: JournalContents, exported_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(),
        "entries": [entry_to_json(entry) for entry in contents.entries],
        "sessions": [session_to_json(session) for session in contents.sessions],
        "insights": [insight_to_json(insight) for insight in contents.insights],
        "actions": [action_to_json(action) for action in contents.actions],
        "practices": [practice_to_json(practice) for practice in contents.practices],
        "practice_logs": [practice_log_to_json(log) for log in contents.practice_logs],
        "patterns": [pattern_to_json(pattern) for pattern in contents.patterns],
        "occurrences": [occurrence_to_json(o) for o in contents.occurrences],
        "measures": [measure_to_json(measure) for measure in contents.measures],
        "prompts": [prompt_to_json(prompt) for prompt in contents.prompts],
        "check_in_dismissals": [
            check_in_dismissal_to_json(d) for d in contents.check_in_dismissals
        ],
    }


def contents_from_document(document: object) -> JournalContents:
    """Everything in a parsed document, or `InvalidImportFile` naming the first problem.
    A collection the file leaves out counts as empty, except `entries`."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidImportFile("", "is not an Afterglow journal export")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidImportFile("version", "must be a whole number from 1 up")
    if version > VERSION:
        raise UnsupportedVersion(
            "This file was exported by a newer version of Afterglow; "
            "please update Afterglow to import it."
        )
    if not isinstance(document.get("entries"), list):
        raise InvalidImportFile("entries", "must be a list")
    practices = _collection(document, "practices", _practice)
    _check_unique(practices, "practices", "builtin", lambda p: p.builtin)
    practice_logs = _collection(document, "practice_logs", _practice_log)
    _check_unique(practice_logs, "practice_logs", "date", lambda log: (log.practice_id, log.date))
    contents = JournalContents(
        entries=_collection(document, "entries", _entry),
        sessions=_collection(document, "sessions", _session),
        insights=_collection(document, "insights", _insight),
        actions=_collection(document, "actions", _action),
        practices=practices,
        practice_logs=practice_logs,
        patterns=_collection(document, "patterns", _pattern),
        occurrences=_collection(document, "occurrences", _occurrence),
        measures=_collection(document, "measures", _measure),
        prompts=_collection(document, "prompts", _prompt),
        check_in_dismissals=_records(document, "check_in_dismissals", _check_in_dismissal),
    )
    # A dismissal has no id of its own: a session's day is dismissed once.
    _check_unique(
        contents.check_in_dismissals,
        "check_in_dismissals",
        "day",
        lambda d: (d.session_id, d.day),
    )
    return contents


def _check_unique(
    records: tuple[_Item, ...], name: str, field: str, key: Callable[[_Item], object]
) -> None:
    """One built-in practice of each kind, one log per practice per day, one dismissal
    per session per day."""
    first_place: dict[object, int] = {}
    for i, record in enumerate(records):
        value = key(record)
        if value is None:
            continue
        if value in first_place:
            raise InvalidImportFile(
                f"{name}[{i}].{field}", f"repeats the {field} of {name}[{first_place[value]}]"
            )
        first_place[value] = i


def entries_from_document(document: object) -> list[Entry]:
    """The entries of a parsed document (everything else in it is checked too)."""
    return list(contents_from_document(document).entries)


def _collection(
    document: dict[str, Any], name: str, read: Callable[[object, str], _Record]
) -> tuple[_Record, ...]:
    items = _list(document, name)
    records: list[_Record] = []
    first_place: dict[str, int] = {}
    for i, item in enumerate(items):
        record = read(item, f"{name}[{i}]")
        if record.id in first_place:
            raise InvalidImportFile(
                f"{name}[{i}].id", f"repeats the id of {name}[{first_place[record.id]}]"
            )
        first_place[record.id] = i
        records.append(record)
    return tuple(records)


def _records(
    document: dict[str, Any], name: str, read: Callable[[object, str], _Item]
) -> tuple[_Item, ...]:
    """A collection whose records have no id."""
    return tuple(read(item, f"{name}[{i}]") for i, item in enumerate(_list(document, name)))


def _list(document: dict[str, Any], name: str) -> list[object]:
    items = document.get(name, [])
    if not isinstance(items, list):
        raise InvalidImportFile(name, "must be a list")
    return items


class _Fields:
    """Reads one JSON object's fields, raising with the field's place in the file."""

    def __init__(self, item: dict[str, Any], where: str) -> None:
        self.item = item
        self.where = where

    def fail(self, name: str, problem: str) -> InvalidImportFile:
        return InvalidImportFile(f"{self.where}.{name}", problem)

    def required(self, name: str) -> Any:
        if name not in self.item:
            raise self.fail(name, "is missing")
        return self.item[name]

    def text(self, name: str, default: str | None = "") -> str:
        value = self.item.get(name, default)
        if not isinstance(value, str) or not is_unicode_text(value):
            raise self.fail(name, "must be text")
        return value

    def optional_text(self, name: str) -> str | None:
        return None if self.item.get(name) is None else self.text(name)

    def uuid(self, name: str, value: object) -> str:
        try:
            if not isinstance(value, str):
                raise ValueError
            return str(uuid.UUID(value))
        except ValueError:
            raise self.fail(name, "must be a UUID") from None

    def scale(self, name: str) -> int | None:
        value = self.item.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            raise self.fail(name, "must be a whole number from 0 to 10")
        return value

    def time(self, name: str) -> datetime:
        value = self.required(name)
        try:
            if not isinstance(value, str):
                raise ValueError
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "must be a time in ISO 8601 form") from None
        if moment.utcoffset() is None:
            raise self.fail(name, "must be a time with a UTC offset")
        return moment

    def date(self, name: str) -> date:
        value = self.required(name)
        try:
            if not isinstance(value, str) or not _DATE.fullmatch(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "must be a date written YYYY-MM-DD") from None

    def optional_uuid(self, name: str) -> str | None:
        value = self.item.get(name)
        return None if value is None else self.uuid(name, value)

    def optional_time(self, name: str) -> datetime | None:
        return None if self.item.get(name) is None else self.time(name)

    def optional_date(self, name: str) -> _Day | None:
        return None if self.item.get(name) is None else self.date(name)

    def flag(self, name: str, *, default: bool = False) -> bool:
        value = self.item.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(name, "must be true or false")
        return value

    def choice(self, name: str, choices: tuple[str, ...], default: str | None = None) -> str:
        value = self.item.get(name, default) if default is not None else self.required(name)
        if value not in choices:
            raise self.fail(name, "must be one of " + ", ".join(choices))
        return str(value)

    def tags(self) -> tuple[str, ...]:
        tags: set[str] = set()
        for i, text in enumerate(self.words("tags")):
            try:
                tags.add(normalize_tag(text))
            except InvalidEntry as exc:
                raise self.fail(f"tags[{i}]", exc.problem) from None
        return tuple(sorted(tags))

    def words(self, name: str) -> list[str]:
        value = self.item.get(name, [])
        if not isinstance(value, list):
            raise self.fail(name, "must be a list of text")
        for i, word in enumerate(value):
            if not isinstance(word, str) or not is_unicode_text(word):
                raise self.fail(f"{name}[{i}]", "must be text")
        return value


def _entry(item: object, where: str) -> Entry:
    if not isinstance(item, dict):
        raise InvalidImportFile(where, "must be an object")
    f = _Fields(item, where)
    kind = f.required("kind")
    if kind not in {k.value for k in EntryKind}:
        raise f.fail("kind", "must be one of " + ", ".join(k.value for k in EntryKind))
    private = item.get("private", False)
    if not isinstance(private, bool):
        raise f.fail("private", "must be true or false")
    emotions: dict[str, None] = {}
    for i, text in enumerate(f.words("emotions")):
        try:
            emotions[normalize_emotion(text)] = None
        except InvalidEntry as exc:
            raise f.fail(f"emotions[{i}]", exc.problem) from None
    session = item.get("session_id")
    entry = Entry(
        id=f.uuid("id", f.required("id")),
        kind=EntryKind(kind),
        date=f.date("date"),
        created_at=f.time("created_at"),
        updated_at=f.time("updated_at"),
        title=f.text("title"),
        body=f.text("body"),
        mood=f.scale("mood"),
        energy=f.scale("energy"),
        emotions=tuple(emotions),
        tags=f.tags(),
        private=private,
        session_id=None if session is None else f.uuid("session_id", session),
        prompt=f.optional_text("prompt"),
    )
    try:
        return validate_entry(entry)
    except InvalidEntry as exc:
        raise f.fail(exc.field, exc.problem) from None


def _fields(item: object, where: str) -> _Fields:
    if not isinstance(item, dict):
        raise InvalidImportFile(where, "must be an object")
    return _Fields(item, where)


def _checked(f: _Fields, validate: Callable[[_Item], _Item], record: _Item) -> _Item:
    try:
        return validate(record)
    except InvalidRecord as exc:
        raise f.fail(exc.field, exc.problem) from None


def _dose(f: _Fields) -> float | None:
    value = f.item.get("dose_mg")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise f.fail("dose_mg", "must be a number of milligrams or null")
    return float(value)


def _session(item: object, where: str) -> Session:
    f = _fields(item, where)
    session = Session(
        id=f.uuid("id", f.required("id")),
        started_at=f.time("started_at"),
        route=Route(f.choice("route", tuple(Route))),
        dose_mg=_dose(f),
        setting=f.text("setting"),
        provider=f.text("provider"),
        support_person=f.text("support_person"),
        music=f.text("music"),
        intention=f.text("intention"),
        notes=f.text("notes"),
        body_sensations=f.text("body_sensations"),
        mood_before=f.scale("mood_before"),
        mood_after=f.scale("mood_after"),
        tags=f.tags(),
    )
    return _checked(f, validate_session, session)


def _insight(item: object, where: str) -> Insight:
    f = _fields(item, where)
    insight = Insight(
        id=f.uuid("id", f.required("id")),
        created_at=f.time("created_at"),
        text=f.text("text", None),
        entry_id=f.optional_uuid("entry_id"),
        session_id=f.optional_uuid("session_id"),
        tags=f.tags(),
        starred=f.flag("starred"),
        status=InsightStatus(f.choice("status", tuple(InsightStatus), InsightStatus.NEW)),
        excerpt=_excerpt(f),
    )
    return _checked(f, validate_insight, insight)


def _excerpt(insight: _Fields) -> Excerpt | None:
    if insight.item.get("excerpt") is None:
        return None
    f = _fields(insight.item["excerpt"], f"{insight.where}.excerpt")
    start, end = _whole(f, "start"), _whole(f, "end")
    return Excerpt(start, end, f.text("quote", None))


def _whole(f: _Fields, name: str) -> int:
    value = f.required(name)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise f.fail(name, "must be a whole number from 0 up")
    return value


def _action(item: object, where: str) -> Action:
    f = _fields(item, where)
    action = Action(
        id=f.uuid("id", f.required("id")),
        created_at=f.time("created_at"),
        text=f.text("text", None),
        insight_id=f.optional_uuid("insight_id"),
        kind=ActionKind(f.choice("kind", tuple(ActionKind), ActionKind.INTERNAL)),
        status=ActionStatus(f.choice("status", tuple(ActionStatus), ActionStatus.OPEN)),
        due=f.optional_date("due"),
        done_at=f.optional_time("done_at"),
    )
    return _checked(f, validate_action, action)


def _number(f: _Fields, name: str) -> float | None:
    value = f.item.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise f.fail(name, "must be a number or null")
    return float(value)


def _practice(item: object, where: str) -> Practice:
    f = _fields(item, where)
    builtin = f.item.get("builtin")
    if builtin is not None and builtin not in tuple(BuiltinPractice):
        raise f.fail("builtin", "must be null or one of " + ", ".join(BuiltinPractice))
    try:
        schedule = normalize_schedule(f.text("schedule", "daily"))
    except InvalidRecord as exc:
        raise f.fail("schedule", exc.problem) from None
    practice = Practice(
        id=f.uuid("id", f.required("id")),
        name=f.text("name", None),
        kind=PracticeKind(f.choice("kind", tuple(PracticeKind))),
        target=_number(f, "target"),
        unit=f.text("unit"),
        schedule=schedule,
        builtin=None if builtin is None else BuiltinPractice(builtin),
        active=f.flag("active", default=True),
    )
    return _checked(f, validate_practice, practice)


def _practice_log(item: object, where: str) -> PracticeLog:
    f = _fields(item, where)
    log = PracticeLog(
        id=f.uuid("id", f.required("id")),
        practice_id=f.uuid("practice_id", f.required("practice_id")),
        date=f.date("date"),
        done=f.flag("done"),
        amount=_number(f, "amount"),
        items=tuple(f.words("items")),
        note=f.text("note"),
    )
    return _checked(f, validate_practice_log, log)


def _pattern(item: object, where: str) -> Pattern:
    f = _fields(item, where)
    pattern = Pattern(
        id=f.uuid("id", f.required("id")),
        name=f.text("name", None),
        description=f.text("description"),
        created_at=f.time("created_at"),
        status=PatternStatus(f.choice("status", tuple(PatternStatus), PatternStatus.ACTIVE)),
    )
    return _checked(f, validate_pattern, pattern)


def _occurrence(item: object, where: str) -> Occurrence:
    f = _fields(item, where)
    occurrence = Occurrence(
        id=f.uuid("id", f.required("id")),
        pattern_id=f.uuid("pattern_id", f.required("pattern_id")),
        entry_id=f.optional_uuid("entry_id"),
        occurred_at=f.time("occurred_at"),
        trigger=f.text("trigger"),
        response=f.text("response"),
        alternative=f.text("alternative"),
        intensity=f.scale("intensity"),
    )
    return _checked(f, validate_occurrence, occurrence)


def _measure(item: object, where: str) -> Measure:
    f = _fields(item, where)
    answers = f.required("answers")
    if not isinstance(answers, list):
        raise f.fail("answers", "must be a list of whole numbers")
    measure = Measure(
        id=f.uuid("id", f.required("id")),
        instrument=Instrument(f.choice("instrument", tuple(Instrument))),
        taken_at=f.time("taken_at"),
        answers=tuple(answers),
    )
    return _checked(f, validate_measure, measure)


def _prompt(item: object, where: str) -> OwnPrompt:
    f = _fields(item, where)
    prompt_id = f.uuid("id", f.required("id"))
    try:
        text = validate_prompt_text(f.text("text", None))
    except InvalidRecord as exc:
        raise f.fail("text", exc.problem) from None
    category = None
    if f.item.get("category") is not None:
        category = PromptCategory(f.choice("category", tuple(PromptCategory)))
    own = OwnPrompt(prompt_id, text, category, f.time("created_at"))
    return _checked(f, validate_own_prompt, own)


def _check_in_dismissal(item: object, where: str) -> CheckInDismissal:
    f = _fields(item, where)
    dismissal = CheckInDismissal(
        session_id=f.uuid("session_id", f.required("session_id")),
        day=_whole(f, "day"),
        dismissed_at=f.time("dismissed_at"),
    )
    return _checked(f, validate_dismissal, dismissal)
