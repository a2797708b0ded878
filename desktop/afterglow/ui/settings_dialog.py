"""Settings: appearance, auto-lock, reminders, passphrase and recovery key, backups, where
the data lives."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.errors import AfterglowError
from afterglow.ui.key_dialogs import ChangePassphraseDialog, NewRecoveryKeyDialog
from afterglow.ui.locking import MINUTE_MS, IdleTimer
from afterglow.ui.restore import RestoreDialog, choose_backup
from afterglow.ui.secret_clipboard import SecretClipboard
from afterglow.ui.settings import (
    CHECK_INS_ON,
    CHECK_INS_TIME,
    JOURNALING_ON,
    JOURNALING_TIME,
    PRACTICES_ON,
    REMINDERS_ON,
    THEMES,
    AppSettings,
)
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Appearance, set_role
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.page import button, text_label
from afterglow.vault.backups import backup_time
from afterglow.vault.vault import UnlockedVault

IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 60)


def _card(heading: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    set_role(card, "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(20, 16, 20, 18)
    layout.setSpacing(12)
    layout.addWidget(text_label(heading, "heading"))
    return card, layout


def _row(text: str, control: QWidget) -> QHBoxLayout:
    label = text_label(text)
    label.setBuddy(control)
    control.setMinimumWidth(200)
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addWidget(label, 1)
    row.addWidget(control)
    return row


def _timed_row(switch: QCheckBox, at: QTimeEdit) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addWidget(switch, 1)
    row.addWidget(at)
    return row


def _buttons(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(10)
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class SettingsDialog(QDialog):
    """Every change applies at once; there is nothing to save."""

    restore_requested = Signal(object, str, object)  # backup path, passphrase, backup passphrase
    reminders_changed = Signal()  # a reminder was turned on or off, or its time changed

    def __init__(
        self,
        journal: UnlockedVault,
        settings: AppSettings,
        appearance: Appearance,
        idle: IdleTimer,
        runner: TaskRunner,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        height = 880
        screen = self.screen()
        if screen is not None and screen.availableGeometry().height() > 400:
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(660, height)
        self._journal = journal
        self._settings = settings
        self._appearance = appearance
        self._idle = idle
        self._runner = runner
        self._clipboard = clipboard

        column = QWidget()
        body = QVBoxLayout(column)
        body.setContentsMargins(28, 24, 28, 12)
        body.setSpacing(16)
        body.addWidget(text_label(self.tr("Settings"), "title"))

        # General: appearance and locking
        card, layout = _card(self.tr("General"))
        self.theme = ChoiceBox(self.tr("Theme"))
        names = {
            "system": self.tr("Same as the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for choice in THEMES:
            self.theme.addItem(names[choice], choice)
        self.theme.setCurrentIndex(THEMES.index(settings.theme))
        layout.addLayout(_row(self.tr("Theme"), self.theme))
        self.idle_minutes = ChoiceBox(self.tr("Lock after this long without activity"))
        current = settings.idle_minutes
        for minutes in sorted({*IDLE_CHOICES, current}):
            self.idle_minutes.addItem(self._minutes(minutes), minutes)
        self.idle_minutes.setCurrentIndex(self.idle_minutes.findData(current))
        layout.addLayout(_row(self.tr("Lock after no activity for"), self.idle_minutes))
        layout.addWidget(
            text_label(
                self.tr(
                    "Afterglow also locks when the computer goes to sleep or its screen "
                    "locks, and whenever you press Ctrl+L."
                ),
                "muted",
            )
        )
        body.addWidget(card)

        # Reminders
        card, layout = _card(self.tr("Reminders"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Reminders appear as desktop notifications. They never show what you "
                    "wrote; while Afterglow is locked they only say that there is one."
                ),
                "muted",
            )
        )
        self.reminders_on = self._switch(REMINDERS_ON, self.tr("Show reminders"))
        layout.addWidget(self.reminders_on)
        self.journaling_on = self._switch(JOURNALING_ON, self.tr("Journaling, every day at"))
        self.journaling_time = self._time_edit(JOURNALING_TIME, self.tr("Journaling time"))
        layout.addLayout(_timed_row(self.journaling_on, self.journaling_time))
        self.check_ins_on = self._switch(CHECK_INS_ON, self.tr("Check-ins, on the day due at"))
        self.check_ins_time = self._time_edit(CHECK_INS_TIME, self.tr("Check-in time"))
        layout.addLayout(_timed_row(self.check_ins_on, self.check_ins_time))
        self.practices_on = self._switch(
            PRACTICES_ON, self.tr("Practices that are on, at their usual time")
        )
        layout.addWidget(self.practices_on)
        self._follow_reminders_switch()
        body.addWidget(card)

        # Passphrase and recovery key
        card, layout = _card(self.tr("Passphrase and recovery key"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Make a new recovery key if you have lost yours or think someone else "
                    "has seen it."
                ),
                "muted",
            )
        )
        self.change_passphrase_button = button(self.tr("Change passphrase…"))
        self.recovery_key_button = button(self.tr("New recovery key…"))
        layout.addLayout(_buttons(self.change_passphrase_button, self.recovery_key_button))
        body.addWidget(card)

        # Backups
        card, layout = _card(self.tr("Backups"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Afterglow makes an encrypted backup once a day when you unlock, and keeps "
                    "the most recent ones. A backup opens with your passphrase."
                ),
                "muted",
            )
        )
        self.last_backup = text_label("")
        layout.addWidget(self.last_backup)
        self.backup_button = button(self.tr("Back up now"))
        self.restore_button = button(self.tr("Restore from a backup…"))
        layout.addLayout(_buttons(self.backup_button, self.restore_button))
        body.addWidget(card)

        # Where the data lives
        card, layout = _card(self.tr("Where your journal lives"))
        self.folder = journal.vault.files.folder
        self.folder_label = text_label(str(self.folder), "path")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("Journal folder"))
        self.open_folder_button = button(self.tr("Open folder"))
        folder_row = QHBoxLayout()
        folder_row.setSpacing(10)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)
        layout.addLayout(folder_row)
        layout.addWidget(
            text_label(self.tr("Everything in it is encrypted with your passphrase."), "muted")
        )
        body.addWidget(card)
        body.addStretch(1)

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Settings"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)

        self.status = text_label("", "success")
        self.close_button = button(self.tr("Close"), "primary")
        footer = QHBoxLayout()
        footer.setContentsMargins(28, 12, 28, 20)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(scroll, 1)
        outer.addLayout(footer)

        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.idle_minutes.currentIndexChanged.connect(self._idle_chosen)
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        self.recovery_key_button.clicked.connect(self.new_recovery_key)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._choose_backup)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.accept)
        self.setTabOrder(self.theme, self.idle_minutes)
        self.setTabOrder(self.idle_minutes, self.reminders_on)
        self.setTabOrder(self.reminders_on, self.journaling_on)
        self.setTabOrder(self.journaling_on, self.journaling_time)
        self.setTabOrder(self.journaling_time, self.check_ins_on)
        self.setTabOrder(self.check_ins_on, self.check_ins_time)
        self.setTabOrder(self.check_ins_time, self.practices_on)
        self.setTabOrder(self.practices_on, self.change_passphrase_button)
        self.setTabOrder(self.change_passphrase_button, self.recovery_key_button)
        self.setTabOrder(self.recovery_key_button, self.backup_button)
        self.setTabOrder(self.backup_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.open_folder_button)
        self.setTabOrder(self.open_folder_button, self.close_button)
        self._refresh_backups()

    def _minutes(self, minutes: int) -> str:
        if minutes == 1:
            return self.tr("1 minute")
        return self.tr("%1 minutes").replace("%1", str(minutes))

    # -- preferences --------------------------------------------------------------------

    def _theme_chosen(self, index: int) -> None:
        choice = THEMES[index]
        self._settings.theme = choice
        self._appearance.set_choice(choice)

    def _idle_chosen(self, index: int) -> None:
        minutes = int(self.idle_minutes.itemData(index))
        self._settings.idle_minutes = minutes
        self._idle.set_timeout(minutes * MINUTE_MS)

    # -- reminders ----------------------------------------------------------------------

    def _switch(self, key: str, text: str) -> QCheckBox:
        switch = QCheckBox(text)
        switch.setChecked(self._settings.reminder_on(key))
        switch.toggled.connect(lambda on: self._reminder_switched(key, on))
        return switch

    def _time_edit(self, key: str, name: str) -> QTimeEdit:
        at = self._settings.reminder_time(key)
        edit = QTimeEdit(QTime(at.hour, at.minute))
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        edit.setMinimumWidth(96)
        edit.timeChanged.connect(lambda chosen: self._reminder_timed(key, chosen))
        return edit

    def _reminder_switched(self, key: str, on: bool) -> None:
        self._settings.set_reminder_on(key, on)
        self._follow_reminders_switch()
        self.reminders_changed.emit()

    def _reminder_timed(self, key: str, chosen: QTime) -> None:
        self._settings.set_reminder_time(key, time(chosen.hour(), chosen.minute()))
        self.reminders_changed.emit()

    def _follow_reminders_switch(self) -> None:
        # With every reminder off, the single ones keep their choice but wait, greyed.
        on = self.reminders_on.isChecked()
        for widget in (self.journaling_on, self.check_ins_on, self.practices_on):
            widget.setEnabled(on)
        self.journaling_time.setEnabled(on and self.journaling_on.isChecked())
        self.check_ins_time.setEnabled(on and self.check_ins_on.isChecked())

    # -- keys ---------------------------------------------------------------------------

    def change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self._journal, self._runner, self)
        dialog.changed.connect(lambda: self._say(self.tr("Your passphrase was changed.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_recovery_key(self) -> NewRecoveryKeyDialog:
        dialog = NewRecoveryKeyDialog(self._journal, self._runner, self._clipboard, self)
        dialog.renewed.connect(
            lambda: self._say(
                self.tr("The new recovery key is ready; the old one no longer works.")
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- backups ------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self._say(self.tr("Backing up…"))
        self._runner.run(self._journal.backup, on_done=self._backed_up, on_error=self._failed)

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self._say(self.tr("Backed up to %1.").replace("%1", path.name))
        self._refresh_backups()

    def _failed(self, error: AfterglowError) -> None:
        self.backup_button.setEnabled(True)
        self._say(error.message, error=True)

    def _refresh_backups(self) -> None:
        self._runner.run(self._journal.list_backups, on_done=self._show_backups)

    def _show_backups(self, paths: list[Path]) -> None:
        when = backup_time(paths[-1]) if paths else None
        if when is None:
            self.last_backup.setText(self.tr("There is no backup yet."))
            return
        local = when.astimezone()
        self.last_backup.setText(
            self.tr("Latest backup: %1 (%n kept)", "", len(paths)).replace(
                "%1", _format_time(local)
            )
        )

    def _choose_backup(self) -> None:
        choose_backup(self, self._journal.vault.files.backups, self.confirm_restore)

    def confirm_restore(self, backup: Path) -> RestoreDialog:
        dialog = RestoreDialog(backup, self)
        dialog.restore_requested.connect(self.restore_requested)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- the rest -----------------------------------------------------------------------

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def _say(self, text: str, *, error: bool = False) -> None:
        set_role(self.status, "error" if error else "success")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)


def _format_time(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M")
