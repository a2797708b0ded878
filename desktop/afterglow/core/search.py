"""What a person types into search, read as plain words and "quoted phrases".

Nothing typed has special meaning except double quotes: AND, OR, NOT, NEAR, `*`, `^`,
`:` and parentheses are just text. The last word, while still being typed (no space
after it yet), also matches words that begin with it. Results carry snippets as spans
of text, each marked as a match or not, so no caller ever parses markup.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from afterglow.core.entries import Entry

MAX_TERMS = 32
MIN_PREFIX_LENGTH = 2
# Private-use characters the index uses to mark matches; they never reach the index.
MATCH_START = "\ue000"
MATCH_END = "\ue001"


@dataclass(frozen=True)
class Term:
    """A word or a phrase (several words in order); `prefix` lets its last word grow."""

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class SearchQuery:
    """Terms that must all appear in an entry (title, body or tags)."""

    terms: tuple[Term, ...]

    @property
    def is_empty(self) -> bool:
        return not self.terms


class Span(NamedTuple):
    text: str
    is_match: bool


Snippet = tuple[Span, ...]


@dataclass(frozen=True)
class SearchHit:
    entry: Entry
    title: Snippet  # the whole title, matches marked
    snippet: Snippet  # a short passage of the body around the best match


# Control characters (Unicode category Cc) other than tab and newline, and the markers.
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{MATCH_START}{MATCH_END}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_MARKS = re.compile(f"([{MATCH_START}{MATCH_END}])")


def clean_text(text: str) -> str:
    """Text safe to hand to the index: no control characters, lone surrogates or markers."""
    return _SURROGATE.sub("\ufffd", _UNSAFE.sub(" ", text))


def _is_word_character(ch: str) -> bool:
    # The index's tokenizer (unicode61) keeps letters, numbers and private-use characters.
    return unicodedata.category(ch)[0] in ("L", "N") or unicodedata.category(ch) == "Co"


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(_is_word_character(ch) for ch in w)]


def parse_query(text: str) -> SearchQuery:
    """Reads what was typed; never raises, whatever the text."""
    text = clean_text(text)
    terms: list[Term] = []
    pieces = text.split('"')
    for i, piece in enumerate(pieces):
        quoted = i % 2 == 1
        words = _words(piece)
        if not words:
            continue
        if quoted:
            terms.append(Term(tuple(words)))
        else:
            terms.extend(Term((word,)) for word in words)
    # The last word is still being typed unless a space or a closing quote follows it.
    if terms and _words(pieces[-1]) and not text[-1].isspace():
        last = terms[-1]
        if len(last.words[-1]) >= MIN_PREFIX_LENGTH:
            terms[-1] = Term(last.words, prefix=True)
    return SearchQuery(tuple(terms[:MAX_TERMS]))


def spans_from_marked(text: str) -> Snippet:
    """Splits text marked with MATCH_START/MATCH_END into spans."""
    spans: list[Span] = []
    is_match = False
    for piece in _MARKS.split(text):
        if piece == MATCH_START:
            is_match = True
        elif piece == MATCH_END:
            is_match = False
        elif piece:
            spans.append(Span(piece, is_match))
    return tuple(spans)


def plain(snippet: Snippet) -> str:
    return "".join(span.text for span in snippet)


def marked(snippet: Snippet, before: str = "[", after: str = "]") -> str:
    """The snippet as text with each match wrapped, for a terminal or a test."""
    return "".join(f"{before}{s.text}{after}" if s.is_match else s.text for s in snippet)
