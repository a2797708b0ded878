"""The small menu beside "New entry": a blank page, a prompt from the library, or one of
the guides (intention, reflection, check-ins) to start from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from afterglow.core.guides import CHECK_INS, INTENTION, REFLECTION, PromptSet
from afterglow.ui.prompts.entry_starts import from_guide


class NewEntryMenu(QMenu):
    """`start_requested` carries the `DraftContent` a guide starts with; the other two
    signals ask for a blank page or the prompt library."""

    blank_requested = Signal()
    prompts_requested = Signal()
    start_requested = Signal(object)  # DraftContent

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.setAccessibleName(self.tr("Ways to start an entry"))
        self.blank_action = self.addAction(self.tr("Blank page"))
        self.blank_action.triggered.connect(self.blank_requested)
        self.prompt_action = self.addAction(self.tr("From a prompt…"))
        self.prompt_action.triggered.connect(self.prompts_requested)
        self.addSection(self.tr("Guided"))
        self.guide_actions = {
            "intention": self._guide(self.tr("Intention before a session"), INTENTION),
            "reflection": self._guide(self.tr("Reflection after a session"), REFLECTION),
        }
        check_ins = self.addMenu(self.tr("Check-in after a session"))
        for day, guide in CHECK_INS.items():
            label = self.tr("Day %1").replace("%1", str(day))
            self.guide_actions[f"day-{day}"] = self._guide(label, guide, check_ins)

    def _guide(self, label: str, guide: PromptSet, menu: QMenu | None = None) -> QAction:
        action = (menu or self).addAction(label)
        action.triggered.connect(
            lambda _checked=False: self.start_requested.emit(from_guide(guide, self._today()))
        )
        return action
