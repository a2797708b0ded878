"""Prompts as a list model: the person's own first, then Afterglow's, one category or all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from afterglow.core.prompt import Prompt, PromptCategory
from afterglow.ui.prompts.wording import category_name

PromptRole = Qt.ItemDataRole.UserRole + 1
OWN = "own"  # the "Yours" filter

_Index = QModelIndex | QPersistentModelIndex


class PromptListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Prompt] = []
        self._rows: list[Prompt] = []
        self._category: PromptCategory | str | None = None

    def set_prompts(self, prompts: list[Prompt]) -> None:
        self._all = list(prompts)
        self._refilter()

    def show_category(self, category: PromptCategory | str | None) -> None:
        """One category, `OWN` for the person's own prompts, or None for all."""
        self._category = category
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        category = self._category
        if category is None:
            self._rows = list(self._all)
        elif category == OWN:
            self._rows = [p for p in self._all if not p.builtin]
        else:
            self._rows = [p for p in self._all if p.category == category]
        self.endResetModel()

    def prompt_at(self, row: int) -> Prompt:
        return self._rows[row]

    def row_of(self, prompt_id: str) -> int | None:
        for row, prompt in enumerate(self._rows):
            if prompt.id == prompt_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        prompt = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if prompt.builtin:
                return prompt.text
            return self.tr("%1  · yours").replace("%1", prompt.text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{category_name(prompt.category)}: {prompt.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return category_name(prompt.category)
        if role == PromptRole:
            return prompt
        return None
