import json
import stat
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import InvalidImportFile, UnsupportedVersion, UsageError
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.journal_format import (
    COLLECTIONS,
    entries_from_document,
    entry_to_json,
    journal_document,
)
from afterglow.interchange.json_file import export_json, read_json

ZONE = timezone(timedelta(hours=-5))
WHEN = datetime(2026, 3, 14, 8, 15, 30, tzinfo=ZONE)

ENTRY = Entry(
    id="5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10",
    kind=EntryKind.CHECK_IN,
    date=date(2026, 3, 14),
    created_at=WHEN,
    updated_at=WHEN + timedelta(minutes=3),
    title="Day 3 check-in",
    body="Lighter today. 静か 🙂\n",
    mood=6,
    energy=None,
    emotions=("calm", "my own word"),
    tags=("check-in", "integration"),
    private=True,
    session_id="0f3e9a47-2d8c-4b1e-9c65-7a4b3e2d1f08",
    prompt=None,
)


def document(**entry_changes):
    shape = entry_to_json(ENTRY)
    shape.update(entry_changes)
    return {"format": "afterglow-journal", "version": 1, "exported_at": "x", "entries": [shape]}


def test_entry_json_has_exactly_the_interchange_fields():
    assert entry_to_json(ENTRY) == {
        "id": ENTRY.id,
        "kind": "check_in",
        "date": "2026-03-14",
        "created_at": "2026-03-14T08:15:30-05:00",
        "updated_at": "2026-03-14T08:18:30-05:00",
        "title": "Day 3 check-in",
        "body": "Lighter today. 静か 🙂\n",
        "mood": 6,
        "energy": None,
        "emotions": ["calm", "my own word"],
        "tags": ["check-in", "integration"],
        "private": True,
        "session_id": "0f3e9a47-2d8c-4b1e-9c65-7a4b3e2d1f08",
        "prompt": None,
    }


def test_document_has_every_collection_and_reads_back():
    doc = journal_document(JournalContents(entries=(ENTRY,)), datetime(2026, 3, 15, tzinfo=UTC))
    assert doc["format"] == "afterglow-journal" and doc["version"] == 1
    assert doc["exported_at"] == "2026-03-15T00:00:00+00:00"
    assert set(COLLECTIONS) <= set(doc)
    assert all(doc[name] == [] for name in COLLECTIONS if name != "entries")
    assert entries_from_document(json.loads(json.dumps(doc))) == [ENTRY]


def test_unknown_keys_are_ignored_and_optional_fields_default():
    shape = {
        "id": ENTRY.id.upper(),
        "kind": "note",
        "date": "2026-03-14",
        "created_at": "2026-03-14T08:15:30Z",
        "updated_at": "2026-03-14T08:15:30+00:00",
        "from_the_future": {"anything": [1, 2]},
        "tags": ["#Self Care", "self-care"],
        "emotions": ["Calm ", "calm"],
    }
    doc = {"format": "afterglow-journal", "version": 1, "entries": [shape], "later": 1}
    [entry] = entries_from_document(doc)
    assert entry.id == ENTRY.id
    assert (entry.title, entry.body, entry.mood, entry.private) == ("", "", None, False)
    assert entry.tags == ("self-care",) and entry.emotions == ("calm",)


@pytest.mark.parametrize(
    ("changes", "location", "problem"),
    [
        ({"mood": 11}, "entries[0].mood", "must be a whole number from 0 to 10"),
        ({"mood": 5.5}, "entries[0].mood", "must be a whole number from 0 to 10"),
        ({"energy": True}, "entries[0].energy", "must be a whole number from 0 to 10"),
        ({"id": "123"}, "entries[0].id", "must be a UUID"),
        ({"id": None}, "entries[0].id", "must be a UUID"),
        ({"kind": "diary"}, "entries[0].kind", "must be one of"),
        ({"date": "14/03/2026"}, "entries[0].date", "must be a date written YYYY-MM-DD"),
        ({"date": "2026-02-30"}, "entries[0].date", "must be a date written YYYY-MM-DD"),
        ({"created_at": "yesterday"}, "entries[0].created_at", "ISO 8601"),
        ({"updated_at": "2026-03-14T08:00:00"}, "entries[0].updated_at", "UTC offset"),
        ({"title": 7}, "entries[0].title", "must be text"),
        ({"body": "\ud800"}, "entries[0].body", "must be text"),
        ({"tags": "calm"}, "entries[0].tags", "must be a list"),
        ({"tags": ["ok", "no way!"]}, "entries[0].tags[1]", "letters, digits"),
        ({"tags": ["ok", 3]}, "entries[0].tags[1]", "must be text"),
        ({"emotions": [""]}, "entries[0].emotions[0]", "empty"),
        ({"private": "yes"}, "entries[0].private", "true or false"),
        ({"session_id": "s1"}, "entries[0].session_id", "must be a UUID"),
        ({"prompt": ["x"]}, "entries[0].prompt", "must be text"),
        ({"title": "x" * 600}, "entries[0].title", "at most 500"),
    ],
)
def test_invalid_entries_are_reported_by_location(changes, location, problem):
    with pytest.raises(InvalidImportFile) as caught:
        entries_from_document(document(**changes))
    assert caught.value.location == location
    assert problem in caught.value.problem
    assert caught.value.message.startswith(f"Nothing was imported: {location} ")


def test_a_missing_required_field_is_named():
    doc = document()
    del doc["entries"][0]["created_at"]
    with pytest.raises(InvalidImportFile, match=r"entries\[0\]\.created_at is missing"):
        entries_from_document(doc)


def test_the_first_problem_is_reported_with_its_index():
    doc = document()
    good = doc["entries"][0]
    doc["entries"] = [
        dict(good, id=f"00000000-0000-4000-8000-00000000000{i}") for i in range(3)
    ] + [dict(good, id="00000000-0000-4000-8000-000000000009", mood=42), "not an entry"]
    with pytest.raises(InvalidImportFile) as caught:
        entries_from_document(doc)
    assert caught.value.message == (
        "Nothing was imported: entries[3].mood must be a whole number from 0 to 10."
    )


def test_repeated_ids_in_one_file_are_refused():
    doc = document()
    doc["entries"].append(dict(doc["entries"][0]))
    with pytest.raises(InvalidImportFile, match=r"entries\[1\]\.id repeats the id of entries\[0\]"):
        entries_from_document(doc)


@pytest.mark.parametrize(
    ("doc", "location"),
    [
        ([], ""),
        ({"format": "something-else", "version": 1, "entries": []}, ""),
        ({"format": "afterglow-journal", "version": "1", "entries": []}, "version"),
        ({"format": "afterglow-journal", "version": 1, "entries": {}}, "entries"),
        ({"format": "afterglow-journal", "version": 1}, "entries"),
        ({"format": "afterglow-journal", "version": 1, "entries": [7]}, "entries[0]"),
    ],
)
def test_documents_that_are_not_exports_are_refused(doc, location):
    with pytest.raises(InvalidImportFile) as caught:
        entries_from_document(doc)
    assert caught.value.location == location


def test_a_newer_format_version_asks_for_an_update():
    with pytest.raises(UnsupportedVersion, match="newer version"):
        entries_from_document({"format": "afterglow-journal", "version": 2, "entries": []})


def test_export_file_is_private_and_reads_back(tmp_path):
    (tmp_path / "exports").mkdir()
    out = tmp_path / "exports" / "journal.json"
    export_json(JournalContents(entries=(ENTRY,)), out, WHEN)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert read_json(out) == JournalContents(entries=(ENTRY,))
    assert json.loads(out.read_text(encoding="utf-8"))["entries"][0]["body"] == ENTRY.body
    assert [p.name for p in out.parent.iterdir()] == ["journal.json"]  # no temporary left


def test_export_replaces_an_older_export(tmp_path):
    out = tmp_path / "journal.json"
    out.write_text("old")
    export_json(JournalContents(), out, WHEN)
    assert json.loads(out.read_text())["entries"] == []


def test_export_refuses_a_folder_or_a_missing_parent(tmp_path):
    with pytest.raises(UsageError, match="is a folder"):
        export_json(JournalContents(), tmp_path, WHEN)
    with pytest.raises(UsageError, match="does not exist"):
        export_json(JournalContents(), tmp_path / "no" / "such.json", WHEN)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b'{"format": ', "not valid JSON (line 1, column 12)"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(tmp_path, content, problem):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InvalidImportFile) as caught:
        read_json(path)
    assert problem in caught.value.message


def test_a_missing_import_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="There is no file"):
        read_json(tmp_path / "absent.json")
