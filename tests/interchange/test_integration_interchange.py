"""Sessions, insights (with the passage each was taken from), actions, one's own prompts
and dismissed check-ins in the JSON interchange format, with their links."""

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from afterglow.bundle.selection import BundleSelection
from afterglow.core.check_ins import CheckInStatus
from afterglow.core.entries import EntryKind
from afterglow.core.errors import InvalidImportFile
from afterglow.core.insight import InsightStatus
from afterglow.core.integration_store import InsightFilter
from afterglow.core.journal import ImportCounts
from afterglow.interchange.journal_format import (
    action_to_json,
    check_in_dismissal_to_json,
    contents_from_document,
    insight_to_json,
    prompt_to_json,
    session_to_json,
)
from afterglow.interchange.json_file import export_json, read_json
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault

PASSPHRASE = "a quiet morning by the lake"
ZONE = timezone(timedelta(hours=-3))
NOW = datetime(2026, 3, 14, 9, 0, tzinfo=ZONE)
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
    session = s.sessions.add(
        started_at=datetime(2026, 3, 10, 22, 30, tzinfo=ZONE),
        route="sublingual",
        dose_mg=150,
        setting="Clinic",
        provider="Dr. Okafor",
        support_person="Ana",
        music="Ólafur Arnalds",
        intention="Meet the tiredness",
        notes="Onset gentle; peak wide.",
        body_sensations="Warm hands",
        mood_before=4,
        mood_after=7,
        tags=["first-series"],
    )
    s.sessions.add(started_at=datetime(2026, 2, 1, 9, tzinfo=ZONE), route="other")
    entry = s.journal.add(
        kind=EntryKind.REFLECTION, body="Rest is allowed. 静か", session_id=session.id
    )
    from_entry = s.insights.add_from_selection(entry.id, 0, 16, tags=["rest"], starred=True)
    s.insights.set_status(from_entry.id, "integrating")
    from_session = s.insights.add("Music carries me back.", session_id=session.id)
    free = s.insights.add("Nothing to hold on to.")
    done = s.actions.add("Pause after lunch", insight_id=from_entry.id, kind="external")
    s.actions.set_status(done.id, "done")
    s.actions.add("Listen again", insight_id=from_session.id, due=date(2026, 3, 20))
    s.actions.add("Unlinked action")
    s.prompts.add("What did I not rush today?", "body")
    s.prompts.add("Who do I want to tell?")
    s.sessions.dismiss_check_in(session.id, 3)
    s.sessions.dismiss_check_in(session.id, 1)
    return session, entry, from_entry, free


def without_export_time(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["exported_at"]
    return document


def test_records_are_written_with_exactly_the_interchange_fields(journals):
    s = journals("one")
    session, entry, insight, free = fill(s)
    assert list(session_to_json(session)) == [
        "id",
        "started_at",
        "route",
        "dose_mg",
        "setting",
        "provider",
        "support_person",
        "music",
        "intention",
        "notes",
        "body_sensations",
        "mood_before",
        "mood_after",
        "tags",
    ]
    assert session_to_json(session)["started_at"] == "2026-03-10T22:30:00-03:00"
    assert insight_to_json(s.insights.get(insight.id)) == {
        "id": insight.id,
        "created_at": "2026-03-14T09:00:00-03:00",
        "text": "Rest is allowed.",
        "entry_id": entry.id,
        "session_id": None,
        "tags": ["rest"],
        "starred": True,
        "status": "integrating",
        "excerpt": {"start": 0, "end": 16, "quote": "Rest is allowed."},
    }
    assert insight_to_json(s.insights.get(free.id))["excerpt"] is None
    action = s.actions.list()[0]
    assert list(action_to_json(action)) == [
        "id",
        "created_at",
        "text",
        "insight_id",
        "kind",
        "status",
        "due",
        "done_at",
    ]
    contents = s.whole_journal.contents()
    assert [prompt_to_json(p) for p in contents.prompts] == [
        {
            "id": s.prompts.own()[0].id,
            "text": "What did I not rush today?",
            "category": "body",
            "created_at": "2026-03-14T09:00:00-03:00",
        },
        {
            "id": s.prompts.own()[1].id,
            "text": "Who do I want to tell?",
            "category": None,
            "created_at": "2026-03-14T09:00:00-03:00",
        },
    ]
    assert [check_in_dismissal_to_json(d) for d in contents.check_in_dismissals] == [
        {"session_id": session.id, "day": 1, "dismissed_at": "2026-03-14T09:00:00-03:00"},
        {"session_id": session.id, "day": 3, "dismissed_at": "2026-03-14T09:00:00-03:00"},
    ]


def test_export_import_export_keeps_every_record_and_link(journals, tmp_path):
    first = journals("first")
    fill(first)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    export_json(first.whole_journal.contents(), one, NOW)
    second = journals("second")
    report = second.whole_journal.import_contents(read_json(one))
    assert (report.entries.added, report.sessions.added) == (1, 2)
    assert (report.insights.added, report.actions.added) == (3, 3)
    assert (report.prompts.added, report.check_in_dismissals.added) == (2, 2)
    export_json(second.whole_journal.contents(), two, NOW + timedelta(days=1))
    assert without_export_time(one) == without_export_time(two)

    document = without_export_time(two)
    names = ("entries", "sessions", "insights", "actions", "prompts", "check_in_dismissals")
    assert [len(document[name]) for name in names] == [1, 2, 3, 3, 2, 2]
    # The links point where they did: the arc and the filters work in the new journal.
    [session] = [x for x in second.sessions.list() if x.route == "sublingual"]
    arc = second.sessions.arc(session.id, today=date(2026, 3, 14))
    assert arc.reflection.entries[0].body == "Rest is allowed. 静か"
    linked = second.insights.list(InsightFilter(session_id=session.id))
    assert {i.text for i in linked} == {"Rest is allowed.", "Music carries me back."}
    assert {i.status for i in linked} == {InsightStatus.INTEGRATING, InsightStatus.NEW}
    assert {a.text for a in second.actions.list() if a.insight_id} == {
        "Pause after lunch",
        "Listen again",
    }
    assert second.sessions.get(session.id).dose_mg == 150.0
    # The passage an insight was taken from is found again in its entry.
    [from_entry] = [i for i in linked if i.entry_id]
    assert second.insights.source_range(from_entry) == (0, 16)
    assert first.insights.get(from_entry.id) == from_entry
    # The person's own prompts come back in their order, and the dismissed check-ins stay
    # dismissed.
    assert second.prompts.own() == first.prompts.own()
    assert [p.text for p in second.prompts.own()] == [
        "What did I not rush today?",
        "Who do I want to tell?",
    ]
    assert {step.day for step in arc.check_ins if step.status == CheckInStatus.DISMISSED} == {
        1,
        3,
    }


def test_importing_twice_adds_nothing(journals, tmp_path):
    first = journals("first")
    fill(first)
    path = tmp_path / "one.json"
    export_json(first.whole_journal.contents(), path, NOW)
    second = journals("second")
    second.whole_journal.import_contents(read_json(path))
    report = second.whole_journal.import_contents(read_json(path))
    for counts in (report.entries, report.sessions, report.insights, report.actions):
        assert counts.added == 0 and counts.updated == 0
    assert (report.prompts.added, report.prompts.unchanged) == (0, 2)
    assert (report.check_in_dismissals.added, report.check_in_dismissals.unchanged) == (0, 2)
    assert (len(second.sessions.list()), len(second.insights.list())) == (2, 3)
    assert len(second.actions.list()) == 3
    assert len(second.prompts.own()) == 2
    assert len(second.whole_journal.contents().check_in_dismissals) == 2


def test_a_dangling_link_imports_nothing_and_names_its_place(journals, tmp_path):
    first = journals("first")
    fill(first)
    path = tmp_path / "one.json"
    export_json(first.whole_journal.contents(), path, NOW)
    document = json.loads(path.read_text())
    document["insights"][2]["entry_id"] = MISSING
    path.write_text(json.dumps(document))
    second = journals("second")
    with pytest.raises(InvalidImportFile) as caught:
        second.whole_journal.import_contents(read_json(path))
    assert caught.value.location == "insights[2].entry_id"
    assert caught.value.message == (
        "Nothing was imported: insights[2].entry_id names no entry in the file or the journal."
    )
    assert second.journal.all_entries() == [] and second.sessions.list() == []
    assert second.insights.list() == [] and second.actions.list() == []


@pytest.mark.parametrize(
    ("collection", "index", "link", "what"),
    [
        ("entries", 0, "session_id", "session"),
        ("insights", 0, "session_id", "session"),
        ("actions", 1, "insight_id", "insight"),
        ("check_in_dismissals", 1, "session_id", "session"),
    ],
)
def test_every_kind_of_link_is_checked(journals, tmp_path, collection, index, link, what):
    first = journals("first")
    fill(first)
    path = tmp_path / "one.json"
    export_json(first.whole_journal.contents(), path, NOW)
    document = json.loads(path.read_text())
    document[collection][index][link] = MISSING
    second = journals("second")
    with pytest.raises(InvalidImportFile, match=f"names no {what} in the file"):
        second.whole_journal.import_contents(contents_from_document(document))
    assert second.sessions.list() == []


def test_a_link_may_point_at_what_the_journal_already_holds(journals):
    s = journals("one")
    session, entry, insight, _ = fill(s)
    document = {
        "format": "afterglow-journal",
        "version": 1,
        "entries": [],
        "insights": [
            {
                "id": "7e5b4a6c-9f1b-4c2d-9e0f-5a6b7c8d9e0f",
                "created_at": "2026-03-15T10:00:00+00:00",
                "text": "Another thought",
                "entry_id": entry.id,
                "session_id": session.id,
            }
        ],
        "actions": [
            {
                "id": "8f6c5b7d-0a2c-4d3e-8f1a-6b7c8d9e0f1a",
                "created_at": "2026-03-15T10:05:00+00:00",
                "text": "Try it",
                "insight_id": insight.id,
            }
        ],
    }
    report = s.whole_journal.import_contents(contents_from_document(document))
    assert (report.insights.added, report.actions.added) == (1, 1)
    imported = s.insights.get("7e5b4a6c-9f1b-4c2d-9e0f-5a6b7c8d9e0f")
    assert imported.status == InsightStatus.NEW and not imported.starred


def test_an_export_leaves_out_links_to_what_is_in_the_trash(journals, tmp_path):
    s = journals("one")
    session, entry, _, _ = fill(s)
    s.sessions.trash(session.id)
    s.journal.trash(entry.id)
    contents = s.whole_journal.contents()
    assert len(contents.sessions) == 1 and contents.entries == ()
    assert all(i.entry_id is None and i.session_id is None for i in contents.insights)
    # A passage goes with its entry, a dismissed check-in with its session.
    assert all(i.excerpt is None for i in contents.insights)
    assert contents.check_in_dismissals == ()
    path = tmp_path / "one.json"
    export_json(contents, path, NOW)
    other = journals("two")
    report = other.whole_journal.import_contents(read_json(path))
    assert report.insights.added == 3


@pytest.mark.parametrize(
    ("collection", "field", "value", "place", "problem"),
    [
        ("sessions", "route", "smoked", "sessions[0].route", "must be one of iv, im"),
        ("sessions", "dose_mg", 0, "sessions[0].dose_mg", "must be more than 0"),
        ("sessions", "dose_mg", "50", "sessions[0].dose_mg", "number of milligrams"),
        ("sessions", "mood_after", 11, "sessions[0].mood_after", "0 to 10"),
        ("sessions", "started_at", "2026-03-10T22:30", "sessions[0].started_at", "UTC offset"),
        ("insights", "status", "done", "insights[0].status", "must be one of new"),
        ("insights", "starred", "yes", "insights[0].starred", "true or false"),
        ("insights", "text", "  ", "insights[0].text", "cannot be empty"),
        ("insights", "entry_id", "entry one", "insights[0].entry_id", "must be a UUID"),
        ("actions", "kind", "both", "actions[0].kind", "must be one of internal"),
        ("actions", "due", "20 March", "actions[0].due", "YYYY-MM-DD"),
        # The first action is open, so calling it done without a time breaks the rule.
        ("actions", "status", "done", "actions[0].done_at", "exactly when the action is done"),
    ],
)
def test_a_broken_record_is_named_by_its_place(
    journals, tmp_path, collection, field, value, place, problem
):
    s = journals("one")
    fill(s)
    path = tmp_path / "one.json"
    export_json(s.whole_journal.contents(), path, NOW)
    document = json.loads(path.read_text())
    # Records are written oldest first, and these were all made at the same moment: put
    # the record meant to break first, whatever order the ids gave them.
    records = document[collection]
    if collection == "actions":
        records.sort(key=lambda record: record["status"] == "done")
    records[0][field] = value
    with pytest.raises(InvalidImportFile) as caught:
        contents_from_document(document)
    assert caught.value.location == place
    assert problem in caught.value.message


def test_a_repeated_id_is_refused(journals, tmp_path):
    s = journals("one")
    fill(s)
    path = tmp_path / "one.json"
    export_json(s.whole_journal.contents(), path, NOW)
    document = json.loads(path.read_text())
    document["sessions"][1]["id"] = document["sessions"][0]["id"]
    with pytest.raises(
        InvalidImportFile, match=r"sessions\[1\].id repeats the id of sessions\[0\]"
    ):
        contents_from_document(document)


def test_an_older_file_without_the_new_collections_still_imports(journals):
    document = {"format": "afterglow-journal", "version": 1, "entries": []}
    contents = contents_from_document(document)
    assert contents.sessions == contents.insights == contents.actions == ()
    assert contents.prompts == contents.check_in_dismissals == ()
    with pytest.raises(InvalidImportFile, match="sessions must be a list"):
        contents_from_document({**document, "sessions": {}})
    with pytest.raises(InvalidImportFile, match="prompts must be a list"):
        contents_from_document({**document, "prompts": {}})
    with pytest.raises(InvalidImportFile, match="check_in_dismissals must be a list"):
        contents_from_document({**document, "check_in_dismissals": None})


def test_a_file_written_before_passages_prompts_and_dismissals_were_exported_imports(
    journals, tmp_path
):
    first = journals("first")
    fill(first)
    path = tmp_path / "one.json"
    export_json(first.whole_journal.contents(), path, NOW)
    document = json.loads(path.read_text())
    for insight in document["insights"]:
        del insight["excerpt"]
    del document["prompts"], document["check_in_dismissals"]
    second = journals("second")
    report = second.whole_journal.import_contents(contents_from_document(document))
    assert (report.insights.added, report.prompts, report.check_in_dismissals) == (
        3,
        ImportCounts(),
        ImportCounts(),
    )
    assert all(i.excerpt is None for i in second.insights.list())
    assert second.prompts.own() == []
    # Importing the full export afterwards adds what the older file lacked, except the
    # passages: an insight already here is left as it is.
    report = second.whole_journal.import_contents(read_json(path))
    assert (report.prompts.added, report.check_in_dismissals.added) == (2, 2)
    assert report.insights.unchanged == 3
    assert all(i.excerpt is None for i in second.insights.list())


def exported(s, tmp_path):
    return json.loads(export_json(s.whole_journal.contents(), tmp_path / "1.json", NOW).read_text())


def insight_from_an_entry(document):
    return next(i for i, insight in enumerate(document["insights"]) if insight["entry_id"])


@pytest.mark.parametrize(
    ("excerpt", "field", "problem"),
    [
        ("0-16", "excerpt", "must be an object"),
        ({"start": -1, "end": 16, "quote": "Rest is allowed."}, "excerpt.start", "from 0 up"),
        ({"start": 0, "end": "16", "quote": "Rest is allowed."}, "excerpt.end", "from 0 up"),
        ({"start": 0, "end": 16}, "excerpt.quote", "must be text"),
        ({"start": 0, "end": 10, "quote": "Rest is allowed."}, "excerpt", "must be a passage"),
        ({"start": 5, "end": 5, "quote": ""}, "excerpt", "must be a passage"),
    ],
)
def test_a_broken_passage_is_named_by_its_place(journals, tmp_path, excerpt, field, problem):
    s = journals("one")
    fill(s)
    document = exported(s, tmp_path)
    index = insight_from_an_entry(document)
    document["insights"][index]["excerpt"] = excerpt
    with pytest.raises(InvalidImportFile) as caught:
        contents_from_document(document)
    assert caught.value.location == f"insights[{index}].{field}"
    assert problem in caught.value.message


def test_a_passage_needs_an_entry_it_was_taken_from(journals, tmp_path):
    s = journals("one")
    fill(s)
    document = exported(s, tmp_path)
    passage = document["insights"][insight_from_an_entry(document)]["excerpt"]
    index = next(i for i, insight in enumerate(document["insights"]) if not insight["entry_id"])
    document["insights"][index]["excerpt"] = passage
    with pytest.raises(InvalidImportFile) as caught:
        contents_from_document(document)
    assert caught.value.location == f"insights[{index}].excerpt"
    assert "must be a passage of its source entry" in caught.value.message


@pytest.mark.parametrize(
    ("collection", "field", "value", "problem"),
    [
        ("prompts", "id", "meaning-3", "must be a UUID"),
        ("prompts", "text", "   ", "cannot be empty"),
        ("prompts", "text", None, "must be text"),
        ("prompts", "category", "sleep", "must be one of meaning, emotions"),
        ("prompts", "created_at", "2026-03-14", "UTC offset"),
        ("check_in_dismissals", "session_id", "first session", "must be a UUID"),
        ("check_in_dismissals", "day", -1, "must be a whole number from 0 up"),
        ("check_in_dismissals", "day", "3", "must be a whole number from 0 up"),
        ("check_in_dismissals", "day", True, "must be a whole number from 0 up"),
        ("check_in_dismissals", "dismissed_at", None, "is missing"),
    ],
)
def test_a_broken_prompt_or_dismissal_is_named_by_its_place(
    journals, tmp_path, collection, field, value, problem
):
    s = journals("one")
    fill(s)
    document = exported(s, tmp_path)
    if value is None and field == "dismissed_at":
        del document[collection][0][field]
    else:
        document[collection][0][field] = value
    with pytest.raises(InvalidImportFile) as caught:
        contents_from_document(document)
    assert caught.value.location == f"{collection}[0].{field}"
    assert problem in caught.value.message


def test_a_prompt_id_or_a_dismissed_day_given_twice_is_refused(journals, tmp_path):
    s = journals("one")
    fill(s)
    original = exported(s, tmp_path)
    document = json.loads(json.dumps(original))
    document["prompts"][1]["id"] = document["prompts"][0]["id"]
    with pytest.raises(InvalidImportFile, match=r"prompts\[1\]\.id repeats the id of prompts\[0\]"):
        contents_from_document(document)
    document = json.loads(json.dumps(original))
    document["check_in_dismissals"][1]["day"] = document["check_in_dismissals"][0]["day"]
    with pytest.raises(InvalidImportFile) as caught:
        contents_from_document(document)
    assert caught.value.location == "check_in_dismissals[1].day"
    assert "repeats the day of check_in_dismissals[0]" in caught.value.message


def test_a_prompt_text_written_with_spaces_around_it_is_read_trimmed(journals, tmp_path):
    s = journals("one")
    fill(s)
    document = exported(s, tmp_path)
    document["prompts"][0]["text"] = "  What did I not rush today?\n"
    assert contents_from_document(document).prompts[0].text == "What did I not rush today?"


def test_a_day_already_dismissed_or_a_prompt_already_here_is_left_as_it_is(journals, tmp_path):
    first = journals("first")
    session, _, _, _ = fill(first)
    path = tmp_path / "one.json"
    export_json(first.whole_journal.contents(), path, NOW)
    second = journals("second")
    second.whole_journal.import_contents(read_json(path))
    prompt = second.prompts.own()[0]
    second.prompts.edit(prompt.id, "What did I rush today?", "body")
    document = json.loads(path.read_text())
    document["check_in_dismissals"][0]["dismissed_at"] = "2026-03-20T08:00:00+00:00"
    document["check_in_dismissals"].append(
        {"session_id": session.id, "day": 7, "dismissed_at": "2026-03-20T08:00:00+00:00"}
    )
    report = second.whole_journal.import_contents(contents_from_document(document))
    assert (report.check_in_dismissals.added, report.check_in_dismissals.unchanged) == (1, 2)
    assert (report.prompts.added, report.prompts.unchanged) == (0, 2)
    kept = second.whole_journal.contents().check_in_dismissals
    assert [(d.day, d.dismissed_at.isoformat()) for d in kept] == [
        (1, "2026-03-14T09:00:00-03:00"),
        (3, "2026-03-14T09:00:00-03:00"),
        (7, "2026-03-20T08:00:00+00:00"),
    ]
    assert second.prompts.own()[0].text == "What did I rush today?"


def test_a_bundle_carries_the_passages_of_its_insights_but_no_prompts_or_dismissals(journals):
    s = journals("one")
    _, entry, from_entry, _ = fill(s)
    document = s.sharing.preview(BundleSelection()).document(NOW)
    assert "prompts" not in document and "check_in_dismissals" not in document
    [shared] = [i for i in document["insights"] if i["id"] == from_entry.id]
    assert shared["entry_id"] == entry.id
    assert shared["excerpt"] == {"start": 0, "end": 16, "quote": "Rest is allowed."}
    contents = contents_from_document(document)
    assert next(i for i in contents.insights if i.id == from_entry.id).excerpt == (
        s.insights.get(from_entry.id).excerpt
    )
