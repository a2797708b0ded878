"""A calm page layout: a centred column with a title, a lead paragraph, content and buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from afterglow.ui.icons import mark_pixmap
from afterglow.ui.theme import set_role


def text_label(text: str = "", role: str | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(label, role)
    return label


def error_label() -> QLabel:
    """An inline error, hidden until there is something to say; read out by screen readers."""
    label = text_label("", "error")
    label.setAccessibleName(QCoreApplication.translate("Page", "Error"))
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setAccessibleDescription(message)
    label.setVisible(bool(message))


def button(text: str, role: str | None = None, *, accessible: str | None = None) -> QPushButton:
    widget = QPushButton(text)
    if role:
        set_role(widget, role)
    widget.setAccessibleName(accessible or text.replace("&", "").rstrip("…."))
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.NoFrame)
    line.setFixedHeight(1)
    set_role(line, "rule")
    return line


class GlowMark(QLabel):
    """The app's sunrise mark, shown at the top of the welcome and unlock pages."""

    def __init__(self, size: int = 72, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.setFixedSize(size, size)
        self.setAccessibleName(self.tr("Afterglow"))
        self.setPixmap(mark_pixmap(size, self.devicePixelRatioF()))


class Page(QWidget):
    """A centred column of at most `width` pixels, vertically centred in the window."""

    def __init__(
        self,
        title: str,
        lead: str = "",
        *,
        mark: bool = False,
        width: int = 520,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        column = QWidget()
        column.setMaximumWidth(width)
        column.setMinimumWidth(min(width, 360))
        self.column = QVBoxLayout(column)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        if mark:
            self.mark = GlowMark()
            self.column.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignLeft)
            self.column.addSpacing(6)
        self.title = text_label(title, "title")
        self.title.setAccessibleName(title)
        self.column.addWidget(self.title)
        self.lead = text_label(lead, "lead")
        self.lead.setVisible(bool(lead))
        self.column.addWidget(self.lead)
        self.column.addSpacing(8)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self.column.addLayout(self.body)
        self.column.addSpacing(12)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        self.column.addLayout(self.buttons)

        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 10)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(2)
        outer.addLayout(centred)
        outer.addStretch(3)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.body.addWidget(widget, stretch)

    def add_layout(self, layout: QLayout) -> None:
        self.body.addLayout(layout)

    def set_buttons(self, leading: list[QWidget], trailing: list[QWidget]) -> None:
        """Secondary actions on the left, the primary one last on the right."""
        for widget in leading:
            self.buttons.addWidget(widget)
        self.buttons.addStretch(1)
        for widget in trailing:
            self.buttons.addWidget(widget)
