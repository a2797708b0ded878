"""A quiet "working on it" line: a thin moving bar and a sentence saying what is happening."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from afterglow.ui.widgets.page import text_label


class BusyIndicator(QWidget):
    """Shown while slow work runs; determinate when the work reports its progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.message = text_label("", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(8)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        self.setAccessibleName(self.tr("Working"))
        self.hide()

    def start(self, message: str) -> None:
        self.message.setText(message)
        self.setAccessibleDescription(message)
        self.bar.setRange(0, 0)  # moving until the work reports steps
        self.show()

    def step(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def stop(self) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.hide()
