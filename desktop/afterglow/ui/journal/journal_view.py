"""The Journal section: entries on the left (or search results), the editor on the right;
the calendar, filters, tags and the Trash around them.

Every read and write goes through the task runner; only `flush()` (on lock and quit)
writes on the UI thread, because the database closes as soon as it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.entries import Entry
from afterglow.core.errors import EntryNotFound
from afterglow.core.journal import Journal
from afterglow.core.store import EntryFilter, TagCount
from afterglow.ui.help.shortcuts import WRITING, file_under
from afterglow.ui.journal.calendar import JournalCalendar
from afterglow.ui.journal.draft import DraftContent
from afterglow.ui.journal.editor import EntryEditor
from afterglow.ui.journal.entry_delegate import EntryDelegate
from afterglow.ui.journal.filters import FilterPanel
from afterglow.ui.journal.list_model import EntryListModel
from afterglow.ui.journal.on_this_day import OnThisDayCard
from afterglow.ui.journal.search_panel import SearchPanel
from afterglow.ui.journal.tags_dialog import TagsDialog
from afterglow.ui.journal.trash_view import IN_TRASH, TrashView
from afterglow.ui.journal.wording import day_and_month, long_date, plural
from afterglow.ui.prompts.new_entry_menu import NewEntryMenu
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors, scaled, set_role
from afterglow.ui.unsaved_words import UnsavedEntry
from afterglow.ui.widgets.list_detail import RowList, beside, detail_column, list_column
from afterglow.ui.widgets.page import button, text_label
from afterglow.ui.widgets.reading_order import ReadingOrder
from afterglow.vault.services import JournalServices

LIST_WIDTH = 330


class EmptyState(QWidget):
    """A warm sentence and, where it helps, one thing to do about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = text_label("", "empty")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.action = button("", "link")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 32, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(self.message)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def say(self, message: str, action: str = "") -> None:
        self.message.setText(message)
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action))


class JournalView(QWidget):
    """Follows the section contract: `open_journal`, `flush` and `clear`."""

    notice = Signal(str)  # something to tell the person in the shell's notice bar
    prompts_requested = Signal()  # "New entry ▾ From a prompt…": show the prompt library

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._colors = colors
        self._journal: Journal | None = None
        self._day: date | None = None
        self._opening = 0  # the newest "open this entry" request; older ones are dropped
        # Words kept through the last lock, on their way back into the editor.
        self._giving_back: list[UnsavedEntry] = []
        self.tags_dialog: TagsDialog | None = None

        # -- the left column ----------------------------------------------------------
        self.new_button = button(self.tr("New entry"), "primary")
        self.new_button.setToolTip(self.tr("New entry (Ctrl+N)"))
        self.new_menu = NewEntryMenu(parent=self)
        self.new_menu_button = button("\u25be", "primary", accessible=self.tr("More ways to start"))
        self.new_menu_button.setToolTip(self.tr("Start from a prompt or a guide"))
        self.new_menu_button.setStyleSheet(
            "QPushButton { padding: 9px 10px; } QPushButton:focus { padding: 8px 9px; }"
            "QPushButton::menu-indicator { image: none; width: 0; }"
        )
        self.new_menu_button.setMenu(self.new_menu)
        heading = QHBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(text_label(self.tr("Journal"), "heading", wrap=False))
        heading.addStretch(1)
        heading.addWidget(self.new_button)
        heading.addWidget(self.new_menu_button)

        self.search = SearchPanel(runner, colors)
        self.filters_button = button(self.tr("Filters"), "quiet")
        self.filters_button.setCheckable(True)
        self.filters_button.setToolTip(self.tr("Show entries by kind, tags, dates or mood"))
        search_row = QHBoxLayout()
        search_row.setSpacing(6)
        search_row.addWidget(self.search.field, 1)
        search_row.addWidget(self.filters_button)
        self.filters = FilterPanel(colors)
        self.filters.hide()

        self.day_bar = QFrame()
        set_role(self.day_bar, "chip-bar")
        day_layout = QHBoxLayout(self.day_bar)
        day_layout.setContentsMargins(12, 4, 6, 4)
        self.day_label = text_label("", None, wrap=False)
        self.show_all_button = button(self.tr("Show all"), "link")
        day_layout.addWidget(self.day_label, 1)
        day_layout.addWidget(self.show_all_button)
        self.day_bar.hide()

        self.calendar = JournalCalendar(runner, colors)
        self.calendar.hide()
        self.on_this_day = OnThisDayCard(runner)

        self.model = EntryListModel(runner, parent=self)
        self.list = RowList(self.model, self.tr("Entries, newest first"))
        self.list.setItemDelegate(EntryDelegate(colors, parent=self.list))
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_empty = EmptyState()
        self.results = QStackedWidget()
        self.results.addWidget(self.list)
        self.results.addWidget(self.search)
        self.results.addWidget(self.list_empty)

        self.calendar_button = button(self.tr("Calendar"), "quiet")
        self.calendar_button.setCheckable(True)
        self.tags_button = button(self.tr("Tags…"), "quiet")
        self.tags_button.setToolTip(self.tr("Rename or merge tags"))
        self.trash_button = button(self.tr("Trash"), "quiet")
        footer = QHBoxLayout()
        footer.setSpacing(4)
        footer.addWidget(self.calendar_button)
        footer.addWidget(self.tags_button)
        footer.addStretch(1)
        footer.addWidget(self.trash_button)

        left, column = list_column(scaled(280, self.font()))
        left.setObjectName("EntriesColumn")
        column.addLayout(heading)
        column.addLayout(search_row)
        column.addWidget(self.filters)
        column.addWidget(self.calendar)
        column.addWidget(self.day_bar)
        column.addWidget(self.on_this_day)
        column.addWidget(self.results, 1)
        column.addLayout(footer)
        self.reading_order = ReadingOrder(left)  # "On this day" fills in after the list

        # -- the editor ---------------------------------------------------------------
        self.editor = EntryEditor(runner, colors)
        right = detail_column(self.editor, top=12)
        self.splitter = beside(left, right, (scaled(LIST_WIDTH, self.font()), 700))

        self.trash = TrashView(runner, colors)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.trash)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        # -- shortcuts ----------------------------------------------------------------
        # New entry (Ctrl+N) and Search (Ctrl+F) belong to the window (ui.journal_commands),
        # so they work from every section; saving belongs here.
        self.save_action = file_under(
            self._action(self.tr("Save now"), QKeySequence.StandardKey.Save), WRITING
        )
        self.save_action.triggered.connect(self.editor.save_now)

        # -- wiring -------------------------------------------------------------------
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.new_menu.blank_requested.connect(lambda: self.new_entry())
        self.new_menu.start_requested.connect(self.start_entry)
        self.new_menu.prompts_requested.connect(self.prompts_requested)
        self.filters_button.toggled.connect(self.filters.setVisible)
        self.filters_button.toggled.connect(self._update_extras)
        self.filters.changed.connect(lambda _where: self._filter_changed())
        self.filters.wants_known_tags.connect(self.load_known_tags)
        self.show_all_button.clicked.connect(lambda: self.show_day(None))
        self.calendar_button.toggled.connect(self.calendar.setVisible)
        self.calendar_button.toggled.connect(self._update_extras)
        self.calendar.day_chosen.connect(self.show_day)
        self.on_this_day.entry_chosen.connect(self.open_entry)
        self.search.entry_chosen.connect(self.open_entry)
        self.search.active_changed.connect(lambda _active: self._update_list_page())
        self.search.active_changed.connect(self._update_extras)
        self.on_this_day.loaded.connect(self._update_extras)
        self.list.clicked.connect(self._row_chosen)
        self.list.activated.connect(self._row_chosen)
        self.model.page_loaded.connect(self._update_list_page)
        self.model.modelReset.connect(self._update_list_page)
        self.model.rowsRemoved.connect(self._update_list_page)
        self.model.rowsInserted.connect(self._update_list_page)
        self.model.load_failed.connect(self.notice)
        self.list_empty.action.clicked.connect(self._empty_action)
        self.tags_button.clicked.connect(lambda: self.open_tags())
        self.trash_button.clicked.connect(lambda: self.show_trash())
        self.editor.saved.connect(self._saved)
        self.editor.save_failed.connect(self._save_failed)
        self.model.page_loaded.connect(self._select_open_entry)
        self.editor.trash_requested.connect(self.move_to_trash)
        self.editor.wants_known_tags.connect(self.load_known_tags)
        self.trash.back_requested.connect(self.show_writing)
        self.trash.restored.connect(self._restored)
        self.trash.emptied.connect(self._emptied)
        self.trash.problem.connect(self.notice)
        self._update_list_page()

    def _action(self, text: str, key: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        # Active while this section is showing, wherever the focus is in the window.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    # -- the section contract ---------------------------------------------------------

    def open_journal(self, services: JournalServices) -> None:
        journal = services.journal
        self._journal = journal
        self.editor.open_journal(journal)
        self.search.open_journal(journal)
        self.trash.open_journal(journal)
        self.model.show(journal, self.current_filter())
        self.calendar.open_journal(journal)
        self.on_this_day.open_journal(journal)
        self.refresh_trash_count()
        self.editor.new_entry()

    def flush(self) -> None:
        self.editor.flush()

    def not_saved(self) -> list[UnsavedEntry]:
        """Words that could not be saved, after `flush` (see `ui.unsaved_words`)."""
        return [*self._giving_back, *self.editor.autosave.not_saved()]

    def give_back(self, words: Sequence[UnsavedEntry]) -> None:
        """Puts words kept through a lock back: the last in the editor, marked as changed,
        and any others saved behind it. Each goes into its entry if it is still there
        (and not in the Trash); otherwise it becomes a new entry."""
        journal = self._journal
        if journal is None or not words:
            return
        kept = list(words)
        self._giving_back = kept

        def entries() -> list[Entry | None]:
            return [_still_there(journal, word.entry_id) for word in kept]

        self._runner.run(
            entries,
            on_done=lambda found: self._given_back(kept, found),
            # Unreadable just now: new entries, rather than words lost.
            on_error=lambda _error: self._given_back(kept, [None] * len(kept)),
        )

    def clear(self) -> None:
        self._journal = None
        self._giving_back = []
        self._day = None
        self._opening += 1
        if self.tags_dialog is not None:
            self.tags_dialog.done(0)
        self.editor.clear()
        self.model.clear()
        self.search.clear()
        self.filters.forget()
        self.filters_button.setChecked(False)
        self.calendar.clear()
        self.calendar_button.setChecked(False)
        self.day_bar.hide()
        self.on_this_day.clear()
        self.trash.clear()
        self.trash_button.setText(self.tr("Trash"))
        self.pages.setCurrentWidget(self.splitter)
        self._update_list_page()

    def set_colors(self, colors: Colors) -> None:
        """Repaints in a new theme."""
        self.editor.set_colors(colors)
        self.trash.set_colors(colors)
        self.calendar.apply_colors()
        self.filters.apply_colors()
        self.list.viewport().update()
        self.search.view.viewport().update()

    # -- what the person does ---------------------------------------------------------

    def new_entry(self, day: date | None = None) -> None:
        if self._journal is None:
            return
        self.show_writing()
        self.list.clearSelection()
        self.editor.new_entry(day)

    def start_entry(self, content: DraftContent) -> None:
        """A new entry from a prompt or a guide (see `ui.prompts.entry_starts`)."""
        if self._journal is None:
            return
        self.show_writing()
        self.list.clearSelection()
        self.editor.start_entry(content)

    def focus_search(self) -> None:
        self.show_writing()
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def open_entry(self, entry_id: str, passage: tuple[int, int] | None = None) -> None:
        """Saves what is being written, then opens the stored entry; with `passage`
        (string offsets into its body), those words are selected."""
        journal = self._journal
        if journal is None:
            return
        self.editor.save_now()  # queued first, so the read below sees it
        self._opening += 1
        number = self._opening
        self._runner.run(
            lambda: journal.get(entry_id),
            on_done=lambda entry: self._opened(number, entry, passage),
            on_error=lambda error: self.notice.emit(error.message),
        )

    def show_day(self, day: date | None) -> None:
        """Lists one day's entries (from the calendar), or every day again with None."""
        self._day = day
        self.day_bar.setVisible(day is not None)
        if day is not None:
            self.day_label.setText(self.tr("Entries on %1").replace("%1", day_and_month(day)))
            self.calendar.show_day(day)
        self._filter_changed()
        self._update_extras()

    def current_filter(self) -> EntryFilter:
        where = self.filters.current()
        if self._day is not None:
            where = replace(where, since=self._day, until=self._day)
        return where

    def move_to_trash(self, entry_id: str) -> None:
        journal = self._journal
        if journal is None:
            return
        self._runner.run(
            lambda: journal.trash(entry_id),
            on_done=self._trashed,
            on_error=lambda error: self.notice.emit(error.message),
        )

    def show_trash(self) -> None:
        self.editor.save_now()
        self.trash.refresh()
        self.pages.setCurrentWidget(self.trash)

    def show_writing(self) -> None:
        self.pages.setCurrentWidget(self.splitter)

    def open_tags(self) -> TagsDialog | None:
        journal = self._journal
        if journal is None:
            return None
        self.editor.save_now()  # before any rename, so the rename sees what was typed
        dialog = TagsDialog(journal, self._runner, self.window())
        dialog.tags_changed.connect(self._tags_changed)
        dialog.finished.connect(self._tags_closed)
        self.tags_dialog = dialog
        dialog.open()
        return dialog

    def load_known_tags(self) -> None:
        journal = self._journal
        if journal is not None:
            self._runner.run(journal.all_tags, on_done=self._known_tags)

    def refresh_trash_count(self) -> None:
        journal = self._journal
        if journal is not None:
            self._runner.run(lambda: journal.count(IN_TRASH), on_done=self._trash_count)

    # -- results ----------------------------------------------------------------------

    def _row_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_entry(self.model.entry_at(index.row()).id)

    def _opened(self, number: int, entry: Entry, passage: tuple[int, int] | None = None) -> None:
        if number != self._opening or self._journal is None:
            return
        self.show_writing()
        if entry.in_trash:
            self.notice.emit(self.tr("That entry is in the Trash; restore it to edit it."))
            return
        self.editor.open_entry(entry)
        self._select(entry.id)
        if passage is not None:
            self.editor.select_passage(*passage)

    def _saved(self, entry: Entry, created: bool) -> None:
        self.model.upsert(entry)
        if entry.id == self.editor.entry_id:
            self._select(entry.id)
        self.calendar.refresh()

    def _given_back(self, words: list[UnsavedEntry], entries: list[Entry | None]) -> None:
        if words is not self._giving_back:
            return  # locked meanwhile: the lock kept them again
        self._giving_back = []
        *earlier, (last, entry) = zip(words, entries, strict=True)
        for word, earlier_entry in earlier:
            self.editor.save_left_behind(earlier_entry, word.content)
        self._opening += 1  # an entry asked for before this would replace them
        self.show_writing()
        self.list.clearSelection()
        self.editor.give_back(entry, last.content)
        if entry is not None:
            self._select(entry.id)

    def _save_failed(self, message: str) -> None:
        self.notice.emit(
            self.tr("Your latest changes are not saved yet: %1 Keep typing to try again.").replace(
                "%1", message
            )
        )

    def _select_open_entry(self) -> None:
        """Keeps the entry being written highlighted when the list is loaded again."""
        entry_id = self.editor.entry_id
        if entry_id is not None and not self.list.selectionModel().hasSelection():
            row = self.model.row_of(entry_id)
            if row is not None:
                self.list.selectionModel().select(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )

    def _trashed(self, entry: Entry) -> None:
        self.model.remove(entry.id)
        if self.editor.entry_id == entry.id:
            self.editor.new_entry()
        self.calendar.refresh()
        self.refresh_trash_count()
        self.notice.emit(
            self.tr("Moved to the Trash. It stays there for 30 days, and you can restore it.")
        )

    def _restored(self, entry: Entry) -> None:
        self.model.upsert(entry)
        self.calendar.refresh()
        self.refresh_trash_count()
        self.notice.emit(self.tr("Restored to your journal."))

    def _emptied(self, count: int) -> None:
        self.refresh_trash_count()
        self.notice.emit(
            plural(
                count,
                self.tr("One entry was deleted for good."),
                self.tr("%n entries were deleted for good.", "", count),
            )
        )

    def _tags_changed(self, _count: int) -> None:
        self.model.reload()
        journal = self._journal
        entry_id = self.editor.entry_id
        if journal is None or entry_id is None:
            return
        self._runner.run(lambda: journal.get(entry_id), on_done=self._reload_editor)

    def _reload_editor(self, entry: Entry) -> None:
        if entry.id == self.editor.entry_id and not self.editor.autosave.is_saving:
            self.editor.reload(entry)

    def _tags_closed(self) -> None:
        if self.tags_dialog is not None:
            self.tags_dialog.deleteLater()
            self.tags_dialog = None

    def _known_tags(self, tags: list[TagCount]) -> None:
        names = [tag.tag for tag in tags]
        self.editor.set_known_tags(names)
        self.filters.set_known_tags(names)

    def _trash_count(self, count: int) -> None:
        text = self.tr("Trash · %1").replace("%1", str(count)) if count else self.tr("Trash")
        self.trash_button.setText(text)
        self.trash_button.setAccessibleName(
            plural(count, self.tr("Trash, 1 entry"), self.tr("Trash, %n entries", "", count))
        )

    def _filter_changed(self) -> None:
        where = self.current_filter()
        narrowing = self.filters.is_narrowing
        self.filters_button.setText(self.tr("Filters · on") if narrowing else self.tr("Filters"))
        self.search.set_filter(where)
        if self._journal is not None:
            self.model.show(self._journal, where)

    def _select(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        selection = self.list.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.model.index(row)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def _update_list_page(self, *_args: object) -> None:
        if self.search.is_active:
            self.results.setCurrentWidget(self.search)
            return
        if self.model.rowCount() > 0 or self.model.is_loading or self._journal is None:
            self.results.setCurrentWidget(self.list)
            return
        if self._day is not None:
            self.list_empty.say(
                self.tr("Nothing was written on %1.").replace("%1", long_date(self._day)),
                self.tr("Write about that day"),
            )
        elif self.filters.is_narrowing:
            self.list_empty.say(
                self.tr("No entries match these filters."), self.tr("Clear filters")
            )
        else:
            self.list_empty.say(
                self.tr("Nothing here yet — your first entry starts with one sentence."),
                self.tr("Write your first entry"),
            )
        self.results.setCurrentWidget(self.list_empty)

    def _update_extras(self, *_args: object) -> None:
        """ "On this day" shows on the plain list only: searching, filtering and the
        calendar need the room."""
        plain = not (
            self.search.is_active
            or self.filters_button.isChecked()
            or self.calendar_button.isChecked()
            or self._day is not None
        )
        self.on_this_day.setVisible(plain and bool(self.on_this_day.days))

    def _empty_action(self) -> None:
        if self._day is not None:
            self.new_entry(self._day)
        elif self.filters.is_narrowing:
            self.filters.clear()
        else:
            self.new_entry()


def _still_there(journal: Journal, entry_id: str | None) -> Entry | None:
    """The entry to save kept words into, or None for a new one: it is gone (a backup
    was restored) or in the Trash, where the words would not be seen."""
    if entry_id is None:
        return None
    try:
        entry = journal.get(entry_id)
    except EntryNotFound:
        return None
    return None if entry.in_trash else entry
