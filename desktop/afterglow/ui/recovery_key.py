"""Showing a recovery key once (copy, print, save as text) and checking the person kept it."""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from afterglow.ui.secret_clipboard import SecretClipboard
from afterglow.ui.theme import set_role
from afterglow.ui.widgets.page import Page, button, error_label, show_error, text_label
from afterglow.vault.recovery import GROUP_SIZE, RecoveryKey

# Crockford base32 reads these letters as digits; accept them as the key parser does.
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})


def normalise_group(text: str) -> str:
    return "".join(text.split()).upper().translate(_LOOKALIKES)


class RecoveryKeyPage(Page):
    """The recovery key in large groups, with ways to keep it; shown once."""

    continued = Signal()

    def __init__(self, clipboard: SecretClipboard, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your recovery key"),
            self.tr(
                "If you ever forget your passphrase, this key is the only way back into "
                "your journal. Afterglow shows it only now and cannot show it again."
            ),
            width=600,
            parent=parent,
        )
        self._clipboard = clipboard
        self._key: RecoveryKey | None = None
        self._printer: QPrinter | None = None

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._groups: list[QLabel] = []
        for i in range(8):
            label = QLabel()
            label.setFont(mono)
            set_role(label, "keygroup")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, i // 4, i % 4)
            self._groups.append(label)
        self.add_layout(grid)

        self.advice = text_label(
            self.tr(
                "Keep it somewhere safe and away from this computer: printed and put in a "
                "drawer, or in a password manager. Anyone who has it and your journal files "
                "could read your journal."
            ),
            "muted",
        )
        self.add(self.advice)

        self.copy_button = button(self.tr("Copy"))
        self.print_button = button(self.tr("Print…"))
        self.save_button = button(self.tr("Save as text…"))
        keep = QHBoxLayout()
        keep.setSpacing(10)
        for widget in (self.copy_button, self.print_button, self.save_button):
            keep.addWidget(widget)
        keep.addStretch(1)
        self.add_layout(keep)
        self.status = text_label("", "success")
        self.status.hide()
        self.add(self.status)
        self.error = error_label()
        self.add(self.error)

        self.continue_button = button(self.tr("I have kept it safe"), "primary")
        self.set_buttons([], [self.continue_button])

        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self._ask_printer)
        self.save_button.clicked.connect(self._ask_file)
        self.continue_button.clicked.connect(self.continued)

    # -- the key ---------------------------------------------------------------------

    def show_key(self, key: RecoveryKey) -> None:
        self._key = key
        for i, (label, group) in enumerate(zip(self._groups, key.groups(), strict=True)):
            label.setText(group)
            label.setAccessibleName(
                self.tr("Group %1: %2").replace("%1", str(i + 1)).replace("%2", " ".join(group))
            )
        self._set_status("")
        show_error(self.error, "")

    def forget(self) -> None:
        """Drops the key from the page and from memory, as far as Python allows."""
        if self._key is not None:
            self._key.forget()
            self._key = None
        for label in self._groups:
            label.clear()
            label.setAccessibleName("")
        self._set_status("")

    @property
    def last_group(self) -> str:
        return self._key.groups()[-1] if self._key else ""

    # -- ways to keep it -------------------------------------------------------------

    def copy(self) -> None:
        if self._key is None:
            return
        self._clipboard.copy(self._key.formatted())
        seconds = self._clipboard.clear_after_ms // 1000
        self._set_status(
            self.tr("Copied. Afterglow clears the clipboard again in %n seconds.", "", seconds)
        )

    def save_to(self, path: Path) -> None:
        """Writes the key as a short text file readable only by this user."""
        if self._key is None:
            return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(self._sheet_text(self._key))
        except OSError as exc:
            show_error(
                self.error,
                self.tr("The key could not be saved there: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return
        show_error(self.error, "")
        self._set_status(self.tr("Saved as %1.").replace("%1", path.name))

    def print_to(self, printer: QPrinter) -> None:
        if self._key is None:
            return
        document = QTextDocument()
        document.setHtml(self._sheet_html(self._key))
        document.print_(printer)
        self._set_status(self.tr("Sent to the printer."))

    def _ask_printer(self) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self._printer, self)
        dialog.setWindowTitle(self.tr("Print recovery key"))
        dialog.accepted.connect(self._print_chosen)
        dialog.finished.connect(dialog.deleteLater)
        # Shown, not exec()'d: a lock while it is open must not unwind a nested event loop.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _print_chosen(self) -> None:
        if self._printer is not None:
            self.print_to(self._printer)

    def _ask_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save recovery key"), folder)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Text files (*.txt)"))
        dialog.setDefaultSuffix("txt")
        dialog.selectFile("afterglow-recovery-key.txt")
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- the printed or saved sheet ----------------------------------------------------

    def _sheet_lines(self) -> tuple[str, str, str]:
        return (
            self.tr("Afterglow recovery key"),
            self.tr("Made on %1.").replace("%1", date.today().isoformat()),
            self.tr(
                "This key opens your Afterglow journal if you forget your passphrase. Keep it "
                "somewhere safe, away from the computer. Anyone who has it and your journal "
                "files could read your journal. A newer key replaces this one."
            ),
        )

    def _sheet_text(self, key: RecoveryKey) -> str:
        title, made, note = self._sheet_lines()
        groups = key.groups()
        half = len(groups) // 2
        rows = ["-".join(groups[:half]), "-".join(groups[half:])]
        return "\n".join([title, made, "", *rows, "", note, ""])

    def _sheet_html(self, key: RecoveryKey) -> str:
        title, made, note = (html.escape(part) for part in self._sheet_lines())
        groups = "&nbsp;&nbsp;".join(key.groups())
        return (
            f"<h1 style='font-family: sans-serif'>{title}</h1>"
            f"<p style='font-family: sans-serif'>{made}</p>"
            f"<p style='font-family: monospace; font-size: 20pt'>{groups}</p>"
            f"<p style='font-family: sans-serif'>{note}</p>"
        )


class RecoveryKeyCheck(Page):
    """Asks for the key's last group, to be sure it was kept before going on."""

    confirmed = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Check your recovery key"),
            self.tr(
                "Type the last group of your recovery key, the four characters at the end, "
                "from the copy you kept."
            ),
            parent=parent,
        )
        self._expected = ""
        self.field = QLineEdit()
        set_role(self.field, "key")
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.field.setMaxLength(GROUP_SIZE + 2)  # room for stray spaces
        self.field.setPlaceholderText(self.tr("Last group, e.g. 7K3Q"))
        self.field.setAccessibleName(self.tr("Last group of the recovery key"))
        self.field.setMaximumWidth(220)
        self.add(self.field)
        self.error = error_label()
        self.add(self.error)
        self.back_button = button(self.tr("Show the key again"))
        self.continue_button = button(self.tr("Continue"), "primary")
        self.set_buttons([self.back_button], [self.continue_button])
        self.setTabOrder(self.field, self.continue_button)
        self.setTabOrder(self.continue_button, self.back_button)

        self.field.returnPressed.connect(self.check)
        self.field.textEdited.connect(lambda _text: show_error(self.error, ""))
        self.continue_button.clicked.connect(self.check)
        self.back_button.clicked.connect(self.back)

    def expect(self, last_group: str, continue_label: str | None = None) -> None:
        self._expected = normalise_group(last_group)
        self.field.clear()
        show_error(self.error, "")
        if continue_label:
            self.continue_button.setText(continue_label)
            self.continue_button.setAccessibleName(continue_label)

    def check(self) -> None:
        typed = normalise_group(self.field.text())
        if self._expected and typed == self._expected:
            show_error(self.error, "")
            self._expected = ""
            self.field.clear()
            self.confirmed.emit()
            return
        show_error(
            self.error,
            self.tr(
                "That is not the last group of this key. Please look at your copy again, "
                "or go back and keep the key now."
            ),
        )
        self.field.selectAll()
        self.field.setFocus()

    def forget(self) -> None:
        self._expected = ""
        self.field.clear()
        show_error(self.error, "")
