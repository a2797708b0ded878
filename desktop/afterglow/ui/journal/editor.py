"""Writing an entry: a title, its details and a Markdown body that renders as you type.

Saving is automatic (see `autosave.py`); the footer says quietly whether it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.entries import MAX_TITLE_LENGTH, Entry
from afterglow.core.excerpts import from_utf16, to_utf16
from afterglow.core.journal import Journal
from afterglow.core.tags import tags_in_body
from afterglow.ui.help.shortcuts import WRITING, file_under
from afterglow.ui.journal import formatting
from afterglow.ui.journal.autosave import Autosave, SaveState
from afterglow.ui.journal.draft import DraftContent, EntryDraft
from afterglow.ui.journal.markdown_highlighter import MarkdownHighlighter
from afterglow.ui.journal.metadata_panel import MetadataPanel
from afterglow.ui.journal.wording import count_words, plural
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors, repolish, scaled, set_role
from afterglow.ui.unsaved_words import UnsavedEntry
from afterglow.ui.widgets.page import button, text_label
from afterglow.ui.widgets.wrapping_row import WrappingRow

# The text column stops growing here: long lines are tiring to read.
TEXT_COLUMN_WIDTH = 760
COUNT_DELAY_MS = 250


@dataclass(frozen=True)
class MarkedPassage:
    """A passage chosen to keep as an insight: string offsets (code points, not Qt's
    UTF-16) into the body that `draft` holds once the saves queued before it have run."""

    draft: EntryDraft
    start: int
    end: int
    quote: str


class MarkdownEdit(QPlainTextEdit):
    """Plain text in, plain text out, styled as Markdown; with formatting shortcuts."""

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "body")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(True)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5) * 1.12)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(4)
        self.highlighter = MarkdownHighlighter(self.document(), colors)
        self.format_actions: list[QAction] = []
        modifier = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        self._action(
            self.tr("Bold"), [QKeySequence(modifier | Qt.Key.Key_B)],
            lambda: formatting.toggle_wrap(self, "**"),
        )  # fmt: skip
        self._action(
            self.tr("Italic"), [QKeySequence(modifier | Qt.Key.Key_I)],
            lambda: formatting.toggle_wrap(self, "*"),
        )  # fmt: skip
        for level, key in ((1, Qt.Key.Key_1), (2, Qt.Key.Key_2), (3, Qt.Key.Key_3)):
            self._action(
                self.tr("Heading %1").replace("%1", str(level)),
                [QKeySequence(modifier | key)],
                lambda _checked=False, level=level: formatting.set_heading(self, level),
            )
        # Shift+8 types "*" and Shift+. types ">" on many keyboards: accept both spellings.
        self._action(
            self.tr("Bulleted list"),
            [
                QKeySequence(modifier | shift | Qt.Key.Key_8),
                QKeySequence(modifier | shift | Qt.Key.Key_Asterisk),
            ],
            lambda: formatting.toggle_list(self),
        )
        self._action(
            self.tr("Quote"),
            [
                QKeySequence(modifier | shift | Qt.Key.Key_Period),
                QKeySequence(modifier | shift | Qt.Key.Key_Greater),
            ],
            lambda: formatting.toggle_quote(self),
        )

    def _action(self, text: str, keys: list[QKeySequence], run: object) -> None:
        action = file_under(QAction(text, self), WRITING)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(run)
        self.addAction(action)
        self.format_actions.append(action)

    # While writing, the editor's own keys win over the window's: Ctrl+1 makes a heading
    # here, though elsewhere it goes to Today. Claiming the key in ShortcutOverride keeps
    # the two from being an ambiguous shortcut; the key then arrives as a key press.
    def event(self, event: QEvent) -> bool:
        overriding = event.type() == QEvent.Type.ShortcutOverride
        if overriding and isinstance(event, QKeyEvent) and self._format_action_for(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._format_action_for(event)
        if action is not None:
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)

    def _format_action_for(self, event: QKeyEvent) -> QAction | None:
        pressed = QKeySequence(event.keyCombination())
        for action in self.format_actions:
            for key in action.shortcuts():
                if key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    return action if action.isEnabled() else None
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        extras = [action for action in self.actions() if action.property("context-menu")]
        if extras and menu.actions():
            first = menu.actions()[0]
            for action in extras:
                action.setEnabled(self.textCursor().hasSelection())
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def forget(self) -> None:
        """Empties the text and its undo history."""
        self.document().clear()
        self.document().clearUndoRedoStacks()


class EntryEditor(QWidget):
    """One entry at a time: new ones are created by their first save, never before."""

    saved = Signal(object, bool)  # Entry, created
    trash_requested = Signal(str)  # entry id
    pattern_requested = Signal(str)  # entry id: "This is a pattern…"
    insight_requested = Signal(object)  # MarkedPassage
    save_failed = Signal(str)
    wants_known_tags = Signal()
    typed = Signal()  # the person changed the title or text (a load is not typing)

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._words = 0
        self._session_id: str | None = None  # kept from the draft's start (a session's guide)
        self._prompt: str | None = None

        self.title = QLineEdit()
        set_role(self.title, "entry-title")
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setMaxLength(MAX_TITLE_LENGTH)
        self.title.setFrame(False)
        self.details = MetadataPanel(colors)
        self.body = MarkdownEdit(colors())
        self.body.setPlaceholderText(
            self.tr("Start with one sentence. What happened, and how do you feel about it?")
        )
        self.body.setAccessibleName(self.tr("Entry text"))
        self.prompt_label = text_label("", "muted")
        self.prompt_label.setAccessibleName(self.tr("Written from this prompt"))
        self.prompt_label.hide()
        self.insight_action = file_under(QAction(self.tr("Mark as insight"), self.body), WRITING)
        self.insight_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I)
        )
        self.insight_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.insight_action.setToolTip(self.tr("Keep the selected words as an insight"))
        self.insight_action.setProperty("context-menu", True)
        self.insight_action.triggered.connect(self.mark_insight)
        self.body.addAction(self.insight_action)

        self.format_button = QToolButton()
        self.format_button.setText(self.tr("Formatting"))
        set_role(self.format_button, "quiet")
        self.format_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.format_button.setToolTip(
            self.tr(
                "Markdown shortcuts: Ctrl+B bold, Ctrl+I italic, Ctrl+1 to 3 headings, "
                "Ctrl+Shift+8 list, Ctrl+Shift+. quote"
            )
        )
        menu = QMenu(self.format_button)
        for action in self.body.format_actions:
            menu.addAction(action)
        self.format_button.setMenu(menu)
        self.trash_button = button(self.tr("Move to Trash"), "quiet")
        self.trash_button.setToolTip(
            self.tr("Entries stay in the Trash for 30 days before they are deleted for good.")
        )
        self.trash_button.hide()  # until there is a saved entry to move
        self.pattern_button = button(self.tr("This is a pattern…"), "quiet")
        self.pattern_button.setToolTip(
            self.tr("Note that something in this entry is a pattern you want to see")
        )
        self.pattern_button.hide()  # until there is a saved entry to note it from
        self.status = text_label("", "muted", wrap=False)
        self.status.setAccessibleName(self.tr("Save status"))
        # Wraps rather than cutting its words off when the column is narrow or text large.
        footer = WrappingRow(spacing=8)
        footer.add_leading(self.format_button)
        footer.add_leading(self.pattern_button)
        footer.add_leading(self.trash_button)
        footer.add_trailing(self.status)
        self._footer = footer

        # One centred column, at most TEXT_COLUMN_WIDTH wide: long lines tire the eye.
        column_widget = QWidget()
        column_widget.setMaximumWidth(scaled(TEXT_COLUMN_WIDTH, self.font()))
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 8)
        column.setSpacing(12)
        header = QVBoxLayout()
        # The body's text sits 4 px in (its document margin); the title lines up with it.
        header.setContentsMargins(4, 0, 4, 0)
        header.setSpacing(10)
        header.addWidget(self.title)
        header.addWidget(self.details)
        header.addWidget(self.prompt_label)
        column.addLayout(header)
        self.rule = QFrame()
        self.rule.setFixedHeight(1)
        set_role(self.rule, "rule")
        column.addWidget(self.rule)
        column.addWidget(self.body, 1)
        column.addLayout(footer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(column_widget, 100)
        layout.addStretch(1)

        self.autosave = Autosave(runner, self.snapshot, parent=self)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count)

        self.title.textEdited.connect(self._edited)
        self.title.textEdited.connect(self._title_typed)
        self.title.returnPressed.connect(self.body.setFocus)
        self.body.textChanged.connect(self._body_changed)
        self.details.changed.connect(self._edited)
        self.details.wants_known_tags.connect(self.wants_known_tags)
        self.autosave.state_changed.connect(self._show_status)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._failed)
        self.trash_button.clicked.connect(self._trash)
        self.pattern_button.clicked.connect(self._pattern)
        self.setTabOrder(self.title, self.body)
        self._show_status()

    # -- the journal ------------------------------------------------------------------

    def open_journal(self, journal: Journal) -> None:
        self.autosave.open_journal(journal)

    @property
    def entry(self) -> Entry | None:
        """The entry as last saved; None for a new one not saved yet."""
        return self.autosave.draft.entry

    @property
    def entry_id(self) -> str | None:
        return self.autosave.draft.entry_id

    def snapshot(self) -> DraftContent:
        return DraftContent(
            day=self.details.day_value(),
            kind=self.details.kind_value(),
            title=self.title.text(),
            body=self.body.toPlainText(),
            mood=self.details.mood.value(),
            energy=self.details.energy.value(),
            emotions=self.details.emotions(),
            tags=self.details.tags.tags(),
            private=self.details.private.isChecked(),
            session_id=self._session_id,
            prompt=self._prompt,
        )

    def new_entry(self, day: date | None = None) -> None:
        """A blank page; it becomes an entry when something is written in it."""
        content = DraftContent(day=day or date.today())
        self._show(EntryDraft(), content)
        self.body.setFocus()

    def start_entry(self, content: DraftContent) -> None:
        """A new entry that starts from a prompt or a guide; like a blank page, it is only
        saved once something is written in it."""
        self._show(EntryDraft(), content)
        cursor = self.body.textCursor()
        text = content.body
        # Under a guide's first heading, ready to answer it; else at the end.
        at = text.find("\n") + 1 if text.startswith("#") and "\n" in text else len(text)
        cursor.setPosition(to_utf16(text, at))
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def select_passage(self, start: int, end: int) -> None:
        """Selects `body[start:end]` (string offsets) and scrolls it into view."""
        text = self.body.toPlainText()
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        cursor = self.body.textCursor()
        cursor.setPosition(to_utf16(text, start))
        cursor.setPosition(to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()
        self.body.setFocus()

    def mark_insight(self) -> None:
        """Asks for the selected words to be kept as an insight, once they are saved."""
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            return
        text = self.body.toPlainText()
        start = from_utf16(text, cursor.selectionStart())
        end = from_utf16(text, cursor.selectionEnd())
        if not text[start:end].strip():
            return
        self.autosave.save_all_now(create=True)
        self.insight_requested.emit(MarkedPassage(self.autosave.draft, start, end, text[start:end]))

    def open_entry(self, entry: Entry) -> None:
        if entry.id == self.entry_id:
            return
        self._show(EntryDraft(entry), DraftContent.of(entry))

    def reload(self, entry: Entry) -> None:
        """Shows the stored entry again after something else changed it (a tag renamed)."""
        cursor = self.body.textCursor().position()
        self._show(EntryDraft(entry), DraftContent.of(entry))
        text_cursor = self.body.textCursor()
        text_cursor.setPosition(min(cursor, self.body.document().characterCount() - 1))
        self.body.setTextCursor(text_cursor)

    def save_now(self) -> None:
        self.autosave.save_now()

    def flush(self) -> list[UnsavedEntry]:
        """Writes what is unsaved before returning; the journal locks right after.
        Returns the words that could not be written (see `Autosave.flush`)."""
        return self.autosave.flush()

    def give_back(self, entry: Entry | None, content: DraftContent) -> None:
        """Shows words that could not be saved before a lock, in `entry` (None: a new
        one), and saves them as soon as it can."""
        self._show(EntryDraft(entry), content)
        self.autosave.try_again()
        cursor = self.body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def save_left_behind(self, entry: Entry | None, content: DraftContent) -> None:
        """Saves words that could not be saved before a lock without showing them."""
        self.autosave.save_left_behind(entry, content)

    def clear(self) -> None:
        """Forgets the entry, the text and every undo step (on lock)."""
        self._count_timer.stop()
        self.autosave.reset()
        self._loading = True
        try:
            self.title.setText("")  # unlike clear(), setText drops the undo history
            self.body.forget()
            self.details.clear()
            self._show_prompt(None)
            self._session_id = None
        finally:
            self._loading = False
        self._words = 0
        self.trash_button.hide()
        self.pattern_button.hide()
        self._show_status()

    def set_colors(self, colors: Colors) -> None:
        self.body.highlighter.set_colors(colors)
        self.details.apply_colors()

    def add_to_footer(self, widget: QWidget) -> None:
        """A small companion beside the save status, such as the writing timer."""
        self._footer.add_trailing(widget, -1)  # before the save status

    def set_known_tags(self, names: list[str]) -> None:
        self.details.tags.set_known_tags(names)

    # -- internals --------------------------------------------------------------------

    def _show(self, draft: EntryDraft, content: DraftContent) -> None:
        content = self.autosave.begin(draft, content)
        self._session_id = content.session_id
        self._show_prompt(content.prompt)
        self._loading = True
        try:
            self.title.setText(content.title)
            self.body.setPlainText(content.body)
            self.details.load(
                kind=content.kind,
                day=content.day,
                mood=content.mood,
                energy=content.energy,
                emotions=content.emotions,
                tags=content.tags,
                private=content.private,
            )
        finally:
            self._loading = False
        self._count()
        self.trash_button.setVisible(draft.entry is not None)
        self.pattern_button.setVisible(draft.entry is not None)

    def _show_prompt(self, prompt: str | None) -> None:
        self._prompt = prompt
        self.prompt_label.setText(
            self.tr("Writing from a prompt: %1").replace("%1", prompt) if prompt else ""
        )
        self.prompt_label.setVisible(bool(prompt))

    def _edited(self) -> None:
        if not self._loading:
            self.autosave.edited()

    def _title_typed(self) -> None:
        if not self._loading:
            self.typed.emit()

    def _body_changed(self) -> None:
        if self._loading:
            return
        self.autosave.edited()
        self.typed.emit()
        self._count_timer.start()

    def _count(self) -> None:
        text = self.body.toPlainText()
        self._words = count_words(text)
        self.details.set_body_tags(tags_in_body(text))
        self._show_status()

    def _saved(self, entry: Entry, created: bool) -> None:
        if entry.id == self.entry_id:
            self.trash_button.setVisible(True)
            self.pattern_button.setVisible(True)
        self.saved.emit(entry, created)

    def _failed(self, message: str) -> None:
        self._show_status(message=message)
        self.save_failed.emit(message)

    def _trash(self) -> None:
        entry_id = self.entry_id
        if entry_id is not None:
            self.autosave.save_now()
            self.trash_requested.emit(entry_id)

    def _pattern(self) -> None:
        entry_id = self.entry_id
        if entry_id is not None:
            self.autosave.save_now()  # queued first, so the dialog reads what was typed
            self.pattern_requested.emit(entry_id)

    def _show_status(self, _state: object = None, *, message: str = "") -> None:
        words = plural(self._words, self.tr("1 word"), self.tr("%n words", "", self._words))
        state = self.autosave.state
        if state == SaveState.FAILED:
            text = self.tr("%1 · Not saved").replace("%1", words)
            set_role(self.status, "error-text")
            self.status.setToolTip(message)
        else:
            saving = {
                SaveState.BLANK: "",
                SaveState.SAVED: self.tr("Saved"),
                SaveState.SAVING: self.tr("Saving…"),
            }[state]
            text = f"{words} · {saving}" if saving else words
            set_role(self.status, "muted")
            self.status.setToolTip("")
        self.status.setText(text)
        repolish(self.status)
