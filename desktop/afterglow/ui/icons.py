"""The app icon and the glow mark drawn from resources/icons/afterglow.svg."""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_NAME = "afterglow.svg"


@cache
def icon_path() -> Path | None:
    """The SVG icon, installed as package data or, when running from the source tree, there."""
    try:
        installed = importlib.resources.files("afterglow.resources") / "icons" / ICON_NAME
        if installed.is_file():
            return Path(str(installed))
    except ModuleNotFoundError:
        pass
    source_tree = Path(__file__).resolve().parents[3] / "resources" / "icons" / ICON_NAME
    return source_tree if source_tree.is_file() else None


def app_icon() -> QIcon:
    path = icon_path()
    return QIcon(str(path)) if path else QIcon()


def mark_pixmap(size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The icon rendered sharply at `size` logical pixels; empty when the file is missing."""
    path = icon_path()
    pixels = round(size * device_pixel_ratio)
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    if path is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(str(path)).render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap
