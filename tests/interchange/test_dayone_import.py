"""Day One exports: Journal.json or the export zip, read into journal entries."""

import json
import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest

from afterglow.core.entries import EntryKind
from afterglow.core.errors import InvalidImportFile, UsageError
from afterglow.interchange.dayone import read_dayone, unescaped
from afterglow.interchange.importers import plan_import
from tests.interchange.samples import (
    DAYONE_ENTRIES,
    TRAVEL_ENTRIES,
    dayone_document,
    jrnl_document,
    write_dayone_json,
    write_dayone_zip,
)


def test_entries_keep_the_wall_clock_time_and_day_of_their_own_time_zone(tmp_path):
    plan = read_dayone(write_dayone_json(tmp_path / "Journal.json"))
    night, after_change, coast = plan.entries

    # 23:30 UTC on the 25th: 00:30 on the 26th in Berlin, winter time.
    assert night.date == date(2023, 3, 26)
    assert night.created_at.isoformat() == "2023-03-26T00:30:00+01:00"
    # The clocks went forward at 01:00 UTC: 01:30 UTC is 03:30 summer time.
    assert after_change.date == date(2023, 3, 26)
    assert after_change.created_at.isoformat() == "2023-03-26T03:30:00+02:00"
    # 03:15 UTC on 1 April is still the evening of 31 March in Los Angeles.
    assert coast.date == date(2023, 3, 31)
    assert coast.created_at.isoformat() == "2023-03-31T20:15:00-07:00"
    assert coast.created_at == datetime(2023, 4, 1, 3, 15, tzinfo=UTC)
    assert all(e.kind is EntryKind.JOURNAL for e in plan.entries)


def test_modified_date_is_when_the_entry_was_last_changed(tmp_path):
    night = read_dayone(write_dayone_json(tmp_path / "Journal.json")).entries[0]
    assert night.updated_at.isoformat() == "2023-03-26T10:00:00+02:00"
    assert night.updated_at == datetime(2023, 3, 26, 8, tzinfo=UTC)


def test_first_heading_is_the_title_and_escapes_and_photos_are_cleaned(tmp_path):
    night = read_dayone(write_dayone_json(tmp_path / "Journal.json")).entries[0]
    assert night.title == "Night walk"
    assert night.body == (
        "It was 3.5 km. Felt good!\n\n"
        "1\\. not a list\n\\- not a list either\n*kept* \\*stars\\* and `code \\. as is`"
    )
    assert "dayone-moment" not in night.body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello\\! (yes\\)", "Hello! (yes)"),
        ("2\\. second", "2\\. second"),  # would start a numbered list
        ("  \\+ plus", "  \\+ plus"),  # would start a list
        ("a \\- b", "a - b"),
        ("back\\\\. slash", "back\\\\. slash"),  # an escaped backslash stays as written
        ("\\#not-a-tag \\_x\\_ \\[link\\]", "\\#not-a-tag \\_x\\_ \\[link\\]"),
        ("```\nregex \\. here\n```\nafter\\.", "```\nregex \\. here\n```\nafter."),
    ],
)
def test_only_escapes_that_change_nothing_are_dropped(text, expected):
    assert unescaped(text) == expected


def test_tags_are_normalised_and_a_star_becomes_the_starred_tag(tmp_path):
    plan = read_dayone(write_dayone_json(tmp_path / "Journal.json"))
    night, after_change, coast = plan.entries
    assert night.tags == ("night-sky", "starred", "walks")
    assert after_change.tags == ("sleep",)  # a #tag written in the text
    assert coast.tags == ("travel",)
    assert plan.tags == ("night-sky", "sleep", "starred", "travel", "walks")
    assert "Left out 1 tag Afterglow cannot keep (a tag needs at least one letter): 2023." in (
        plan.notes
    )


def test_an_entry_with_only_a_photo_is_skipped_with_a_reason(tmp_path):
    plan = read_dayone(write_dayone_json(tmp_path / "Journal.json"))
    assert len(plan.entries) == 3
    [skipped] = plan.skipped
    assert skipped.item == "entries[3] (2023-04-02)"
    assert skipped.sentence == "Skipped entries[3] (2023-04-02): it has no text."
    assert any(note.startswith("Left out 2 photos and other attachments") for note in plan.notes)


def test_ids_are_the_same_on_every_reading_and_differ_between_entries(tmp_path):
    path = write_dayone_json(tmp_path / "Journal.json")
    first = [e.id for e in read_dayone(path).entries]
    again = [e.id for e in read_dayone(path).entries]
    assert first == again and len(set(first)) == 3
    assert all(e.id != DAYONE_ENTRIES[0]["uuid"] for e in read_dayone(path).entries)


def test_the_export_zip_brings_every_journal_in_it(tmp_path):
    plan = plan_import("dayone", write_dayone_zip(tmp_path / "export.zip"))
    assert len(plan.entries) == 4
    trains = plan.entries[-1]
    assert trains.body == "Trains on time."
    assert trains.created_at.isoformat() == "2023-06-10T16:00:00+09:00"
    assert trains.tags == ("starred", "travel")
    assert [s.item for s in plan.skipped] == ["entries[3] in Journal.json (2023-04-02)"]
    # The same entries from the zip and from Journal.json alone are the same entries.
    alone = read_dayone(write_dayone_json(tmp_path / "Journal.json"))
    assert {e.id for e in alone.entries} < {e.id for e in plan.entries}


def test_an_unknown_time_zone_keeps_the_time_in_utc_and_says_so(tmp_path):
    entry = dict(DAYONE_ENTRIES[2], timeZone="Mars/Olympus_Mons")
    plan = read_dayone(write_dayone_json(tmp_path / "j.json", dayone_document([entry])))
    assert plan.entries[0].created_at.utcoffset() == timedelta(0)
    assert plan.entries[0].date == date(2023, 4, 1)
    assert any("Mars/Olympus_Mons" in note for note in plan.notes)


def test_the_same_entry_twice_in_an_export_comes_in_once(tmp_path):
    entries = [DAYONE_ENTRIES[2], dict(DAYONE_ENTRIES[2], text="A copy.")]
    plan = read_dayone(write_dayone_json(tmp_path / "j.json", dayone_document(entries)))
    assert len(plan.entries) == 1
    assert plan.skipped[0].reason == "it is the same entry as entries[0] (2023-03-31)"


def broken(entry_changes=None, remove=None):
    entry = dict(DAYONE_ENTRIES[1], **(entry_changes or {}))
    if remove:
        del entry[remove]
    return dayone_document([DAYONE_ENTRIES[0], entry])


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("{not json", "the file is not valid JSON (line 1, column 2)"),
        ([1, 2], "the file is not a Day One export: it has no list of entries"),
        ({"metadata": {}}, "the file is not a Day One export: it has no list of entries"),
        (
            jrnl_document(),
            "the file is a jrnl export, not a Day One export; import it as jrnl",
        ),
        (
            {"format": "afterglow-journal", "version": 1, "entries": []},
            "the file is an Afterglow export, not a Day One export; import it as json",
        ),
        (dayone_document([DAYONE_ENTRIES[0], "text"]), "entries[1] must be an object"),
        (broken(remove="uuid"), "entries[1].uuid is missing"),
        (broken({"uuid": 7}), "entries[1].uuid must be text"),
        (broken(remove="creationDate"), "entries[1].creationDate is missing"),
        (
            broken({"creationDate": "26/03/2023"}),
            "entries[1].creationDate must be a time in ISO 8601 form",
        ),
        (
            broken({"creationDate": "2023-03-26T01:30:00"}),
            "entries[1].creationDate must be a time with a UTC offset",
        ),
        (
            broken({"modifiedDate": "yesterday"}),
            "entries[1].modifiedDate must be a time in ISO 8601 form",
        ),
        (broken({"text": ["a"]}), "entries[1].text must be text"),
        (broken({"tags": "calm"}), "entries[1].tags must be a list of text"),
        (broken({"tags": ["ok", 3]}), "entries[1].tags[1] must be text"),
        (broken({"starred": "yes"}), "entries[1].starred must be true or false"),
    ],
)
def test_a_malformed_export_imports_nothing_and_names_the_problem(tmp_path, document, message):
    path = tmp_path / "Journal.json"
    if isinstance(document, str):
        path.write_text(document, encoding="utf-8")
    else:
        write_dayone_json(path, document)
    with pytest.raises(InvalidImportFile) as caught:
        read_dayone(path)
    assert caught.value.message == f"Nothing was imported: {message}."


@pytest.mark.parametrize(
    ("journals", "message"),
    [
        ({"notes.txt": "hello"}, "the file holds no Day One journal (no .json file)"),
        (
            {"Journal.json": dayone_document(), "Travel.json": "{"},
            "Travel.json in the zip is not valid JSON (line 1, column 2)",
        ),
        (
            {"Journal.json": broken({"creationDate": "soon"})},
            "entries[1].creationDate in Journal.json must be a time in ISO 8601 form",
        ),
        (
            {"Journal.json": {"entries": "none"}},
            "Journal.json in the zip is not a Day One export: it has no list of entries",
        ),
    ],
)
def test_a_malformed_zip_imports_nothing_and_names_the_file_in_it(tmp_path, journals, message):
    path = write_dayone_zip(tmp_path / "export.zip", journals)
    with pytest.raises(InvalidImportFile) as caught:
        read_dayone(path)
    assert caught.value.message == f"Nothing was imported: {message}."


def test_a_damaged_zip_is_refused(tmp_path):
    path = write_dayone_zip(tmp_path / "export.zip")
    data = bytearray(path.read_bytes())
    start = data.index(b"PK\x03\x04") + 40
    data[start : start + 40] = b"\x00" * 40  # the compressed Journal.json, overwritten
    path.write_bytes(bytes(data))
    with pytest.raises(InvalidImportFile, match="the file is a damaged zip file"):
        read_dayone(path)


def test_a_zip_member_can_hold_only_json_named_members(tmp_path):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("__MACOSX/._Journal.json", b"\x00\x05\x16\x07")
        archive.writestr("Journal.json", json.dumps(dayone_document(TRAVEL_ENTRIES)))
    assert len(read_dayone(path).entries) == 1


def test_a_missing_file_or_a_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="There is no file at"):
        read_dayone(tmp_path / "missing.json")
    with pytest.raises(UsageError, match=r"is a folder; choose Day One's export \.zip"):
        read_dayone(tmp_path)
