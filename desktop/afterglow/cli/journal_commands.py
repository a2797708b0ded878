"""The journal's commands: add an entry, list, search and show entries.

They need only the entries, so they load neither the other services nor the interchange
format (JSON output uses the one light `entry_json`).
"""

from __future__ import annotations

import sys
from typing import Any

from afterglow.cli.common import EXIT_OK, Command
from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import UsageError
from afterglow.core.search import SearchHit, Snippet, marked
from afterglow.core.store import EntryFilter
from afterglow.interchange.entry_json import entry_to_json

_BOLD, _PLAIN = "\x1b[1m", "\x1b[0m"


def _read_body(c: Command) -> str:
    if c.args.body is not None:
        return str(c.args.body)
    try:
        if c.args.body_file is not None:
            with open(c.args.body_file, encoding="utf-8") as f:
                return f.read()
        if sys.stdin is not None and not sys.stdin.isatty():
            return sys.stdin.read()
    except FileNotFoundError:
        raise UsageError(f"The body file {c.args.body_file} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError("The entry's text could not be read as UTF-8.") from exc
    return ""


def _headline(entry: Entry, title: str | None = None) -> str:
    """One calm line: date, kind, title (or the body's first words) and tags."""
    if title is None:
        title = entry.title or _first_words(entry.body) or "(untitled)"
    parts = [entry.date.isoformat(), f"{entry.kind.value:<10}", title]
    if entry.tags:
        parts.append(" ".join(f"#{tag}" for tag in entry.tags))
    return "  ".join(parts)


def _first_words(text: str, width: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def _spans_for_terminal(c: Command, spans: Snippet) -> str:
    if c.out.isatty():
        return marked(spans, _BOLD, _PLAIN)
    return marked(spans)


def cmd_add(c: Command) -> int:
    body = _read_body(c)
    title = c.args.title or ""
    if not title.strip() and not body.strip():
        raise UsageError("Give the entry a title or some text (--body, --body-file or stdin).")
    with c.journal() as journal:
        entry = journal.add(
            kind=EntryKind(c.args.kind),
            title=title,
            body=body,
            day=c.args.date,
            tags=c.args.tag or (),
            mood=c.args.mood,
        )
    print(entry.id, file=c.out)
    return EXIT_OK


def cmd_list(c: Command) -> int:
    where = EntryFilter(
        tags=tuple(c.args.tag or ()), since=c.args.since, until=c.args.until, limit=c.args.limit
    )
    with c.journal() as journal:
        entries = journal.list(where)
    if c.args.json:
        c.print_json([entry_to_json(entry) for entry in entries])
    elif not entries:
        print("No entries to show.", file=c.out)
    for entry in [] if c.args.json else entries:
        print(f"{entry.id[:8]}  {_headline(entry)}", file=c.out)
    return EXIT_OK


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    shape = entry_to_json(hit.entry)
    shape["snippet"] = [[span.text, span.is_match] for span in hit.snippet]
    return shape


def cmd_search(c: Command) -> int:
    with c.journal() as journal:
        hits = journal.search(c.args.query, EntryFilter(limit=c.args.limit))
    if c.args.json:
        c.print_json([_hit_json(hit) for hit in hits])
        return EXIT_OK
    if not hits:
        print("No entries match.", file=c.out)
    for hit in hits:
        title = _spans_for_terminal(c, hit.title) if hit.entry.title else None
        print(f"{hit.entry.id[:8]}  {_headline(hit.entry, title)}", file=c.out)
        snippet = " ".join(_spans_for_terminal(c, hit.snippet).split())
        if snippet:
            print(f"          {snippet}", file=c.out)
    return EXIT_OK


def cmd_show(c: Command) -> int:
    with c.journal() as journal:
        entry = journal.find(c.args.id)
    if c.args.json:
        c.print_json(entry_to_json(entry))
        return EXIT_OK
    details = [entry.date.isoformat(), entry.kind.value.replace("_", "-")]
    if entry.mood is not None:
        details.append(f"mood {entry.mood}/10")
    if entry.energy is not None:
        details.append(f"energy {entry.energy}/10")
    if entry.private:
        details.append("private")
    lines = [entry.title or "(untitled)", " · ".join(details)]
    if entry.tags:
        lines.append("Tags: " + " ".join(f"#{tag}" for tag in entry.tags))
    if entry.emotions:
        lines.append("Feelings: " + ", ".join(entry.emotions))
    lines.append(f"Id: {entry.id}")
    print("\n".join(lines), file=c.out)
    if entry.body:
        print(file=c.out)
        print(entry.body.rstrip("\n"), file=c.out)
    return EXIT_OK
