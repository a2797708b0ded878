"""The app icon's PNG sizes: all there, the right size, and still what the SVG draws
(re-render them with scripts/render_icons.py after changing the SVG)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from afterglow.ui.icons import PNG_SIZES, app_icon, icons_folder, png_path, render_icon

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def rgba_bytes(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888)  # kept while read
    return bytes(converted.constBits())


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp: QApplication, size: int) -> None:
    path = png_path(ICONS, size)
    shipped = QImage(str(path))

    assert not shipped.isNull(), f"{path} is missing; run scripts/render_icons.py"
    assert (shipped.width(), shipped.height()) == (size, size)
    assert shipped.hasAlphaChannel()
    fresh = rgba_bytes(render_icon(size))
    differences = [abs(a - b) for a, b in zip(rgba_bytes(shipped), fresh, strict=True)]
    # Identical with the same Qt; other Qt versions may round antialiased edges differently.
    assert sum(differences) / len(differences) < 1.0, "the PNG differs from the SVG"
    assert max(differences) < 64


def test_the_app_icon_offers_every_rendered_size(qapp: QApplication) -> None:
    assert icons_folder() is not None
    sizes = app_icon().availableSizes()

    assert sorted(sizes, key=QSize.width) == [QSize(n, n) for n in PNG_SIZES]


def test_the_icon_is_transparent_outside_its_rounded_square(qapp: QApplication) -> None:
    image = render_icon(256)

    for x, y in ((0, 0), (255, 0), (0, 255), (255, 255), (128, 252), (128, 3)):
        assert image.pixelColor(x, y).alpha() == 0, (x, y)
    assert image.pixelColor(128, 128).alpha() == 255
