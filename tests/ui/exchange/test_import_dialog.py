"""File → Import…: choose the kind and the file, see a dry run (counts, dates, what is left
out and why), import, and see what happened; the journal's views show what came in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.ui.exchange.import_dialog import ImportDialog
from afterglow.ui.journal.journal_view import JournalView
from tests.interchange.samples import (
    write_dayone_json,
    write_jrnl_json,
    write_markdown_folder,
)
from tests.ui.exchange.conftest import services_of
from tests.ui.flows import wait_idle


def open_import(desktop: DesktopApp) -> ImportDialog:
    dialog = desktop.window.exchange.open_import()
    assert dialog is not None
    return dialog


def previewed(dialog: ImportDialog, qtbot: QtBot, kind: str, path: Path) -> ImportDialog:
    dialog.choose_kind(kind)
    dialog.choose_path(path)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.problem.isVisible())
    return dialog


def test_the_preview_counts_entries_dates_and_says_what_is_left_out_and_why(
    open_desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_import(open_desktop)
    previewed(dialog, qtbot, "markdown", write_markdown_folder(tmp_path / "notes"))

    assert dialog.preview_card.isVisible()
    today = date.today()  # a file without a date is of the day it was written: today
    assert dialog.found.text() == (
        f"6 entries, written between 1 April 2023 and {today.day} {today:%B %Y}."
    )
    assert dialog.tags.text() == "With 5 tags: calm, garden, lake, self-care, spring."
    assert dialog.skipped_heading.text() == "2 items will be left out:"
    assert dialog.skipped.text() == ("empty.md — it has no text\nlatin-1.md — it is not UTF-8 text")
    assert "not Markdown" in dialog.notes.text()
    assert dialog.import_button.text() == "Import 6 entries"
    assert dialog.import_button.isEnabled()
    # A dry run: nothing was written.
    assert services_of(open_desktop).journal.count() == 2


def test_importing_adds_the_entries_and_the_journal_list_shows_them(
    open_desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_import(open_desktop)
    previewed(dialog, qtbot, "jrnl", write_jrnl_json(tmp_path / "jrnl.json"))
    assert dialog.found.text() == "4 entries, written between 25 March 2023 and 15 July 2023."
    assert dialog.skipped.text() == "entries[4] (2023-07-16) — it has no text"

    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.import_button.click()
    result = imported.args[0]
    assert result.report.entries.added == 4
    assert dialog.done_page.isVisible() and not dialog.choosing.isVisible()
    assert dialog.outcome.text() == (
        "Added 4 new entries. 1 item was left out, as the preview said."
    )
    assert dialog.close_button.isVisible() and not dialog.import_button.isVisible()

    journal = services_of(open_desktop).journal
    assert journal.count() == 6
    assert {e.title for e in journal.list()} >= {"Long day at the studio.", "Summer evening."}
    view = open_desktop.shell.views["journal"]
    assert isinstance(view, JournalView)
    wait_idle(open_desktop, qtbot)
    qtbot.waitUntil(lambda: view.model.rowCount() == 6)
    dialog.close_button.click()
    assert open_desktop.window.exchange.dialog is None


def test_importing_the_same_export_again_says_it_is_here_already(
    open_desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_dayone_json(tmp_path / "Journal.json")
    first = open_import(open_desktop)
    previewed(first, qtbot, "dayone", path)
    with qtbot.waitSignal(first.imported):
        first.import_button.click()
    first.accept()

    again = open_import(open_desktop)
    previewed(again, qtbot, "dayone", path)
    assert again.already.text() == "All of them are in your journal already."
    with qtbot.waitSignal(again.imported):
        again.import_button.click()
    assert again.outcome.text() == (
        "Added 0 new entries. 3 were already up to date. 1 item was left out, as the preview said."
    )
    assert services_of(open_desktop).journal.count() == 5


def test_a_malformed_file_is_one_sentence_in_the_dialog_and_nothing_can_be_imported(
    open_desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = write_jrnl_json(tmp_path / "jrnl.json", {"entries": [{"date": "someday"}]})
    dialog = open_import(open_desktop)
    previewed(dialog, qtbot, "jrnl", bad)
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == (
        "Nothing was imported: entries[0].date must be a date written YYYY-MM-DD."
    )
    assert not dialog.preview_card.isVisible()
    assert not dialog.import_button.isEnabled()
    assert services_of(open_desktop).journal.count() == 2

    # Choosing the right kind for the same file clears the problem.
    previewed(dialog, qtbot, "dayone", write_dayone_json(tmp_path / "Journal.json"))
    assert not dialog.problem.isVisible() and dialog.import_button.isEnabled()


def test_choosing_another_kind_forgets_the_file_and_asks_for_a_folder_for_markdown(
    open_desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_import(open_desktop)
    previewed(dialog, qtbot, "jrnl", write_jrnl_json(tmp_path / "jrnl.json"))
    assert dialog.choose_button.text() == "Choose file…"

    dialog.kinds.buttons["markdown"].click()
    assert dialog.kind == "markdown"
    assert dialog.preview is None and not dialog.preview_card.isVisible()
    assert not dialog.import_button.isEnabled()
    assert dialog.path_label.text() == "Nothing chosen yet"
    assert dialog.choose_button.text() == "Choose folder…"
    assert "Front matter" in dialog.hint.text()

    chooser = dialog.ask_for_path()
    assert chooser.fileMode() == QFileDialog.FileMode.Directory
    chooser.reject()

    dialog.choose_kind("dayone")
    chooser = dialog.ask_for_path()
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFile
    assert chooser.nameFilters()[0] == "Day One exports (*.zip *.json)"
    chooser.fileSelected.emit(str(write_dayone_json(tmp_path / "Journal.json")))
    chooser.reject()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.path_label.text() == "Journal.json"


def test_a_preview_that_arrives_after_the_dialog_closed_is_dropped(
    open_desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_import(open_desktop)
    dialog.choose_kind("jrnl")
    dialog.choose_path(write_jrnl_json(tmp_path / "jrnl.json"))
    dialog.reject()
    wait_idle(open_desktop, qtbot)
    assert dialog.preview is None
    assert services_of(open_desktop).journal.count() == 2
