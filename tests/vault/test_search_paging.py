"""Search pages come out exactly as one ranked list would, ties and the Trash included;
past `NEWEST_RANKED_FIRST` matches, the most recently added come first."""

import random
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
