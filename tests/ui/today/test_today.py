"""Today: the landing view after unlocking, with the prompt of the day, check-ins and
actions waiting, "then and now", and a quick note that is never lost."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.action import ActionStatus
from afterglow.core.check_ins import CheckInStatus
from afterglow.core.entries import EntryKind
from afterglow.core.guides import CHECK_INS
from afterglow.core.session import Route
from afterglow.core.store import EntryFilter
from afterglow.ui.journal.autosave import SaveState
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.today.today_view import TodayView
from afterglow.vault.services import JournalServices
from tests.ui.flows import unlock, wait_idle
from tests.ui.today.workflow import WithServices, days_ago, live_services, open_section

TODAY = date.today()


def two_sessions(services: JournalServices) -> dict[str, str]:
    """A session 40 days ago with a journal entry on its day 10, and one 10 days ago with
    nothing written since; actions due soon, later, and done."""
    earlier = services.sessions.add(started_at=days_ago(40), route=Route.IV)
    services.journal.add(title="Ten days after the first", body="Quiet.", day=TODAY - timedelta(30))
    latest = services.sessions.add(started_at=days_ago(10), route=Route.IM)
    soon = services.actions.add("Walk by the canal", due=TODAY + timedelta(days=2))
    services.actions.add("Plan the winter", due=TODAY + timedelta(days=20))
    done = services.actions.add("Call Maya", due=TODAY)
    services.actions.set_status(done.id, ActionStatus.DONE)
    return {"earlier": earlier.id, "latest": latest.id, "soon": soon.id}


def open_today(desktop: DesktopApp, qtbot: QtBot) -> TodayView:
    view = open_section(desktop, qtbot, "today")
    assert isinstance(view, TodayView)
    qtbot.waitUntil(lambda: view.data is not None)
    return view


def test_today_is_where_the_journal_opens_the_first_time(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    unlock(desktop, qtbot)
    assert desktop.shell.current_section == "today"
    assert isinstance(desktop.shell.stack.currentWidget(), TodayView)


def test_today_shows_the_prompt_check_ins_actions_and_then_and_now(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(two_sessions)
    prompt = with_services(lambda services: services.prompts.of_the_day(TODAY))

    view = open_today(desktop, qtbot)

    assert view.prompt_card.text.text() == prompt.text
    assert view.date_label.text()  # the long date
    (step,) = view.data.check_ins if view.data else ()
    assert (step.session_id, step.day, step.status) == (ids["latest"], 7, CheckInStatus.OVERDUE)
    assert view.check_ins_card.isVisible() and len(view.check_ins_card.start_buttons) == 1
    assert list(view.actions_card.boxes) == [ids["soon"]]
    assert view.then_card.isVisible()
    assert "day 10" in view.then_card.lead.text()
    assert [link.text().split(" · ")[-1] for link in view.then_card.links] == [
        "Ten days after the first"
    ]
    assert view.nothing_waiting.isHidden()


def test_nothing_waiting_is_said_warmly(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_today(desktop, qtbot)
    assert view.nothing_waiting.isVisible()
    assert "Nothing is waiting for you today" in view.nothing_waiting.text()
    assert not view.check_ins_card.isVisible() and not view.actions_card.isVisible()
    assert not view.then_card.isVisible()


def test_writing_a_check_in_from_today_starts_a_linked_entry_from_its_guide(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(two_sessions)
    view = open_today(desktop, qtbot)

    view.check_ins_card.start_buttons[0].click()

    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    assert desktop.shell.current_section == "journal"
    editor = journal.editor
    assert editor.title.text() == CHECK_INS[7].title
    assert editor.body.toPlainText().startswith("## " + CHECK_INS[7].prompts[0])
    assert editor.autosave.state == SaveState.BLANK  # nothing is written until typed
    qtbot.keyClicks(editor.body, "A week on, mornings are slower.")
    editor.save_now()
    qtbot.waitUntil(lambda: editor.autosave.state == SaveState.SAVED)

    view = open_today(desktop, qtbot)
    assert view.data is not None and view.data.check_ins == ()
    desktop.window.lock()
    (entry,) = with_services(
        lambda services: services.journal.list(EntryFilter(kinds=(EntryKind.CHECK_IN,)))
    )
    assert entry.session_id == ids["latest"]
    assert entry.date == TODAY
    assert "A week on, mornings are slower." in entry.body


def test_a_check_in_can_be_dismissed_from_today(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(two_sessions)
    view = open_today(desktop, qtbot)

    view.check_ins_card.dismiss_buttons[0].click()
    qtbot.waitUntil(lambda: view.data is not None and view.data.check_ins == ())

    steps = live_services(desktop, qtbot).sessions.check_ins(ids["latest"])
    assert steps[3].status == CheckInStatus.DISMISSED  # day 7
    assert "bring it back" in desktop.shell.notice_text.text()


def test_ticking_an_action_marks_it_done(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    ids = with_services(two_sessions)
    view = open_today(desktop, qtbot)

    view.actions_card.boxes[ids["soon"]].click()
    qtbot.waitUntil(lambda: ids["soon"] not in view.actions_card.boxes)

    action = live_services(desktop, qtbot).actions.get(ids["soon"])
    assert action.status == ActionStatus.DONE
    assert not view.actions_card.isVisible()


def test_a_quick_note_is_saved_on_enter_and_the_field_emptied(
    with_services: WithServices, existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_today(desktop, qtbot)
    note = view.quick_note

    qtbot.keyClicks(note.field, "Bought tulips for no reason ")
    note.field.insert("🌷")  # key clicks only type ASCII
    qtbot.keyClick(note.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: note.field.text() == "")

    assert not note.field.isUndoAvailable()
    assert "note" in note.status.text()
    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    assert [e.body for e in journal.model.entries()] == ["Bought tulips for no reason 🌷"]
    desktop.window.lock()
    (entry,) = with_services(lambda services: services.journal.list())
    assert (entry.kind, entry.body, entry.date) == (
        EntryKind.NOTE,
        "Bought tulips for no reason 🌷",
        TODAY,
    )


def test_a_quick_note_not_yet_sent_is_kept_when_the_journal_locks(
    with_services: WithServices, existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_today(desktop, qtbot)
    qtbot.keyClicks(view.quick_note.field, "Half a thought")

    desktop.window.lock()

    assert view.quick_note.field.text() == ""
    assert not view.quick_note.field.isUndoAvailable()
    (entry,) = with_services(lambda services: services.journal.list())
    assert (entry.kind, entry.body) == (EntryKind.NOTE, "Half a thought")


def test_a_note_on_its_way_is_written_once_even_if_the_lock_comes_first(
    with_services: WithServices, existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    import threading

    view = open_today(desktop, qtbot)
    release = threading.Event()
    desktop.runner.run(lambda: release.wait(10))  # the worker is busy: the save waits
    view.quick_note.field.setText("Just once")
    view.quick_note.submit()

    desktop.window.lock()
    release.set()
    wait_idle(desktop, qtbot)

    bodies = with_services(lambda services: [e.body for e in services.journal.list()])
    assert bodies == ["Just once"]


def test_write_about_the_prompt_starts_an_entry_that_keeps_the_prompt(
    with_services: WithServices, existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_today(desktop, qtbot)
    prompt = view.prompt_card.prompt
    assert prompt is not None

    view.prompt_card.write_button.click()

    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    assert desktop.shell.current_section == "journal"
    assert journal.editor.prompt_label.isVisible()
    assert prompt.text in journal.editor.prompt_label.text()
    qtbot.keyClicks(journal.editor.body, "Something small.")
    desktop.window.lock()
    (entry,) = with_services(lambda services: services.journal.list())
    assert (entry.prompt, entry.body, entry.kind) == (
        prompt.text,
        "Something small.",
        EntryKind.JOURNAL,
    )


def test_today_forgets_everything_on_lock(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    with_services(two_sessions)
    view = open_today(desktop, qtbot)
    assert view.then_card.links

    desktop.window.lock()

    assert view.data is None
    assert view.date_label.text() == "" and view.prompt_card.text.text() == ""
    assert view.check_ins_card.start_buttons == [] and view.actions_card.boxes == {}
    assert view.then_card.links == []
    assert not view.check_ins_card.isVisible() and not view.then_card.isVisible()


def test_today_has_a_place_for_cards_from_other_sections(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QLabel

    view = open_today(desktop, qtbot)
    card = QLabel("Today's practices")
    view.add_card(card)
    qtbot.waitUntil(card.isVisible)
    assert view.extra_cards.indexOf(card) >= 0  # after the practices card the app adds


def test_then_and_now_shows_this_day_in_earlier_years_without_a_recent_session(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    # On 29 February the same day last came four years ago.
    years = 4 if (TODAY.month, TODAY.day) == (2, 29) else 1
    earlier = TODAY.replace(year=TODAY.year - years)
    with_services(lambda services: services.journal.add(title="Before any of this", day=earlier))

    view = open_today(desktop, qtbot)

    assert view.then_card.isVisible()
    assert view.then_card.heading.text() == "On this day"
    assert view.then_card.lead.isHidden()
    (link,) = view.then_card.links
    when = "A year ago" if years == 1 else f"{years} years ago"
    assert link.text() == f"{when} · Before any of this"
    link.click()
    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    qtbot.waitUntil(lambda: journal.editor.title.text() == "Before any of this")
    assert desktop.shell.current_section == "journal"
