"""A scale of 0 to 10 (mood, energy) with an explicit "not set": a button with a menu of values."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from afterglow.ui.theme import set_role

SCALE = range(11)


class ScaleButton(QToolButton):
    """Shows "Mood 6" or "Mood" with a dash; its menu offers "Not set" and every value from 0 to 10.

    Not set and 0 are different answers: 0 is the lowest value, not the absence of one.
    """

    value_changed = Signal(object)  # int | None

    def __init__(self, name: str, low: str, high: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._value: int | None = None
        set_role(self, "property")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        menu = QMenu(self)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.not_set_action = QAction(self.tr("Not set"), menu)
        self.not_set_action.setCheckable(True)
        group.addAction(self.not_set_action)
        menu.addAction(self.not_set_action)
        menu.addSeparator()
        self.value_actions: list[QAction] = []
        for value in SCALE:
            label = str(value)
            if value == SCALE[0]:
                label = self.tr("%1 — %2").replace("%1", label).replace("%2", low)
            elif value == SCALE[-1]:
                label = self.tr("%1 — %2").replace("%1", label).replace("%2", high)
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setData(value)
            group.addAction(action)
            menu.addAction(action)
            self.value_actions.append(action)
        group.triggered.connect(self._chosen)
        self.setMenu(menu)
        self._show()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Shows `value` without emitting `value_changed` (loading an entry)."""
        self._value = value
        self._show()

    def _chosen(self, action: QAction) -> None:
        value = None if action is self.not_set_action else int(action.data())
        if value != self._value:
            self._value = value
            self._show()
            self.value_changed.emit(value)

    def _show(self) -> None:
        if self._value is None:
            self.setText(self.tr("%1 \u2013").replace("%1", self._name))
            described = self.tr("%1: not set").replace("%1", self._name)
            self.not_set_action.setChecked(True)
        else:
            self.setText(self.tr("%1 %2").replace("%1", self._name).replace("%2", str(self._value)))
            described = (
                self.tr("%1: %2 of 10").replace("%1", self._name).replace("%2", str(self._value))
            )
            self.value_actions[self._value].setChecked(True)
        self.setAccessibleName(described)
        self.setToolTip(described)
