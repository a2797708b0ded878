"""Step 2 of sharing: the report exactly as the therapist will read it, what the bundle
holds, and a tick box per entry to leave any of them out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from afterglow.core.entries import Entry
from afterglow.ui.sharing.choice import Preview
from afterglow.ui.sharing.entry_choices import EntryChoiceList, EntryChoiceModel
from afterglow.ui.sharing.report_browser import ReportBrowser
from afterglow.ui.sharing.wording import count_lines
from afterglow.ui.widgets.busy import BusyIndicator
from afterglow.ui.widgets.page import error_label, show_error, text_label

SIDE_WIDTH = 330


class PreviewStep(QWidget):
    """`leave_out_changed` when an entry is ticked or unticked; the flow rebuilds the
    preview and hands it back through `show_preview`."""

    leave_out_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label(self.tr("Check the report"), "title")
        lead = text_label(
            self.tr(
                "This is the report exactly as your therapist will see it. The bundle also "
                "holds it as a PDF, and the same items as data Afterglow can read."
            ),
            "lead",
        )
        self.report = ReportBrowser(self.tr("The report your therapist will read"))
        self.busy = BusyIndicator()
        self.problem = error_label()

        side = QWidget()
        side.setMinimumWidth(SIDE_WIDTH - 40)
        side.setMaximumWidth(SIDE_WIDTH + 80)
        column = QVBoxLayout(side)
        column.setContentsMargins(16, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(text_label(self.tr("In this bundle"), "heading"))
        self.counts = text_label("", None)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.counts)
        column.addSpacing(8)
        column.addWidget(text_label(self.tr("Entries"), "heading"))
        column.addWidget(
            text_label(self.tr("Untick an entry to leave it out; the report updates."), "muted")
        )
        self.entries = EntryChoiceModel(self)
        self.entry_list = EntryChoiceList(self.entries, self.tr("Entries in the bundle"))
        column.addWidget(self.entry_list, 1)
        self.keep_one = text_label(
            self.tr("Keep at least one entry, or go back and choose again."), "error-text"
        )
        self.keep_one.hide()
        column.addWidget(self.keep_one)

        report_column = QWidget()
        report_layout = QVBoxLayout(report_column)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.setSpacing(8)
        report_layout.addWidget(self.busy)
        report_layout.addWidget(self.problem)
        report_layout.addWidget(self.report, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(report_column)
        self.splitter.addWidget(side)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setHandleWidth(1)
        self.splitter.setStyleSheet("QSplitter::handle { background: transparent; }")

        heading = QVBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(title)
        heading.addWidget(lead)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(12)
        layout.addLayout(heading)
        row = QHBoxLayout()
        row.addWidget(self.splitter)
        layout.addLayout(row, 1)

        self.entries.ticked_changed.connect(self._ticked_changed)

    # -- state ------------------------------------------------------------------------------

    def start(self, entries: Sequence[Entry]) -> None:
        """A new preview of `entries` (all ticked), built next by the flow."""
        self.entries.show(entries, [entry.id for entry in entries])
        self.keep_one.hide()
        self.report.forget()
        self.counts.clear()
        self.working()

    def working(self) -> None:
        show_error(self.problem, "")
        self.busy.start(self.tr("Putting the report together…"))

    def show_preview(self, shown: Preview) -> None:
        self.busy.stop()
        show_error(self.problem, "")
        position = self.report.verticalScrollBar().value()
        self.report.show_report(shown.report_html)
        self.report.verticalScrollBar().setValue(position)
        self.counts.setText("\n".join(count_lines(shown.preview.counts)))

    def show_problem(self, message: str) -> None:
        self.busy.stop()
        show_error(self.problem, message)

    def left_out(self) -> tuple[str, ...]:
        return self.entries.unticked()

    def forget(self) -> None:
        self.busy.stop()
        show_error(self.problem, "")
        self.entries.forget()
        self.report.forget()
        self.counts.clear()
        self.keep_one.hide()

    def _ticked_changed(self) -> None:
        none_left = bool(self.entries.entries()) and not self.entries.ticked()
        self.keep_one.setVisible(none_left)
        if not none_left:
            self.leave_out_changed.emit()
