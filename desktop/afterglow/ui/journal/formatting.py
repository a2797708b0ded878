"""Formatting shortcuts that write Markdown: each one is a single step to undo.

Ctrl+B bold, Ctrl+I italic, Ctrl+1/2/3 headings, Ctrl+Shift+8 list, Ctrl+Shift+. quote.
Pressing one again undoes it (bold text becomes plain, a heading a paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

_HEADING_PREFIX = re.compile(r"^ {0,3}#{1,6}[ \t]+")
_LIST_PREFIX = re.compile(r"^([ \t]*)[-*+][ \t]+")
_QUOTE_PREFIX = re.compile(r"^([ \t]*)>[ \t]?")


def toggle_wrap(editor: QPlainTextEdit, marker: str) -> None:
    """Wraps the selection in `marker` ("**" or "*"), or unwraps it if it is wrapped.

    Without a selection, inserts a pair of markers with the cursor between them.
    Positions count UTF-16 units, as Qt's documents do (an emoji is two).
    """
    cursor = editor.textCursor()
    size = len(marker)
    cursor.beginEditBlock()
    try:
        if not cursor.hasSelection():
            cursor.insertText(marker * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=size)
            editor.setTextCursor(cursor)
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        selected = cursor.selectedText()
        if _wrapped_in(selected, marker):
            inner = selected[size:-size]
            cursor.insertText(inner)
            _select(editor, start, start + utf16_length(inner))
            return
        document = editor.document()
        if _surrounded_by(document, start, end, marker):
            cursor.setPosition(end)
            cursor.setPosition(end + size, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.setPosition(start - size)
            cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            _select(editor, start - size, end - size)
            return
        cursor.insertText(f"{marker}{selected}{marker}")
        _select(editor, start + size, end + size)
    finally:
        cursor.endEditBlock()


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _wrapped_in(text: str, marker: str) -> bool:
    size = len(marker)
    if len(text) < 2 * size + 1 or not (text.startswith(marker) and text.endswith(marker)):
        return False
    if marker == "*":
        # "**bold**" is not italic: a single star must not be part of a double one.
        return not (text.startswith("**") and text.endswith("**")) or text.startswith("***")
    return True


def _surrounded_by(document: QTextDocument, start: int, end: int, marker: str) -> bool:
    size = len(marker)
    if start < size or end + size > document.characterCount() - 1:
        return False

    def text(at: int, length: int) -> str:
        return "".join(document.characterAt(at + i) for i in range(length))

    if text(start - size, size) != marker or text(end, size) != marker:
        return False
    if marker == "*":
        before = document.characterAt(start - 2) if start >= 2 else ""
        after = document.characterAt(end + 1)
        return before != "*" or after != "*"  # inside "**…**" only: that is bold, not italic
    return True


def _select(editor: QPlainTextEdit, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def set_heading(editor: QPlainTextEdit, level: int) -> None:
    """Makes the current lines headings of `level`; the same level again makes them text."""
    prefix = "#" * level + " "

    def change(line: str) -> str:
        current = _HEADING_PREFIX.match(line)
        rest = line[current.end() :] if current else line
        if current and current.group(0).strip() == "#" * level:
            return rest
        return prefix + rest

    _change_lines(editor, change)


def toggle_list(editor: QPlainTextEdit) -> None:
    """Turns the current lines into a bulleted list, or back into plain lines."""
    _toggle_prefix(editor, _LIST_PREFIX, "- ")


def toggle_quote(editor: QPlainTextEdit) -> None:
    """Turns the current lines into a quote, or back into plain lines."""
    _toggle_prefix(editor, _QUOTE_PREFIX, "> ")


def _toggle_prefix(editor: QPlainTextEdit, pattern: re.Pattern[str], prefix: str) -> None:
    lines = _selected_lines(editor)
    written = [line for line in lines if line.strip()]
    remove = bool(written) and all(pattern.match(line) for line in written)

    def change(line: str) -> str:
        if remove:
            return pattern.sub(r"\1", line, count=1)
        if not line.strip() and len(lines) > 1:
            return line
        return prefix + line

    _change_lines(editor, change)


def _selected_lines(editor: QPlainTextEdit) -> list[str]:
    cursor = editor.textCursor()
    document = editor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    lines = []
    block = first
    while block.isValid():
        lines.append(block.text())
        if block == last:
            break
        block = block.next()
    return lines


def _change_lines(editor: QPlainTextEdit, change: Callable[[str], str]) -> None:
    """Rewrites each line touched by the selection with `change(line) -> line`."""
    cursor = editor.textCursor()
    document = editor.document()
    had_selection = cursor.hasSelection()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = [first]
    while blocks[-1] != last and blocks[-1].next().isValid():
        blocks.append(blocks[-1].next())
    positions = [block.position() for block in blocks]
    edit = QTextCursor(document)
    edit.beginEditBlock()
    old_lines = [block.text() for block in blocks]
    shift = 0
    end = 0
    for old, position in zip(old_lines, positions, strict=True):
        new = change(old)
        old_length, new_length = utf16_length(old), utf16_length(new)
        if new != old:
            edit.setPosition(position + shift)
            edit.setPosition(position + shift + old_length, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(new)
        end = position + shift + new_length
        shift += new_length - old_length
    edit.endEditBlock()
    start = positions[0]
    if had_selection:
        _select(editor, start, end)
    else:
        # The cursor goes to the end of the line, ready to type after the new mark.
        _select(editor, end, end)
