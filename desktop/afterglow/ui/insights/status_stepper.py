"""The four status steps of an insight as a row of pills, new → exploring → integrating
→ integrated, with the current one lit. Choosing a step only asks for it: the view
answers with `set_status` once the journal agrees, or says calmly why it did not."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from afterglow.core.insight import InsightStatus
from afterglow.ui.insights.wording import status_hint, status_name
from afterglow.ui.theme import set_role
from afterglow.ui.widgets.page import text_label


class StatusStepper(QWidget):
    step_requested = Signal(object)  # InsightStatus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = InsightStatus.NEW
        self.buttons: dict[InsightStatus, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for status in InsightStatus:
            if status != InsightStatus.NEW:
                row.addWidget(text_label("\u2192", "muted", wrap=False))
            pill = QPushButton(status_name(status))
            pill.setCheckable(True)
            set_role(pill, "toggle-chip")
            pill.setToolTip(status_hint(status))
            pill.setAccessibleName(status_name(status))
            pill.setAccessibleDescription(status_hint(status))
            pill.clicked.connect(lambda _checked=False, status=status: self._chosen(status))
            row.addWidget(pill)
            self.buttons[status] = pill
        row.addStretch(1)
        self.setAccessibleName(self.tr("Status"))
        self.set_status(InsightStatus.NEW)

    @property
    def status(self) -> InsightStatus:
        return self._status

    def set_status(self, status: InsightStatus) -> None:
        self._status = status
        for each, pill in self.buttons.items():
            pill.setChecked(each == status)

    def _chosen(self, status: InsightStatus) -> None:
        self.set_status(self._status)  # stays as it is until the journal agrees
        if status != self._status:
            self.step_requested.emit(status)
