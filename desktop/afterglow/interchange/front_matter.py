"""The front matter of a Markdown file: `name: value` lines between `---` lines at its top.

A small, strict reader of the part of YAML front matter uses: plain, quoted and JSON
values, `[a, b]` lists and `- item` lists under a name. A block whose first line is not
`name: value` is not front matter at all (a file may open with a horizontal rule); once
it is, a line it cannot read is an error naming that line. Values are read only when
asked for, so names the importer does not use may hold anything YAML allows.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_NAME_LINE = re.compile(r"(?P<name>[A-Za-z_][\w .-]*?)[ \t]*:(?:[ \t]+(?P<value>.*))?")
_ITEM_LINE = re.compile(r"[ \t]*-(?:[ \t]+(?P<item>.*))?")
_COMMENT = re.compile(r"[ \t]+#.*$")
_NULLS = ("", "~", "null", "Null", "NULL")


class FrontMatterError(Exception):
    """A line of the front matter that cannot be read; `line` counts from 1."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line} {problem}")
        self.line = line
        self.problem = problem


@dataclass
class FrontValue:
    """What follows `name:` on its line, the `- item` lines under it, and whether other
    indented lines follow (a nested value Afterglow does not read)."""

    text: str
    line: int
    items: list[str] | None = None
    nested: bool = False

    def scalar(self) -> str | None:
        """One value as text; None when it is empty or null."""
        if self.items is not None or self.nested:
            raise FrontMatterError(self.line, "must hold a single value")
        return _scalar(self.text, self.line)

    def words(self) -> list[str]:
        """A list: `- item` lines, `[a, b]`, or one line of values separated by commas."""
        if self.nested:
            raise FrontMatterError(self.line, "must hold a list of words")
        if self.items is not None:
            return [word for item in self.items if (word := _scalar(item, self.line))]
        text = self.text.strip()
        if text.startswith("["):
            try:
                values = json.loads(text)
            except json.JSONDecodeError:
                text = _COMMENT.sub("", text).strip()
                if not text.endswith("]"):
                    raise FrontMatterError(self.line, "has a list not closed with ]") from None
                values = [_scalar(part, self.line) for part in text[1:-1].split(",")]
            if not isinstance(values, list) or not all(
                isinstance(v, str | int | float) or v is None for v in values
            ):
                raise FrontMatterError(self.line, "must hold a list of words")
            return [str(v) for v in values if v is not None and str(v).strip()]
        value = _scalar(self.text, self.line)
        return [part.strip() for part in (value or "").split(",") if part.strip()]


@dataclass(frozen=True)
class FrontMatter:
    values: dict[str, FrontValue]  # by name, in lower case
    body: str  # the file's text after the front matter
    lines: int  # how many lines the front matter took, its `---` lines included

    def get(self, name: str) -> FrontValue | None:
        return self.values.get(name)


def split_front_matter(text: str) -> FrontMatter:
    """The front matter of `text` (empty if it has none) and the text after it."""
    lines = text.split("\n")
    none = FrontMatter({}, text, 0)
    if not lines or lines[0].rstrip() != "---":
        return none
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        return none
    block = lines[1:end]
    first = next((line for line in block if line.strip() and not line.startswith("#")), None)
    if first is not None and _NAME_LINE.fullmatch(first.rstrip()) is None:
        return none  # a horizontal rule, then ordinary text
    return FrontMatter(_values(block), "\n".join(lines[end + 1 :]), end + 1)


def _values(block: list[str]) -> dict[str, FrontValue]:
    values: dict[str, FrontValue] = {}
    current: FrontValue | None = None
    for number, raw in enumerate(block, start=2):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        item = _ITEM_LINE.fullmatch(line)
        if current is not None and item is not None and not current.text:
            if current.items is None:
                current.items = []
            current.items.append(item["item"] or "")
            continue
        if line[0] in " \t":
            if current is None:
                raise FrontMatterError(number, "is indented but follows no name")
            current.nested = True
            continue
        named = _NAME_LINE.fullmatch(line)
        if named is None:
            raise FrontMatterError(number, "is not written `name: value`")
        name = named["name"].strip().lower()
        if name in values:
            raise FrontMatterError(number, f"gives {name} a second time")
        current = values[name] = FrontValue((named["value"] or "").strip(), number)
    return values


def _scalar(text: str, line: int) -> str | None:
    text = text.strip()
    if text.startswith('"'):
        try:
            value, end = json.JSONDecoder().raw_decode(text)
        except json.JSONDecodeError:
            raise FrontMatterError(line, "has a quoted value that is not closed") from None
        return _quoted(value, text[end:], line)
    if text.startswith("'"):
        closing = re.match(r"'((?:[^']|'')*)'", text)
        if closing is None:
            raise FrontMatterError(line, "has a quoted value that is not closed")
        return _quoted(closing[1].replace("''", "'"), text[closing.end() :], line)
    text = _COMMENT.sub("", text).strip()
    return None if text in _NULLS else text


def _quoted(value: object, rest: str, line: int) -> str:
    if not isinstance(value, str) or (rest.strip() and not _COMMENT.fullmatch(rest)):
        raise FrontMatterError(line, "has text after its quoted value")
    return value
