"""The UI thread never waits for the database: every journal call made while using the
Journal section runs on the task runner's worker. Only the save on locking, when the
database is about to close, runs on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.journal import Journal
from afterglow.ui.journal.autosave import SaveState
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import UnlockedVault
from tests.ui.flows import wait_idle
from tests.ui.journal.conftest import WithJournal, open_journal_section


class WatchedJournal:
    """Passes every call to the real journal, noting its name and whether it ran on the
    UI thread."""

    def __init__(self, journal: Journal, calls: list[tuple[str, bool]]) -> None:
        self._journal = journal
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._journal, name)
        if not callable(found):
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            on_ui = threading.current_thread() is threading.main_thread()
            self._calls.append((name, on_ui))
            return found(*args, **kwargs)

        return call


@pytest.fixture
def calls() -> list[tuple[str, bool]]:
    return []


@pytest.fixture
def watched_desktop(
    existing_journal: str,
    make_desktop: Callable[..., DesktopApp],
    calls: list[tuple[str, bool]],
) -> Iterator[DesktopApp]:
    def services(unlocked: UnlockedVault) -> JournalServices:
        real = journal_services(unlocked.database)
        return replace(real, journal=WatchedJournal(real.journal, calls))  # type: ignore[arg-type]

    yield make_desktop(make_services=services)


def test_no_journal_call_runs_on_the_ui_thread(
    with_journal: WithJournal[object],
    watched_desktop: DesktopApp,
    qtbot: QtBot,
    calls: list[tuple[str, bool]],
) -> None:
    desktop = watched_desktop
    with_journal(lambda journal: journal.add(title="Seed", tags=["calm"], day=date.today()))
    view = open_journal_section(desktop, qtbot)
    # Writing, saving, opening, searching, filtering, the calendar, the Trash and tags.
    qtbot.keyClicks(view.editor.body, "A new one #walk")
    view.editor.save_now()
    qtbot.waitUntil(lambda: view.editor.autosave.state == SaveState.SAVED)
    qtbot.keyClicks(view.editor.body, " today")
    view.open_entry(view.model.entry_at(view.model.rowCount() - 1).id)
    wait_idle(desktop, qtbot)
    view.editor.details.tags.wants_known_tags.emit()
    view.search.field.setText("seed")
    view.search.search_now()
    view.filters.all_of.add("calm")
    view.show_day(date.today())
    view.calendar.setCurrentPage(2024, 2)
    wait_idle(desktop, qtbot)
    view.editor.trash_button.click()
    wait_idle(desktop, qtbot)
    view.show_trash()
    wait_idle(desktop, qtbot)
    view.trash.select_row(0)
    view.trash.restore_button.click()
    dialog = view.open_tags()
    assert dialog is not None
    wait_idle(desktop, qtbot)
    dialog.choose("walk")
    dialog.name.setText("walks")
    dialog.apply_button.click()
    wait_idle(desktop, qtbot)
    dialog.accept()
    view.calendar.clicked.emit(QDate.currentDate())
    wait_idle(desktop, qtbot)

    names = {name for name, _ in calls}
    assert {
        "purge_old_trash",
        "list",
        "add",
        "update",
        "get",
        "all_tags",
        "search",
        "days_with_entries",
        "on_this_day",
        "count",
        "trash",
        "restore_from_trash",
        "merge_tags",
    } <= names
    assert [name for name, on_ui in calls if on_ui] == []
    assert [name for name, _ in calls].count("purge_old_trash") == 1

    # The one exception: what was typed is saved on the UI thread as the journal locks.
    calls.clear()
    qtbot.keyClicks(view.editor.body, " and more")
    desktop.window.lock()
    assert calls == [("add", True)]  # the page was blank since the Trash took its entry
