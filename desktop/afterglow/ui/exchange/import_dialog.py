"""File → Import…: choose what to import from, see what would come in (a dry run on the
task runner), then import it in one step and see what happened.

Reading the file and comparing it with the journal never writes anything; the import
itself is one transaction, so it either brings in the whole plan or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from afterglow.core.errors import AfterglowError
from afterglow.core.journal import ImportCounts, Journal
from afterglow.core.whole_journal import WholeJournal
from afterglow.interchange.import_plan import (
    ImportPlan,
    ImportResult,
    carry_out,
    expected_counts,
    stored_in,
)
from afterglow.interchange.importers import IMPORTERS, plan_import
from afterglow.ui.exchange import wording
from afterglow.ui.exchange.fitting import fit_height
from afterglow.ui.sharing.parts import Segments, card
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.widgets.busy import BusyIndicator
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error, text_label


@dataclass(frozen=True)
class Preview:
    """A dry run: the plan read from the file, and what importing it would do here."""

    plan: ImportPlan
    expected: ImportCounts


def preview(kind: str, path: Path, journal: Journal) -> Preview:
    """Reads `path` and compares it with the journal, writing nothing (on the worker)."""
    plan = plan_import(kind, path)
    return Preview(plan, expected_counts(plan, stored_in(journal)))


class ImportDialog(FormDialog):
    """Choose → preview → import → result. `imported(ImportResult)` once it is done."""

    imported = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        journal: Journal,
        whole_journal: WholeJournal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", "", parent)
        self.setWindowTitle(self.tr("Import"))
        self.title.setText(self.tr("Import entries"))
        self.lead.setText(
            self.tr(
                "Bring in entries from another journal app, or from an Afterglow export. "
                "Nothing in your journal changes until you choose Import."
            )
        )
        self.lead.show()
        self.setMinimumWidth(600)
        self._runner = runner
        self._journal = journal
        self._whole_journal = whole_journal
        self._path: Path | None = None
        self._ticket = 0
        self._importing = False
        self.preview: Preview | None = None
        self.import_result: ImportResult | None = None

        # Two states, one shown at a time: choosing (with the preview), and done.
        self.choosing = QWidget()
        self.done_page = QWidget()
        self.done_page.hide()
        self.add(self.choosing)
        self.add(self.done_page)
        self._build_choosing()
        self._build_done()

        self.cancel_button = button(self.tr("Cancel"))
        self.import_button = button(wording.import_button(None, None), "primary")
        self.import_button.setEnabled(False)
        self.close_button = button(self.tr("Done"), "primary")
        self.close_button.hide()
        self.set_buttons([], [self.cancel_button, self.import_button, self.close_button])
        self.cancel_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.accept)
        self.finished.connect(self._closed)
        self.choose_kind(self.kinds.current)
        self.choose_button.setFocus()

    # -- building -------------------------------------------------------------------------

    def _build_choosing(self) -> None:
        column = QVBoxLayout(self.choosing)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(text_label(self.tr("Import from"), "field-label"))
        self.kinds = Segments(wording.import_kinds(), self.tr("What to import from"))
        column.addWidget(self.kinds)
        self.hint = text_label("", "muted")
        column.addWidget(self.hint)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.path_label = text_label("", "path", wrap=False)
        self.path_label.setMinimumWidth(200)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = button(self.tr("Choose…"))
        row.addWidget(self.path_label, 1)
        row.addWidget(self.choose_button)
        column.addLayout(row)

        self.busy = BusyIndicator()
        column.addWidget(self.busy)
        self.problem = error_label()
        column.addWidget(self.problem)

        self.preview_card, preview = card(self.tr("What will come in"))
        self.found = text_label()
        self.records = text_label()
        self.tags = text_label("", "muted")
        self.already = text_label("", "muted")
        self.skipped_heading = text_label()
        self.skipped = text_label("", "muted")
        self.notes = text_label("", "muted")
        for label in (
            self.found,
            self.records,
            self.tags,
            self.already,
            self.skipped_heading,
            self.skipped,
            self.notes,
        ):
            preview.addWidget(label)
        self.preview_card.hide()
        column.addWidget(self.preview_card)

        self.kinds.chosen.connect(self.choose_kind)
        self.choose_button.clicked.connect(self.ask_for_path)

    def _build_done(self) -> None:
        column = QVBoxLayout(self.done_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        result_card, result = card(self.tr("Imported"))
        self.outcome = text_label()
        self.outcome.setAccessibleName(self.tr("What was imported"))
        result.addWidget(self.outcome)
        result.addWidget(
            text_label(
                self.tr("They are in the Journal section now, each on the day it was written."),
                "muted",
            )
        )
        column.addWidget(result_card)

    # -- choosing -------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.kinds.current

    def choose_kind(self, kind: str) -> None:
        if self.kinds.current != kind:
            self.kinds.choose(kind)  # comes back here through `chosen`
            return
        self.hint.setText(wording.import_hint(kind))
        folder = IMPORTERS[kind].reads_folder
        self.choose_button.setText(self.tr("Choose folder…") if folder else self.tr("Choose file…"))
        self._forget_path()

    def _forget_path(self) -> None:
        self._ticket += 1  # a preview still being worked out is no longer wanted
        self._path = None
        self.preview = None
        self.path_label.setText(self.tr("Nothing chosen yet"))
        self.path_label.setToolTip("")
        self.busy.stop()
        show_error(self.problem, "")
        self.preview_card.hide()
        self._update_import_button()

    def ask_for_path(self) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        dialog = QFileDialog(self, self.tr("Choose what to import"), folder)
        if IMPORTERS[self.kind].reads_folder:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilters(self._name_filters())
        dialog.fileSelected.connect(lambda name: self.choose_path(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _name_filters(self) -> list[str]:
        filters = {
            "json": self.tr("Afterglow exports (*.json)"),
            "dayone": self.tr("Day One exports (*.zip *.json)"),
            "jrnl": self.tr("jrnl exports (*.json)"),
        }
        return [filters[self.kind], self.tr("All files (*)")]

    def choose_path(self, path: Path) -> None:
        """Reads `path` as the chosen kind and shows what would come in."""
        self._forget_path()
        self._path = path
        self.path_label.setText(path.name or str(path))
        self.path_label.setToolTip(str(path))
        self.busy.start(self.tr("Reading it…"))
        ticket = self._ticket
        kind, journal = self.kind, self._journal
        self._runner.run(
            lambda: preview(kind, path, journal),
            on_done=lambda shown: self._previewed(ticket, shown),
            on_error=lambda error: self._failed(ticket, error),
        )

    def _previewed(self, ticket: int, shown: Preview) -> None:
        if ticket != self._ticket:
            return
        self.busy.stop()
        self.preview = shown
        plan = shown.plan
        self.found.setText(wording.entries_found(plan))
        self._show(self.records, wording.records_found(plan))
        self._show(self.tags, wording.tags_found(plan))
        self._show(self.already, wording.already_here(shown.expected))
        self._show(self.skipped_heading, wording.skipped_heading(plan.skipped))
        self._show(self.skipped, wording.skipped_lines(plan.skipped))
        self._show(self.notes, "\n".join(plan.notes))
        if not plan.skipped:
            self.skipped_heading.hide()
        self.preview_card.show()
        self._update_import_button()
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)
        fit_height(self)

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _failed(self, ticket: int, error: AfterglowError) -> None:
        if ticket != self._ticket:
            return
        self.busy.stop()
        self._importing = False
        self.cancel_button.setEnabled(True)
        self.kinds.setEnabled(True)
        self.choose_button.setEnabled(True)
        show_error(self.problem, error.message)
        self._update_import_button()

    def _update_import_button(self) -> None:
        shown = self.preview
        self.import_button.setText(
            wording.import_button(shown.expected if shown else None, shown.plan if shown else None)
        )
        self.import_button.setEnabled(
            shown is not None and not shown.plan.is_empty and not self._importing
        )

    # -- importing ------------------------------------------------------------------------

    def start_import(self) -> None:
        shown = self.preview
        if shown is None or shown.plan.is_empty or self._importing:
            return
        self._importing = True
        self._update_import_button()
        self.cancel_button.setEnabled(False)  # one transaction: it cannot stop half way
        self.kinds.setEnabled(False)
        self.choose_button.setEnabled(False)
        show_error(self.problem, "")
        self.busy.start(self.tr("Importing…"))
        ticket = self._ticket
        plan, whole_journal = shown.plan, self._whole_journal
        self._runner.run(
            lambda: carry_out(plan, whole_journal),
            on_done=lambda result: self._imported(ticket, result),
            on_error=lambda error: self._failed(ticket, error),
        )

    def _imported(self, ticket: int, result: ImportResult) -> None:
        if ticket != self._ticket:
            return
        self._importing = False
        self.busy.stop()
        self.import_result = result
        self.outcome.setText(wording.imported(result.report, len(result.skipped)))
        self.choosing.hide()
        self.done_page.show()
        self.lead.hide()  # "nothing changes until…" is no longer true
        self.cancel_button.hide()
        self.import_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        fit_height(self)
        self.imported.emit(result)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)

    def reject(self) -> None:
        if self._importing:
            return  # Escape while the import runs: it finishes first, then says how it went
        super().reject()

    def _closed(self) -> None:
        self._ticket += 1  # whatever is still running for it is no longer wanted
        self.preview = None
