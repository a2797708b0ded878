"""The rounded card a list row is drawn on by the app's delegates: the track's tint under
the pointer, the accent's soft tint when chosen, and a thin accent ring when the chosen
row has the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle

from afterglow.ui.theme import Colors

RADIUS = 10


def paint_row_card(
    painter: QPainter,
    card: QRectF,
    state: QStyle.StateFlag,
    colors: Colors,
    *,
    focus_ring: bool = True,
) -> bool:
    """Paints the card behind a row's text; returns whether the row is chosen (its text
    then takes `colors.on_accent_soft`)."""
    selected = bool(state & QStyle.StateFlag.State_Selected)
    if selected or state & QStyle.StateFlag.State_MouseOver:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.accent_soft if selected else colors.track))
        painter.drawRoundedRect(card, RADIUS, RADIUS)
    if focus_ring and selected and state & QStyle.StateFlag.State_HasFocus:
        painter.setPen(QColor(colors.accent))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
    return selected
