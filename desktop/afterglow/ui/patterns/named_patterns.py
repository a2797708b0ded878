"""Named patterns: the list on the left (active first, then resolved) and the chosen
pattern's page beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.errors import AfterglowError
from afterglow.core.patterns import Pattern
from afterglow.core.patterns_service import Patterns
from afterglow.ui.patterns.pattern_dialogs import PatternDialog
from afterglow.ui.patterns.pattern_list import (
    PatternDelegate,
    PatternListModel,
    PatternRow,
    pattern_rows,
)
from afterglow.ui.patterns.pattern_page import PatternPage
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.list_detail import beside, list_column
from afterglow.ui.widgets.page import button, text_label

LIST_WIDTH = 290


class NamedPatternsPage(QWidget):
    """`load()` reads the list again; `changed` after any pattern or occurrence is saved."""

    changed = Signal()
    notice = Signal(str)
    entry_requested = Signal(str)
    loaded = Signal()

    def __init__(
        self, runner: TaskRunner, colors: Callable[[], Colors], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._patterns: Patterns | None = None
        self._generation = 0
        self._wanted: str | None = None  # the pattern to select once the list is in
        self.dialog: PatternDialog | None = None

        self.new_button = button(self.tr("New pattern"), "primary")
        self.model = PatternListModel(self)
        self.list = QListView()
        self.list.setObjectName("EntryList")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setModel(self.model)
        self.list.setItemDelegate(PatternDelegate(colors, parent=self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.list.setAccessibleName(self.tr("Named patterns, active first"))
        left, column = list_column(240)
        top = QHBoxLayout()
        top.addWidget(text_label(self.tr("Your patterns"), "heading", wrap=False))
        top.addStretch(1)
        top.addWidget(self.new_button)
        column.addLayout(top)
        column.addWidget(self.list, 1)

        self.page = PatternPage(runner, colors)
        self.welcome = QWidget()
        welcome = QVBoxLayout(self.welcome)
        welcome.setContentsMargins(28, 32, 28, 16)
        welcome.setSpacing(12)
        welcome.addWidget(text_label(self.tr("Patterns you want to see"), "title"))
        welcome.addWidget(
            text_label(
                self.tr(
                    "“A pattern cannot survive with awareness.” Name something that keeps "
                    "happening, such as people-pleasing or snapping at your partner, and note "
                    "each time it shows up: what set it off, what you did, and what you'd "
                    "like to do instead. Over the weeks you'll see whether it comes less often."
                ),
                "lead",
            )
        )
        self.first_button = button(self.tr("Name your first pattern"), "primary")
        welcome.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignLeft)
        welcome.addStretch(1)
        self.choose_hint = text_label(self.tr("Choose a pattern to see its history."), "empty")
        self.choose_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.choose_hint)
        self.pages.addWidget(self.page)

        splitter = beside(left, self.pages, (LIST_WIDTH, 700))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(lambda: self.new_pattern())
        self.first_button.clicked.connect(lambda: self.new_pattern())
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.page.changed.connect(self._page_changed)
        self.page.deleted.connect(self._deleted)
        self.page.notice.connect(self.notice)
        self.page.entry_requested.connect(self.entry_requested)

    def open_journal(self, patterns: Patterns) -> None:
        self._patterns = patterns
        self.page.open_patterns(patterns)

    def clear(self) -> None:
        self._patterns = None
        self._generation += 1
        self._wanted = None
        self.close_dialog()
        self.page.clear()
        self.model.clear()
        self.pages.setCurrentWidget(self.welcome)

    def close_dialog(self) -> None:
        dialog = self.dialog
        self.dialog = None
        if dialog is not None:
            dialog.done(0)
            dialog.deleteLater()
        self.page.close_dialog()

    def apply_colors(self) -> None:
        self.list.viewport().update()
        self.page.apply_colors()

    def load(self, select: str | None = None) -> None:
        """Reads every pattern, its count and trend; selects `select` once they are in."""
        patterns = self._patterns
        if patterns is None:
            return
        if select is not None:
            self._wanted = select
        self._generation += 1
        generation = self._generation
        self._runner.run(
            lambda: pattern_rows(patterns),
            on_done=lambda rows: self._arrived(generation, rows),
            on_error=self._failed,
        )

    def show_pattern(self, pattern_id: str) -> None:
        """Selects a pattern (after the list is loaded, if it is loading)."""
        row = self.model.row_of(pattern_id)
        if row is None:
            self.load(select=pattern_id)
            return
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)

    def new_pattern(self) -> PatternDialog | None:
        if self._patterns is None:
            return None
        self.close_dialog()
        dialog = PatternDialog(None, self.window())
        dialog.accepted.connect(
            lambda: self._add(dialog.chosen_name(), dialog.chosen_description())
        )
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def selected_row(self) -> PatternRow | None:
        index = self.list.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- internals --------------------------------------------------------------------

    def _closed(self, dialog: PatternDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()

    def _add(self, name: str, description: str) -> None:
        patterns = self._patterns
        if patterns is None:
            return
        self._runner.run(
            lambda: patterns.add(name, description),
            on_done=self._added,
            on_error=self._failed,
        )

    def _added(self, pattern: Pattern) -> None:
        self.notice.emit(
            self.tr("“%1” is added. Note each time it shows up.").replace("%1", pattern.name)
        )
        self.load(select=pattern.id)
        self.changed.emit()

    def _arrived(self, generation: int, rows: list[PatternRow]) -> None:
        if generation != self._generation:
            return
        current = self.selected_row()
        keep = self._wanted or (current.pattern.id if current else None)
        self._wanted = None
        self.model.set_rows(rows)
        if not rows:
            self.pages.setCurrentWidget(self.welcome)
        else:
            row = self.model.row_of(keep) if keep else None
            if row is None:
                self.pages.setCurrentWidget(self.choose_hint)
            else:
                self.show_pattern(keep or "")
        self.loaded.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        self.pages.setCurrentWidget(self.page)
        self.page.show_pattern(row.pattern.id)

    def _page_changed(self) -> None:
        self.load()
        self.changed.emit()

    def _deleted(self, _pattern_id: str) -> None:
        self.load()
        self.changed.emit()

    def _failed(self, error: AfterglowError) -> None:
        self.notice.emit(error.message)
