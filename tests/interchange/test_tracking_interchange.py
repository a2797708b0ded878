"""Practices, practice logs, patterns, occurrences and measures in the JSON interchange
format: exact fields, a lossless round trip across every collection, and all-or-nothing
imports that name the first broken link."""

import json
from datetime import datetime, timedelta, timezone

import pytest

from afterglow.core.errors import InvalidImportFile
from afterglow.core.practices import BuiltinPractice
from afterglow.interchange.journal_format import (
    contents_from_document,
    measure_to_json,
    occurrence_to_json,
    pattern_to_json,
    practice_log_to_json,
    practice_to_json,
)
from afterglow.interchange.json_file import export_json, read_json
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault

PASSPHRASE = "a quiet morning by the lake"
ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 14, 9, 0, tzinfo=ZONE)
TODAY = NOW.date()
MISSING = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def journals(tmp_path, fast_policy):
    opened = []

    def make(name):
        unlocked, _ = Vault(tmp_path / name, fast_policy).create(PASSPHRASE)
        opened.append(unlocked)
        return journal_services(unlocked.database, lambda: NOW)

    yield make
    for unlocked in opened:
        unlocked.lock()


def fill(s):
    """Every kind of record, with every kind of link."""
    session = s.sessions.add(started_at=datetime(2026, 3, 1, 10, tzinfo=ZONE), route="im")
    entry = s.journal.add(body="I said yes again.", mood=4, session_id=session.id)
    binned = s.journal.add(body="Thrown away.")
    insight = s.insights.add("Yes is not the only word.", entry_id=entry.id)
    s.actions.add("Pause before answering", insight_id=insight.id)
    builtins = s.practices.ensure_builtins(active={BuiltinPractice.GRATITUDE})
    gratitude = next(p for p in builtins if p.builtin is BuiltinPractice.GRATITUDE)
    walk = s.practices.add(name="Walk", kind="count", target=5000, unit="steps", schedule="sat")
    s.practices.log(gratitude.id, TODAY, items=["Light", "Bread"], note="slow morning")
    s.practices.log(walk.id, TODAY - timedelta(days=7), amount=6200)
    s.practices.log(walk.id, TODAY, done=False, amount=1200.5)
    pleasing = s.patterns.add("People-pleasing", "Saying yes to keep the peace.")
    resolved = s.patterns.add("Doom-scrolling")
    s.patterns.resolve(resolved.id)
    s.patterns.log_occurrence(
        pleasing.id,
        occurred_at=datetime(2026, 3, 2, 19, 30, tzinfo=ZONE),
        entry_id=entry.id,
        trigger="Asked to host",
        response="Said yes",
        alternative="Ask for a day",
        intensity=7,
    )
    gone = s.patterns.log_occurrence(pleasing.id, entry_id=binned.id, intensity=3)
    s.patterns.log_occurrence(resolved.id, occurred_at=datetime(2026, 2, 2, 23, tzinfo=ZONE))
    s.journal.trash(binned.id)
    s.measures.take("phq9", [1, 1, 2, 1, 0, 1, 1, 0, 0])
    s.measures.take("gad7", [2, 1, 1, 0, 0, 1, 2], taken_at=datetime(2026, 3, 1, 8, tzinfo=ZONE))
    s.prompts.add("What did my body ask for today?", "body")
    s.sessions.dismiss_check_in(session.id, 7)
    return {"walk": walk, "gratitude": gratitude, "pleasing": pleasing, "gone": gone}


def document_of(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["exported_at"]
    return document


def test_records_are_written_with_exactly_the_interchange_fields(journals):
    s = journals("one")
    made = fill(s)
    walk = s.practices.get(made["walk"].id)
    assert practice_to_json(walk) == {
        "id": walk.id,
        "name": "Walk",
        "kind": "count",
        "target": 5000.0,
        "unit": "steps",
        "schedule": "sat",
        "builtin": None,
        "active": True,
    }
    log = s.practices.log_on(made["gratitude"].id, TODAY)
    assert practice_log_to_json(log) == {
        "id": log.id,
        "practice_id": made["gratitude"].id,
        "date": "2026-03-14",
        "done": True,
        "amount": None,
        "items": ["Light", "Bread"],
        "note": "slow morning",
    }
    pleasing = s.patterns.get(made["pleasing"].id)
    assert list(pattern_to_json(pleasing)) == ["id", "name", "description", "created_at", "status"]
    occurrence = s.patterns.occurrences()[-1]
    assert list(occurrence_to_json(occurrence)) == [
        "id",
        "pattern_id",
        "entry_id",
        "occurred_at",
        "trigger",
        "response",
        "alternative",
        "intensity",
    ]
    measure = s.measures.latest("phq9")
    assert measure_to_json(measure) == {
        "id": measure.id,
        "instrument": "phq9",
        "taken_at": "2026-03-14T09:00:00+01:00",
        "answers": [1, 1, 2, 1, 0, 1, 1, 0, 0],
    }


def test_export_import_export_is_identical_across_every_collection(journals, tmp_path):
    first = journals("first")
    made = fill(first)
    out = export_json(first.whole_journal.contents(), tmp_path / "one.json", NOW)
    document = document_of(out)
    counts = {name: len(document[name]) for name in document if isinstance(document[name], list)}
    assert counts == {
        "entries": 1,  # the trashed one stays out
        "sessions": 1,
        "insights": 1,
        "actions": 1,
        "practices": 5,
        "practice_logs": 3,
        "patterns": 2,
        "occurrences": 3,
        "measures": 2,
        "prompts": 1,
        "check_in_dismissals": 1,
    }
    # An occurrence noted from an entry in the Trash is exported without the link.
    gone = next(o for o in document["occurrences"] if o["id"] == made["gone"].id)
    assert gone["entry_id"] is None

    second = journals("second")
    report = second.whole_journal.import_contents(read_json(out))
    assert report.practices.added == 5 and report.practice_logs.added == 3
    assert report.occurrences.added == 3 and report.measures.added == 2
    assert report.prompts.added == report.check_in_dismissals.added == 1
    again = export_json(second.whole_journal.contents(), tmp_path / "two.json", NOW)
    assert document_of(again) == document

    # Importing the same file twice adds nothing.
    report = second.whole_journal.import_contents(read_json(out))
    assert report.practices.added == report.occurrences.added == report.measures.added == 0
    assert report.prompts.added == report.check_in_dismissals.added == 0
    assert document_of(export_json(second.whole_journal.contents(), out, NOW)) == document


def test_builtins_already_in_the_journal_are_taken_over_or_joined(journals, tmp_path):
    first = journals("first")
    made = fill(first)
    out = export_json(first.whole_journal.contents(), tmp_path / "one.json", NOW)

    second = journals("second")
    seeded = {p.builtin: p for p in second.practices.ensure_builtins()}
    # Breathwork was logged here, so it stays; the others had no logs and are replaced.
    breath = seeded[BuiltinPractice.BREATHWORK]
    second.practices.log(breath.id, TODAY)
    second.practices.log(seeded[BuiltinPractice.GRATITUDE].id, TODAY - timedelta(days=1))
    second.practices.clear_log(seeded[BuiltinPractice.GRATITUDE].id, TODAY - timedelta(days=1))
    report = second.whole_journal.import_contents(read_json(out))
    kept = {p.builtin: p for p in second.practices.list() if p.builtin}
    assert len(kept) == 4
    assert kept[BuiltinPractice.BREATHWORK].id == breath.id
    assert kept[BuiltinPractice.GRATITUDE].id == made["gratitude"].id
    assert kept[BuiltinPractice.GRATITUDE].active is True
    assert report.practices.added == 4 and report.practices.unchanged == 1
    assert second.practices.log_on(made["gratitude"].id, TODAY).items == ("Light", "Bread")


def test_a_file_log_for_a_day_the_practice_already_logged_leaves_the_journals_log(
    journals, tmp_path
):
    first = journals("first")
    made = fill(first)
    out = export_json(first.whole_journal.contents(), tmp_path / "one.json", NOW)
    second = journals("second")
    second.whole_journal.import_contents(read_json(out))
    walk = made["walk"].id
    second.practices.clear_log(walk, TODAY)
    mine = second.practices.log(walk, TODAY, amount=9000)
    report = second.whole_journal.import_contents(read_json(out))
    assert report.practice_logs.added == 0
    assert second.practices.log_on(walk, TODAY) == mine


def exported(journals, tmp_path):
    s = journals("source")
    fill(s)
    out = export_json(s.whole_journal.contents(), tmp_path / "source.json", NOW)
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("collection", "link", "message"),
    [
        ("practice_logs", "practice_id", "names no practice in the file or the journal"),
        ("occurrences", "pattern_id", "names no pattern in the file or the journal"),
        ("occurrences", "entry_id", "names no entry in the file or the journal"),
    ],
)
def test_a_dangling_link_imports_nothing_and_names_its_place(
    journals, tmp_path, collection, link, message
):
    document = exported(journals, tmp_path)
    document[collection][1][link] = MISSING
    target = journals("target")
    with pytest.raises(InvalidImportFile) as error:
        target.whole_journal.import_contents(contents_from_document(document))
    assert error.value.location == f"{collection}[1].{link}"
    assert error.value.message == f"Nothing was imported: {collection}[1].{link} {message}."
    contents = target.whole_journal.contents()
    assert contents.entries == contents.practices == contents.patterns == ()
    assert contents.measures == contents.sessions == ()


@pytest.mark.parametrize(
    ("collection", "index", "field", "value", "problem"),
    [
        ("practices", 0, "kind", "run", "must be one of timer, count, list, check"),
        ("practices", 0, "builtin", "yoga", "must be null or one of"),
        ("practices", 0, "schedule", "someday", 'must be "daily" or weekdays'),
        ("practices", 0, "target", -1, "must be a number more than 0 or empty"),
        ("practice_logs", 0, "done", "yes", "must be true or false"),
        ("practice_logs", 0, "items", "Light", "must be a list of text"),
        ("practice_logs", 0, "amount", "lots", "must be a number or null"),
        ("patterns", 0, "status", "gone", "must be one of active, resolved"),
        ("patterns", 0, "name", "", "cannot be empty"),
        ("occurrences", 0, "intensity", 11, "must be a whole number from 0 to 10"),
        ("occurrences", 0, "occurred_at", "yesterday", "must be a time in ISO 8601 form"),
        ("measures", 0, "instrument", "bdi", "must be one of phq9, gad7"),
        ("measures", 0, "answers", [0, 1], "must be 7 answers"),
        ("measures", 0, "answers", [0, 1, 2, 3, 4, 0, 0], "must each be a whole number"),
    ],
)
def test_a_broken_record_is_named_by_its_place(
    journals, tmp_path, collection, index, field, value, problem
):
    document = exported(journals, tmp_path)
    if collection == "measures":
        index = next(i for i, m in enumerate(document["measures"]) if m["instrument"] == "gad7")
    document[collection][index][field] = value
    with pytest.raises(InvalidImportFile) as error:
        contents_from_document(document)
    assert error.value.location == f"{collection}[{index}].{field}"
    assert problem in error.value.message


def test_two_logs_of_one_practice_on_one_day_or_two_copies_of_a_builtin_are_refused(
    journals, tmp_path
):
    original = exported(journals, tmp_path)
    document = json.loads(json.dumps(original))
    logs = document["practice_logs"]
    twin = dict(logs[2], id=MISSING)
    document["practice_logs"].append(twin)
    with pytest.raises(InvalidImportFile) as error:
        contents_from_document(document)
    assert error.value.location == "practice_logs[3].date"
    assert "repeats the date of practice_logs[2]" in error.value.message

    document = json.loads(json.dumps(original))
    copy = dict(document["practices"][0], id=MISSING)
    document["practices"].append(copy)
    with pytest.raises(InvalidImportFile) as error:
        contents_from_document(document)
    assert error.value.location == "practices[5].builtin"


def test_older_files_without_the_new_collections_still_import(journals):
    document = {"format": "afterglow-journal", "version": 1, "entries": []}
    contents = contents_from_document(document)
    assert contents.practices == contents.practice_logs == contents.measures == ()
    report = journals("target").whole_journal.import_contents(contents)
    assert report.practices.added == 0


def test_a_practice_schedule_written_loosely_is_read_in_stored_form(journals, tmp_path):
    document = exported(journals, tmp_path)
    walk = next(p for p in document["practices"] if p["name"] == "Walk")
    walk["schedule"] = "Sat, Mon"
    contents = contents_from_document(document)
    assert next(p for p in contents.practices if p.name == "Walk").schedule == "mon,sat"
