"""A public key as a QR code, painted module by module: crisp at any size, and always
dark on white (phones read inverted codes badly), whatever the theme."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from afterglow.bundle import public_key_qr_matrix

Matrix = tuple[tuple[bool, ...], ...]


class QrCodeView(QWidget):
    """Shows `public_key_qr_matrix(key)` (quiet zone included) in whole pixels per module."""

    def __init__(self, size: int = 220, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: Matrix = ()
        self._key = ""
        self._size = size
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(size, size)
        self.setAccessibleName(self.tr("QR code of the public key"))

    @property
    def matrix(self) -> Matrix:
        return self._matrix

    @property
    def key(self) -> str:
        return self._key

    def show_key(self, public_key: str) -> None:
        self._key = public_key
        self._matrix = public_key_qr_matrix(public_key) if public_key else ()
        self.setToolTip(public_key)
        self.update()

    def clear(self) -> None:
        self.show_key("")

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(QRectF(0, 0, side, side), QColor("#ffffff"))
        modules = len(self._matrix)
        if modules:
            cell = max(side // modules, 1)
            offset = (side - cell * modules) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#000000"))
            for y, row in enumerate(self._matrix):
                for x, dark in enumerate(row):
                    if dark:
                        painter.drawRect(QRectF(offset + x * cell, offset + y * cell, cell, cell))
        painter.end()
