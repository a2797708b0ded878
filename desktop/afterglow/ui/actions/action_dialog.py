"""Adding or editing an action: what will change, whether inside (thoughts, feelings,
perspective) or outside (behaviour, relationships), and an optional due date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QWidget,
)

from afterglow.core.action import Action, ActionKind
from afterglow.core.actions import Actions
from afterglow.core.errors import AfterglowError
from afterglow.core.insight import Insight
from afterglow.ui.actions.wording import action_problem, kind_name
from afterglow.ui.journal.wording import pydate, qdate
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.calm_calendar import CalmCalendar
from afterglow.ui.widgets.chips import ToggleChip
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error, text_label


class ActionDialog(FormDialog):
    """Saves through the task runner and closes once saved; `saved(Action)` then."""

    saved = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        actions: Actions,
        colors: Callable[[], Colors],
        *,
        insight: Insight | None = None,
        action: Action | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        editing = action is not None
        super().__init__(
            self.tr("Edit the action") if editing else self.tr("Add an action"),
            self.tr("What will change because of this? Small and concrete is plenty."),
            parent,
        )
        self._runner = runner
        self._actions = actions
        self._action = action
        self._insight_id = (
            action.insight_id if action is not None else insight.id if insight is not None else None
        )

        if insight is not None:
            quote = text_label("\u201c" + " ".join(insight.text.split()) + "\u201d", "muted")
            self.add(quote)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setPlaceholderText(self.tr("For example: pause before saying yes"))
        self.text.setAccessibleName(self.tr("The action"))
        self.text.setFixedHeight(84)
        self.add(self.text)

        self.internal = ToggleChip(kind_name(ActionKind.INTERNAL, explained=True))
        self.external = ToggleChip(kind_name(ActionKind.EXTERNAL, explained=True))
        self.kinds = QButtonGroup(self)
        self.kinds.setExclusive(True)
        self.kinds.addButton(self.internal)
        self.kinds.addButton(self.external)
        kinds = QWidget()
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.internal)
        row.addWidget(self.external)
        row.addStretch(1)
        self.add(kinds)

        self.has_due = QCheckBox(self.tr("Due by"))
        self.due = QDateEdit()
        set_role(self.due, "property")
        self.due.setCalendarPopup(True)
        self.due.setCalendarWidget(CalmCalendar(colors))
        self.due.setDisplayFormat("d MMM yyyy")
        self.due.setAccessibleName(self.tr("Due date"))
        due = QWidget()
        due_row = QHBoxLayout(due)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.setSpacing(8)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        self.add(due)
        self.error = error_label()
        self.add(self.error)

        self.cancel_button = button(self.tr("Cancel"))
        self.save_button = button(self.tr("Save"), "primary")
        self.set_buttons([], [self.cancel_button, self.save_button])
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.submit)
        self.has_due.toggled.connect(self.due.setEnabled)

        if action is not None:
            self.text.setPlainText(action.text)
            (self.external if action.kind == ActionKind.EXTERNAL else self.internal).setChecked(
                True
            )
            self.has_due.setChecked(action.due is not None)
            self.due.setDate(qdate(action.due or today() + timedelta(days=7)))
        else:
            self.internal.setChecked(True)
            self.due.setDate(qdate(today() + timedelta(days=7)))
        self.due.setEnabled(self.has_due.isChecked())
        self.text.setFocus()

    def kind(self) -> ActionKind:
        return ActionKind.EXTERNAL if self.external.isChecked() else ActionKind.INTERNAL

    def due_date(self) -> date | None:
        return pydate(self.due.date()) if self.has_due.isChecked() else None

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            show_error(self.error, self.tr("Write a few words about what will change."))
            self.text.setFocus()
            return
        actions, kind, due, stored = self._actions, self.kind(), self.due_date(), self._action
        insight_id = self._insight_id

        def save() -> Action:
            if stored is None:
                return actions.add(text, kind=kind, insight_id=insight_id, due=due)
            return actions.update(replace(stored, text=text, kind=kind, due=due))

        self.save_button.setEnabled(False)
        self._runner.run(save, on_done=self._saved, on_error=self._not_saved)

    def _saved(self, action: Action) -> None:
        self.saved.emit(action)
        self.accept()

    def _not_saved(self, error: AfterglowError) -> None:
        self.save_button.setEnabled(True)
        show_error(self.error, action_problem(error))
