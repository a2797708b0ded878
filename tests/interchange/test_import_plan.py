"""Import plans against a real journal: a dry run writes nothing, carrying a plan out adds
what it said, and importing the same export again adds nothing."""

import os
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from afterglow.core.journal import ImportCounts
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.import_plan import carry_out, expected_counts, stored_in
from afterglow.interchange.importers import IMPORTERS, plan_import
from afterglow.interchange.json_file import export_json
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault
from tests.interchange.samples import (
    write_dayone_json,
    write_dayone_zip,
    write_jrnl_json,
    write_markdown_folder,
)

PASSPHRASE = "a quiet morning by the lake"
NOW = datetime(2026, 3, 14, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def journal(tmp_path, fast_policy):
    unlocked, _ = Vault(tmp_path / "journal", fast_policy).create(PASSPHRASE)
    yield journal_services(unlocked.database, lambda: NOW)
    unlocked.lock()


def folder_state(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


SOURCES = {
    "dayone": lambda tmp: write_dayone_json(tmp / "Journal.json"),
    "dayone-zip": lambda tmp: write_dayone_zip(tmp / "export.zip"),
    "jrnl": lambda tmp: write_jrnl_json(tmp / "jrnl.json"),
    "markdown": lambda tmp: write_markdown_folder(tmp / "notes"),
}


@pytest.mark.parametrize("source", SOURCES)
def test_a_plan_is_carried_out_once_and_a_second_import_adds_nothing(journal, tmp_path, source):
    path = SOURCES[source](tmp_path)
    plan = plan_import(source.removesuffix("-zip"), path)
    assert plan.entries and plan.skipped  # every sample has an entry that cannot come in

    expected = expected_counts(plan, stored_in(journal.journal))
    assert expected == ImportCounts(added=len(plan.entries))
    assert journal.journal.count() == 0  # working that out wrote nothing

    result = carry_out(plan, journal.whole_journal)
    assert result.report.entries == expected
    assert result.skipped == plan.skipped
    stored = {e.id: e for e in journal.journal.all_entries()}
    assert set(stored) == {e.id for e in plan.entries}
    assert all(stored[e.id] == e for e in plan.entries)

    again = plan_import(source.removesuffix("-zip"), path)
    assert expected_counts(again, stored_in(journal.journal)) == ImportCounts(
        unchanged=len(plan.entries)
    )
    second = carry_out(again, journal.whole_journal)
    assert second.report.entries == ImportCounts(unchanged=len(plan.entries))
    assert journal.journal.count() == len(plan.entries)


def test_planning_leaves_the_journal_and_the_source_untouched(journal, tmp_path):
    folder = write_markdown_folder(tmp_path / "notes")
    database = tmp_path / "journal" / "journal.db"
    before_source, before_db = folder_state(folder), database.read_bytes()

    plan = plan_import("markdown", folder)
    expected_counts(plan, stored_in(journal.journal))

    assert folder_state(folder) == before_source
    assert database.read_bytes() == before_db
    assert journal.journal.count() == 0


def test_a_file_changed_since_the_first_import_updates_its_entry(journal, tmp_path):
    folder = write_markdown_folder(tmp_path / "notes", {"a.md": b"# Walk\n\nfirst\n", "b.md": b"B"})
    carry_out(plan_import("markdown", folder), journal.whole_journal)
    later = (folder / "a.md").stat().st_mtime + 120
    (folder / "a.md").write_bytes(b"# Walk\n\nsecond thoughts\n")
    os.utime(folder / "a.md", (later, later))

    plan = plan_import("markdown", folder)
    assert expected_counts(plan, stored_in(journal.journal)) == ImportCounts(0, 1, 1)
    report = carry_out(plan, journal.whole_journal).report
    assert report.entries == ImportCounts(0, 1, 1)
    [walk] = [e for e in journal.journal.all_entries() if e.title == "Walk"]
    assert walk.body == "second thoughts"


def test_an_entry_edited_in_afterglow_since_is_kept_over_an_older_copy(journal, tmp_path):
    path = write_jrnl_json(tmp_path / "jrnl.json")
    carry_out(plan_import("jrnl", path), journal.whole_journal)
    [first] = [e for e in journal.journal.all_entries() if e.title == "Summer evening."]
    journal.journal.update(replace(first, body="Mine now."))

    report = carry_out(plan_import("jrnl", path), journal.whole_journal).report
    assert report.entries.updated == 0
    assert journal.journal.get(first.id).body == "Mine now."


def test_the_plan_counts_entries_tags_and_days(tmp_path):
    plan = plan_import("dayone", write_dayone_zip(tmp_path / "export.zip"))
    assert len(plan.entries) == 4
    assert plan.tags == ("night-sky", "sleep", "starred", "travel", "walks")
    assert (plan.first_day, plan.last_day) == (date(2023, 3, 26), date(2023, 6, 10))
    assert plan.other_records() == {}
    assert not plan.is_empty


def test_an_afterglow_export_plans_every_collection(journal, tmp_path):
    session = journal.sessions.add(started_at=NOW, route="iv")
    journal.journal.add(body="Rest.", session_id=session.id, day=date(2026, 3, 14))
    out = export_json(journal.whole_journal.contents(), tmp_path / "export.json", NOW)

    plan = plan_import("json", out)
    assert plan.kind == "json" and plan.skipped == () and plan.notes == ()
    assert len(plan.entries) == 1 and plan.other_records() == {"sessions": 1}
    assert expected_counts(plan, stored_in(journal.journal)) == ImportCounts(unchanged=1)


def test_an_empty_plan_is_empty(tmp_path):
    plan = plan_import("jrnl", write_jrnl_json(tmp_path / "j.json", {"entries": []}))
    assert plan.is_empty and plan.first_day is None and plan.tags == ()
    assert plan.contents == JournalContents()


def test_every_import_kind_the_command_line_offers_has_an_importer():
    from afterglow.interchange.formats import IMPORT_KINDS

    assert tuple(IMPORTERS) == IMPORT_KINDS == ("json", "dayone", "jrnl", "markdown")
    assert [k for k, i in IMPORTERS.items() if i.reads_folder] == ["markdown"]
