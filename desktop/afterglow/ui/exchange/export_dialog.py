"""File → Export…: the whole journal as one JSON file or a folder of Markdown files,
written on the task runner, with a plain word first that the copy is not encrypted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from afterglow.core.errors import AfterglowError
from afterglow.core.journal import local_now
from afterglow.core.whole_journal import WholeJournal
from afterglow.interchange.exporters import exporter_named
from afterglow.interchange.journal_format import COLLECTIONS
from afterglow.ui.exchange import wording
from afterglow.ui.exchange.fitting import fit_height
from afterglow.ui.sharing.parts import Segments, card, key_label
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.widgets.busy import BusyIndicator
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error, text_label


@dataclass(frozen=True)
class Exported:
    path: Path
    entries: int
    others: dict[str, int]  # sessions, insights… that went along (JSON only)


def export_journal(whole_journal: WholeJournal, name: str, out: Path) -> Exported:
    """Reads the journal and writes the export (on the worker)."""
    exporter = exporter_named(name)
    contents = whole_journal.contents()
    path = exporter.export(contents, out, local_now())
    others = {}
    if not exporter.writes_folder:
        others = {n: len(r) for n in COLLECTIONS[1:] if (r := getattr(contents, n))}
    return Exported(path, len(contents.entries), others)


def default_name(name: str, today: date) -> str:
    stem = f"afterglow-export-{today.isoformat()}"
    return stem if exporter_named(name).writes_folder else f"{stem}.json"


class ExportDialog(FormDialog):
    """Choose a format, read the warning, choose where; `exported(Exported)` when written."""

    exported = Signal(object)

    def __init__(
        self, runner: TaskRunner, whole_journal: WholeJournal, parent: QWidget | None = None
    ) -> None:
        super().__init__("", "", parent)
        self.setWindowTitle(self.tr("Export"))
        self.title.setText(self.tr("Export your journal"))
        self.lead.setText(
            self.tr(
                "Save a copy of your whole journal to read elsewhere, move to another "
                "computer, or keep as a last-resort backup."
            )
        )
        self.lead.show()
        self.setMinimumWidth(600)
        self._runner = runner
        self._whole_journal = whole_journal
        self._ticket = 0
        self._exporting = False
        self.written: Exported | None = None

        self.formats = Segments(wording.export_formats(), self.tr("Export as"))
        self.format_label = text_label(self.tr("Export as"), "field-label")
        self.add(self.format_label)
        self.add(self.formats)
        self.hint = text_label("", "muted")
        self.add(self.hint)

        self.warning = QFrame()
        self.warning.setObjectName("Notice")  # the theme's calm notice colours
        warning = QVBoxLayout(self.warning)
        warning.setContentsMargins(18, 14, 18, 16)
        warning.setSpacing(6)
        self.warning_heading = text_label(self.tr("This copy is not encrypted"), "card-heading")
        self.warning_text = text_label(
            self.tr(
                "Inside Afterglow your journal is encrypted, but the export is plain text: "
                "anyone who has the file can read everything in it. Keep it on an encrypted "
                "disk, and delete it when you no longer need it."
            )
        )
        warning.addWidget(self.warning_heading)
        warning.addWidget(self.warning_text)
        self.warning.setAccessibleName(self.warning_heading.text())
        self.warning.setAccessibleDescription(self.warning_text.text())
        self.add(self.warning)

        self.busy = BusyIndicator()
        self.add(self.busy)
        self.problem = error_label()
        self.add(self.problem)

        self.done_card, done = card(self.tr("Exported"))
        self.outcome = text_label()
        self.where = key_label("", "path")
        self.open_folder_button = button(self.tr("Open the folder"), "quiet")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder_button)
        folder_row.addStretch(1)
        done.addWidget(self.outcome)
        done.addWidget(self.where)
        done.addLayout(folder_row)
        self.done_card.hide()
        self.add(self.done_card)

        self.cancel_button = button(self.tr("Cancel"))
        self.export_button = button(self.tr("Export…"), "primary")
        self.close_button = button(self.tr("Done"), "primary")
        self.close_button.hide()
        self.set_buttons([], [self.cancel_button, self.export_button, self.close_button])
        self.cancel_button.clicked.connect(self.reject)
        self.export_button.clicked.connect(self.ask_where)
        self.close_button.clicked.connect(self.accept)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.formats.chosen.connect(self._format_chosen)
        self.finished.connect(self._closed)
        self._format_chosen(self.formats.current)
        self.export_button.setDefault(True)
        self.export_button.setFocus()

    @property
    def format(self) -> str:
        return self.formats.current

    def _format_chosen(self, name: str) -> None:
        self.hint.setText(wording.export_hint(name))
        show_error(self.problem, "")

    def ask_where(self) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        writes_folder = exporter_named(self.format).writes_folder
        title = self.tr("Name the new folder") if writes_folder else self.tr("Save the export")
        dialog = QFileDialog(self, title, folder)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if writes_folder:
            # A new folder, named like a file: Afterglow makes it and fills it.
            dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        else:
            dialog.setNameFilter(self.tr("JSON files (*.json)"))
            dialog.setDefaultSuffix("json")
        dialog.selectFile(default_name(self.format, date.today()))
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_to(self, out: Path) -> None:
        if self._exporting:
            return
        self._exporting = True
        show_error(self.problem, "")
        self.export_button.setEnabled(False)
        self.formats.setEnabled(False)
        self.busy.start(self.tr("Writing the export…"))
        self._ticket += 1
        ticket = self._ticket
        name, whole_journal = self.format, self._whole_journal
        self._runner.run(
            lambda: export_journal(whole_journal, name, out),
            on_done=lambda written: self._written(ticket, written),
            on_error=lambda error: self._failed(ticket, error),
        )

    def _written(self, ticket: int, written: Exported) -> None:
        if ticket != self._ticket:
            return
        self._exporting = False
        self.busy.stop()
        self.written = written
        self.outcome.setText(wording.exported(written.entries, written.others, written.path.name))
        self.where.setText(str(written.path))
        self.done_card.show()
        for chooser in (self.format_label, self.formats, self.hint):
            chooser.hide()
        self.cancel_button.hide()
        self.export_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        fit_height(self)
        self.exported.emit(written)

    def _failed(self, ticket: int, error: AfterglowError) -> None:
        if ticket != self._ticket:
            return
        self._exporting = False
        self.busy.stop()
        self.export_button.setEnabled(True)
        self.formats.setEnabled(True)
        show_error(self.problem, error.message)

    def _open_folder(self) -> None:
        written = self.written
        if written is not None:
            folder = written.path if written.path.is_dir() else written.path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)

    def reject(self) -> None:
        if self._exporting:
            return  # it finishes in a moment and then says where the export went
        super().reject()

    def _closed(self) -> None:
        self._ticket += 1
