from dataclasses import replace
from datetime import date, timedelta

import pytest

from afterglow.core.entries import EntryKind
from afterglow.core.errors import EntryNotFound, InvalidEntry, UsageError
from afterglow.core.journal import Journal
from afterglow.core.store import EntryFilter, TagCount
from afterglow.vault.entries import VaultEntryStore

from .journal_fixtures import PASSPHRASE, made_entry, open_journal


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_journal(tmp_path, fast_policy)


def test_added_entry_reads_back_after_locking_and_unlocking(opened):
    added = opened.journal.add(
        kind=EntryKind.REFLECTION,
        title="  After the session  ",
        body="Soft light. #Integration",
        day=date(2026, 3, 13),
        tags=["Grief", "#self care"],
        mood=7,
        energy=3,
        emotions=["Calm", "held by the music"],
        private=True,
        prompt="What came up?",
    )
    assert added.title == "After the session"
    assert added.tags == ("grief", "integration", "self-care")
    assert added.created_at == added.updated_at == opened.clock.now
    opened.unlocked.lock()
    unlocked = opened.vault.unlock(PASSPHRASE)
    try:
        again = Journal(VaultEntryStore(unlocked.database)).get(added.id)
    finally:
        unlocked.lock()
    assert again == added
    assert again.created_at.utcoffset() == timedelta(hours=2)


def test_invalid_entries_are_not_saved(opened):
    with pytest.raises(InvalidEntry):
        opened.journal.add(title="x", mood=11)
    with pytest.raises(InvalidEntry, match="kind must be one of journal, intention"):
        opened.journal.add(title="x", kind="diary")
    assert opened.journal.count() == 0


def test_get_of_an_unknown_id_says_so(opened):
    with pytest.raises(EntryNotFound, match="No entry has the id nope"):
        opened.journal.get("nope")


def test_find_accepts_a_unique_id_prefix(opened):
    entry = opened.journal.add(title="one")
    assert opened.journal.find(entry.id[:8].upper()) == entry
    with pytest.raises(EntryNotFound):
        opened.journal.find("abc")  # too short to guess from
    with pytest.raises(EntryNotFound):
        opened.journal.find("ffff" if not entry.id.startswith("ffff") else "0000")


def test_find_refuses_an_ambiguous_prefix(opened):
    opened.store.insert(
        [
            made_entry(date(2026, 1, 1), 0, id="aaaa0000-0000-4000-8000-000000000001"),
            made_entry(date(2026, 1, 1), 1, id="aaaa0000-0000-4000-8000-000000000002"),
        ]
    )
    with pytest.raises(UsageError, match="Several entries"):
        opened.journal.find("aaaa0000")


def test_update_saves_changes_and_moves_updated_at(opened):
    entry = opened.journal.add(title="Draft", body="first")
    opened.clock.advance(minutes=5)
    saved = opened.journal.update(replace(entry, body="second", mood=4))
    assert saved.body == "second" and saved.mood == 4
    assert saved.updated_at == opened.clock.now
    assert saved.created_at == entry.created_at
    assert opened.journal.get(entry.id) == saved


def test_update_without_changes_writes_nothing(opened):
    entry = opened.journal.add(title="Draft", body="same")
    opened.clock.advance(minutes=5)
    assert opened.journal.update(replace(entry, title=" Draft ")) == entry
    assert opened.journal.get(entry.id).updated_at == entry.updated_at


def test_tags_follow_hashtags_typed_and_removed_in_the_body(opened):
    entry = opened.journal.add(body="#grief and #calm", tags=["chosen"])
    assert entry.tags == ("calm", "chosen", "grief")
    saved = opened.journal.update(replace(entry, body="only #calm now, and #hope"))
    assert saved.tags == ("calm", "chosen", "hope")


def test_update_cannot_move_an_entry_in_or_out_of_the_trash(opened):
    entry = opened.journal.add(title="keep")
    opened.journal.trash(entry.id)
    saved = opened.journal.update(replace(entry, title="edited"))
    assert saved.in_trash


def test_update_of_an_unknown_entry_is_refused(opened):
    entry = opened.journal.add(title="one")
    with pytest.raises(EntryNotFound):
        opened.journal.update(replace(entry, id="00000000-0000-4000-8000-000000000000"))


def test_trash_lifecycle_with_thirty_day_purge(opened):
    journal, clock = opened.journal, opened.clock
    old = journal.add(title="old", tags=["gone"])
    clock.advance(seconds=1)
    recent = journal.add(title="recent")
    clock.advance(seconds=1)
    kept = journal.add(title="kept")
    journal.trash(old.id)
    assert journal.get(old.id).in_trash
    assert [e.id for e in journal.list()] == [kept.id, recent.id]
    assert journal.all_tags() == []
    clock.advance(days=20)
    journal.trash(recent.id)
    assert {e.id for e in journal.in_trash()} == {old.id, recent.id}
    clock.advance(days=10, seconds=1)
    assert journal.purge_old_trash() == 1
    with pytest.raises(EntryNotFound):
        journal.get(old.id)
    assert journal.get(recent.id).in_trash
    restored = journal.restore_from_trash(recent.id)
    assert not restored.in_trash
    assert {e.id for e in journal.list()} == {kept.id, recent.id}
    assert journal.search("recent")[0].entry.id == recent.id


def test_empty_trash_deletes_for_good_and_forgets_unused_tags(opened):
    journal = opened.journal
    a = journal.add(title="a", tags=["only-here"])
    journal.add(title="b", tags=["shared"])
    journal.trash(a.id)
    assert journal.empty_trash() == 1
    assert journal.in_trash() == []
    rows = opened.unlocked.database.query("SELECT name FROM tags ORDER BY name")
    assert [r[0] for r in rows] == ["shared"]
    assert journal.search("a ") == []


def test_trashed_entries_are_hidden_from_search_calendar_and_tags(opened):
    journal = opened.journal
    entry = journal.add(title="hidden words", tags=["secret"], day=date(2026, 3, 2))
    journal.trash(entry.id)
    assert journal.search("hidden") == []
    assert journal.days_with_entries(2026, 3) == {}
    assert journal.all_tags() == []


def test_rename_tag_renames_it_in_tags_and_bodies(opened):
    journal, clock = opened.journal, opened.clock
    a = journal.add(body="Felt #anxious again", tags=["work"])
    b = journal.add(title="no body tag", tags=["anxious"])
    c = journal.add(title="untouched", tags=["work"])
    journal.trash(b.id)
    clock.advance(minutes=1)
    assert journal.rename_tag("#Anxious", "worried") == 2
    a2, b2 = journal.get(a.id), journal.get(b.id)
    assert a2.body == "Felt #worried again" and a2.tags == ("work", "worried")
    assert b2.tags == ("worried",) and b2.in_trash
    assert a2.updated_at == clock.now
    assert journal.get(c.id) == c
    assert journal.all_tags() == [TagCount("work", 2), TagCount("worried", 1)]
    # The renamed tag stays renamed through the next edit.
    assert journal.update(replace(a2, title="t")).tags == ("work", "worried")


def test_renaming_onto_an_existing_tag_merges_them(opened):
    journal = opened.journal
    journal.add(title="one", tags=["sad", "grief"])
    journal.add(title="two", tags=["sad"])
    assert journal.rename_tag("sad", "grief") == 2
    assert journal.all_tags() == [TagCount("grief", 2)]


def test_merge_tags_folds_several_into_one(opened):
    journal = opened.journal
    both = journal.add(body="#anxious #worried", tags=["nervous"])
    journal.add(title="x", tags=["worried"])
    journal.add(title="y", tags=["calm"])
    assert journal.merge_tags(["anxious", "worried", "nervous", "fear"], "fear") == 2
    assert journal.all_tags() == [TagCount("calm", 1), TagCount("fear", 2)]
    merged = journal.get(both.id)
    assert merged.body == "#fear #fear" and merged.tags == ("fear",)


def test_renaming_a_tag_to_itself_changes_nothing(opened):
    opened.journal.add(title="one", tags=["calm"])
    assert opened.journal.rename_tag("Calm", "calm") == 0


def test_list_filters(opened):
    journal, store = opened.journal, opened.store
    d = date(2026, 3, 1)
    rows = [
        made_entry(d, 0, tags=("a", "b"), mood=2, kind=EntryKind.INTENTION),
        made_entry(d + timedelta(days=1), 1, tags=("a",), mood=5),
        made_entry(d + timedelta(days=2), 2, tags=("b",), mood=8, kind=EntryKind.GRATITUDE),
        made_entry(d + timedelta(days=3), 3, mood=None),
        made_entry(d + timedelta(days=4), 4, tags=("c",), mood=10),
    ]
    store.insert(rows)

    def titles(**where):
        return [e.title for e in journal.list(EntryFilter(**where))]

    assert titles() == ["Day 4", "Day 3", "Day 2", "Day 1", "Day 0"]
    assert titles(tags=("a",)) == ["Day 1", "Day 0"]
    assert titles(tags=("a", "#B")) == ["Day 0"]  # ALL of them
    assert titles(not_tags=("a",)) == ["Day 4", "Day 3", "Day 2"]
    assert titles(not_tags=("a", "b")) == ["Day 4", "Day 3"]  # NONE of them
    assert titles(tags=("b",), not_tags=("a",)) == ["Day 2"]
    assert titles(untagged=True) == ["Day 3"]
    assert titles(kinds=(EntryKind.INTENTION, EntryKind.GRATITUDE)) == ["Day 2", "Day 0"]
    assert titles(since=d + timedelta(days=1), until=d + timedelta(days=3)) == [
        "Day 3",
        "Day 2",
        "Day 1",
    ]
    assert titles(mood_min=5) == ["Day 4", "Day 2", "Day 1"]
    assert titles(mood_min=3, mood_max=8) == ["Day 2", "Day 1"]
    assert titles(limit=2, offset=1) == ["Day 3", "Day 2"]
    assert titles(tags=("no-such-tag",)) == []
    assert journal.count(EntryFilter(tags=("a",))) == 2


def test_keyset_paging_walks_every_entry_once(opened):
    d = date(2026, 1, 1)
    # Several entries on the same day and at the same time: ties broken by id.
    rows = [made_entry(d + timedelta(days=i // 3), 0, title=f"e{i}") for i in range(25)]
    opened.store.insert(rows)
    seen, after = [], None
    while True:
        page = opened.journal.list(EntryFilter(after=after, limit=4))
        if not page:
            break
        seen += page
        after = page[-1]
    assert [e.id for e in seen] == [e.id for e in opened.journal.list()]
    assert len({e.id for e in seen}) == 25


@pytest.mark.parametrize(
    "where",
    [
        EntryFilter(mood_min=11),
        EntryFilter(limit=-1),
        EntryFilter(since=date(2026, 2, 1), until=date(2026, 1, 1)),
    ],
)
def test_nonsense_filters_are_usage_errors(opened, where):
    with pytest.raises(UsageError):
        opened.journal.list(where)


def test_calendar_counts_entries_per_day_of_a_month(opened):
    opened.store.insert(
        [
            made_entry(date(2026, 2, 28), 0),
            made_entry(date(2026, 3, 1), 1),
            made_entry(date(2026, 3, 1), 2),
            made_entry(date(2026, 3, 31), 3),
            made_entry(date(2026, 4, 1), 4),
        ]
    )
    assert opened.journal.days_with_entries(2026, 3) == {
        date(2026, 3, 1): 2,
        date(2026, 3, 31): 1,
    }
    assert opened.journal.days_with_entries(2026, 2) == {date(2026, 2, 28): 1}
    with pytest.raises(UsageError):
        opened.journal.days_with_entries(2026, 13)


def test_on_this_day_shows_the_same_day_in_earlier_months_and_years(opened):
    opened.store.insert(
        [
            made_entry(date(2025, 3, 14), 0, title="a year ago"),
            made_entry(date(2024, 3, 14), 1, title="two years ago"),
            made_entry(date(2026, 2, 14), 2, title="a month ago"),
            made_entry(date(2026, 2, 14), 3, title="a month ago too"),
            made_entry(date(2026, 3, 13), 4, title="yesterday"),
            made_entry(date(2026, 3, 14), 5, title="today"),
            made_entry(date(2027, 3, 14), 6, title="future"),
        ]
    )
    days = opened.journal.on_this_day(date(2026, 3, 14))
    assert [(d.date, d.months_ago, d.years_ago) for d in days] == [
        (date(2026, 2, 14), 1, None),
        (date(2025, 3, 14), 12, 1),
        (date(2024, 3, 14), 24, 2),
    ]
    assert {e.title for e in days[0].entries} == {"a month ago", "a month ago too"}


def test_on_the_31st_short_months_are_skipped(opened):
    opened.store.insert([made_entry(date(2026, 1, 31), 0), made_entry(date(2026, 2, 28), 1)])
    days = opened.journal.on_this_day(date(2026, 3, 31))
    assert [d.date for d in days] == [date(2026, 1, 31)]


def test_building_a_two_thousand_entry_journal_in_bulk(opened):
    """Bulk writes go through one transaction; this stays well under two seconds."""
    start = date(2020, 1, 1)
    rows = [
        made_entry(start + timedelta(days=i), i, tags=("all", f"t{i % 7}"), emotions=("calm",))
        for i in range(2000)
    ]
    counts = opened.journal.import_entries(rows)
    assert counts.added == 2000
    assert opened.journal.count() == 2000
    assert opened.journal.all_tags()[0] == TagCount("all", 2000)
    assert len(opened.journal.search("entry number")) == 50


def test_import_of_entries_with_one_invalid_saves_none(opened):
    good = made_entry(date(2026, 1, 1), 0)
    bad = made_entry(date(2026, 1, 2), 1, mood=99)
    with pytest.raises(InvalidEntry):
        opened.journal.import_entries([good, bad])
    assert opened.journal.count() == 0


def test_import_keeps_the_newest_copy_of_a_repeated_id(opened):
    old = made_entry(date(2026, 1, 1), 0, title="old")
    new = replace(old, title="new", updated_at=old.updated_at + timedelta(minutes=1))
    counts = opened.journal.import_entries([new, old])
    assert counts.added == 1
    assert opened.journal.get(old.id).title == "new"
