"""Markdown that renders as you type: headings, emphasis, lists, quotes, code and #tags
are styled in place while the text itself stays exactly the Markdown that was typed."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from afterglow.core.tags import find_hashtags
from afterglow.ui.theme import Colors

_IN_FENCE = 1

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_QUOTE = re.compile(r"^ {0,3}(>[ \t]?)+")
_LIST = re.compile(r"^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+(\[[ xX]\][ \t]+)?")
_RULE = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")
_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]*)\)")

# Heading sizes relative to the body text, from # to ######.
_HEADING_SCALE = (1.45, 1.25, 1.12, 1.0, 1.0, 1.0)


class MarkdownHighlighter(QSyntaxHighlighter):
    """Styles a Markdown document line by line; only changed lines are looked at again,
    so it stays smooth for very long entries."""

    def __init__(self, document: QTextDocument, colors: Colors) -> None:
        super().__init__(document)
        self._colors = colors
        self._formats()

    def set_colors(self, colors: Colors) -> None:
        self._colors = colors
        self._formats()
        self.rehighlight()

    def _formats(self) -> None:
        c = self._colors
        self.marker = QTextCharFormat()
        self.marker.setForeground(QColor(c.muted))
        self.accent_marker = QTextCharFormat()
        self.accent_marker.setForeground(QColor(c.accent))
        self.accent_marker.setFontWeight(QFont.Weight.Bold)
        self.tag = QTextCharFormat()
        self.tag.setForeground(QColor(c.accent))
        self.tag.setFontWeight(QFont.Weight.DemiBold)
        self.link = QTextCharFormat()
        self.link.setForeground(QColor(c.accent))
        self.link.setFontUnderline(True)
        self.code = QTextCharFormat()
        self.code.setFontFamilies(["monospace"])
        self.code.setFontFixedPitch(True)
        self.code.setBackground(QColor(c.track))
        self.fence = QTextCharFormat(self.code)
        self.fence.setForeground(QColor(c.muted))

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        if _FENCE.match(text):
            self.setFormat(0, len(text), self.fence)
            self.setCurrentBlockState(0 if previous == _IN_FENCE else _IN_FENCE)
            return
        if previous == _IN_FENCE:
            self.setFormat(0, len(text), self.code)
            self.setCurrentBlockState(_IN_FENCE)
            return
        self.setCurrentBlockState(0)
        self._line_kind(text)
        self._inline(text)

    def _line_kind(self, text: str) -> None:
        heading = _HEADING.match(text)
        if heading:
            level = len(heading.group(1))
            whole = QTextCharFormat()
            whole.setFontWeight(QFont.Weight.Bold)
            base = self.document().defaultFont().pointSizeF()
            if base > 0:
                whole.setFontPointSize(base * _HEADING_SCALE[level - 1])
            self.setFormat(0, len(text), whole)
            mark = QTextCharFormat(whole)
            mark.setForeground(QColor(self._colors.muted))
            self.setFormat(0, heading.end(), mark)
            return
        if _RULE.match(text):
            self.setFormat(0, len(text), self.marker)
            return
        quote = _QUOTE.match(text)
        if quote:
            body = QTextCharFormat()
            body.setFontItalic(True)
            self.setFormat(quote.end(), len(text) - quote.end(), body)
            self.setFormat(0, quote.end(), self.accent_marker)
            return
        item = _LIST.match(text)
        if item:
            self.setFormat(0, item.end(), self.accent_marker)

    def _inline(self, text: str) -> None:
        for match in _STRONG.finditer(text):
            self._merge(match.start(2), match.end(2), bold=True)
            self._mark(match.start(), 2)
            self._mark(match.end() - 2, 2)
        for match in _EMPHASIS.finditer(text):
            self._merge(match.start(2), match.end(2), italic=True)
            self._mark(match.start(), 1)
            self._mark(match.end() - 1, 1)
        for match in _LINK.finditer(text):
            self.setFormat(match.start(1), len(match.group(1)), self.link)
            self._mark(match.start(), 1)
            self._mark(match.end(1), match.end() - match.end(1))
        for match in _CODE.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.code)
        for found in find_hashtags(text):
            self._merge(found.start, found.end, color=self.tag)

    def _mark(self, start: int, length: int) -> None:
        """Greys out Markdown punctuation, keeping the size of a heading it sits in."""
        current = self.format(start)
        current.setForeground(QColor(self._colors.muted))
        self.setFormat(start, length, current)

    def _merge(
        self,
        start: int,
        end: int,
        *,
        bold: bool = False,
        italic: bool = False,
        color: QTextCharFormat | None = None,
    ) -> None:
        # Character by character, so bold inside a heading or a quote keeps their style.
        for position in range(start, end):
            current = self.format(position)
            if bold:
                current.setFontWeight(QFont.Weight.Bold)
            if italic:
                current.setFontItalic(True)
            if color is not None:
                current.setForeground(color.foreground())
                current.setFontWeight(max(current.fontWeight(), color.fontWeight()))
            self.setFormat(position, 1, current)
