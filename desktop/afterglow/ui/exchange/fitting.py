"""Dialog heights that follow their wrapped text, at the width the dialog has."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def fit_height(dialog: QDialog) -> None:
    """Resizes `dialog` to the height its content needs at its current width. A layout's
    size hint is worked out for its narrowest width, where wrapped text is tallest, which
    would leave an empty band under the content of a wider dialog."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    height = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    if height <= 0:
        height = layout.totalSizeHint().height()
    dialog.resize(dialog.width(), max(height, layout.totalMinimumSize().height()))
