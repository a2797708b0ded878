"""A plain dialog layout matching the pages: a heading, a lead paragraph, content, buttons;
and the one that asks before something is deleted or moved away."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from afterglow.ui.widgets.page import button, text_label


class FormDialog(QDialog):
    """Non-blocking by convention: open it with `open()`, never `exec()`, so that locking
    while it is up can close it without unwinding a nested event loop."""

    def __init__(self, title: str, lead: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 24)
        outer.setSpacing(12)
        self.title = text_label(title, "title")
        outer.addWidget(self.title)
        self.lead = text_label(lead, "lead")
        self.lead.setVisible(bool(lead))
        outer.addWidget(self.lead)
        outer.addSpacing(4)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body)
        outer.addSpacing(8)
        outer.addStretch(1)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        outer.addLayout(self.buttons)

    def add(self, widget: QWidget) -> None:
        self.body.addWidget(widget)

    def set_buttons(self, leading: list[QWidget], trailing: list[QWidget]) -> None:
        for widget in leading:
            self.buttons.addWidget(widget)
        self.buttons.addStretch(1)
        for widget in trailing:
            self.buttons.addWidget(widget)


class ConfirmDialog(FormDialog):
    """Asks before something is deleted (or moved to the Trash); keeping it is the default,
    so Enter never deletes. `keep` and `role` change the buttons' words and look."""

    def __init__(
        self,
        title: str,
        lead: str,
        confirm: str,
        parent: QWidget | None = None,
        *,
        keep: str = "",
        role: str = "danger",
    ) -> None:
        super().__init__(title, lead, parent)
        self.cancel_button = button(keep or self.tr("Keep it"))
        self.confirm_button = button(confirm, role)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.accept)
        self.set_buttons([], [self.cancel_button, self.confirm_button])
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
