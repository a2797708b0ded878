"""Rows drawn as cards: long titles wrap onto the lines allowed and no further."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from afterglow.ui.sessions.card_delegate import wrapped

TEXT = "When my jaw tightens, three slow breaths before I answer, then let the moment pass"


def test_a_title_wraps_onto_the_lines_allowed_and_the_last_is_elided(qapp: QApplication) -> None:
    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("When my jaw tightens, three")

    (one,) = wrapped(TEXT, metrics, width, 1)
    first, second = wrapped(TEXT, metrics, width, 2)

    assert one.endswith("\u2026") and metrics.horizontalAdvance(one) <= width
    assert first == "When my jaw tightens, three"
    assert second.startswith("slow breaths") and second.endswith("\u2026")
    assert metrics.horizontalAdvance(second) <= width
    assert wrapped("Short", metrics, width, 2) == ["Short"]
    assert wrapped("", metrics, width, 2) == []
