from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterglow.core.entries import EntryKind
from afterglow.core.search import marked, plain
from afterglow.core.store import EntryFilter

from .journal_fixtures import made_entry, open_journal


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_journal(tmp_path, fast_policy)


def ids(hits):
    return [hit.entry.id for hit in hits]


def test_a_title_match_ranks_above_a_body_match(opened):
    journal = opened.journal
    in_body = journal.add(title="Tuesday", body="I walked to the lake and thought about it.")
    in_title = journal.add(title="The lake", body="Nothing much else to say today.")
    assert ids(journal.search("lake ")) == [in_title.id, in_body.id]


def test_snippets_mark_matches_as_spans(opened):
    body = " ".join(["filler"] * 40 + ["the", "breathwork", "helped"] + ["filler"] * 40)
    opened.journal.add(title="Evening", body=body)
    [hit] = opened.journal.search("breathwork ")
    assert any(span.is_match and span.text == "breathwork" for span in hit.snippet)
    text = marked(hit.snippet)
    assert "[breathwork]" in text
    assert text.startswith("…") and text.endswith("…")
    assert len(plain(hit.snippet)) < len(body) / 3
    assert hit.title == (("Evening", False),)


def test_a_title_only_match_still_gets_the_body_beginning(opened):
    opened.journal.add(title="Lake", body="Short body.")
    [hit] = opened.journal.search("lake ")
    assert marked(hit.title) == "[Lake]"
    assert plain(hit.snippet) == "Short body."


def test_the_last_word_matches_as_a_prefix_while_typing(opened):
    entry = opened.journal.add(title="x", body="integration is slow work")
    assert ids(opened.journal.search("integ")) == [entry.id]
    assert opened.journal.search("integ ") == []  # a finished word must match whole
    assert ids(opened.journal.search("slow integ")) == [entry.id]


def test_quoted_phrases_match_words_in_order(opened):
    together = opened.journal.add(title="a", body="a quiet morning by the lake")
    apart = opened.journal.add(title="b", body="morning was not quiet")
    assert ids(opened.journal.search('"quiet morning"')) == [together.id]
    assert set(ids(opened.journal.search("quiet morning "))) == {together.id, apart.id}


def test_all_words_must_appear(opened):
    both = opened.journal.add(title="a", body="calm lake")
    opened.journal.add(title="b", body="calm sea")
    assert ids(opened.journal.search("calm lake ")) == [both.id]


def test_tags_are_searchable(opened):
    entry = opened.journal.add(title="x", body="nothing", tags=["breathwork"])
    assert ids(opened.journal.search("breathwork ")) == [entry.id]


def test_search_applies_filters(opened):
    d = date(2026, 3, 1)
    opened.store.insert(
        [
            made_entry(d, 0, body="river walk", tags=("a",), mood=3),
            made_entry(d + timedelta(days=5), 1, body="river swim", tags=("b",), mood=8),
            made_entry(d + timedelta(days=9), 2, body="river dream", mood=6, kind=EntryKind.NOTE),
        ]
    )

    def titles(**where):
        hits = opened.journal.search("river", EntryFilter(**where))
        return sorted(hit.entry.title for hit in hits)

    assert titles() == ["Day 0", "Day 1", "Day 2"]
    assert titles(tags=("a",)) == ["Day 0"]
    assert titles(not_tags=("a",)) == ["Day 1", "Day 2"]
    assert titles(kinds=(EntryKind.NOTE,)) == ["Day 2"]
    assert titles(since=d + timedelta(days=1), until=d + timedelta(days=6)) == ["Day 1"]
    assert titles(mood_min=5, mood_max=7) == ["Day 2"]
    assert titles(limit=1) in (["Day 0"], ["Day 1"], ["Day 2"])


def test_search_ignores_diacritics(opened):
    entry = opened.journal.add(title="x", body="Met Ana at the café; naïve hope, Ærø, São Paulo")
    for query in ("cafe ", "CAFÉ ", "naive ", "sao paulo "):
        assert ids(opened.journal.search(query)) == [entry.id], query
    plain_entry = opened.journal.add(title="y", body="a cafe in town")
    assert set(ids(opened.journal.search("café "))) == {entry.id, plain_entry.id}


def test_cjk_rtl_and_emoji_text_is_searchable_without_errors(opened):
    cjk = opened.journal.add(title="静か", body="今日は静かな朝でした 🙂")
    rtl = opened.journal.add(title="שלום", body="مرحبا بالعالم")
    assert ids(opened.journal.search("静か ")) == [cjk.id]
    assert ids(opened.journal.search("مرحبا")) == [rtl.id]
    assert opened.journal.search("🙂") == []


def test_operators_are_searched_as_words(opened):
    entry = opened.journal.add(title="x", body="I said NOT now, and OR maybe later")
    opened.journal.add(title="y", body="later")
    assert ids(opened.journal.search("NOT later ")) == [entry.id]
    assert ids(opened.journal.search('"and OR maybe"')) == [entry.id]


HOSTILE = [
    '"',
    '""',
    '"unbalanced',
    "a AND",
    "OR",
    "NOT NOT",
    "NEAR(a b, 2)",
    "*",
    "a*",
    "^start",
    "title:lake",
    "body : x",
    "{title body}: lake",
    "(a OR b",
    ")",
    "a + b",
    "-a",
    "\x00",
    "\ud800 lone",
    "\ue000marker\ue001",
    "🙂🙂🙂",
    "שלום \u202e",
    "' OR 1=1 --",
    "x" * 10_000,
    " ".join(["and"] * 1000),
]


def test_hostile_queries_are_plain_text(opened):
    opened.journal.add(title="lake AND sea", body="NEAR the OR water * ^ : ( )")
    for text in HOSTILE:
        opened.journal.search(text)  # must not raise


def test_any_text_can_be_searched_even_after_trash_and_purge(opened):
    journal = opened.journal
    keep = journal.add(title="Morning pages", body="café, 静か, שלום, #calm and NOT much")
    gone = journal.add(title="gone", body="lake lake lake")
    journal.trash(gone.id)

    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=80), st.builds(EntryFilter, limit=st.none() | st.integers(0, 5)))
    def search_anything(text, where):
        for hit in journal.search(text, where):
            assert hit.entry.id == keep.id

    search_anything()
    journal.empty_trash()
    search_anything()
