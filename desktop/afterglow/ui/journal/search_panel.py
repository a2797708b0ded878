"""Searching as you type: a pause of ~200 ms starts a search on the worker, and only
the newest query's results are ever shown.

The panel owns its search field (`field`); the journal view places it above the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from afterglow.core.errors import AfterglowError
from afterglow.core.journal import Journal
from afterglow.core.search import SearchHit
from afterglow.core.store import EntryFilter
from afterglow.ui.journal.search_results import SearchHitDelegate, SearchResultsModel
from afterglow.ui.journal.wording import plural
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.list_detail import RowList
from afterglow.ui.widgets.page import text_label

SEARCH_DELAY_MS = 200
RESULT_LIMIT = 100


class SearchPanel(QWidget):
    """Results of what is typed in `field`, filtered like the list; click to open one."""

    entry_chosen = Signal(str)  # entry id
    active_changed = Signal(bool)  # whether there is a query (results shown, not the list)
    searched = Signal()  # results for the newest query arrived

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._journal: Journal | None = None
        self._where = EntryFilter()
        self._latest = 0  # the newest query's number; older results are dropped
        self._active = False

        self.field = QLineEdit()
        set_role(self.field, "search")
        self.field.setPlaceholderText(self.tr("Search your journal"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setToolTip(self.tr("Search (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(500)

        self.model = SearchResultsModel(self)
        self.view = RowList(self.model, self.tr("Search results"))
        self.view.setItemDelegate(SearchHitDelegate(colors, self.view))
        self.count = text_label("", "muted")
        self.empty = text_label("", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.count)
        layout.addWidget(self.pages, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(self._typed)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)

    @property
    def is_active(self) -> bool:
        return self._active

    @property
    def query(self) -> str:
        return self.field.text()

    def open_journal(self, journal: Journal) -> None:
        self._journal = journal

    def set_filter(self, where: EntryFilter) -> None:
        self._where = where
        if self._active:
            self.search_now()

    def clear(self) -> None:
        """Forgets the journal, the query and the results (on lock)."""
        self._timer.stop()
        self._journal = None
        self._latest += 1
        self.field.blockSignals(True)
        self.field.setText("")  # unlike clear(), leaves no undo step holding the query
        self.field.blockSignals(False)
        self.model.clear()
        self.count.clear()
        self._set_active(False)

    def search_now(self) -> None:
        self._timer.stop()
        text = self.field.text()
        self._latest += 1
        number = self._latest
        if not text.strip() or self._journal is None:
            self.model.clear()
            self._set_active(bool(text.strip()))
            return
        self._set_active(True)
        journal = self._journal
        where = replace(self._where, limit=RESULT_LIMIT, offset=0, after=None)

        def search() -> list[SearchHit] | None:
            if number != self._latest:
                return None  # a newer query is already waiting: skip the work
            return journal.search(text, where)

        self._runner.run(
            search,
            on_done=lambda hits: self._arrived(number, text, hits),
            on_error=lambda error: self._failed(number, error),
        )

    def _typed(self, text: str) -> None:
        if not text.strip():
            self.search_now()  # back to the list at once
            return
        if not self._active:
            # Results replace the list as soon as typing starts; they fill in after the pause.
            self.model.clear()
            self.count.clear()
            self.pages.setCurrentWidget(self.view)
            self._set_active(True)
        self._timer.start()

    def _arrived(self, number: int, text: str, hits: list[SearchHit] | None) -> None:
        if number != self._latest or hits is None:
            return
        self.model.set_hits(hits)
        if hits:
            self.count.setText(
                self.tr("The best %n matches", "", len(hits))
                if len(hits) >= RESULT_LIMIT
                else plural(
                    len(hits), self.tr("1 entry found"), self.tr("%n entries found", "", len(hits))
                )
            )
            self.pages.setCurrentWidget(self.view)
        else:
            self.count.clear()
            self.empty.setText(
                self.tr("Nothing found for “%1”. Try fewer words, or clear the filters.").replace(
                    "%1", text.strip()
                )
            )
            self.pages.setCurrentWidget(self.empty)
        self.count.setVisible(bool(hits))
        self.searched.emit()

    def _failed(self, number: int, error: AfterglowError) -> None:
        if number != self._latest:
            return
        self.model.clear()
        self.count.hide()
        self.empty.setText(error.message)
        self.pages.setCurrentWidget(self.empty)

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entry_chosen.emit(self.model.hit_at(index.row()).entry.id)

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)
