"""File → Export…: says plainly that the copy is not encrypted, writes a JSON file or a
Markdown folder on the task runner, and reports what was written and where."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.ui.exchange.export_dialog import ExportDialog
from tests.ui.exchange.conftest import WRITTEN, services_of


def open_export(desktop: DesktopApp) -> ExportDialog:
    dialog = desktop.window.exchange.open_export()
    assert dialog is not None
    return dialog


def test_the_dialog_says_the_export_is_not_encrypted(open_desktop: DesktopApp) -> None:
    dialog = open_export(open_desktop)
    assert dialog.warning.isVisible()
    assert dialog.warning_heading.text() == "This copy is not encrypted"
    text = dialog.warning_text.text()
    assert "anyone who has the file can read everything in it" in text
    assert "encrypted disk" in text and "delete it" in text
    assert dialog.warning.accessibleName() == "This copy is not encrypted"


def test_a_json_export_is_written_privately_and_reported(
    open_desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    session = services_of(open_desktop).sessions.add(
        started_at=services_of(open_desktop).journal.list()[0].created_at, route="iv"
    )
    dialog = open_export(open_desktop)
    assert dialog.format == "json"
    out = tmp_path / "copy.json"
    with qtbot.waitSignal(dialog.exported) as exported:
        dialog.export_to(out)

    assert exported.args[0].path == out
    document = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(e["title"] for e in document["entries"]) == sorted(t for t, _ in WRITTEN)
    assert [s["id"] for s in document["sessions"]] == [session.id]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert dialog.done_card.isVisible()
    # The built-in practices the Practices section keeps travel too.
    assert re.fullmatch(
        r"Exported 2 entries \(and 1 session(, \d+ practices)?\) to copy\.json\.",
        dialog.outcome.text(),
    )
    assert dialog.where.text() == str(out)
    assert dialog.warning.isVisible()  # still true once it is written
    assert dialog.close_button.isVisible() and not dialog.export_button.isVisible()


def test_a_markdown_export_writes_a_new_folder_of_entries(
    open_desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_export(open_desktop)
    dialog.formats.buttons["markdown"].click()
    assert "one .md file for each entry" in dialog.hint.text()
    out = tmp_path / "journal-copy"
    with qtbot.waitSignal(dialog.exported):
        dialog.export_to(out)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["2026-03-02-morning-pages.md", "2026-03-04-by-the-river.md"]
    assert dialog.outcome.text() == "Exported 2 entries to journal-copy."


def test_a_folder_that_is_not_empty_is_refused_in_one_sentence_and_left_alone(
    open_desktop: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "busy"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    dialog = open_export(open_desktop)
    dialog.formats.choose("markdown")
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert dialog.problem.text() == f"{out} already exists; choose a new or empty folder."
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    assert dialog.export_button.isEnabled() and not dialog.done_card.isVisible()


def test_the_save_dialog_suggests_a_dated_name(open_desktop: DesktopApp) -> None:
    dialog = open_export(open_desktop)
    chooser = dialog.ask_where()
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert chooser.defaultSuffix() == "json"
    chooser.reject()
    dialog.formats.choose("markdown")
    chooser = dialog.ask_where()
    assert chooser.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert chooser.defaultSuffix() == ""
    chooser.reject()
