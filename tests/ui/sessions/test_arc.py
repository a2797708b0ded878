"""A session's page: its arc from the intention to day 30, each step with the status it
has on a given day, started from its guide and linked to the session; the list of
sessions; and the Trash."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.check_ins import CheckInStatus
from afterglow.core.entries import EntryKind
from afterglow.core.guides import INTENTION
from afterglow.core.session import Route
from afterglow.core.store import EntryFilter
from afterglow.ui.journal.autosave import SaveState
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.sessions.sessions_view import SessionsView
from afterglow.ui.theme import LIGHT
from afterglow.vault.services import JournalServices
from tests.ui.flows import wait_idle
from tests.ui.today.workflow import WithServices, days_ago, live_services, open_section

# A session late on the last day of February, so the check-ins cross the month's end.
STARTED = datetime(2025, 2, 28, 18, 0, tzinfo=timezone(timedelta(hours=1)))


def a_session_with_some_steps(services: JournalServices) -> str:
    session = services.sessions.add(started_at=STARTED, route=Route.IM)
    services.journal.add(kind=EntryKind.REFLECTION, body="Warm.", day=date(2025, 2, 28),
                         session_id=session.id)  # fmt: skip
    services.journal.add(kind=EntryKind.CHECK_IN, body="Slept.", day=date(2025, 3, 1),
                         session_id=session.id)  # fmt: skip
    services.sessions.dismiss_check_in(session.id, 3)
    return session.id


@pytest.fixture
def dated_view(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> Iterator[tuple[SessionsView, str]]:
    """A Sessions view of its own that believes today is 10 March 2025 (day 10)."""
    session_id = with_services(a_session_with_some_steps)
    open_section(desktop, qtbot, "today")
    view = SessionsView(desktop.runner, lambda: LIGHT, today=lambda: date(2025, 3, 10))
    view.open_journal(live_services(desktop, qtbot))
    yield view, session_id
    view.clear()
    view.deleteLater()


def test_the_arc_shows_each_step_with_its_status_on_the_day(
    dated_view: tuple[SessionsView, str], qtbot: QtBot
) -> None:
    view, session_id = dated_view
    view.show_session(session_id)
    qtbot.waitUntil(lambda: view.arc_page.arc is not None)
    page = view.arc_page
    arc = page.arc
    assert arc is not None

    statuses = {step.day: step.status for step in (arc.reflection, *arc.check_ins)}
    assert statuses == {
        0: CheckInStatus.DONE,
        1: CheckInStatus.DONE,
        3: CheckInStatus.DISMISSED,
        7: CheckInStatus.OVERDUE,  # due 7 March, still open until the 13th
        14: CheckInStatus.UPCOMING,
        30: CheckInStatus.UPCOMING,
    }
    assert [step.due for step in arc.check_ins][:2] == [date(2025, 3, 1), date(2025, 3, 3)]
    assert list(page.steps) == ["intention", "session", "day-0", "day-1", "day-3", "day-7",
                                "day-14", "day-30"]  # fmt: skip
    assert page.steps["day-7"].status.text().startswith("Overdue")
    assert page.steps["day-14"].status.text().startswith("Upcoming")
    assert page.steps["day-3"].status.text().startswith("Dismissed")
    assert set(page.start_buttons) == {"intention", "day-7"}
    assert page.dismiss_buttons[3].text() == "Bring it back"
    assert page.steps["day-0"].body.count() == 1  # a link to the reflection


def test_steps_not_written_in_time_are_missed_not_nagging(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    session_id = with_services(lambda s: s.sessions.add(started_at=STARTED, route=Route.ORAL).id)
    open_section(desktop, qtbot, "today")
    view = SessionsView(desktop.runner, lambda: LIGHT, today=lambda: date(2025, 3, 20))
    view.open_journal(live_services(desktop, qtbot))
    view.show_session(session_id)
    qtbot.waitUntil(lambda: view.arc_page.arc is not None)
    arc = view.arc_page.arc
    assert arc is not None
    assert [s.status for s in (arc.reflection, *arc.check_ins)] == [
        CheckInStatus.MISSED,
        CheckInStatus.MISSED,
        CheckInStatus.MISSED,
        CheckInStatus.MISSED,
        CheckInStatus.OVERDUE,  # day 14 (14 March) until day 29
        CheckInStatus.UPCOMING,
    ]
    assert "Write it anyway" in view.arc_page.start_buttons["day-7"].text()
    view.clear()
    view.deleteLater()


def test_dismissing_and_bringing_back_a_step(
    dated_view: tuple[SessionsView, str], desktop: DesktopApp, qtbot: QtBot
) -> None:
    view, session_id = dated_view
    view.show_session(session_id)
    qtbot.waitUntil(lambda: view.arc_page.arc is not None)

    view.arc_page.dismiss_buttons[7].click()
    qtbot.waitUntil(
        lambda: (
            view.arc_page.arc is not None
            and view.arc_page.arc.check_ins[2].status == CheckInStatus.DISMISSED  # day 7
        )
    )
    view.arc_page.dismiss_buttons[3].click()  # "Bring it back"
    qtbot.waitUntil(
        lambda: (
            view.arc_page.arc is not None
            and view.arc_page.arc.check_ins[1].status == CheckInStatus.MISSED  # day 3
        )
    )


def test_write_your_intention_starts_a_linked_intention_from_the_guide(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    session_id = with_services(lambda s: s.sessions.add(started_at=days_ago(-2), route=Route.IV).id)
    view = open_section(desktop, qtbot, "sessions")
    assert isinstance(view, SessionsView)
    view.show_session(session_id)
    qtbot.waitUntil(lambda: "intention" in view.arc_page.start_buttons)

    view.arc_page.start_buttons["intention"].click()

    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    assert desktop.shell.current_section == "journal"
    editor = journal.editor
    assert editor.details.kind_value() == EntryKind.INTENTION
    assert editor.body.textCursor().blockNumber() == 1  # ready to answer the first question
    qtbot.keyClicks(editor.body, "To rest without earning it.")
    editor.save_now()
    qtbot.waitUntil(lambda: editor.autosave.state == SaveState.SAVED)

    desktop.shell.show_section("sessions")
    qtbot.waitUntil(lambda: view.arc_page.arc is not None and bool(view.arc_page.arc.intentions))
    assert "intention" not in view.arc_page.start_buttons
    desktop.window.lock()
    (entry,) = with_services(lambda s: s.journal.list(EntryFilter(session_id=session_id)))
    assert (entry.kind, entry.title, entry.date) == (EntryKind.INTENTION, "Intention", date.today())
    assert entry.body.startswith(f"## {INTENTION.prompts[0]}\nTo rest without earning it.")


def test_moving_a_session_to_the_trash_says_its_entries_stay(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    def seed(services: JournalServices) -> str:
        session = services.sessions.add(started_at=days_ago(3), route=Route.IM)
        services.journal.add(kind=EntryKind.REFLECTION, body="Kept.", session_id=session.id)
        return session.id

    session_id = with_services(seed)
    view = open_section(desktop, qtbot, "sessions")
    assert isinstance(view, SessionsView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.show_session(session_id)
    qtbot.waitUntil(lambda: view.arc_page.session is not None)

    view.arc_page.trash_button.click()
    dialog = view.trash_dialog
    assert dialog is not None
    assert "stay in your journal" in dialog.lead.text()
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.list_page)
    wait_idle(desktop, qtbot)

    assert view.model.rowCount() == 0
    assert "Record your first session" in view.empty.action.text()
    assert "restore" in desktop.shell.notice_text.text()
    services = live_services(desktop, qtbot)
    (entry,) = services.journal.list()
    assert entry.session_id == session_id

    view.trash_button.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.show_session(session_id)
    qtbot.waitUntil(lambda: view.arc_page.restore_button.isVisible())
    view.arc_page.restore_button.click()
    qtbot.waitUntil(lambda: not view.trash_button.isChecked())
    wait_idle(desktop, qtbot)
    assert live_services(desktop, qtbot).sessions.list()[0].id == session_id


def test_sessions_are_listed_newest_first_by_a_well_behaved_model(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    def seed(services: JournalServices) -> None:
        for days in (30, 3, 12):
            services.sessions.add(started_at=days_ago(days), route=Route.IV, tags=["series"])

    with_services(seed)
    view = open_section(desktop, qtbot, "sessions")
    assert isinstance(view, SessionsView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)

    days = [view.model.session_at(row).local_date for row in range(3)]
    assert days == sorted(days, reverse=True)
    qtmodeltester.check(view.model)


def test_the_sessions_model_pages_as_it_scrolls(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    from afterglow.core.integration_store import SessionFilter
    from afterglow.ui.sessions.session_model import SessionListModel

    with_services(
        lambda services: [
            services.sessions.add(started_at=days_ago(d), route=Route.IM) for d in range(25)
        ]
    )
    open_section(desktop, qtbot, "today")
    services = live_services(desktop, qtbot)
    model = SessionListModel(desktop.runner, page_size=10)
    model.show_sessions(services.sessions, SessionFilter())
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)

    def fetched_all() -> bool:
        model.fetchMore(QModelIndex())
        return model.is_complete and not model.is_loading

    qtbot.waitUntil(fetched_all)
    assert model.rowCount() == 25
    assert len({model.session_at(r).id for r in range(25)}) == 25
    model.clear()
    assert model.rowCount() == 0


def test_the_sessions_view_forgets_everything_on_lock(
    dated_view: tuple[SessionsView, str], desktop: DesktopApp, qtbot: QtBot
) -> None:
    _view, session_id = dated_view
    shown = open_section(desktop, qtbot, "sessions")
    assert isinstance(shown, SessionsView)
    shown.show_session(session_id)
    qtbot.waitUntil(lambda: shown.arc_page.session is not None)

    desktop.window.lock()

    assert shown.arc_page.session is None and shown.arc_page.steps == {}
    assert shown.model.rowCount() == 0
    assert shown.pages.currentWidget() is shown.list_page
