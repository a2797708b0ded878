""" "Mark as insight" in the Journal's editor: the passage keeps its source entry and its
place (as string offsets, whatever emoji or accents come before it), and clicking the
source opens the entry with the passage selected again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.excerpts import to_utf16
from afterglow.core.insight import Insight
from afterglow.ui.insights.insights_view import InsightsView
from afterglow.ui.journal.autosave import SaveState
from afterglow.ui.journal.journal_view import JournalView
from afterglow.vault.services import JournalServices
from tests.ui.flows import wait_idle
from tests.ui.today.workflow import WithServices, live_services, open_section

BODY = "🌅 Dawn at the café ☕, then 🙂🙂 — and then: I am allowed to rest, even here.\n\nMore."
PASSAGE = "I am allowed to rest"


def open_in_journal(desktop: DesktopApp, qtbot: QtBot, entry_id: str) -> JournalView:
    view = open_section(desktop, qtbot, "journal")
    assert isinstance(view, JournalView)
    view.open_entry(entry_id)
    qtbot.waitUntil(lambda: view.editor.entry_id == entry_id)
    return view


def select(view: JournalView, start: int, end: int) -> None:
    """Selects body[start:end] the way a mouse would: in Qt's UTF-16 positions."""
    text = view.editor.body.toPlainText()
    cursor = view.editor.body.textCursor()
    cursor.setPosition(to_utf16(text, start))
    cursor.setPosition(to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    view.editor.body.setTextCursor(cursor)


def kept(desktop: DesktopApp, qtbot: QtBot) -> Insight:
    qtbot.waitUntil(lambda: bool(live_services(desktop, qtbot).insights.list()))
    (insight,) = live_services(desktop, qtbot).insights.list()
    return insight


def test_the_shortcut_keeps_the_passage_with_its_source_and_offsets(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    entry = with_services(lambda services: services.journal.add(title="Morning", body=BODY))
    view = open_in_journal(desktop, qtbot, entry.id)
    start = BODY.index(PASSAGE)
    select(view, start, start + len(PASSAGE))
    # Astral-plane emoji count twice in Qt's positions, once in Python's.
    assert view.editor.body.textCursor().selectionStart() == start + 3  # 🌅 🙂 🙂

    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    view.editor.body.setFocus()
    assert view.editor.insight_action.shortcut() == QKeySequence("Ctrl+Shift+I")
    qtbot.keyClick(view.editor.body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip

    insight = kept(desktop, qtbot)
    assert insight.text == PASSAGE
    assert insight.entry_id == entry.id
    assert insight.excerpt is not None
    assert (insight.excerpt.start, insight.excerpt.end) == (start, start + len(PASSAGE))
    assert BODY[insight.excerpt.start : insight.excerpt.end] == PASSAGE
    assert "Kept as an insight" in desktop.shell.notice_text.text()


# Pop-up menus on the offscreen platform cannot raise themselves or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_context_menu_offers_mark_as_insight_for_a_selection(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    entry = with_services(lambda services: services.journal.add(body=BODY))
    view = open_in_journal(desktop, qtbot, entry.id)
    start = BODY.index(PASSAGE)
    select(view, start, start + len(PASSAGE))

    body = view.editor.body
    body.contextMenuEvent(
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), body.mapToGlobal(QPoint(5, 5))
        )
    )
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    first = menu.actions()[0]
    assert (first.text(), first.isEnabled()) == ("Mark as insight", True)
    first.trigger()
    menu.close()

    assert kept(desktop, qtbot).text == PASSAGE


def test_a_passage_of_an_entry_not_saved_yet_is_kept_once_it_is(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_section(desktop, qtbot, "journal")
    assert isinstance(view, JournalView)
    qtbot.keyClicks(view.editor.body, "First line. ")
    view.editor.body.insertPlainText("✨ ")
    qtbot.keyClicks(view.editor.body, "Rest is allowed.")
    assert view.editor.entry_id is None  # the autosave pause has not come yet
    text = view.editor.body.toPlainText()
    start = text.index("Rest is allowed.")
    select(view, start, start + len("Rest is allowed."))

    view.editor.insight_action.trigger()

    insight = kept(desktop, qtbot)
    assert insight.entry_id == view.editor.entry_id is not None
    assert insight.excerpt is not None and insight.excerpt.start == start
    assert insight.text == "Rest is allowed."


def test_clicking_the_source_selects_the_passage_again_even_after_edits_above_it(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    def seed(services: JournalServices) -> str:
        entry = services.journal.add(title="Morning", body=BODY)
        start = BODY.index(PASSAGE)
        services.insights.add_from_selection(entry.id, start, start + len(PASSAGE))
        return entry.id

    entry_id = with_services(seed)
    journal = open_in_journal(desktop, qtbot, entry_id)
    # Write something new above the passage: its place moves, its words do not.
    cursor = journal.editor.body.textCursor()
    cursor.setPosition(0)
    journal.editor.body.setTextCursor(cursor)
    journal.editor.body.insertPlainText("😊 A new first line.\n")
    journal.editor.save_now()
    qtbot.waitUntil(lambda: journal.editor.autosave.state == SaveState.SAVED)

    view = open_section(desktop, qtbot, "insights")
    assert isinstance(view, InsightsView)
    qtbot.waitUntil(lambda: view.panel.row is not None)
    assert view.panel.source_button.isVisible()
    assert "Morning" in view.panel.source_button.text()

    view.panel.source_button.click()
    qtbot.waitUntil(lambda: journal.editor.body.textCursor().hasSelection())
    wait_idle(desktop, qtbot)

    assert desktop.shell.current_section == "journal"
    assert journal.editor.entry_id == entry_id
    assert journal.editor.body.textCursor().selectedText() == PASSAGE
