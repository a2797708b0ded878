"""A safe subset of Markdown for entry text in the report: everything else stays text.

Paragraphs, line breaks, emphasis, inline code, headings, lists and quotes. All text is
HTML-escaped before any markup is added, so raw HTML in an entry shows as the characters
the client typed and can never become markup. Links and images show as plain text.
"""

from __future__ import annotations

import html
import re

MAX_QUOTE_DEPTH = 4

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_BULLET = re.compile(r"^ {0,3}[-*+][ \t]+(.*)$")
_NUMBERED = re.compile(r"^ {0,3}\d{1,9}[.)][ \t]+(.*)$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?(.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_CODE = re.compile(r"`([^`\n]+)`")
# Emphasis may hold a whole <strong>…</strong> but never part of one, so tags always nest.
_WITHIN = r"(?:[^<]|<strong>[^<]*</strong>)+?"
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^<]+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(rf"\*(?=\S)({_WITHIN})(?<=\S)\*")
_EMPHASIS_UNDERSCORE = re.compile(rf"(?<![0-9A-Za-z_])_(?=\S)({_WITHIN})(?<=\S)_(?![0-9A-Za-z_])")
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*\)"
_IMAGE = re.compile(rf"!\[([^\]\n]*)\]{_TARGET}")
_LINK = re.compile(rf"\[([^\]\n]+)\]{_TARGET}")
_PLACEHOLDER = "\x00{}\x00"


def render_markdown(text: str, heading_offset: int = 3) -> str:
    """HTML for `text`; headings start at `<h{heading_offset + 1}>` to sit under the report's."""
    return _render_blocks(
        text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), heading_offset, 0
    )


def render_plain(text: str) -> str:
    """HTML for text that is not Markdown: escaped, with paragraphs and line breaks kept."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.strip().split("\n")) + "</p>"
        for p in paragraphs
    )


def _render_blocks(lines: list[str], heading_offset: int, depth: int) -> str:
    out: list[str] = []
    paragraph: list[str] = []
    items: list[list[str]] = []
    list_tag = ""
    i = 0

    def flush_paragraph() -> None:
        if paragraph:
            out.append("<p>" + "<br>".join(_inline(line.strip()) for line in paragraph) + "</p>")
            paragraph.clear()

    def flush_list() -> None:
        nonlocal list_tag
        if items:
            rendered = "".join(
                "<li>" + "<br>".join(_inline(line.strip()) for line in item) + "</li>"
                for item in items
            )
            out.append(f"<{list_tag}>{rendered}</{list_tag}>")
            items.clear()
        list_tag = ""

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush_paragraph()
            flush_list()
            i += 1
            continue
        quote = _QUOTE.match(line)
        if quote:
            flush_paragraph()
            flush_list()
            quoted = []
            while i < len(lines) and (match := _QUOTE.match(lines[i])):
                quoted.append(match.group(1))
                i += 1
            if depth < MAX_QUOTE_DEPTH:
                inner = _render_blocks(quoted, heading_offset, depth + 1)
            else:
                inner = (
                    "<p>" + "<br>".join(_inline(q.strip()) for q in quoted if q.strip()) + "</p>"
                )
            out.append(f"<blockquote>{inner}</blockquote>")
            continue
        heading = _HEADING.match(line)
        if heading:
            flush_paragraph()
            flush_list()
            level = min(6, len(heading.group(1)) + heading_offset)
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif _RULE.match(line):
            flush_paragraph()
            flush_list()
            out.append("<hr>")
        elif (bullet := _BULLET.match(line)) or (numbered := _NUMBERED.match(line)):
            flush_paragraph()
            tag = "ul" if bullet else "ol"
            if list_tag and list_tag != tag:
                flush_list()
            list_tag = tag
            match = bullet or numbered
            assert match is not None
            items.append([match.group(1)])
        elif items and line[:1] in (" ", "\t"):
            items[-1].append(line)  # an indented line continues the list item
        else:
            flush_list()
            paragraph.append(line)
        i += 1
    flush_paragraph()
    flush_list()
    return "".join(out)


def _inline(text: str) -> str:
    """Escapes `text`, then adds emphasis and code; link targets are dropped."""
    kept: list[str] = []

    def keep(fragment: str) -> str:
        kept.append(fragment)
        return _PLACEHOLDER.format(len(kept) - 1)

    text = text.replace("\x00", "")
    text = _CODE.sub(lambda m: keep(f"<code>{html.escape(m.group(1))}</code>"), text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = html.escape(text)
    text = _STRONG.sub(r"<strong>\2</strong>", text)
    text = _EMPHASIS_STAR.sub(r"<em>\1</em>", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"<em>\1</em>", text)
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)
