"""Tab order that follows the page from top to bottom, for columns whose cards fill in
(or appear) after the page was built.

Qt's Tab order is the order widgets were added to the window, so a card whose buttons
are made when its data arrives would otherwise be reached last, wherever it sits.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def reachable_by_tab(column: QWidget) -> list[QWidget]:
    """The controls under `column` that Tab stops at now, top to bottom, left to right."""
    found = []
    for widget in column.findChildren(QWidget):
        policy = widget.focusPolicy()
        if (policy & Qt.FocusPolicy.TabFocus) != Qt.FocusPolicy.TabFocus:
            continue
        if not widget.isVisibleTo(column) or not widget.isEnabled():
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or combo box is part of it
        found.append(widget)

    def box(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(column, QPoint(0, 0)), widget.size())

    # Row by row: a control whose middle is level with the first one of a row belongs to
    # that row (a button beside a field is taller than it), and a row reads left to right.
    rows: list[list[tuple[QRect, QWidget]]] = []
    for place, widget in sorted(((box(w), w) for w in found), key=lambda p: p[0].top()):
        anchor = rows[-1][0][0] if rows else None
        if anchor is not None and anchor.top() <= place.center().y() <= anchor.bottom():
            rows[-1].append((place, widget))
        else:
            rows.append([(place, widget)])
    return [widget for row in rows for _, widget in sorted(row, key=lambda p: p[0].left())]


class ReadingOrder(QObject):
    """Keeps the Tab order inside one column in reading order, re-made whenever the
    column lays itself out again (something was added, shown, hidden or resized)."""

    def __init__(self, column: QWidget) -> None:
        super().__init__(column)
        self._column = column
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)  # once the layout has placed everything
        self._pending.timeout.connect(self.apply)
        column.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._column and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
        ):
            self._pending.start()
        return False

    def apply(self) -> None:
        widgets = reachable_by_tab(self._column)
        for before, after in pairwise(widgets):
            QWidget.setTabOrder(before, after)
