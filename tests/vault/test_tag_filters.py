"""Lists and counts filtered by tags come out the same whichever way the database is
asked: walking the entries newest first (tags on many entries) or listing the tag's
entries (tags on few), with other filters, the Trash, keyset pages and offsets."""

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.store import EntryFilter
from afterglow.vault import entries as vault_entries

from .journal_fixtures import ZONE, made_entry, open_journal

# How likely each tag is on an entry: the first ones are walked for, the last listed.
TAG_ODDS = {"common": 0.85, "often": 0.5, "mid": 0.15, "rare": 0.03}
TAGS = (*TAG_ODDS, "absent")
FIRST_DAY = date(2026, 1, 1)
DAYS = [FIRST_DAY + timedelta(days=n) for n in range(0, 12, 3)]
# `_COMMON` set so that every tag is walked for, or none is; `None` keeps the real choice.
PLANS = {"chosen": None, "always walked": 10**9, "always listed": 1}
TRASHED_AT = datetime(2026, 2, 1, 8, tzinfo=ZONE)


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_journal(tmp_path, fast_policy)


def random_journal(rng: random.Random, size: int) -> list[Entry]:
    """Entries over a few days, many on the same day and minute (so the id settles their
    order), with tags at `TAG_ODDS`, moods, two kinds, and some in the Trash."""
    return [
        made_entry(
            FIRST_DAY + timedelta(days=rng.randrange(12)),
            rng.randrange(4),
            tags=tuple(tag for tag, odds in TAG_ODDS.items() if rng.random() < odds),
            mood=rng.choice((None, *range(11))),
            kind=rng.choice((EntryKind.JOURNAL, EntryKind.GRATITUDE)),
            deleted_at=TRASHED_AT if rng.random() < 0.15 else None,
        )
        for _ in range(size)
    ]


def expected(everything: list[Entry], where: EntryFilter) -> list[Entry]:
    """The entries `where` lets through, before paging, filtered here in Python from the
    whole journal newest first."""
    start = 0 if where.after is None else everything.index(where.after) + 1
    return [
        e
        for e in everything[start:]
        if set(where.tags) <= set(e.tags)
        and not set(where.not_tags) & set(e.tags)
        and not (where.untagged and e.tags)
        and where.in_trash in (None, e.deleted_at is not None)
        and (not where.kinds or e.kind in where.kinds)
        and (where.since is None or e.date >= where.since)
        and (where.until is None or e.date <= where.until)
        and (where.mood_min is None or (e.mood is not None and e.mood >= where.mood_min))
        and (where.mood_max is None or (e.mood is not None and e.mood <= where.mood_max))
    ]


def tag_filters(everything: list[Entry]) -> st.SearchStrategy[EntryFilter]:
    return st.builds(
        EntryFilter,
        tags=st.lists(st.sampled_from(TAGS), min_size=1, max_size=3, unique=True).map(tuple),
        not_tags=st.lists(st.sampled_from(TAGS), max_size=2, unique=True).map(tuple),
        untagged=st.sampled_from((False, False, False, True)),
        kinds=st.sampled_from(((), (), (EntryKind.GRATITUDE,))),
        since=st.none() | st.sampled_from(DAYS),
        until=st.none() | st.sampled_from(DAYS),
        mood_min=st.none() | st.integers(0, 10),
        mood_max=st.none() | st.integers(0, 10),
        in_trash=st.sampled_from((False, False, True, None)),
        after=st.none() | st.sampled_from(everything),
        limit=st.none() | st.integers(0, 12),
        offset=st.integers(0, 15) | st.just(0),
    )


def listed_and_counted(store, where: EntryFilter) -> tuple[list[str], int]:
    return [e.id for e in store.entries(where)], store.count(where)


@pytest.mark.parametrize("plan", PLANS)
def test_tag_filters_list_and_count_what_the_entries_hold(opened, plan, monkeypatch):
    if PLANS[plan] is not None:
        monkeypatch.setattr(vault_entries, "_COMMON", PLANS[plan])
    store = opened.store

    @settings(max_examples=40, deadline=None)
    @given(st.randoms(use_true_random=False), st.integers(1, 70), st.data())
    def compare(rng, size, data):
        store.delete([e.id for e in store.entries(EntryFilter(in_trash=None))])
        store.insert(random_journal(rng, size))
        # Newest first as listed without any tag, so only the order is taken from SQL.
        everything = store.entries(EntryFilter(in_trash=None))
        for where in data.draw(st.lists(tag_filters(everything), min_size=10, max_size=10)):
            # The same tags alone too, which are counted without reading any entry.
            tags_only = EntryFilter(
                tags=where.tags, not_tags=where.not_tags, in_trash=where.in_trash
            )
            for asked in (where, tags_only):
                wanted = expected(everything, asked)
                page = wanted[asked.offset :][: asked.limit]
                assert listed_and_counted(store, asked) == ([e.id for e in page], len(wanted))

    compare()


@pytest.mark.parametrize("plan", PLANS)
def test_keyset_pages_of_a_tag_walk_every_tagged_entry_once(opened, plan, monkeypatch):
    if PLANS[plan] is not None:
        monkeypatch.setattr(vault_entries, "_COMMON", PLANS[plan])
    opened.store.insert(random_journal(random.Random(5), 150))
    everything = opened.store.entries(EntryFilter(in_trash=None))
    for tags in (("common",), ("rare",), ("common", "often"), ("mid", "common")):
        where = EntryFilter(tags=tags, not_tags=("absent",), limit=7)
        seen, after = [], None
        while page := opened.store.entries(replace(where, after=after)):
            seen += page
            after = page[-1]
        assert seen == expected(everything, replace(where, limit=None)), tags


def test_common_tags_walk_the_newest_first_index_and_rare_ones_are_listed(opened, monkeypatch):
    """The choice the tests above pin down from both sides: a tag on more than
    1/_COMMON of the entries is walked for, outside the Trash only."""
    opened.store.insert(random_journal(random.Random(3), 200))
    asked: list[str] = []
    query = opened.store._db.query

    def recording(sql, params=()):
        asked.append(sql)
        return query(sql, params)

    monkeypatch.setattr(opened.store._db, "query", recording)

    def walked(where: EntryFilter) -> bool:
        asked.clear()
        opened.store.entries(where)
        return any("INDEXED BY entries_newest_first" in sql for sql in asked)

    assert walked(EntryFilter(tags=("common",)))
    assert walked(EntryFilter(tags=("common", "often"), since=DAYS[1]))
    assert not walked(EntryFilter(tags=("rare",)))
    assert not walked(EntryFilter(tags=("common", "rare")))
    assert not walked(EntryFilter(tags=("common",), in_trash=None))
    assert not walked(EntryFilter(tags=("common",), in_trash=True))
    # Filters that need each entry's row would make the walk read every row.
    assert not walked(EntryFilter(tags=("common",), mood_min=3))


def test_counting_a_tag_outside_the_trash_leaves_out_only_the_trash(opened):
    store = opened.store
    kept = [made_entry(FIRST_DAY, n, tags=("work",)) for n in range(5)]
    trashed = [made_entry(FIRST_DAY, n, tags=("work",), deleted_at=TRASHED_AT) for n in range(2)]
    store.insert([*kept, *trashed, made_entry(FIRST_DAY, 9, deleted_at=TRASHED_AT)])
    assert store.count(EntryFilter(tags=("work",))) == 5
    assert store.count(EntryFilter(tags=("work",), in_trash=True)) == 2
    assert store.count(EntryFilter(tags=("work",), in_trash=None)) == 7
    assert store.count(EntryFilter(tags=("work", "absent"), in_trash=None)) == 0
