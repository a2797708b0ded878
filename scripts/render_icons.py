"""Renders the app icon's PNG sizes from resources/icons/afterglow.svg.

Usage: QT_QPA_PLATFORM=offscreen python scripts/render_icons.py

Writes resources/icons/hicolor/<n>x<n>/apps/afterglow.png for every size in
`afterglow.ui.icons.PNG_SIZES`. Run it after changing the SVG and commit the PNGs;
tests/packaging/test_icons.py checks they still match the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from afterglow.ui.icons import PNG_SIZES, png_path, render_icon

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])  # painting needs the application object
    for size in PNG_SIZES:
        target = png_path(ICONS, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render_icon(size).save(str(target), "PNG"):
            print(f"Could not write {target}.", file=sys.stderr)
            return 1
        print(target.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
