from hypothesis import given
from hypothesis import strategies as st

from afterglow.core.search import (
    MATCH_END,
    MATCH_START,
    MAX_TERMS,
    Span,
    Term,
    clean_text,
    marked,
    parse_query,
    plain,
    spans_from_marked,
)


def terms(text: str) -> list[tuple[str, bool]]:
    return [(t.text, t.prefix) for t in parse_query(text).terms]


def test_words_are_separate_terms_and_the_last_is_a_prefix_while_typing():
    assert terms("morning walk") == [("morning", False), ("walk", True)]
    assert terms("morning walk ") == [("morning", False), ("walk", False)]


def test_a_one_letter_last_word_is_not_a_prefix():
    assert terms("walk a") == [("walk", False), ("a", False)]


def test_quoted_phrases_stay_together():
    assert terms('"quiet morning" lake') == [("quiet morning", False), ("lake", True)]
    assert terms('"quiet morning"') == [("quiet morning", False)]


def test_an_unbalanced_quote_reads_the_rest_as_a_phrase_being_typed():
    assert terms('lake "quiet morn') == [("lake", False), ("quiet morn", True)]


def test_operators_and_syntax_are_plain_text():
    query = "NOT a OR b AND NEAR(c d) title:x ^y z* (w)"
    assert terms(query) == [
        ("NOT", False),
        ("a", False),
        ("OR", False),
        ("b", False),
        ("AND", False),
        ("NEAR(c", False),
        ("d)", False),
        ("title:x", False),
        ("^y", False),
        ("z*", False),
        ("(w)", True),
    ]


def test_words_without_letters_or_digits_are_dropped():
    assert terms('*** 🙂 "" " " -- calm') == [("calm", True)]
    assert parse_query("🙂 ✨").is_empty
    assert parse_query("").is_empty


def test_control_characters_and_lone_surrogates_are_cleaned():
    assert clean_text("a\x00b\ud800c\nd") == "a b\ufffdc\nd"
    assert MATCH_START not in clean_text(f"x{MATCH_START}y{MATCH_END}")


def test_very_long_queries_are_capped():
    assert len(parse_query(" ".join(f"w{i}" for i in range(500))).terms) == MAX_TERMS


def test_marked_text_becomes_spans_and_back():
    spans = spans_from_marked(f"before {MATCH_START}match{MATCH_END} after")
    assert spans == (Span("before ", False), Span("match", True), Span(" after", False))
    assert marked(spans) == "before [match] after"
    assert marked(spans, "<b>", "</b>") == "before <b>match</b> after"
    assert plain(spans) == "before match after"


@given(st.text())
def test_parsing_never_raises_and_terms_always_have_words(text):
    for term in parse_query(text).terms:
        assert isinstance(term, Term) and term.words
        assert all(w.strip() for w in term.words)
        assert '"' not in term.text
