"""Editing a set of tags: removable chips, and a field completing from the tags in use."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from afterglow.core.errors import InvalidEntry
from afterglow.core.tags import normalize_tag
from afterglow.ui.theme import set_role
from afterglow.ui.widgets.chips import Chip
from afterglow.ui.widgets.flow_layout import FlowLayout


class TagEditor(QWidget):
    """Tags typed here are written as stored ("Self care" becomes "self-care").

    Enter or a comma adds what was typed; Backspace in an empty field removes the last
    tag. `fixed` tags (from `#tags` in the text) are shown but can only go by editing it.
    """

    changed = Signal()
    wants_known_tags = Signal()  # the field got focus: a good moment to load completions
    problem = Signal(str)

    def __init__(
        self, placeholder: str, accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._fixed: list[str] = []
        self._chips: dict[str, Chip] = {}
        self._fixed_chips: list[Chip] = []
        self.flow = FlowLayout(self, spacing=6)
        self.field = QLineEdit()
        set_role(self.field, "inline")
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(accessible_name)
        self.field.setMinimumWidth(110)
        self.field.setMaxLength(80)
        self.known = QStringListModel(self)
        self.completer = QCompleter(self.known, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.field.setCompleter(self.completer)
        self.completer.activated.connect(self._completed)
        self.field.returnPressed.connect(self._add_typed)
        self.field.textEdited.connect(self._typed)
        self.field.installEventFilter(self)
        self.flow.addWidget(self.field)
        self.setFocusProxy(self.field)

    # -- the tags ---------------------------------------------------------------------

    def tags(self) -> tuple[str, ...]:
        return tuple(sorted(self._tags))

    def set_tags(self, tags: Iterable[str]) -> None:
        """Shows `tags` without emitting `changed` (loading an entry)."""
        for chip in self._chips.values():
            self.flow.discard(chip)
        self._chips.clear()
        self._tags = []
        for tag in sorted(set(tags)):
            self._add_chip(tag)
        self.field.setText("")  # unlike clear(), leaves no undo step behind

    def set_fixed(self, tags: Iterable[str], tooltip: str = "") -> None:
        """Tags shown before the others that cannot be removed here."""
        tags = sorted(set(tags))
        if tags == self._fixed:
            return
        for chip in self._fixed_chips:
            self.flow.discard(chip)
        self._fixed_chips = []
        self._fixed = tags
        for index, tag in enumerate(tags):
            chip = Chip(f"#{tag}", role="chip-fixed", tooltip=tooltip)
            self.flow.insert_widget(index, chip)
            self._fixed_chips.append(chip)

    def set_known_tags(self, names: Iterable[str]) -> None:
        self.known.setStringList(list(names))

    def add(self, text: str) -> bool:
        """Adds a tag as typed; False (and `problem`) when it cannot be a tag."""
        try:
            tag = normalize_tag(text)
        except InvalidEntry:
            self.problem.emit(
                self.tr("A tag is made of letters, digits, - and _, with at least one letter.")
            )
            return False
        if tag not in self._tags:
            self._add_chip(tag)
            self.changed.emit()
        return True

    def remove(self, tag: str) -> None:
        chip = self._chips.pop(tag, None)
        if chip is None:
            return
        self._tags.remove(tag)
        self.flow.discard(chip)
        self.changed.emit()

    def clear(self) -> None:
        self.set_tags(())
        self.set_fixed(())
        self.known.setStringList([])

    # -- internals --------------------------------------------------------------------

    def _add_chip(self, tag: str) -> None:
        self._tags.append(tag)
        chip = Chip(f"#{tag}", removable=True)
        chip.removed.connect(lambda _text, tag=tag: self.remove(tag))
        self._chips[tag] = chip
        self.flow.insert_widget(self.flow.count() - 1, chip)

    def _add_typed(self) -> None:
        text = self.field.text().strip().strip(",")
        if text and self.add(text):
            self.field.clear()

    def _completed(self, text: str) -> None:
        if self.add(text):
            # The completer writes its choice into the field after this; clear it then.
            self.field.clear()
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()
            self.field.setText("")

    def _typed(self, text: str) -> None:
        if "," in text:
            for piece in text.split(",")[:-1]:
                if piece.strip():
                    self.add(piece)
            self.field.setText(text.split(",")[-1].lstrip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field:
            if event.type() == QEvent.Type.FocusIn:
                self.wants_known_tags.emit()
            elif (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Backspace
                and not self.field.text()
                and self._tags
            ):
                self.remove(self._tags[-1])
                return True
        return super().eventFilter(watched, event)
