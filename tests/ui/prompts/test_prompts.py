"""Prompts: the library by category, one's own prompts added, edited and deleted,
Afterglow's own left as they are, and new entries started from a prompt or a guide."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import EntryKind
from afterglow.core.guides import CHECK_INS, REFLECTION
from afterglow.core.prompt import PromptCategory
from afterglow.core.prompt_library import BUILTIN_PROMPTS
from afterglow.ui.journal.autosave import SaveState
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.prompts.library_dialog import PromptLibraryDialog
from afterglow.ui.prompts.prompt_model import OWN, PromptListModel
from afterglow.ui.today.today_view import TodayView
from tests.ui.flows import wait_idle
from tests.ui.today.workflow import WithServices, live_services, open_section


def open_library(desktop: DesktopApp, qtbot: QtBot) -> PromptLibraryDialog:
    today = open_section(desktop, qtbot, "today")
    assert isinstance(today, TodayView)
    today.prompt_card.more_button.click()
    dialog = today.library
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    return dialog


def test_the_library_lists_every_builtin_prompt_by_category(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    dialog = open_library(desktop, qtbot)
    assert dialog.model.rowCount() == len(BUILTIN_PROMPTS)

    dialog.category_chips[PromptCategory.BODY.value].click()
    texts = [dialog.model.prompt_at(r).category for r in range(dialog.model.rowCount())]
    assert texts == [PromptCategory.BODY] * 10
    dialog.select(dialog.model.prompt_at(0).id)
    assert dialog.write_button.isEnabled()
    assert not dialog.edit_button.isVisibleTo(dialog)  # Afterglow's own stay as they are
    assert not dialog.delete_button.isVisibleTo(dialog)

    dialog.category_chips[OWN].click()
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    qtmodeltester.check(dialog.model)


def test_own_prompts_are_added_edited_and_deleted(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = open_library(desktop, qtbot)

    dialog.add_button.click()
    dialog.save_own()
    assert "Write your question first" in dialog.error.text()
    qtbot.keyClicks(dialog.text, "What did I do only because I thought I should?")
    dialog.category.setCurrentIndex(dialog.category.findData("self_compassion"))
    dialog.form_save.click()
    qtbot.waitUntil(lambda: dialog.chosen() is not None and not dialog.chosen().builtin)
    prompt = dialog.chosen()
    assert prompt is not None
    assert (prompt.text, prompt.category) == (
        "What did I do only because I thought I should?",
        PromptCategory.SELF_COMPASSION,
    )
    assert dialog.model.prompt_at(0).id == prompt.id  # one's own come first

    dialog.edit_button.click()
    assert dialog.text.text() == prompt.text
    dialog.text.setText("What did I do today only because I thought I should?")
    dialog.form_save.click()
    qtbot.waitUntil(lambda: dialog.chosen() is not None
                    and dialog.chosen().text.startswith("What did I do today"))  # fmt: skip
    (own,) = live_services(desktop, qtbot).prompts.own()
    assert own.text == "What did I do today only because I thought I should?"

    delete = dialog.confirm_delete()
    assert delete is not None
    delete.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.model.row_of(own.id) is None)
    assert live_services(desktop, qtbot).prompts.own() == []


def test_choosing_a_prompt_starts_an_entry_that_keeps_it(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = open_library(desktop, qtbot)
    prompt = BUILTIN_PROMPTS[12]
    dialog.select(prompt.id)

    dialog.write_button.click()

    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    assert desktop.shell.current_section == "journal"
    assert prompt.text in journal.editor.prompt_label.text()
    qtbot.keyClicks(journal.editor.body, "Sadness wanted me to slow down.")
    journal.editor.save_now()
    qtbot.waitUntil(lambda: journal.editor.autosave.state == SaveState.SAVED)
    desktop.window.lock()
    (entry,) = with_services(lambda services: services.journal.list())
    assert (entry.prompt, entry.body) == (prompt.text, "Sadness wanted me to slow down.")


def test_the_new_entry_menu_starts_from_a_guide_or_the_library(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    journal = open_section(desktop, qtbot, "journal")
    assert isinstance(journal, JournalView)
    menu = journal.new_menu
    assert journal.new_menu_button.menu() is menu

    menu.guide_actions["reflection"].trigger()
    assert journal.editor.details.kind_value() == EntryKind.REFLECTION
    assert journal.editor.title.text() == REFLECTION.title
    assert journal.editor.autosave.state == SaveState.BLANK
    menu.guide_actions["day-14"].trigger()
    assert journal.editor.title.text() == CHECK_INS[14].title
    assert journal.editor.details.kind_value() == EntryKind.CHECK_IN
    qtbot.keyClicks(journal.editor.body, "Old habits came back on Tuesday.")

    menu.prompt_action.trigger()
    today = desktop.shell.views["today"]
    assert isinstance(today, TodayView)
    assert today.library is not None and today.library.isVisible()
    today.library.reject()
    wait_idle(desktop, qtbot)

    desktop.window.lock()
    (entry,) = with_services(lambda services: services.journal.list())
    assert (entry.kind, entry.title, entry.session_id) == (
        EntryKind.CHECK_IN,
        CHECK_INS[14].title,
        None,
    )
    assert "Old habits came back on Tuesday." in entry.body


def test_the_prompt_model_filters_without_losing_rows(qtmodeltester: ModelTester) -> None:
    model = PromptListModel()
    model.set_prompts(list(BUILTIN_PROMPTS))
    model.show_category(PromptCategory.GRATITUDE)
    assert model.rowCount() == 10
    qtmodeltester.check(model)
    model.show_category(None)
    assert model.rowCount() == len(BUILTIN_PROMPTS)


def test_the_library_closes_when_the_journal_locks(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = open_library(desktop, qtbot)
    dialog.add_button.click()
    qtbot.keyClicks(dialog.text, "A half-written question")

    desktop.window.lock()

    today = desktop.shell.views["today"]
    assert isinstance(today, TodayView)
    assert today.library is None or not today.library.isVisible()
