"""jrnl JSON exports (`jrnl --export json`), read into journal entries."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from afterglow.core.errors import InvalidImportFile, UsageError
from afterglow.interchange.jrnl import read_jrnl
from tests.interchange.samples import (
    JRNL_ENTRIES,
    dayone_document,
    jrnl_document,
    write_jrnl_json,
)

BERLIN = ZoneInfo("Europe/Berlin")


def test_times_are_read_on_the_wall_clock_with_the_offset_of_their_day(tmp_path):
    plan = read_jrnl(write_jrnl_json(tmp_path / "jrnl.json"), BERLIN)
    studio, summer = plan.entries[:2]
    assert studio.date == date(2023, 3, 25)
    assert studio.created_at.isoformat() == "2023-03-25T21:40:00+01:00"
    assert summer.created_at.isoformat() == "2023-07-14T20:05:00+02:00"  # summer time
    assert studio.updated_at == studio.created_at


def test_without_a_zone_the_computers_own_zone_is_used(tmp_path):
    plan = read_jrnl(write_jrnl_json(tmp_path / "jrnl.json"))
    studio = plan.entries[0]
    assert studio.created_at == datetime(2023, 3, 25, 21, 40).astimezone()
    assert studio.created_at.utcoffset() is not None


def test_title_body_tags_and_star(tmp_path):
    plan = read_jrnl(write_jrnl_json(tmp_path / "jrnl.json"), BERLIN)
    studio, summer, line, _ = plan.entries
    assert (studio.title, studio.body) == (
        "Long day at the studio.",
        "Met @work people, then a walk.",
    )
    assert studio.tags == ("starred", "work")
    assert summer.tags == ("self-care",)
    assert (line.title, line.body, line.tags) == ("Just a line.", "", ())
    assert plan.tags == ("self-care", "starred", "work")


def test_two_entries_at_the_same_minute_with_the_same_title_stay_two(tmp_path):
    path = write_jrnl_json(tmp_path / "jrnl.json")
    ids = [e.id for e in read_jrnl(path, BERLIN).entries]
    assert len(set(ids)) == 4
    assert ids == [e.id for e in read_jrnl(path, BERLIN).entries]  # and the same every time


def test_an_entry_without_text_is_skipped_with_a_reason(tmp_path):
    plan = read_jrnl(write_jrnl_json(tmp_path / "jrnl.json"), BERLIN)
    assert [s.sentence for s in plan.skipped] == [
        "Skipped entries[4] (2023-07-16): it has no text."
    ]


def test_a_uuid_from_jrnl_names_the_entry(tmp_path):
    entry = dict(JRNL_ENTRIES[0], uuid="0a1b2c3d4e5f")
    first = read_jrnl(write_jrnl_json(tmp_path / "a.json", jrnl_document([entry])), BERLIN)
    retitled = dict(entry, title="Renamed later.")
    second = read_jrnl(write_jrnl_json(tmp_path / "b.json", jrnl_document([retitled])), BERLIN)
    assert first.entries[0].id == second.entries[0].id


def test_a_missing_time_means_the_start_of_the_day(tmp_path):
    entry = {k: v for k, v in JRNL_ENTRIES[1].items() if k != "time"}
    plan = read_jrnl(write_jrnl_json(tmp_path / "j.json", jrnl_document([entry])), BERLIN)
    assert plan.entries[0].created_at.isoformat() == "2023-07-14T00:00:00+02:00"


def broken(**changes):
    return jrnl_document([JRNL_ENTRIES[0], dict(JRNL_ENTRIES[1], **changes)])


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("[", "the file is not valid JSON (line 1, column 2)"),
        ({"tags": {}}, "the file is not a jrnl export: it has no list of entries"),
        (
            dayone_document(),
            "the file is a Day One export, not a jrnl export; import it as dayone",
        ),
        (broken(date="2023-02-30"), "entries[1].date must be a date written YYYY-MM-DD"),
        (broken(date="14.07.2023"), "entries[1].date must be a date written YYYY-MM-DD"),
        (broken(time="8pm"), "entries[1].time must be a time of day written HH:MM"),
        (broken(time="25:00"), "entries[1].time must be a time of day written HH:MM"),
        (broken(title=None, body=5), "entries[1].body must be text"),
        (broken(tags="@work"), "entries[1].tags must be a list of text"),
        (broken(starred=1), "entries[1].starred must be true or false"),
    ],
)
def test_a_malformed_export_imports_nothing_and_names_the_problem(tmp_path, document, message):
    path = tmp_path / "jrnl.json"
    if isinstance(document, str):
        path.write_text(document, encoding="utf-8")
    else:
        write_jrnl_json(path, document)
    with pytest.raises(InvalidImportFile) as caught:
        read_jrnl(path, BERLIN)
    assert caught.value.message == f"Nothing was imported: {message}."


def test_a_missing_date_is_named(tmp_path):
    entry = {k: v for k, v in JRNL_ENTRIES[1].items() if k != "date"}
    path = write_jrnl_json(tmp_path / "j.json", jrnl_document([entry]))
    with pytest.raises(InvalidImportFile, match=r"entries\[0\]\.date is missing"):
        read_jrnl(path)


def test_a_missing_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="There is no file at"):
        read_jrnl(tmp_path / "none.json")


def test_every_entry_is_within_a_day_of_its_written_time_in_any_zone(tmp_path):
    path = write_jrnl_json(tmp_path / "jrnl.json")
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"):
        for entry, source in zip(
            read_jrnl(path, ZoneInfo(zone)).entries, JRNL_ENTRIES, strict=False
        ):
            assert entry.date.isoformat() == source["date"]
            wall = entry.created_at.replace(tzinfo=None)
            assert abs(wall - datetime.fromisoformat(f"{source['date']}T{source['time']}")) < (
                timedelta(seconds=1)
            )
