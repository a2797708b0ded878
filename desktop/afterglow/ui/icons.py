"""The app icon and the glow mark drawn from resources/icons/afterglow.svg.

The icon ships as the SVG and as PNGs rendered from it (scripts/render_icons.py) in the
freedesktop hicolor layout, so desktops, packages and the window icon need no SVG plugin.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_NAME = "afterglow.svg"
# The name desktops look the icon up by (`Icon=` in afterglow.desktop).
THEME_ICON_NAME = "afterglow"
# The sizes rendered into resources/icons/hicolor/<n>x<n>/apps/afterglow.png.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def icons_folder() -> Path | None:
    """resources/icons, installed as package data or, when running from the source tree, there."""
    try:
        installed = importlib.resources.files("afterglow.resources") / "icons" / ICON_NAME
        if installed.is_file():
            return Path(str(installed)).parent
    except ModuleNotFoundError:
        pass
    source_tree = Path(__file__).resolve().parents[3] / "resources" / "icons"
    return source_tree if (source_tree / ICON_NAME).is_file() else None


def icon_path() -> Path | None:
    """The SVG icon, or None when the resources are missing."""
    folder = icons_folder()
    return folder / ICON_NAME if folder is not None else None


def png_path(folder: Path, size: int) -> Path:
    """Where the PNG of `size` pixels lives under an icons folder."""
    return folder / "hicolor" / f"{size}x{size}" / "apps" / f"{THEME_ICON_NAME}.png"


def app_icon() -> QIcon:
    """The window and tray icon: the rendered PNGs, falling back to the SVG without them."""
    folder = icons_folder()
    if folder is None:
        return QIcon()
    icon = QIcon()
    for size in PNG_SIZES:
        path = png_path(folder, size)
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon if not icon.isNull() else QIcon(str(folder / ICON_NAME))


def render_icon(pixels: int) -> QImage:
    """The SVG drawn into a square image of `pixels`; transparent when the file is missing."""
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    path = icon_path()
    if path is not None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        QSvgRenderer(str(path)).render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
    return image


def mark_pixmap(size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The icon rendered sharply at `size` logical pixels; empty when the file is missing."""
    pixmap = QPixmap.fromImage(render_icon(round(size * device_pixel_ratio)))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap
