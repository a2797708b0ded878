"""The window a therapist reads a bundle in: who signed it, what it holds, the report, and
an explicit way to extract the files. Read-only, and apart from the reader's own journal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.bundle import OpenedBundle
from afterglow.ui.sharing.parts import card, fingerprint_lines, key_label
from afterglow.ui.sharing.report_browser import ReportBrowser
from afterglow.ui.sharing.wording import counts_in_words
from afterglow.ui.widgets.busy import BusyIndicator
from afterglow.ui.widgets.page import button, error_label, show_error, text_label
from afterglow.ui.widgets.passphrase_field import PassphraseField

SIDE_WIDTH = 320


class BundleReader(QDialog):
    """Pages: working, asking for a passphrase or key file, the opened bundle, a problem.

    The requests go to whoever opened the dialog (`BundleOpener`), which runs the work;
    closing the dialog forgets everything it showed.
    """

    passphrase_given = Signal(str)
    key_file_requested = Signal()
    extract_requested = Signal()
    another_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Never the file's name or anything from inside it: titles reach task bars.
        self.setWindowTitle(self.tr("Bundle from a client"))
        self.setModal(False)
        self.setMinimumSize(760, 560)
        self.resize(1080, 760)
        self.opened: OpenedBundle | None = None

        self.pages = QStackedWidget()
        self.working_page = self._working_page()
        self.key_page = self._key_page()
        self.bundle_page = self._bundle_page()
        self.problem_page = self._problem_page()
        for page in (self.working_page, self.key_page, self.bundle_page, self.problem_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.pages)
        self.finished.connect(lambda _result: self.forget())

    # -- pages ------------------------------------------------------------------------------

    def _column(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        outer = QHBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        column_widget = QWidget()
        column_widget.setMaximumWidth(560)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        outer.addStretch(1)
        outer.addWidget(column_widget, 10)
        outer.addStretch(1)
        # Vertically centred, a little above the middle, like the app's other pages.
        centred = QVBoxLayout()
        centred.addStretch(2)
        centred.addWidget(page)
        centred.addStretch(3)
        holder = QWidget()
        holder.setLayout(centred)
        return holder, column

    def _working_page(self) -> QWidget:
        page, column = self._column()
        column.addWidget(text_label(self.tr("Opening the bundle"), "title"))
        self.busy = BusyIndicator()
        column.addWidget(self.busy)
        return page

    def _key_page(self) -> QWidget:
        page, column = self._column()
        self.key_title = text_label("", "title")
        self.key_lead = text_label("", "lead")
        column.addWidget(self.key_title)
        column.addWidget(self.key_lead)
        self.passphrase = PassphraseField(self.tr("The bundle's passphrase"))
        self.passphrase.set_placeholder(self.tr("The words your client gave you"))
        column.addWidget(self.passphrase)
        self.key_error = error_label()
        column.addWidget(self.key_error)
        self.key_busy = BusyIndicator()
        column.addWidget(self.key_busy)
        self.open_button = button(self.tr("Open"), "primary")
        self.key_file_button = button(self.tr("Choose a key file…"), "primary")
        self.cancel_button = button(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.key_file_button)
        row.addWidget(self.open_button)
        column.addLayout(row)
        self.passphrase.submitted.connect(self._submit_passphrase)
        self.passphrase.text_changed.connect(lambda text: self.open_button.setEnabled(bool(text)))
        self.open_button.clicked.connect(self._submit_passphrase)
        self.key_file_button.clicked.connect(self.key_file_requested)
        self.cancel_button.clicked.connect(self.reject)
        return page

    def _bundle_page(self) -> QWidget:
        page = QWidget()
        side = QWidget()
        side.setFixedWidth(SIDE_WIDTH)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 20, 0)
        column.setSpacing(12)

        status_card, status = card()
        self.status = text_label("", "success")
        self.status.setObjectName("SignatureStatus")
        status_font = self.status.font()
        status_font.setPointSizeF(status_font.pointSizeF() * 1.25)
        status_font.setWeight(status_font.Weight.DemiBold)
        self.status.setFont(status_font)
        status.addWidget(self.status)
        status.addWidget(text_label(self.tr("Signed by the journal with the fingerprint"), "muted"))
        self.fingerprint = key_label("", None)
        fingerprint_font = self.fingerprint.font()
        fingerprint_font.setPointSizeF(fingerprint_font.pointSizeF() * 1.45)
        fingerprint_font.setWeight(fingerprint_font.Weight.DemiBold)
        self.fingerprint.setFont(fingerprint_font)
        self.fingerprint.setAccessibleName(self.tr("Signer's fingerprint"))
        status.addWidget(self.fingerprint)
        status.addWidget(
            text_label(
                self.tr(
                    "Compare it with the fingerprint your client gave you. If they match, "
                    "this bundle came from their journal and nothing in it was changed."
                ),
                "muted",
            )
        )
        column.addWidget(status_card)

        self.made = text_label("", None)
        self.selection = text_label("", "muted")
        self.holds = text_label("", "muted")
        column.addWidget(self.made)
        column.addWidget(self.selection)
        column.addWidget(self.holds)
        column.addStretch(1)
        column.addWidget(
            text_label(
                self.tr(
                    "Read-only, and kept apart from your own journal. Nothing from it is "
                    "saved on this computer unless you extract the files."
                ),
                "muted",
            )
        )
        self.extracted = text_label("", "success")
        self.extracted.hide()
        column.addWidget(self.extracted)
        self.extract_error = error_label()
        column.addWidget(self.extract_error)
        self.extract_button = button(self.tr("Extract files…"))
        self.close_button = button(self.tr("Close"), "primary")
        row = QHBoxLayout()
        row.addWidget(self.extract_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        column.addLayout(row)

        self.report = ReportBrowser(self.tr("The report in the bundle"))
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.report, 1)
        self.extract_button.clicked.connect(self.extract_requested)
        self.close_button.clicked.connect(self.accept)
        return page

    def _problem_page(self) -> QWidget:
        page, column = self._column()
        self.problem_title = text_label("", "title")
        self.problem = text_label("", "lead")
        self.problem.setAccessibleName(self.tr("Why the bundle did not open"))
        column.addWidget(self.problem_title)
        column.addWidget(self.problem)
        self.another_button = button(self.tr("Open another bundle…"))
        close = button(self.tr("Close"), "primary")
        row = QHBoxLayout()
        row.addWidget(self.another_button)
        row.addStretch(1)
        row.addWidget(close)
        column.addLayout(row)
        self.another_button.clicked.connect(self.another_requested)
        close.clicked.connect(self.reject)
        return page

    # -- states -----------------------------------------------------------------------------

    def show_working(self, message: str) -> None:
        self.busy.start(message)
        self.pages.setCurrentWidget(self.working_page)

    def ask_for_passphrase(self, problem: str = "") -> None:
        self.key_busy.stop()
        self.key_title.setText(self.tr("This bundle has a passphrase"))
        self.key_lead.setText(
            self.tr(
                "Your client made up the passphrase with Afterglow and gave it to you "
                "separately, by phone, in person or in a message."
            )
        )
        self.passphrase.show()
        self.open_button.show()
        self.open_button.setEnabled(bool(self.passphrase.text()))
        self.key_file_button.hide()
        show_error(self.key_error, problem)
        self.pages.setCurrentWidget(self.key_page)
        self.passphrase.edit.selectAll()
        self.passphrase.setFocus()

    def ask_for_key_file(self, problem: str = "", *, stored_failed: bool = False) -> None:
        self.key_busy.stop()
        self.key_title.setText(self.tr("This bundle is locked to a key"))
        lead = self.tr(
            "Choose your key file: the age identity your public key came from (made with "
            "“afterglow identity new” or age-keygen)."
        )
        if stored_failed:
            lead = self.tr("None of the identities kept in your journal opens it.") + " " + lead
        self.key_lead.setText(lead)
        self.passphrase.hide()
        self.open_button.hide()
        self.key_file_button.show()
        show_error(self.key_error, problem)
        self.pages.setCurrentWidget(self.key_page)
        self.key_file_button.setFocus()

    def trying_key(self, message: str) -> None:
        show_error(self.key_error, "")
        self.key_busy.start(message)
        self.open_button.setEnabled(False)

    def show_bundle(self, opened: OpenedBundle) -> None:
        self.opened = opened
        self.passphrase.clear()
        manifest = opened.manifest
        self.status.setText(
            "\u2713 " + self.tr("Signature valid")
            if opened.signature_valid
            else self.tr("Signature not valid")
        )
        self.fingerprint.setText(fingerprint_lines(opened.signer_fingerprint))
        made = manifest.created_at
        self.made.setText(
            self.tr("Made on %1 at %2 with Afterglow %3.")
            .replace("%1", made.strftime("%Y-%m-%d"))
            .replace("%2", made.strftime("%H:%M"))
            .replace("%3", " ".join(manifest.app_version.split())[:20])
        )
        self.selection.setText(
            self.tr("What was shared: %1").replace("%1", manifest.selection.in_words()[:600])
        )
        self.holds.setText(
            self.tr("It holds %1.").replace("%1", counts_in_words(dict(manifest.counts)))
        )
        self.extracted.hide()
        show_error(self.extract_error, "")
        self.extract_button.setEnabled(True)
        self.report.show_report(opened.report_html)
        self.pages.setCurrentWidget(self.bundle_page)
        self.report.setFocus()

    def show_problem(self, heading: str, message: str) -> None:
        self.problem_title.setText(heading)
        self.problem.setText(message)
        self.problem.setAccessibleDescription(message)
        self.pages.setCurrentWidget(self.problem_page)

    def extracting(self) -> None:
        show_error(self.extract_error, "")
        self.extracted.hide()
        self.extract_button.setEnabled(False)

    def show_extracted(self, folder: str, count: int) -> None:
        self.extract_button.setEnabled(True)
        self.extracted.setText(
            self.tr(
                "%1 files were extracted to %2. They are not encrypted there; delete them "
                "when you are done."
            )
            .replace("%1", str(count))
            .replace("%2", folder)
        )
        self.extracted.show()

    def extract_failed(self, message: str) -> None:
        self.extract_button.setEnabled(True)
        show_error(self.extract_error, message)

    def forget(self) -> None:
        """Drops the bundle and everything shown from it."""
        self.opened = None
        self.report.forget()
        self.passphrase.clear()
        for label in (
            self.fingerprint,
            self.made,
            self.selection,
            self.holds,
            self.extracted,
            self.problem,
        ):
            label.clear()
        show_error(self.key_error, "")
        show_error(self.extract_error, "")
        self.busy.stop()
        self.key_busy.stop()

    def _submit_passphrase(self) -> None:
        text = self.passphrase.text()
        if text and self.key_busy.isHidden():
            self.passphrase_given.emit(text)
