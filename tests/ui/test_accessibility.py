"""Every control a keyboard or screen-reader user can reach in each section says what it
is: an accessible name, visible words on a button, or a label that is its buddy. Checked
on the demo journal, so the lists, cards and charts are all filled in."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.demo import write_demo_journal
from afterglow.ui.patterns.patterns_view import PatternsView
from afterglow.ui.sessions.sessions_view import SessionsView
from afterglow.ui.today.today_view import TodayView
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.vault import Vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.flows import unlock, wait_idle

SECTIONS = ["today", "journal", "sessions", "insights", "actions", "practices", "patterns", "share"]


def is_part_of_its_parent(widget: QWidget) -> bool:
    """The editor inside a spin box or combo box, or a scroll area's viewport: the
    parent is the control and carries the name."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def says_what_it_is(widget: QWidget, labels: list[QLabel]) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and any(c.isalnum() for c in widget.text()):
        return True
    return any(label.buddy() is widget and label.text().strip() for label in labels)


def reachable_controls(view: QWidget) -> list[QWidget]:
    """What Tab can stop at in the view as it is shown now."""
    return [
        widget
        for widget in view.findChildren(QWidget)
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(view)
        and not is_part_of_its_parent(widget)
    ]


def unnamed_controls(view: QWidget) -> list[str]:
    labels = view.findChildren(QLabel)
    controls = reachable_controls(view)
    assert controls, f"nothing to reach in {type(view).__name__}"
    return [
        f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
        for widget in controls
        if not says_what_it_is(widget, labels)
    ]


@pytest.fixture
def demo_desktop(fast_policy: KdfPolicy, existing_journal: str, desktop: DesktopApp) -> DesktopApp:
    journal = Vault(desktop.vault.files.folder, fast_policy).unlock(PASSPHRASE)
    try:
        write_demo_journal(journal.database)
    finally:
        journal.lock()
    return desktop


def show(desktop: DesktopApp, qtbot: QtBot, key: str) -> QWidget:
    desktop.shell.show_section(key)
    view = desktop.shell.views[key]
    qtbot.wait(50)  # views load on showing; give each load time to start
    wait_idle(desktop, qtbot)
    qtbot.wait(50)
    wait_idle(desktop, qtbot)
    return view


def test_every_control_in_every_section_says_what_it_is(
    demo_desktop: DesktopApp, qtbot: QtBot
) -> None:
    desktop = demo_desktop
    unlock(desktop, qtbot)
    problems = {}
    for key in SECTIONS:
        problems[key] = unnamed_controls(show(desktop, qtbot, key))

    # The pages behind the lists too: a session's arc, a pattern, the questionnaires.
    sessions = desktop.shell.views["sessions"]
    assert isinstance(sessions, SessionsView)
    show(desktop, qtbot, "sessions")
    sessions.show_session(sessions.model.item_at(0).id)
    wait_idle(desktop, qtbot)
    problems["a session"] = unnamed_controls(sessions)
    patterns = show(desktop, qtbot, "patterns")
    assert isinstance(patterns, PatternsView)
    for tab in (patterns.named_tab, patterns.measures_tab):
        tab.click()
        wait_idle(desktop, qtbot)
        problems[tab.text()] = unnamed_controls(patterns)

    assert {key: found for key, found in problems.items() if found} == {}


def test_tab_moves_through_a_section_in_reading_order(
    demo_desktop: DesktopApp, qtbot: QtBot
) -> None:
    """Today's cards fill in at different times; Tab still meets them top to bottom."""
    desktop = demo_desktop
    unlock(desktop, qtbot)
    today = show(desktop, qtbot, "today")
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    assert isinstance(today, TodayView)
    page = today.scroll_area.widget()  # positions on the page, however far it scrolled
    desktop.shell.navigation.setFocus()
    middles = []
    for _ in range(40):
        widget = desktop.window.focusWidget()
        assert widget is not None
        if page.isAncestorOf(widget):
            middles.append(widget.mapTo(page, widget.rect().center()).y())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if desktop.window.focusWidget() is desktop.shell.navigation:
            break
    assert len(middles) >= 8
    # Down the page; controls side by side in a row may sit a few pixels apart.
    assert all(later >= earlier - 6 for earlier, later in pairwise(middles)), middles
