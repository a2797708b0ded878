"""The unlocked journal's frame: the sidebar of sections and the section views beside it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QUndoGroup
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.sections import Section, SectionView
from afterglow.ui.settings import AppSettings
from afterglow.ui.today.quick_note import QuickNote
from afterglow.ui.unsaved_words import Unsaved, UnsavedEntry, UnsavedNote
from afterglow.ui.widgets.page import GlowMark, button, text_label
from afterglow.vault.services import JournalServices

NOTICE_MS = 8_000
SIDEBAR_WIDTH = 232  # at the usual font size


class JournalShell(QWidget):
    """Navigation and views; `clear()` empties every view and undo stack on lock."""

    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        sections: list[Section],
        views: Mapping[str, QWidget],
        settings: AppSettings,
        undo_group: QUndoGroup,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sections = sections
        self._views = dict(views)
        self._settings = settings
        self.undo_group = undo_group
        for key, view in self._views.items():
            if not isinstance(view, SectionView):
                raise TypeError(f"the view for {key!r} lacks open_journal(), flush() or clear()")

        sidebar = QWidget()
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(self._sidebar_width(sections))
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(16, 20, 16, 16)
        side.setSpacing(6)
        brand = QHBoxLayout()
        brand.setSpacing(10)
        brand.addWidget(GlowMark(30))
        name = text_label(self.tr("Afterglow"), "heading", wrap=False)
        brand.addWidget(name)
        brand.addStretch(1)
        side.addLayout(brand)
        side.addSpacing(14)

        self.navigation = QListWidget()
        self.navigation.setObjectName("Sections")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget()
        for section in sections:
            item = QListWidgetItem(section.title)
            # Explicit: the style sheet's item padding is not reliably part of the size hint.
            item.setSizeHint(QSize(0, 40))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, section.title)
            self.navigation.addItem(item)
            self.stack.addWidget(self._views[section.key])
        side.addWidget(self.navigation, 1)

        self.settings_button = button(self.tr("Settings"), "sidebar")
        self.lock_button = button(self.tr("Lock journal"), "sidebar")
        self.lock_button.setToolTip(self.tr("Lock the journal (Ctrl+L)"))
        side.addWidget(self.settings_button)
        side.addWidget(self.lock_button)

        self.notice = QFrame()
        self.notice.setObjectName("Notice")
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(16, 10, 16, 10)
        self.notice_text: QLabel = text_label("")
        notice_layout.addWidget(self.notice_text)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)

        content = QVBoxLayout()
        content.setContentsMargins(24, 16, 24, 0)
        content.setSpacing(0)
        content.addWidget(self.notice)
        content.addWidget(self.stack, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addLayout(content, 1)

        self.navigation.currentRowChanged.connect(self._section_chosen)
        self.settings_button.clicked.connect(self.settings_requested)
        self.lock_button.clicked.connect(self.lock_requested)
        self.setTabOrder(self.navigation, self.settings_button)
        self.setTabOrder(self.settings_button, self.lock_button)
        # Where words can be typed and not yet saved when the journal locks: the journal
        # editor and the quick note on Today (see `not_saved`).
        self._journal_views: list[JournalView] = self.findChildren(JournalView)
        self._quick_notes: list[QuickNote] = self.findChildren(QuickNote)

    def _sidebar_width(self, sections: list[Section]) -> int:
        """Wide enough for the longest section name in bold, at the font in use: a larger
        system font widens the sidebar rather than cutting names short."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        longest = max((metrics.horizontalAdvance(s.title) for s in sections), default=0)
        return max(SIDEBAR_WIDTH, longest + 2 * 16 + 2 * 14 + 12)  # margins, padding, slack

    @property
    def views(self) -> dict[str, QWidget]:
        return dict(self._views)

    @property
    def current_section(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_section(self, key: str) -> None:
        for row, section in enumerate(self._sections):
            if section.key == key:
                self.navigation.setCurrentRow(row)
                return

    def open_journal(self, services: JournalServices) -> None:
        for view in self._views.values():
            view.open_journal(services)  # type: ignore[attr-defined]
        keys = [section.key for section in self._sections]
        last = self._settings.last_section
        self.show_section(last if last in keys else keys[0])
        self.navigation.setFocus()

    def flush(self) -> list[Unsaved]:
        """Called just before the journal locks: every view writes what is unsaved.
        Returns the words that could not be written (a full disk), so they can be kept."""
        for view in self._views.values():
            view.flush()  # type: ignore[attr-defined]
        return self.not_saved()

    def not_saved(self) -> list[Unsaved]:
        """Words typed and not written, though tried: what a lock now would lose."""
        words: list[Unsaved] = []
        for journal_view in self._journal_views:
            words.extend(journal_view.not_saved())
        for note in self._quick_notes:
            words.extend(note.not_saved())
        return words

    def give_back(self, words: Sequence[Unsaved]) -> None:
        """Puts words kept through a lock back where they were typed and saves them, and
        shows where they are: the journal editor, or else the quick note on Today."""
        entries = [word for word in words if isinstance(word, UnsavedEntry)]
        notes = [word for word in words if isinstance(word, UnsavedNote)]
        if entries and self._journal_views:
            self._journal_views[0].give_back(entries)
            self.show_section("journal")
        if notes and self._quick_notes:
            self._quick_notes[0].give_back(notes)
            if not entries:
                self.show_section("today")

    def clear(self) -> None:
        """Called on lock: every view forgets the journal and no undo history survives."""
        for view in self._views.values():
            view.clear()  # type: ignore[attr-defined]
        for stack in self.undo_group.stacks():
            stack.clear()
        self.hide_notice()

    def show_notice(self, text: str, ms: int = NOTICE_MS) -> None:
        """Shows `text` above the section for `ms` milliseconds (or until the next one)."""
        self.notice_text.setText(text)
        self.notice.setAccessibleDescription(text)
        self.notice.show()
        self._notice_timer.start(ms)

    def hide_notice(self) -> None:
        self._notice_timer.stop()
        self.notice_text.clear()
        self.notice.hide()

    def _section_chosen(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            section = self._sections[row]
            self.stack.setCurrentWidget(self._views[section.key])
            self._settings.last_section = section.key
