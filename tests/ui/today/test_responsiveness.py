"""The UI thread never waits for the database in the integration sections: every call
their views make to the services runs on the task runner's worker. Only the quick note
typed just before a lock is written on the UI thread, as the journal closes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.action import ActionStatus
from afterglow.core.insight import InsightStatus
from afterglow.core.session import Route
from afterglow.ui.actions.actions_view import ActionsView
from afterglow.ui.insights.insights_view import InsightsView
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.sessions.sessions_view import SessionsView
from afterglow.ui.today.today_view import TodayView
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import UnlockedVault
from tests.ui.flows import wait_idle
from tests.ui.today.workflow import WithServices, days_ago, open_section

WATCHED = ("journal", "sessions", "insights", "actions", "prompts", "today")


class Watched:
    """Passes every call on, noting the service, the method and whether it ran on the UI
    thread."""

    def __init__(self, name: str, service: object, calls: list[tuple[str, bool]]) -> None:
        self._name = name
        self._service = service
        self._calls = calls

    def __getattr__(self, attribute: str) -> Any:
        found = getattr(self._service, attribute)
        if not callable(found):
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            on_ui = threading.current_thread() is threading.main_thread()
            self._calls.append((f"{self._name}.{attribute}", on_ui))
            return found(*args, **kwargs)

        return call


@pytest.fixture
def calls() -> list[tuple[str, bool]]:
    return []


@pytest.fixture
def watched_desktop(
    with_services: WithServices,
    make_desktop: Callable[..., DesktopApp],
    calls: list[tuple[str, bool]],
) -> Iterator[DesktopApp]:
    def seed(services: JournalServices) -> None:
        session = services.sessions.add(started_at=days_ago(8), route=Route.IM)
        entry = services.journal.add(body="I am allowed to rest.", session_id=session.id)
        insight = services.insights.add_from_selection(entry.id, 0, 21)
        services.actions.add("Walk", insight_id=insight.id)

    with_services(seed)

    def services(unlocked: UnlockedVault) -> JournalServices:
        real = journal_services(unlocked.database)
        return replace(
            real, **{name: Watched(name, getattr(real, name), calls) for name in WATCHED}
        )

    yield make_desktop(make_services=services)


def test_no_service_call_of_the_integration_sections_runs_on_the_ui_thread(
    watched_desktop: DesktopApp, qtbot: QtBot, calls: list[tuple[str, bool]]
) -> None:
    desktop = watched_desktop
    today = open_section(desktop, qtbot, "today")
    assert isinstance(today, TodayView)
    qtbot.waitUntil(lambda: today.data is not None)
    today.quick_note.field.setText("A note")
    today.quick_note.submit()
    today.check_ins_card.dismiss_buttons[0].click()
    library = today.open_prompts()
    assert library is not None
    wait_idle(desktop, qtbot)
    library.add_own()
    library.text.setText("My own question?")
    library.save_own()
    wait_idle(desktop, qtbot)
    library.reject()

    sessions = open_section(desktop, qtbot, "sessions")
    assert isinstance(sessions, SessionsView)
    sessions.record_session()
    sessions.form.save_button.click()
    qtbot.waitUntil(lambda: sessions.arc_page.session is not None)
    sessions.arc_page.dismiss_buttons[0].click()  # the reflection, due today
    wait_idle(desktop, qtbot)

    insights = open_section(desktop, qtbot, "insights")
    assert isinstance(insights, InsightsView)
    qtbot.waitUntil(lambda: insights.panel.row is not None)
    insights.panel.star_button.click()
    wait_idle(desktop, qtbot)
    insights.panel.stepper.buttons[InsightStatus.EXPLORING].click()
    wait_idle(desktop, qtbot)
    insights.panel.source_button.click()
    wait_idle(desktop, qtbot)
    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    qtbot.waitUntil(lambda: journal.editor.body.textCursor().hasSelection())
    journal.editor.insight_action.trigger()
    wait_idle(desktop, qtbot)

    actions = open_section(desktop, qtbot, "actions")
    assert isinstance(actions, ActionsView)
    qtbot.waitUntil(lambda: actions.panel.row is not None)
    actions.panel.status_buttons[ActionStatus.IN_PROGRESS].click()
    wait_idle(desktop, qtbot)
    review = actions.weekly_review()
    assert review is not None
    qtbot.waitUntil(lambda: review.data is not None)
    review.begin()
    review.done_button.click()
    wait_idle(desktop, qtbot)
    review.reject()

    names = {name for name, _ in calls}
    assert {
        "today.view",
        "journal.add",
        "journal.get",
        "sessions.dismiss_check_in",
        "sessions.add",
        "sessions.arc",
        "sessions.list",
        "insights.list",
        "insights.star",
        "insights.set_status",
        "insights.source_range",
        "insights.add_from_selection",
        "actions.list",
        "actions.set_status",
        "actions.weekly_review",
        "prompts.all",
        "prompts.add",
    } <= names
    assert [name for name, on_ui in calls if on_ui] == []

    # The one exception: a quick note typed but not sent is kept as the journal locks.
    calls.clear()
    desktop.shell.show_section("today")
    wait_idle(desktop, qtbot)
    calls.clear()
    today.quick_note.field.setText("Typed just before the lock")
    desktop.window.lock()
    assert calls == [("journal.add", True)]
