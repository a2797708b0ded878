"""The Actions section: grouped by status, moved through the steps the rules allow,
added and edited with a due date, the weekly review walked one action at a time, a
well-behaved model, and nothing left after locking."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.action import ActionKind, ActionStatus
from afterglow.ui.actions.action_dialog import ActionDialog
from afterglow.ui.actions.action_model import HeadingRole
from afterglow.ui.actions.actions_view import ActionsView
from afterglow.ui.actions.weekly_review import WeeklyReviewDialog
from afterglow.ui.journal.wording import qdate
from afterglow.vault.services import JournalServices
from tests.ui.flows import wait_idle
from tests.ui.today.workflow import WithServices, live_services, open_section

TODAY = date.today()


def some_actions(services: JournalServices) -> dict[str, str]:
    rest = services.insights.add("Rest is allowed.")
    services.insights.add("I flinch at praise.")  # no action yet
    lunch = services.actions.add("A real lunch break", kind="external", insight_id=rest.id,
                                 due=TODAY)  # fmt: skip
    breathe = services.actions.add("Three breaths before answering", due=TODAY + timedelta(3))
    services.actions.set_status(breathe.id, ActionStatus.IN_PROGRESS)
    walk = services.actions.add("Ask about the walking group", kind="external")
    done = services.actions.add("Tell Mum plainly")
    services.actions.set_status(done.id, ActionStatus.DONE)
    dropped = services.actions.add("List every kind of rest")
    services.actions.set_status(dropped.id, ActionStatus.DROPPED)
    return {"lunch": lunch.id, "breathe": breathe.id, "walk": walk.id, "done": done.id,
            "dropped": dropped.id}  # fmt: skip


def open_actions(desktop: DesktopApp, qtbot: QtBot) -> ActionsView:
    view = open_section(desktop, qtbot, "actions")
    assert isinstance(view, ActionsView)
    qtbot.waitUntil(lambda: not view.model.is_loading)
    return view


def test_actions_are_grouped_open_in_progress_done_dropped(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    ids = with_services(some_actions)
    view = open_actions(desktop, qtbot)

    order = [view.model.row_at(row).id for row in range(view.model.rowCount())]
    assert order == [ids["lunch"], ids["walk"], ids["breathe"], ids["done"], ids["dropped"]]
    headings = [view.model.index(row).data(HeadingRole) for row in range(len(order))]
    assert headings == ["Open", "", "In progress", "Done", "Dropped"]
    assert view.model.row_at(0).insight is not None  # with the insight it came from
    qtmodeltester.check(view.model)


def test_status_changes_follow_the_rules(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(some_actions)
    view = open_actions(desktop, qtbot)
    view.select(ids["walk"])
    buttons = view.panel.status_buttons
    visible = {status for status, button in buttons.items() if button.isVisibleTo(view.panel)}
    assert visible == {ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED}

    buttons[ActionStatus.IN_PROGRESS].click()
    qtbot.waitUntil(lambda: view.panel.row is not None
                    and view.panel.row.action.status == ActionStatus.IN_PROGRESS)  # fmt: skip
    buttons[ActionStatus.DONE].click()
    qtbot.waitUntil(lambda: view.panel.row is not None
                    and view.panel.row.action.status == ActionStatus.DONE)  # fmt: skip
    visible = {status for status, button in buttons.items() if button.isVisibleTo(view.panel)}
    assert visible == {ActionStatus.OPEN}  # a finished action can only be reopened
    buttons[ActionStatus.OPEN].click()
    qtbot.waitUntil(lambda: view.panel.row is not None
                    and view.panel.row.action.status == ActionStatus.OPEN)  # fmt: skip

    action = live_services(desktop, qtbot).actions.get(ids["walk"])
    assert (action.status, action.done_at) == (ActionStatus.OPEN, None)


def test_an_action_is_added_and_edited_with_a_due_date(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_actions(desktop, qtbot)
    assert view.results.currentWidget() is view.empty

    view.empty.action.click()
    dialog = view.dialog
    assert isinstance(dialog, ActionDialog)
    dialog.save_button.click()
    assert dialog.error.isVisible()  # nothing written yet
    qtbot.keyClicks(dialog.text, "Walk at lunchtime")
    dialog.has_due.setChecked(True)
    dialog.due.setDate(qdate(TODAY + timedelta(days=4)))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    wait_idle(desktop, qtbot)

    view.panel.edit_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.text.toPlainText() == "Walk at lunchtime"
    dialog.external.setChecked(True)
    dialog.has_due.setChecked(False)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: view.dialog is None)
    wait_idle(desktop, qtbot)

    (action,) = live_services(desktop, qtbot).actions.list()
    assert (action.text, action.kind, action.due) == (
        "Walk at lunchtime",
        ActionKind.EXTERNAL,
        None,
    )


def test_the_weekly_review_walks_open_actions_one_by_one(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(some_actions)
    view = open_actions(desktop, qtbot)

    view.review_button.click()
    review = view.dialog
    assert isinstance(review, WeeklyReviewDialog)
    qtbot.waitUntil(lambda: review.data is not None)
    assert review.done_summary.text() == "You finished one action this week."
    assert "3 actions are still open" in review.open_summary.text()

    review.begin_button.click()
    walked = []
    for answer in ("done", "working", "skip"):
        action = review.current()
        assert action is not None
        walked.append(action.id)
        assert review.position_label.text() == f"Action {len(walked)} of 3"
        button = {"done": review.done_button, "working": review.working_button,
                  "skip": review.skip_button}[answer]  # fmt: skip
        button.click()
        qtbot.waitUntil(lambda: review.done_button.isEnabled())
    # In progress first, then open: "Three breaths", then the lunch break, then the walk.
    assert walked == [ids["breathe"], ids["lunch"], ids["walk"]]

    qtbot.waitUntil(lambda: review.pages.currentWidget() is review.waiting)
    assert len(review.add_buttons) == 1  # "I flinch at praise" has no action yet
    review.waiting_next.click()
    assert review.pages.currentWidget() is review.end
    assert "done: 1" in review.end_summary.text()
    assert "still working on: 1" in review.end_summary.text()

    services = live_services(desktop, qtbot)
    statuses = {key: services.actions.get(ids[key]).status for key in ("breathe", "lunch", "walk")}
    assert statuses == {
        "breathe": ActionStatus.DONE,
        "lunch": ActionStatus.IN_PROGRESS,
        "walk": ActionStatus.OPEN,  # skipped: unchanged
    }


def test_the_weekly_review_can_let_an_action_go_and_add_one_to_an_insight(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(some_actions)
    view = open_actions(desktop, qtbot)
    review = view.weekly_review()
    assert review is not None
    qtbot.waitUntil(lambda: review.data is not None)
    review.begin()
    review.drop_button.click()
    qtbot.waitUntil(lambda: review.walk_position == 1)
    while review.current() is not None:
        review.skip_button.click()

    dialog = review.add_action(review.data.review.insights_without_actions[0])
    qtbot.keyClicks(dialog.text, "Say thank you and stop there")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    wait_idle(desktop, qtbot)

    services = live_services(desktop, qtbot)
    assert services.actions.get(ids["breathe"]).status == ActionStatus.DROPPED
    texts = [action.text for action in services.actions.list()]
    assert "Say thank you and stop there" in texts


def test_the_actions_view_forgets_everything_on_lock(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(some_actions)
    view = open_actions(desktop, qtbot)
    view.select(ids["lunch"])
    review = view.weekly_review()
    assert review is not None

    desktop.window.lock()

    assert view.model.rowCount() == 0
    assert view.panel.row is None
    assert view.dialog is None or not view.dialog.isVisible()
