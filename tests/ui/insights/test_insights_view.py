"""The Insights section: filters by status, star, tag and session; the status steps
(forward any number, back one, a refused move said calmly); the star; writing one
directly; adding an action; a well-behaved model; nothing left after locking."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import EntryKind
from afterglow.core.insight import InsightStatus
from afterglow.core.integration_store import ActionFilter
from afterglow.core.session import Route
from afterglow.ui.actions.action_dialog import ActionDialog
from afterglow.ui.insights.insight_dialog import InsightDialog
from afterglow.ui.insights.insights_view import InsightsView
from afterglow.vault.services import JournalServices
from tests.ui.flows import wait_idle
from tests.ui.today.workflow import WithServices, days_ago, live_services, open_section


def four_insights(services: JournalServices) -> dict[str, str]:
    session = services.sessions.add(started_at=days_ago(5), route=Route.IV)
    entry = services.journal.add(kind=EntryKind.REFLECTION, body="The house had open windows.",
                                 session_id=session.id)  # fmt: skip
    rest = services.insights.add("Rest is allowed.", tags=["rest"], starred=True)
    body = services.insights.add("Jaw, then hands, then voice.", session_id=session.id,
                                 tags=["body"])  # fmt: skip
    services.insights.set_status(body.id, InsightStatus.EXPLORING)
    windows = services.insights.add_from_selection(entry.id, 4, 9)  # "house"
    lived = services.insights.add("Saying no is saying yes to me.")
    services.insights.set_status(lived.id, InsightStatus.INTEGRATED)
    return {"session": session.id, "rest": rest.id, "body": body.id,
            "windows": windows.id, "lived": lived.id}  # fmt: skip


def open_insights(desktop: DesktopApp, qtbot: QtBot) -> InsightsView:
    view = open_section(desktop, qtbot, "insights")
    assert isinstance(view, InsightsView)
    wait_idle(desktop, qtbot)
    return view


def listed(view: InsightsView) -> set[str]:
    return {view.model.row_at(row).id for row in range(view.model.rowCount())}


def settle(view: InsightsView, desktop: DesktopApp, qtbot: QtBot) -> None:
    view._tag_timer.stop()
    view.reload()
    wait_idle(desktop, qtbot)


def test_insights_are_filtered_by_status_star_tag_and_session(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(four_insights)
    view = open_insights(desktop, qtbot)
    assert listed(view) == {ids["rest"], ids["body"], ids["windows"], ids["lived"]}

    view.status_filter.setCurrentIndex(view.status_filter.findData("exploring"))
    wait_idle(desktop, qtbot)
    assert listed(view) == {ids["body"]}
    view.status_filter.setCurrentIndex(0)
    view.starred_filter.setChecked(True)
    wait_idle(desktop, qtbot)
    assert listed(view) == {ids["rest"]}
    view.starred_filter.setChecked(False)
    view.tag_filter.setText("#Rest")
    settle(view, desktop, qtbot)
    assert listed(view) == {ids["rest"]}
    view.tag_filter.setText("")
    view.session_filter.setCurrentIndex(view.session_filter.findData(ids["session"]))
    wait_idle(desktop, qtbot)
    # From the session itself, and from an entry linked to it.
    assert listed(view) == {ids["body"], ids["windows"]}

    view.status_filter.setCurrentIndex(view.status_filter.findData("new"))
    view.starred_filter.setChecked(True)
    wait_idle(desktop, qtbot)
    assert view.model.rowCount() == 0
    assert view.empty.action.text() == "Clear filters"
    view.empty.action.click()
    wait_idle(desktop, qtbot)
    assert len(listed(view)) == 4


def test_the_sessions_page_shows_its_insights(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    from afterglow.ui.sessions.sessions_view import SessionsView

    ids = with_services(four_insights)
    sessions = open_section(desktop, qtbot, "sessions")
    assert isinstance(sessions, SessionsView)
    sessions.show_session(ids["session"])
    qtbot.waitUntil(lambda: sessions.arc_page.session is not None)

    sessions.arc_page.insights_button.click()
    view = desktop.shell.views["insights"]
    assert isinstance(view, InsightsView)
    wait_idle(desktop, qtbot)
    assert desktop.shell.current_section == "insights"
    assert view.session_filter.currentData() == ids["session"]
    assert listed(view) == {ids["body"], ids["windows"]}


def test_status_moves_forward_freely_and_back_one_step_at_a_time(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(four_insights)
    view = open_insights(desktop, qtbot)
    view.select(ids["lived"])
    stepper = view.panel.stepper
    assert stepper.status == InsightStatus.INTEGRATED

    stepper.buttons[InsightStatus.NEW].click()
    qtbot.waitUntil(lambda: view.panel.message.isVisible())
    assert "one at a time" in view.panel.message_text.text()
    assert "back to integrating" in view.panel.message_text.text()
    assert stepper.buttons[InsightStatus.INTEGRATED].isChecked()  # nothing moved
    assert live_services(desktop, qtbot).insights.get(ids["lived"]).status == "integrated"

    stepper.buttons[InsightStatus.INTEGRATING].click()
    qtbot.waitUntil(lambda: stepper.status == InsightStatus.INTEGRATING)
    assert not view.panel.message.isVisible()
    view.select(ids["rest"])
    view.panel.stepper.buttons[InsightStatus.INTEGRATED].click()  # new → integrated at once
    qtbot.waitUntil(lambda: view.panel.stepper.status == InsightStatus.INTEGRATED)
    services = live_services(desktop, qtbot)
    assert services.insights.get(ids["lived"]).status == InsightStatus.INTEGRATING
    assert services.insights.get(ids["rest"]).status == InsightStatus.INTEGRATED


def test_the_star_is_toggled_and_kept(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(four_insights)
    view = open_insights(desktop, qtbot)
    view.select(ids["body"])
    assert not view.panel.star_button.isChecked()

    view.panel.star_button.click()
    qtbot.waitUntil(lambda: view.panel.row is not None and view.panel.row.insight.starred)

    assert view.panel.star_button.isChecked() and "Starred" in view.panel.star_button.text()
    assert live_services(desktop, qtbot).insights.get(ids["body"]).starred


def test_an_insight_can_be_written_directly(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    session_id = with_services(
        lambda s: s.sessions.add(started_at=days_ago(2), route=Route.ORAL).id
    )
    view = open_insights(desktop, qtbot)
    assert "Mark as insight" in view.empty.message.text()  # the warm empty state

    view.new_button.click()
    dialog = view.dialog
    assert isinstance(dialog, InsightDialog)
    qtbot.keyClicks(dialog.text, "I can ask for help before it's urgent.")
    dialog.tags.add("help")
    dialog.starred.setChecked(True)
    dialog.session.setCurrentIndex(dialog.session.findData(session_id))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    wait_idle(desktop, qtbot)

    assert view.panel.row is not None
    (insight,) = live_services(desktop, qtbot).insights.list()
    assert (insight.text, insight.tags, insight.starred, insight.session_id) == (
        "I can ask for help before it's urgent.",
        ("help",),
        True,
        session_id,
    )


def test_an_action_is_added_from_an_insight(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(four_insights)
    view = open_insights(desktop, qtbot)
    view.select(ids["rest"])
    assert view.panel.no_actions.isVisible()

    view.panel.add_action_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ActionDialog)
    qtbot.keyClicks(dialog.text, "A real lunch break")
    dialog.external.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(view.panel.action_links) == 1)

    assert "A real lunch break" in view.panel.action_links[0].text()
    (action,) = live_services(desktop, qtbot).actions.list(ActionFilter(insight_id=ids["rest"]))
    assert (action.text, action.kind, action.due) == ("A real lunch break", "external", None)


def test_the_insights_model_is_well_behaved(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    with_services(four_insights)
    view = open_insights(desktop, qtbot)
    assert view.model.rowCount() == 4
    qtmodeltester.check(view.model)


def test_the_insights_view_forgets_everything_on_lock(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(four_insights)
    view = open_insights(desktop, qtbot)
    view.tag_filter.setText("rest")
    view.starred_filter.setChecked(True)
    view.select(ids["rest"])

    desktop.window.lock()

    assert view.model.rowCount() == 0
    assert view.panel.row is None
    assert view.tag_filter.text() == "" and not view.tag_filter.isUndoAvailable()
    assert not view.starred_filter.isChecked()
    assert view.session_filter.count() == 1
