"""Search: results as you type with the matching words highlighted, only the newest
query's results shown, filters applied, hostile text taken as text."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import EntryKind
from afterglow.core.journal import Journal
from afterglow.ui.journal.journal_view import JournalView
from tests.ui.flows import wait_idle
from tests.ui.journal.conftest import WithJournal, open_journal_section


@pytest.fixture
def searchable(with_journal: WithJournal[None], desktop: DesktopApp, qtbot: QtBot) -> JournalView:
    def write(journal: Journal) -> None:
        journal.add(
            title="Canal walk",
            body="Walked along the canal and watched the herons. <b>not markup</b>",
            kind=EntryKind.JOURNAL,
        )
        journal.add(title="Evening", body="The herons were back at dusk.", kind=EntryKind.NOTE)
        journal.add(title="Gratitude", body="Tea, rain, and a long call.", mood=8)

    with_journal(write)
    return open_journal_section(desktop, qtbot)


def search(view: JournalView, desktop: DesktopApp, qtbot: QtBot, text: str) -> None:
    view.search.field.setText(text)
    view.search.search_now()
    wait_idle(desktop, qtbot)


def found(view: JournalView) -> list[str]:
    return [hit.entry.title for hit in view.search.model.hits()]


def test_results_appear_a_moment_after_typing_with_matches_marked(
    searchable: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = searchable
    qtbot.keyClicks(view.search.field, "heron")
    assert view.results.currentWidget() is view.search
    with qtbot.waitSignal(view.search.searched, timeout=2000):
        pass
    assert sorted(found(view)) == ["Canal walk", "Evening"]
    hit = view.search.model.hits()[0]
    assert any(span.is_match and span.text.lower().startswith("heron") for span in hit.snippet)
    assert view.search.count.text() == "2 entries found"


def test_matches_are_drawn_highlighted_and_markup_stays_text(
    searchable: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = searchable
    search(view, desktop, qtbot, "markup")
    view.search.view.clearSelection()
    image = view.search.view.grab().toImage()
    highlight = QColor(desktop.appearance.colors.accent_soft).rgb()
    marked = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixel(x, y) == highlight
    )
    assert marked > 20
    (hit,) = view.search.model.hits()
    assert "<b>" in "".join(span.text for span in hit.snippet)
    assert "<b>" in str(view.search.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole))


def test_only_the_newest_query_is_shown(
    searchable: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = searchable
    release = threading.Event()
    desktop.runner.run(lambda: release.wait(10))  # both searches queue up behind this
    shown: list[list[str]] = []
    view.search.model.modelReset.connect(lambda: shown.append(found(view)))
    view.search.field.setText("canal")
    view.search.search_now()
    view.search.field.setText("tea")
    view.search.search_now()
    release.set()
    wait_idle(desktop, qtbot)

    assert found(view) == ["Gratitude"]
    assert ["Canal walk"] not in shown


def test_filters_apply_to_search(
    searchable: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = searchable
    view.filters.kind.setCurrentIndex(view.filters.kind.findData(EntryKind.NOTE.value))
    search(view, desktop, qtbot, "herons")
    assert found(view) == ["Evening"]
    view.filters.clear()
    wait_idle(desktop, qtbot)
    assert sorted(found(view)) == ["Canal walk", "Evening"]


def test_a_result_opens_its_entry(
    searchable: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = searchable
    search(view, desktop, qtbot, "dusk")
    view.search.view.clicked.emit(view.search.model.index(0))
    qtbot.waitUntil(lambda: view.editor.title.text() == "Evening")
    view.search.field.clear()
    assert view.results.currentWidget() is view.list


def test_nothing_found_says_what_to_try(
    searchable: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = searchable
    search(view, desktop, qtbot, "volcano")
    assert view.search.pages.currentWidget() is view.search.empty
    assert "Nothing found for “volcano”" in view.search.empty.text()


HOSTILE = [
    '"',
    '"unclosed phrase',
    "*",
    "NEAR(canal herons)",
    "canal AND OR NOT",
    "'; DROP TABLE entries; --",
    "^title:canal",
    "\x00\x01\ue000",
    "\ud800 lone surrogate",
    "🌊🌊🌊",
    "a" * 400,
]


def test_hostile_text_is_searched_as_text(
    searchable: JournalView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = searchable
    for text in HOSTILE:
        search(view, desktop, qtbot, text)
        page = view.search.pages.currentWidget()
        assert page is view.search.view or "Nothing found" in view.search.empty.text(), text
    search(view, desktop, qtbot, "canal")
    assert found(view) == ["Canal walk"]


def test_ctrl_f_focuses_search(searchable: JournalView, desktop: DesktopApp, qtbot: QtBot) -> None:
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    searchable.editor.body.setFocus()
    qtbot.keyClick(desktop.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert searchable.search.field.hasFocus()


def test_the_results_model_passes_the_model_tester(
    searchable: JournalView, desktop: DesktopApp, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    search(searchable, desktop, qtbot, "herons")
    qtmodeltester.check(searchable.search.model)
    assert searchable.search.model.rowCount(QModelIndex()) == 2
