"""What a therapist bundle carries besides entries: exactly the selected sessions, insights,
actions, patterns, practices and measures, and nothing that leaks through a link to an
entry the client did not share."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

import pytest

from afterglow.bundle import BundleSelection, build_bundle
from afterglow.bundle.identity import SigningIdentity
from afterglow.interchange.journal_format import contents_from_document
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import Vault
from tests.vault.journal_fixtures import PASSPHRASE, ZONE, Clock
from tests.vault.services_fixtures import open_services

NOW = datetime(2025, 4, 20, 9, 0, tzinfo=ZONE)
# Words that exist only in what must never be shared without consent.
SECRETS = ("SECRET-ENTRY", "SECRET-INSIGHT", "SECRET-ACTION", "SECRET-TRIGGER", "SECRET-NOTE")


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=ZONE)


@pytest.fixture
def opened(tmp_path, fast_policy):
    for opened in open_services(tmp_path, fast_policy):
        opened.clock.now = NOW
        yield opened


@dataclass
class Journal:
    s: JournalServices
    ids: dict[str, str]

    def preview(self, **selection: Any):
        return self.s.sharing.preview(BundleSelection(**selection))

    def shared(self, preview, name: str) -> set[str]:
        """The names (as in `ids`) of the records of one collection in the preview."""
        names = {value: key for key, value in self.ids.items()}
        return {names[record["id"]] for record in preview.others.get(name, ())}


@pytest.fixture
def journal(opened) -> Journal:
    s = opened.services
    ids: dict[str, str] = {}

    def keep(name: str, record: Any) -> Any:
        ids[name] = record.id
        return record

    session = keep("S", s.sessions.add(started_at=at("2025-03-01"), route="im", notes="S notes"))
    other = keep("T", s.sessions.add(started_at=at("2025-03-10"), route="oral"))
    j = s.journal
    keep("a", j.add(body="Intention", day=date(2025, 2, 28), session_id=session.id))
    b = keep("b", j.add(body="After", day=date(2025, 3, 2), tags=["family"], session_id=session.id))
    secret = keep(
        "secret",
        j.add(body="SECRET-ENTRY", day=date(2025, 3, 3), private=True, session_id=session.id),
    )
    work = keep("work", j.add(body="Work week", day=date(2025, 3, 5), tags=["work"]))
    binned = keep("binned", j.add(body="Thrown away", day=date(2025, 3, 4)))
    j.trash(binned.id)
    i = s.insights
    keep("i_b", i.add("From b", entry_id=b.id, session_id=session.id))
    keep("i_secret", i.add("SECRET-INSIGHT one", entry_id=secret.id, session_id=session.id))
    keep("i_secret_only", i.add("SECRET-INSIGHT two", entry_id=secret.id))
    keep("i_S", i.add("From S", session_id=session.id))
    keep("i_T", i.add("From T", session_id=other.id))
    keep("i_work", i.add("From work", entry_id=work.id, session_id=other.id))
    keep("i_binned", i.add("From the bin", entry_id=binned.id))
    keep("i_free", i.add("From nowhere"))
    keep("a_b", s.actions.add("Act on b", insight_id=ids["i_b"]))
    keep("a_secret", s.actions.add("SECRET-ACTION", insight_id=ids["i_secret"]))
    keep("a_S", s.actions.add("Act on S", insight_id=ids["i_S"]))
    keep("a_free", s.actions.add("Act anyway"))
    p = s.patterns
    pleasing = keep("P1", p.add("People-pleasing"))
    hidden = keep("P2", p.add("Only in private"))
    keep("o_b", p.log_occurrence(pleasing.id, entry_id=b.id, occurred_at=at("2025-03-02")))
    keep(
        "o_secret",
        p.log_occurrence(
            pleasing.id, entry_id=secret.id, occurred_at=at("2025-03-03"), trigger="SECRET-TRIGGER"
        ),
    )
    keep("o_secret2", p.log_occurrence(hidden.id, entry_id=secret.id, occurred_at=at("2025-03-03")))
    keep("o_in", p.log_occurrence(pleasing.id, occurred_at=at("2025-03-04")))
    keep("o_out", p.log_occurrence(pleasing.id, occurred_at=at("2025-04-01")))
    keep("o_bin", p.log_occurrence(pleasing.id, entry_id=binned.id, occurred_at=at("2025-03-04")))
    pr = s.practices
    builtins = pr.ensure_builtins()  # switched off, never logged: never shared
    ids.update({str(b.builtin): b.id for b in builtins})
    walk = keep("walk", pr.add(name="Walk", kind="list"))
    old = keep("old", pr.add(name="Old habit", kind="check", active=False))
    keep("log_walk", pr.log(walk.id, date(2025, 3, 2), items=["SECRET-NOTE"], note="SECRET-NOTE"))
    keep("log_walk_late", pr.log(walk.id, date(2025, 4, 2)))
    keep("log_old", pr.log(old.id, date(2025, 3, 3)))
    keep("phq", s.measures.take("phq9", [1] * 9, taken_at=at("2025-03-04")))
    keep("gad", s.measures.take("gad7", [1] * 7, taken_at=at("2025-04-02")))
    return Journal(s, ids)


def assert_no_secrets(preview) -> None:
    text = json.dumps(preview.document(NOW), ensure_ascii=False)
    for secret in SECRETS:
        assert secret not in text


def assert_links_resolve(preview) -> dict[str, Any]:
    """Every link in the bundle's data points at a record the bundle holds, so it reads
    (and would even import) on its own."""
    document = preview.document(NOW)
    held = {name: {r["id"] for r in document[name]} for name in document if name.endswith("s")}
    for name, link, target in (
        ("entries", "session_id", "sessions"),
        ("insights", "entry_id", "entries"),
        ("insights", "session_id", "sessions"),
        ("actions", "insight_id", "insights"),
        ("practice_logs", "practice_id", "practices"),
        ("occurrences", "pattern_id", "patterns"),
        ("occurrences", "entry_id", "entries"),
    ):
        for record in document[name]:
            assert record[link] is None or record[link] in held[target], (name, link)
    contents_from_document(document)
    return document


def test_a_session_selection_takes_its_records_and_none_from_private_entries(journal):
    preview = journal.preview(session_ids=(journal.ids["S"],))
    assert [e.body for e in preview.entries] == ["Intention", "After"]
    assert journal.shared(preview, "sessions") == {"S"}
    assert journal.shared(preview, "insights") == {"i_b", "i_S"}
    assert journal.shared(preview, "actions") == {"a_b", "a_S"}
    # No dates chosen: the period runs from the first to the last shared entry.
    assert journal.shared(preview, "occurrences") == {"o_b"}
    assert journal.shared(preview, "patterns") == {"P1"}
    assert journal.shared(preview, "practices") == {"walk"}
    assert journal.shared(preview, "practice_logs") == {"log_walk"}
    assert journal.shared(preview, "measures") == set()
    assert_no_secrets(preview)
    assert_links_resolve(preview)


def test_a_private_entry_shared_with_consent_brings_what_came_from_it(journal):
    preview = journal.preview(session_ids=(journal.ids["S"],), include_private=True)
    assert journal.shared(preview, "insights") == {"i_b", "i_S", "i_secret", "i_secret_only"}
    assert journal.shared(preview, "actions") == {"a_b", "a_S", "a_secret"}
    assert journal.shared(preview, "occurrences") == {"o_b", "o_secret", "o_secret2"}
    assert journal.shared(preview, "patterns") == {"P1", "P2"}
    assert_links_resolve(preview)


def test_a_date_range_takes_that_periods_sessions_practices_and_measures(journal):
    preview = journal.preview(since=date(2025, 3, 1), until=date(2025, 3, 31))
    assert [e.body for e in preview.entries] == ["After", "Work week"]
    assert journal.shared(preview, "sessions") == {"S", "T"}
    assert journal.shared(preview, "insights") == {"i_b", "i_S", "i_T", "i_work"}
    assert journal.shared(preview, "actions") == {"a_b", "a_S"}
    assert journal.shared(preview, "occurrences") == {"o_b", "o_in"}
    assert journal.shared(preview, "practices") == {"walk", "old"}
    assert journal.shared(preview, "practice_logs") == {"log_walk", "log_old"}
    assert journal.shared(preview, "measures") == {"phq"}
    assert preview.private_left_out == 1
    assert_no_secrets(preview)
    assert_links_resolve(preview)


def test_everything_takes_every_record_not_tied_to_a_private_or_trashed_entry(journal):
    preview = journal.preview()
    assert journal.shared(preview, "sessions") == {"S", "T"}
    assert journal.shared(preview, "insights") == {"i_b", "i_S", "i_T", "i_work"}
    assert journal.shared(preview, "occurrences") == {"o_b", "o_in", "o_out"}
    assert journal.shared(preview, "measures") == {"phq", "gad"}
    assert journal.shared(preview, "practice_logs") == {"log_walk", "log_walk_late", "log_old"}
    assert_no_secrets(preview)
    assert_links_resolve(preview)


def test_practice_logs_are_shared_as_a_summary_without_notes_or_lists(journal):
    preview = journal.preview(since=date(2025, 3, 2), until=date(2025, 3, 2))
    (log,) = preview.others["practice_logs"]
    assert log["done"] is True and log["items"] == [] and log["note"] == ""


def test_an_insight_keeps_no_link_to_a_session_the_bundle_leaves_out(journal):
    preview = journal.preview(entry_ids=(journal.ids["work"],))
    assert journal.shared(preview, "sessions") == set()
    (insight,) = preview.others["insights"]
    assert insight["id"] == journal.ids["i_work"] and insight["session_id"] is None
    assert_links_resolve(preview)


def test_a_trashed_session_is_never_shared(journal):
    journal.s.sessions.trash(journal.ids["S"])
    preview = journal.preview(session_ids=(journal.ids["S"],))
    assert journal.shared(preview, "sessions") == set()
    assert journal.shared(preview, "insights") == {"i_b"}  # from a shared entry
    document = assert_links_resolve(preview)
    assert all(entry["session_id"] is None for entry in document["entries"])


@pytest.mark.parametrize(
    ("left_out", "empty"),
    [
        ("insights", {"insights", "actions"}),
        ("actions", {"actions"}),
        ("patterns", {"patterns", "occurrences"}),
        ("practices", {"practices", "practice_logs"}),
        ("measures", {"measures"}),
    ],
)
def test_each_kind_can_be_left_out(journal, left_out, empty):
    full = journal.preview()
    preview = journal.s.sharing.preview(BundleSelection().leaving_out([left_out]))
    for name, records in preview.others.items():
        if name in empty:
            assert records == ()
        else:
            assert records == full.others[name]
    assert_links_resolve(preview)
    assert preview.selection.in_words().endswith(f"without {left_out}.")


def test_leaving_out_sessions_keeps_only_insights_from_shared_entries_unlinked(journal):
    preview = journal.s.sharing.preview(BundleSelection().leaving_out(["sessions"]))
    assert preview.others["sessions"] == ()
    assert journal.shared(preview, "insights") == {"i_b", "i_work"}
    assert all(i["session_id"] is None for i in preview.others["insights"])
    assert journal.shared(preview, "actions") == {"a_b"}
    assert_links_resolve(preview)


def test_leaving_out_is_recorded_in_the_manifest_and_read_back(journal):
    selection = BundleSelection(since=date(2025, 3, 1)).leaving_out(["measures", "patterns"])
    preview = journal.s.sharing.preview(selection)
    bundle = build_bundle(
        preview.selection,
        preview.document(NOW),
        app_version="test",
        signer=SigningIdentity.generate(),
        clock=lambda: NOW,
    )
    manifest = json.loads(bundle.files["manifest.json"])
    filters = manifest["selection"]["filters"]
    assert filters["include_measures"] is False and filters["include_patterns"] is False
    assert filters["include_sessions"] is True
    assert manifest["counts"]["measures"] == 0 and manifest["counts"]["sessions"] == 2
    assert BundleSelection.from_record(manifest["selection"]).left_out == ("patterns", "measures")
    old = replace(BundleSelection(), description="old")
    record = {"description": "old", "filters": {"since": None}}
    assert BundleSelection.from_record(record) == old


def test_the_shared_data_imports_into_an_empty_journal(journal, tmp_path, fast_policy):
    document = assert_links_resolve(journal.preview(since=date(2025, 3, 1)))
    unlocked, _ = Vault(tmp_path / "therapist", fast_policy).create(PASSPHRASE)
    try:
        other = journal_services(unlocked.database, Clock(NOW))
        report = other.whole_journal.import_contents(contents_from_document(document))
        assert report.insights.added == 4 and report.practice_logs.added == 3
    finally:
        unlocked.lock()
