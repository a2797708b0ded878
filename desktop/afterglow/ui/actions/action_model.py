"""Actions grouped by status (open, in progress, done, dropped), each group by due date;
with the insight each one came from. Loaded whole: a person's actions number in the
tens or hundreds, never the thousands a journal's entries can."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from afterglow.core.action import Action, ActionStatus
from afterglow.core.errors import AfterglowError
from afterglow.core.insight import Insight
from afterglow.core.integration_store import ActionFilter
from afterglow.ui.actions.wording import due_words, kind_name, status_name
from afterglow.ui.sessions.card_delegate import Card, CardDelegate
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.paged_model import ItemRole
from afterglow.vault.services import JournalServices

GROUPS = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED)
HeadingRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ActionRow:
    action: Action
    insight: Insight | None = None

    @property
    def id(self) -> str:
        return self.action.id


def read_rows(services: JournalServices) -> list[ActionRow]:
    """Runs on the worker: every action, group by group, with its insight."""
    rows: list[ActionRow] = []
    insights: dict[str, Insight | None] = {}
    for status in GROUPS:
        for action in services.actions.list(ActionFilter(statuses=(status,))):
            insight_id = action.insight_id
            if insight_id is not None and insight_id not in insights:
                insights[insight_id] = (
                    services.insights.get(insight_id)
                    if services.insights.exists(insight_id)
                    else None
                )
            rows.append(ActionRow(action, insights.get(insight_id) if insight_id else None))
    return rows


class ActionListModel(QAbstractListModel):
    """Rows are `ActionRow`s; `HeadingRole` names the group a row begins, if it does."""

    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._rows: list[ActionRow] = []
        self._generation = 0
        self._loading = False

    @property
    def is_loading(self) -> bool:
        return self._loading

    def show(self, services: JournalServices) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._runner.run(
            lambda: read_rows(services),
            on_done=lambda rows: self._arrived(generation, rows),
            on_error=lambda error: self._not_loaded(generation, error),
        )

    def clear(self) -> None:
        self._generation += 1
        self._loading = False
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def row_at(self, row: int) -> ActionRow:
        return self._rows[row]

    def row_of(self, action_id: str) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == action_id:
                return row
        return None

    def _arrived(self, generation: int, rows: list[ActionRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.loaded.emit()

    def _not_loaded(self, generation: int, error: AfterglowError) -> None:
        if generation == self._generation:
            self._loading = False
            self.load_failed.emit(error.message)

    # -- QAbstractItemModel -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.action.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.action.text} ({status_name(item.action.status)})"
        if role == ItemRole:
            return item
        if role == HeadingRole:
            first = index.row() == 0 or (
                self._rows[index.row() - 1].action.status != item.action.status
            )
            return status_name(item.action.status) if first else ""
        return None


class ActionDelegate(CardDelegate):
    """The action's words, its due date, its kind and the insight it came from."""

    title_lines = 2

    def __init__(
        self,
        colors: Callable[[], Colors],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(colors, parent)
        self._today = today

    def heading(self, index: _Index) -> str:
        return str(index.data(HeadingRole) or "")

    def card(self, item: object) -> Card:
        assert isinstance(item, ActionRow)
        action = item.action
        active = action.status.is_active
        source = (
            self.tr("From: %1").replace("%1", " ".join(item.insight.text.split()))
            if item.insight is not None
            else self.tr("Not from a particular insight")
        )
        return Card(
            title=" ".join(action.text.split()),
            note=due_words(action.due, self._today()) if active else "",
            detail=source,
            meta=(kind_name(action.kind),),
            mark="\u2713" if action.status == ActionStatus.DONE else "",
            faded=not active,
        )
