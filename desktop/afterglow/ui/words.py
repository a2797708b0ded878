"""Translating words said outside a widget's own `self.tr()`: the `wording` modules'
`_tr("…")` and `tr("…")` helpers, and the like.

`make translations` runs lupdate with `-tr-function-alias tr+=_tr,tr+=_translate`, which
finds those calls but cannot know a helper's own context: it files them under the unnamed
context. The helpers therefore look their words up there, so what lupdate extracted is
what a translation is found for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

UNNAMED = ""


def translated(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the person's language, from the unnamed context (`n` picks a plural)."""
    return QCoreApplication.translate(UNNAMED, text, disambiguation or None, n)
