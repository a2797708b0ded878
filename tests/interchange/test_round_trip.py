"""Export → import into a new journal → export again gives the same journal."""

import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from afterglow.core.entries import EntryKind
from afterglow.core.errors import InvalidImportFile
from afterglow.core.journal import Journal
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.json_file import export_json, read_json
from afterglow.vault.entries import VaultEntryStore
from afterglow.vault.vault import Vault

PASSPHRASE = "a quiet morning by the lake"
ZONE = timezone(timedelta(hours=9))


def new_journal(folder, policy, clock=None):
    unlocked, _ = Vault(folder, policy).create(PASSPHRASE)
    store = VaultEntryStore(unlocked.database)
    return unlocked, (Journal(store, clock) if clock else Journal(store))


@pytest.fixture
def two_journals(tmp_path, fast_policy):
    opened = []

    def make(name, clock=None):
        unlocked, journal = new_journal(tmp_path / name, fast_policy, clock)
        opened.append(unlocked)
        return journal

    yield make
    for unlocked in opened:
        unlocked.lock()


def fill(journal):
    journal.add(
        kind=EntryKind.INTENTION,
        title="Before",
        body="Meet the part that is afraid. #fear",
        day=date(2026, 3, 13),
        tags=["session-prep"],
        mood=4,
        energy=6,
        emotions=["anxious", "hopeful"],
        prompt="What do you hope to meet?",
    )
    journal.add(title="Café", body="静か 🙂 **bold**\n\n- item\n", private=True, mood=None)
    journal.add(kind=EntryKind.NOTE, body="no title at all")
    trashed = journal.add(title="trashed", body="should not travel")
    journal.trash(trashed.id)


def everything(journal):
    return JournalContents(entries=tuple(journal.all_entries()))


def without_export_time(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["exported_at"]
    return document


def test_export_import_export_gives_the_same_journal(two_journals, tmp_path):
    first = two_journals("first")
    fill(first)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    export_json(everything(first), one, datetime(2026, 3, 14, tzinfo=ZONE))
    second = two_journals("second")
    counts = second.import_entries(read_json(one).entries)
    assert (counts.added, counts.updated, counts.unchanged) == (3, 0, 0)
    export_json(everything(second), two, datetime(2026, 4, 1, tzinfo=ZONE))
    assert without_export_time(one) == without_export_time(two)
    assert len(without_export_time(two)["entries"]) == 3
    assert second.all_entries() == first.all_entries()
    assert second.search("cafe")[0].entry.title == "Café"


def test_importing_twice_does_not_duplicate(two_journals, tmp_path):
    first = two_journals("first")
    fill(first)
    path = tmp_path / "one.json"
    export_json(everything(first), path, datetime(2026, 3, 14, tzinfo=ZONE))
    second = two_journals("second")
    second.import_entries(read_json(path).entries)
    counts = second.import_entries(read_json(path).entries)
    assert (counts.added, counts.updated, counts.unchanged) == (0, 0, 3)
    assert second.count() == 3


def test_a_newer_copy_updates_and_an_older_one_is_skipped(two_journals, tmp_path):
    class Clock:
        now = datetime(2026, 3, 14, 9, tzinfo=ZONE)

        def __call__(self):
            return self.now

    clock = Clock()
    journal = two_journals("j", clock)
    entry = journal.add(title="v1", body="first")
    path = tmp_path / "old.json"
    export_json(everything(journal), path, clock.now)
    clock.now += timedelta(hours=1)
    journal.update(replace(entry, title="v2"))
    counts = journal.import_entries(read_json(path).entries)
    assert (counts.updated, counts.unchanged) == (0, 1)
    assert journal.get(entry.id).title == "v2"

    newer = json.loads(path.read_text())
    newer["entries"][0]["title"] = "v3"
    newer["entries"][0]["updated_at"] = (clock.now + timedelta(hours=1)).isoformat()
    path.write_text(json.dumps(newer))
    counts = journal.import_entries(read_json(path).entries)
    assert (counts.added, counts.updated) == (0, 1)
    assert journal.get(entry.id).title == "v3"


def test_a_bad_file_imports_nothing_and_names_the_place(two_journals, tmp_path):
    first = two_journals("first")
    fill(first)
    path = tmp_path / "one.json"
    export_json(everything(first), path, datetime(2026, 3, 14, tzinfo=ZONE))
    document = json.loads(path.read_text())
    document["entries"][2]["mood"] = "high"
    path.write_text(json.dumps(document))
    second = two_journals("second")
    with pytest.raises(InvalidImportFile, match=r"entries\[2\]\.mood"):
        second.import_entries(read_json(path).entries)
    assert second.count() == 0
