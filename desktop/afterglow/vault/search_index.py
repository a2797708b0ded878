"""The full-text index's query language, written only from parsed terms.

Each term becomes an FTS5 string ("…", quotes doubled), so nothing a person types can
be read as an operator, a column filter or a syntax error. Terms are joined by spaces,
which FTS5 reads as AND.
"""

from __future__ import annotations

from afterglow.core.search import SearchQuery, Term

# bm25 weights for the index's columns (title, body, tags): a word in the title counts
# for more than the same word in a long body.
COLUMN_WEIGHTS = (10.0, 1.0, 5.0)
SNIPPET_TOKENS = 16
ELLIPSIS = "…"


def fts_term(term: Term) -> str:
    quoted = '"' + term.text.replace('"', '""') + '"'
    return quoted + "*" if term.prefix else quoted


def fts_query(query: SearchQuery) -> str:
    return " ".join(fts_term(term) for term in query.terms)
