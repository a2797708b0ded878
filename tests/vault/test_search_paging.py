"""Search pages come out exactly as one ranked list would, ties and the Trash included;
past `NEWEST_RANKED_FIRST` matches, the most recently added come first."""

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from afterglow.core.store import EntryFilter
from afterglow.vault import entries as vault_entries

from .journal_fixtures import made_entry, open_journal

BODIES = ("calm lake", "calm lake calm", "a calm morning by the lake", "lake", "calm")
TITLES = ("Lake", "Calm lake", "", "Morning")


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_journal(tmp_path, fast_policy)


@pytest.fixture
def tied_journal(opened):
    """Many entries with the same words, so many share a score."""
    rng = random.Random(7)
    day = date(2025, 1, 1)
    entries = [
        made_entry(
            day + timedelta(days=rng.randrange(40)),
            i,
            title=rng.choice(TITLES),
            body=rng.choice(BODIES),
            tags=rng.choice(((), ("calm",), ("lake", "work"))),
            mood=rng.randrange(11),
        )
        for i in range(120)
    ]
    opened.store.insert(entries)
    for entry in rng.sample(entries, 15):
        opened.journal.trash(entry.id)
    return opened.journal


def ids(hits):
    return [hit.entry.id for hit in hits]


@pytest.mark.parametrize("text", ["calm", "lake ", "calm lake ", '"calm lake"', "la"])
@pytest.mark.parametrize(
    "where",
    [
        EntryFilter(),
        EntryFilter(in_trash=None),
        EntryFilter(in_trash=True),
        EntryFilter(tags=("calm",)),
        EntryFilter(mood_min=3, mood_max=8),
    ],
)
def test_every_page_matches_the_whole_ranked_list(tied_journal, text, where):
    everything = ids(tied_journal.search(text, EntryFilter(**{**where.__dict__, "limit": None})))
    assert everything, "the query should find something"
    for limit in (1, 2, 7, 25, 200):
        for offset in range(0, len(everything) + 2, 5):
            page = tied_journal.search(
                text, EntryFilter(**{**where.__dict__, "limit": limit, "offset": offset})
            )
            assert ids(page) == everything[offset : offset + limit], (limit, offset)


def test_a_page_carries_highlights_and_snippets(tied_journal):
    [hit] = tied_journal.search("morning ", EntryFilter(limit=1))
    assert any(span.is_match for span in hit.snippet + hit.title)


def test_many_equal_scores_still_come_newest_first(opened):
    day = date(2025, 6, 1)
    entries = [
        made_entry(day + timedelta(days=(i * 7) % 60), i, title="", body="river") for i in range(90)
    ]
    opened.store.insert(entries)
    opened.journal.trash(entries[3].id)
    everything = ids(opened.journal.search("river ", EntryFilter(limit=None)))
    assert len(everything) == 89
    for limit, offset in ((1, 0), (5, 0), (5, 40), (50, 30), (10, 85)):
        page = opened.journal.search("river ", EntryFilter(limit=limit, offset=offset))
        assert ids(page) == everything[offset : offset + limit]


@pytest.mark.parametrize("text", ["calm", "la", '"calm lake"'])
@pytest.mark.parametrize(
    "where", [EntryFilter(), EntryFilter(in_trash=None), EntryFilter(tags=("calm",))]
)
def test_past_many_matches_the_newest_come_first_and_pages_agree(opened, monkeypatch, text, where):
    rng = random.Random(11)
    entries = [
        made_entry(
            date(2025, 1, 1) + timedelta(days=rng.randrange(40)),
            i,
            title=rng.choice(TITLES),
            body=rng.choice(BODIES),
            tags=rng.choice(((), ("calm",), ("lake", "work"))),
        )
        for i in range(80)
    ]
    for entry in entries:  # one at a time: each is added after the one before
        opened.store.insert([entry])
    for entry in rng.sample(entries, 10):
        opened.journal.trash(entry.id)
    added = [e.id for e in entries]

    def search(limit: int | None, offset: int = 0, within: EntryFilter = where) -> list[str]:
        return ids(
            opened.journal.search(
                text, EntryFilter(**{**within.__dict__, "limit": limit, "offset": offset})
            )
        )

    ranked_together = search(None)
    matching = search(None, within=EntryFilter(in_trash=None))
    monkeypatch.setattr(vault_entries, "NEWEST_RANKED_FIRST", 12)
    newest = set(sorted(matching, key=added.index)[-12:])
    everything = search(None)
    # Nothing is left out; the newest matches (the Trash counted) come first, and each
    # part keeps the order of ranking everything together.
    assert sorted(everything) == sorted(ranked_together)
    first = [i for i in everything if i in newest]
    assert everything[: len(first)] == first
    assert first == [i for i in ranked_together if i in newest]
    assert everything[len(first) :] == [i for i in ranked_together if i not in newest]
    for limit in (1, 5, 12, 30):
        for offset in range(0, len(everything) + 2, 4):
            assert search(limit, offset) == everything[offset : offset + limit], (limit, offset)


@pytest.mark.parametrize("text", ["calm", '"calm lake"', "la"])
@pytest.mark.parametrize(
    "where", [EntryFilter(), EntryFilter(in_trash=True), EntryFilter(tags=("calm",))]
)
@pytest.mark.parametrize("extra", [-1, 0, 1, 2])
def test_up_to_the_limit_matches_rank_together_and_past_it_the_oldest_come_after(
    opened, monkeypatch, text, where, extra
):
    most = 12
    rng = random.Random(extra)
    entries = [
        made_entry(
            date(2025, 1, 1) + timedelta(days=rng.randrange(20)),
            i,
            title=rng.choice(TITLES),
            body=rng.choice(("calm lake", "calm lake calm", "a calm lake at dawn")),
            tags=rng.choice(((), ("calm",))),
        )
        for i in range(most + extra)
    ]
    for entry in entries:  # one at a time: each is added after the one before
        opened.store.insert([entry])
    for entry in entries[::3]:
        opened.journal.trash(entry.id)
    added = [e.id for e in entries]

    def search(limit: int | None, offset: int = 0) -> list[str]:
        return ids(
            opened.journal.search(
                text, EntryFilter(**{**where.__dict__, "limit": limit, "offset": offset})
            )
        )

    ranked_together = search(None)
    monkeypatch.setattr(vault_entries, "NEWEST_RANKED_FIRST", most)
    newest = set(added[-most:])  # every entry matches; the Trash counts
    everything = search(None)
    first = [i for i in ranked_together if i in newest]
    assert everything == first + [i for i in ranked_together if i not in newest]
    if extra <= 0:
        assert everything == ranked_together
    for size in (1, 3, most, most + 1):
        for offset in range(0, len(everything) + 2, 2):
            assert search(size, offset) == everything[offset : offset + size], (size, offset)


@pytest.mark.parametrize("where", [EntryFilter(), EntryFilter(tags=("old",))])
def test_a_filter_that_keeps_none_of_the_newest_still_finds_the_older(opened, monkeypatch, where):
    entries = [
        made_entry(date(2025, 1, 1) + timedelta(days=i), i, title="", body="calm lake", tags=tags)
        for i, tags in enumerate([("old",)] * 5 + [()] * 5)
    ]
    for entry in entries:
        opened.store.insert([entry])
    for entry in entries[5:]:
        opened.journal.trash(entry.id)
    monkeypatch.setattr(vault_entries, "NEWEST_RANKED_FIRST", 5)
    older = [e.id for e in reversed(entries[:5])]  # equal scores: newest first
    for text in ("calm", '"calm lake"'):
        assert ids(opened.journal.search(text, replace(where, limit=10))) == older
        assert ids(opened.journal.search(text, replace(where, limit=2, offset=2))) == older[2:4]
