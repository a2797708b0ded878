"""Step 4 of sharing: save the bundle file, then say where it went, the journal's
fingerprint to read to the therapist, and how the therapist opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from afterglow.ui.sharing.choice import SavedBundle
from afterglow.ui.sharing.parts import card, fingerprint_lines, key_label
from afterglow.ui.widgets.busy import BusyIndicator
from afterglow.ui.widgets.page import button, error_label, show_error, text_label


class SaveStep(QStackedWidget):
    """Before: what will be saved and a Save button. After: where it went and what next."""

    save_requested = Signal()
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # -- before -------------------------------------------------------------------------
        self.ready = QWidget()
        ready = QVBoxLayout(self.ready)
        ready.setContentsMargins(0, 0, 0, 8)
        ready.setSpacing(14)
        ready.addWidget(text_label(self.tr("Save the bundle"), "title"))
        ready.addWidget(
            text_label(
                self.tr(
                    "Afterglow puts the bundle together, signs it with your journal's key, "
                    "encrypts it and saves it as one file. Only the encrypted file is written "
                    "to your disk."
                ),
                "lead",
            )
        )
        summary_card, summary = card()
        self.holds = text_label("", None)
        self.locked_for = text_label("", "muted")
        summary.addWidget(self.holds)
        summary.addWidget(self.locked_for)
        ready.addWidget(summary_card)
        self.busy = BusyIndicator()
        ready.addWidget(self.busy)
        self.problem = error_label()
        ready.addWidget(self.problem)
        self.save_button = button(self.tr("Save bundle…"), "primary")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        ready.addLayout(row)
        ready.addStretch(1)

        # -- after --------------------------------------------------------------------------
        self.done = QWidget()
        done = QVBoxLayout(self.done)
        done.setContentsMargins(0, 0, 0, 8)
        done.setSpacing(14)
        done.addWidget(text_label(self.tr("Your bundle is saved"), "title"))
        self.where = text_label("", "lead")
        done.addWidget(self.where)
        self.path = key_label("", "path")
        done.addWidget(self.path)
        self.open_folder_button = button(self.tr("Open the folder"), "quiet")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder_button)
        folder_row.addStretch(1)
        done.addLayout(folder_row)

        fingerprint_card, fingerprint = card(self.tr("Your journal's fingerprint"))
        self.fingerprint = key_label("", "keygroup")
        fingerprint.addWidget(self.fingerprint)
        fingerprint.addWidget(
            text_label(
                self.tr(
                    "Read it to your therapist once, or show it at your next appointment. "
                    "When they open the bundle, Afterglow shows them the same groups, so "
                    "they know it came from your journal and nobody changed it."
                ),
                "muted",
            )
        )
        done.addWidget(fingerprint_card)

        opening_card, opening = card(self.tr("How your therapist opens it"))
        self.in_afterglow = text_label("", None)
        self.with_age = text_label("", "muted")
        self.command = key_label("", "path")
        opening.addWidget(self.in_afterglow)
        opening.addWidget(self.with_age)
        opening.addWidget(self.command)
        done.addWidget(opening_card)
        self.restart_button = button(self.tr("Share something else"))
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart_button)
        restart_row.addStretch(1)
        done.addLayout(restart_row)
        done.addStretch(1)

        self.addWidget(self.ready)
        self.addWidget(self.done)
        self._folder: Path | None = None
        self.save_button.clicked.connect(self.save_requested)
        self.restart_button.clicked.connect(self.restart_requested)
        self.open_folder_button.clicked.connect(self._open_folder)

    # -- states -----------------------------------------------------------------------------

    def prepare(self, holds: str, locked_for: str) -> None:
        self.setCurrentWidget(self.ready)
        self.holds.setText(holds)
        self.locked_for.setText(locked_for)
        show_error(self.problem, "")
        self.busy.stop()
        self.save_button.setEnabled(True)

    def working(self) -> None:
        show_error(self.problem, "")
        self.save_button.setEnabled(False)
        self.busy.start(self.tr("Putting the bundle together…"))

    def step(self, done: int, total: int) -> None:
        messages = {
            0: self.tr("Putting the bundle together…"),
            1: self.tr("Encrypting it…"),
            2: self.tr("Saving it…"),
        }
        if done in messages:
            self.busy.start(messages[done])
        self.busy.step(done, total)

    def failed(self, message: str) -> None:
        self.busy.stop()
        self.save_button.setEnabled(True)
        show_error(self.problem, message)

    def show_saved(self, saved: SavedBundle) -> None:
        self.busy.stop()
        self._folder = saved.path.parent
        self.where.setText(
            self.tr("It is in the folder %1. Send it to your therapist however you like.").replace(
                "%1", saved.path.parent.name or str(saved.path.parent)
            )
        )
        self.path.setText(str(saved.path))
        self.fingerprint.setText(fingerprint_lines(saved.fingerprint))
        self.fingerprint.setAccessibleDescription(saved.fingerprint)
        name = saved.path.name
        if saved.with_passphrase:
            self.in_afterglow.setText(
                self.tr(
                    "In Afterglow: “Open bundle…” (Ctrl+O) or drop the file onto the window, "
                    "then type the passphrase you gave them."
                )
            )
            self.with_age.setText(
                self.tr("Without Afterglow, with the age tool (it asks for the passphrase):")
            )
            self.command.setText(f"age -d {name} > bundle.zip\nunzip bundle.zip -d bundle")
        else:
            self.in_afterglow.setText(
                self.tr(
                    "In Afterglow: “Open bundle…” (Ctrl+O) or drop the file onto the window; "
                    "their key opens it."
                )
            )
            self.with_age.setText(self.tr("Without Afterglow, with the age tool and their key:"))
            self.command.setText(
                f"age -d -i key.txt {name} > bundle.zip\nunzip bundle.zip -d bundle"
            )
        self.setCurrentWidget(self.done)

    def forget(self) -> None:
        self._folder = None
        for label in (
            self.holds,
            self.locked_for,
            self.where,
            self.path,
            self.fingerprint,
            self.in_afterglow,
            self.with_age,
            self.command,
        ):
            label.clear()
        show_error(self.problem, "")
        self.busy.stop()
        self.save_button.setEnabled(True)
        self.setCurrentWidget(self.ready)

    def _open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
