"""Named patterns: name, edit, resolve, bring back and delete one; note, edit and delete
the times it showed up; note one from a journal entry in one step; and the gentle words
for which way it is going."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.patterns import Pattern, PatternStatus
from afterglow.core.tracking_store import OccurrenceFilter
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.patterns.named_patterns import NamedPatternsPage
from afterglow.ui.patterns.occurrence_dialog import NEW_PATTERN, OccurrenceDialog
from afterglow.ui.patterns.patterns_view import PatternsView
from afterglow.vault.services import JournalServices
from tests.ui.flows import wait_idle
from tests.ui.patterns.conftest import WithServices, days_ago, open_patterns


def open_named(desktop: DesktopApp, qtbot: QtBot) -> NamedPatternsPage:
    view = open_patterns(desktop, qtbot)
    view.show_named_patterns()
    wait_idle(desktop, qtbot)
    return view.named


def stored_patterns(with_services: WithServices) -> list[Pattern]:
    return with_services(lambda services: services.patterns.list())


def test_naming_editing_resolving_and_deleting_a_pattern(
    existing_journal: str, with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    named = open_named(desktop, qtbot)
    assert named.pages.currentWidget() is named.welcome

    dialog = named.new_pattern()
    assert dialog is not None
    dialog.save_button.click()  # no name yet: it asks for one and stays open
    assert dialog.isVisible() and dialog.error.isVisible()
    qtbot.keyClicks(dialog.name, "People-pleasing")
    dialog.description.setPlainText("Saying yes before I've checked.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: named.model.rowCount() == 1 and named.page.details is not None)
    page = named.page
    assert named.pages.currentWidget() is page
    assert page.name.text() == "People-pleasing"
    assert page.description.text() == "Saying yes before I've checked."

    edit = page.edit_pattern()
    assert edit is not None
    edit.name.setText("Saying yes too fast")
    edit.save_button.click()
    qtbot.waitUntil(lambda: page.name.text() == "Saying yes too fast")

    page.resolve_button.click()
    qtbot.waitUntil(
        lambda: page.pattern is not None and page.pattern.status is PatternStatus.RESOLVED
    )
    assert page.resolve_button.text() == "Active again"
    assert not page.status.isHidden()
    qtbot.waitUntil(lambda: named.model.row_at(0).pattern.status is PatternStatus.RESOLVED)
    page.resolve_button.click()
    qtbot.waitUntil(
        lambda: page.pattern is not None and page.pattern.status is PatternStatus.ACTIVE
    )

    confirm = page.delete_pattern()
    assert confirm is not None
    confirm.cancel_button.click()  # keeping it is the default
    wait_idle(desktop, qtbot)
    assert named.model.rowCount() == 1
    confirm = page.delete_pattern()
    assert confirm is not None
    confirm.confirm_button.click()
    qtbot.waitUntil(lambda: named.model.rowCount() == 0)
    assert named.pages.currentWidget() is named.welcome
    desktop.window.lock()
    assert stored_patterns(with_services) == []


def test_noting_editing_and_deleting_the_times_it_showed_up(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    with_services(lambda services: services.patterns.add("Snapping when tired"))
    named = open_named(desktop, qtbot)
    named.show_pattern(named.model.row_at(0).pattern.id)
    page = named.page
    qtbot.waitUntil(lambda: page.details is not None)
    assert page.empty.isVisible() and not page.list.isVisible()

    dialog = page.note_occurrence()
    assert dialog is not None
    qtbot.keyClicks(dialog.trigger, "Dishes in the sink")
    qtbot.keyClicks(dialog.response, "Raised my voice")
    qtbot.keyClicks(dialog.alternative, "Say I need ten minutes")
    dialog.intensity.value_actions[6].trigger()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    noted = page.model.occurrence_at(0)
    assert (noted.trigger, noted.response, noted.alternative, noted.intensity) == (
        "Dishes in the sink",
        "Raised my voice",
        "Say I need ten minutes",
        6,
    )
    qtbot.waitUntil(lambda: page.details is not None and page.details.occurrences == 1)
    assert page.card.summary.text().startswith("Noted once so far. Once this month.")

    page.select_row(0)
    edit = page.edit_occurrence()
    assert edit is not None
    assert edit.trigger.toPlainText() == "Dishes in the sink"
    edit.trigger.setPlainText("Dishes, again")
    edit.save_button.click()
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == 1 and page.model.occurrence_at(0).trigger == "Dishes, again"
        )
    )
    assert page.model.occurrence_at(0).occurred_at == noted.occurred_at  # the time stays

    page.select_row(0)
    confirm = page.delete_occurrence()
    assert confirm is not None
    confirm.confirm_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    desktop.window.lock()
    assert with_services(lambda s: s.patterns.occurrences()) == []


def test_an_occurrence_is_noted_from_a_journal_entry_in_one_step(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    def write(services: JournalServices) -> str:
        services.patterns.add("People-pleasing")
        return services.journal.add(title="Said yes again", day=days_ago(2)).id

    entry_id = with_services(write)
    view = open_patterns(desktop, qtbot)
    desktop.shell.show_section("journal")
    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    journal.open_entry(entry_id)
    qtbot.waitUntil(lambda: journal.editor.entry_id == entry_id)
    assert journal.editor.pattern_button.isVisible()
    journal.editor.pattern_button.click()
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    dialog = view.dialog
    assert isinstance(dialog, OccurrenceDialog)
    assert dialog.pattern_choice is not None
    assert dialog.pattern_choice.currentText() == "People-pleasing"
    assert dialog.when.date().toPython() == days_ago(2)
    qtbot.keyClicks(dialog.trigger, "A colleague asked for help")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "People-pleasing" in desktop.shell.notice_text.text())

    # And again, naming a new pattern on the way.
    journal.editor.pattern_button.click()
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog is not dialog)
    second = view.dialog
    assert second is not None and second.pattern_choice is not None
    second.pattern_choice.setCurrentIndex(second.pattern_choice.findData(NEW_PATTERN))
    assert second.new_name.isVisible()
    qtbot.keyClicks(second.new_name, "Over-explaining")
    second.save_button.click()
    qtbot.waitUntil(lambda: "Over-explaining" in desktop.shell.notice_text.text())
    desktop.window.lock()

    def read(services: JournalServices) -> list[tuple[str, str | None, str]]:
        names = {p.id: p.name for p in services.patterns.list()}
        return sorted(
            (names[o.pattern_id], o.entry_id, o.trigger)
            for o in services.patterns.occurrences(OccurrenceFilter(entry_id=entry_id))
        )

    assert with_services(read) == [
        ("Over-explaining", entry_id, ""),
        ("People-pleasing", entry_id, "A colleague asked for help"),
    ]


def test_a_new_entry_offers_no_pattern_until_it_is_saved(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    open_patterns(desktop, qtbot)
    desktop.shell.show_section("journal")
    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    journal.new_entry()
    assert not journal.editor.pattern_button.isVisible()
    qtbot.keyClicks(journal.editor.body, "Something happened")
    journal.editor.save_now()
    qtbot.waitUntil(lambda: journal.editor.pattern_button.isVisible())


def first_of_month(months_back: int) -> date:
    day = date.today().replace(day=1)
    for _ in range(months_back):
        day = (day - timedelta(days=1)).replace(day=1)
    return day


@pytest.mark.parametrize(
    ("per_month", "words"),
    [
        ((6, 4, 2), "It has been showing up less often lately."),
        (
            (1, 3, 6),
            "It has been showing up more often lately. Seeing it clearly is part of how it "
            "changes.",
        ),
        ((3, 3, 3), "It has been showing up about as often as before."),
    ],
)
def test_the_trend_is_put_gently(
    per_month: tuple[int, int, int],
    words: str,
    with_services: WithServices,
    desktop: DesktopApp,
    qtbot: QtBot,
) -> None:
    """Three complete months (the month in progress is not judged)."""

    def write(services: JournalServices) -> None:
        pattern = services.patterns.add("Self-abandonment")
        for back, count in zip((3, 2, 1), per_month, strict=True):
            for n in range(count):
                day = first_of_month(back) + timedelta(days=n + 1)
                when = datetime.combine(day, time(18)).astimezone()
                services.patterns.log_occurrence(pattern.id, occurred_at=when)

    with_services(write)
    named = open_named(desktop, qtbot)
    named.show_pattern(named.model.row_at(0).pattern.id)
    qtbot.waitUntil(lambda: named.page.details is not None)
    assert named.page.card.summary.text().endswith(words)
    assert named.page.card.view.accessibleDescription() == named.page.card.summary.text()


def test_locking_closes_dialogs_and_forgets_what_was_typed(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    with_services(lambda services: services.patterns.add("People-pleasing"))
    named = open_named(desktop, qtbot)
    named.show_pattern(named.model.row_at(0).pattern.id)
    qtbot.waitUntil(lambda: named.page.details is not None)
    dialog = named.page.note_occurrence()
    assert dialog is not None
    qtbot.keyClicks(dialog.trigger, "Something private")
    desktop.window.lock()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # and what was typed with it
    assert named.page.dialog is None
    assert named.model.rowCount() == 0 and named.page.details is None
    assert named.page.name.text() == ""


def test_the_section_keeps_its_view_type(desktop: DesktopApp) -> None:
    assert isinstance(desktop.shell.views["patterns"], PatternsView)
