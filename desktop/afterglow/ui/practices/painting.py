"""Colours and frame rate shared by the practice widgets that paint themselves."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

# About 60 repaints a second: smooth growth without busy work between frames.
FRAME_MS = 16

# The theme (ui/theme.py) sets these palette roles to its named colours.
ACCENT = QPalette.ColorRole.Accent
TEXT = QPalette.ColorRole.WindowText
MUTED = QPalette.ColorRole.PlaceholderText
TRACK = QPalette.ColorRole.Midlight


def color(widget: QWidget, role: QPalette.ColorRole, alpha: float = 1.0) -> QColor:
    """A theme colour from the widget's palette, faded to `alpha`."""
    c = QColor(widget.palette().color(role))
    c.setAlphaF(alpha)
    return c
