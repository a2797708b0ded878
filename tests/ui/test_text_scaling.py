"""Larger text (a system font half as large again) grows headings, rows and columns with it
rather than cutting words off; a row of controls wraps when it runs out of room."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.theme import LIGHT, MIN_BODY_POINT_SIZE, stylesheet
from afterglow.ui.widgets.wrapping_row import WrappingRow
from tests.ui.flows import unlock, wait_idle

LARGER = 1.5


@pytest.fixture
def larger_text(qapp: QApplication) -> Iterator[QFont]:
    usual = QFont(qapp.font())
    font = QFont(usual)
    font.setPointSizeF(MIN_BODY_POINT_SIZE * LARGER)
    qapp.setFont(font)
    yield font
    qapp.setFont(usual)


def point_sizes(qss: str) -> list[float]:
    return sorted(float(size) for size in re.findall(r"font-size: ([0-9.]+)pt", qss))


def test_headings_grow_with_the_body_text() -> None:
    usual = point_sizes(stylesheet(LIGHT))
    assert 20.0 in usual and 13.0 in usual  # the sizes as written, at the usual size
    larger = point_sizes(stylesheet(LIGHT, MIN_BODY_POINT_SIZE * LARGER))
    assert larger == [round(size * LARGER, 1) for size in usual]
    assert point_sizes(stylesheet(LIGHT, 8.0)) == usual  # never smaller than written


def test_with_larger_text_nothing_in_the_journal_is_cut_short(
    larger_text: QFont,
    existing_journal: str,
    make_desktop: Callable[..., DesktopApp],
    qtbot: QtBot,
) -> None:
    desktop = make_desktop(size=(1600, 1000))
    unlock(desktop, qtbot)
    shell = desktop.shell

    # Every section's name fits the sidebar, in bold as the chosen one is.
    bold = QFont(shell.navigation.font())
    bold.setBold(True)
    widest = max(
        QFontMetrics(bold).horizontalAdvance(shell.navigation.item(row).text())
        for row in range(shell.navigation.count())
    )
    assert widest + 2 * 14 <= shell.navigation.viewport().width()

    shell.show_section("journal")
    journal = shell.views["journal"]
    assert isinstance(journal, JournalView)
    wait_idle(desktop, qtbot)
    journal.editor.body.setFocus()
    qtbot.keyClicks(journal.editor.body, "A longer evening entry.")
    qtbot.waitUntil(lambda: journal.editor.pattern_button.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    qtbot.wait(50)

    # A row of the entry list is as tall as its day heading and three lines of text.
    metrics = QFontMetrics(larger_text)
    needed = metrics.height() * 4 + 2 * 9 + 2 + 5 + 4  # heading, title, preview, details
    assert journal.list.visualRect(journal.model.index(0)).height() >= needed

    # The editor's footer keeps every word of its buttons, wrapping if it must.
    for widget in journal.editor.findChildren(QWidget):
        if isinstance(widget, QPushButton) and widget.isVisible() and widget.text():
            assert widget.width() >= widget.sizeHint().width(), widget.text()


def test_a_wrapping_row_shares_one_line_when_it_can_and_wraps_when_it_cannot(
    qtbot: QtBot,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = WrappingRow(host, spacing=8)
    left = [QPushButton(text) for text in ("Formatting", "This is a pattern…", "Move to Trash")]
    right = QPushButton("54 words · Saved")
    for button in left:
        row.add_leading(button)
    row.add_trailing(right)
    one_line = row.sizeHint()
    host.resize(one_line.width() + 40, one_line.height())
    host.show()
    qtbot.waitExposed(host)
    assert {b.y() for b in [*left, right]} == {left[0].y()}
    assert right.geometry().right() == host.width() - 1  # pushed to the right edge

    narrow = left[1].sizeHint().width() + 10
    assert row.heightForWidth(narrow) >= 4 * one_line.height()  # one control a line
    host.resize(narrow, row.heightForWidth(narrow))
    qtbot.wait(20)
    tops = [b.y() for b in [*left, right]]
    assert tops == sorted(tops) and len(set(tops)) == 4
    assert all(b.width() >= b.sizeHint().width() for b in left if b is not left[1])
