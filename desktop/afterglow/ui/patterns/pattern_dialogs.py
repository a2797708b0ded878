"""Naming a pattern (new or edited), and asking before a pattern or an occurrence is
deleted for good. Dialogs open with `open()`, so locking can close them."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from afterglow.core.patterns import MAX_NAME_LENGTH, Pattern
from afterglow.ui.journal.wording import plural
from afterglow.ui.widgets.dialog import ConfirmDialog, FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error, text_label
from afterglow.ui.words import translated

# The app's style sheet leaves plain-text boxes and date-and-time edits to the platform;
# these match its line edits and date edits, in the palette the theme sets.
FIELDS_QSS = """
QPlainTextEdit {
    background: palette(base); border: 1px solid palette(mid); border-radius: 10px;
    padding: 4px 6px;
}
QPlainTextEdit:focus { border: 2px solid palette(highlight); padding: 3px 5px; }
QDateTimeEdit {
    background: palette(base); border: 1px solid palette(mid); border-radius: 8px;
    padding: 4px 10px; min-height: 20px;
}
QDateTimeEdit:focus { border: 2px solid palette(highlight); padding: 3px 9px; }
QDateTimeEdit::drop-down { border: none; width: 18px; }
"""


class PatternDialog(FormDialog):
    """A name and a description; `pattern` is None for a new one."""

    def __init__(self, pattern: Pattern | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Name a pattern") if pattern is None else self.tr("Edit pattern")
        lead = self.tr(
            "A pattern is something that keeps happening that you want to see more clearly, "
            "such as people-pleasing or snapping when tired."
        )
        super().__init__(title, lead if pattern is None else "", parent)
        self.setStyleSheet(FIELDS_QSS)
        self.pattern = pattern
        self.name = QLineEdit(pattern.name if pattern else "")
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("For example: saying yes when I mean no"))
        self.name.setAccessibleName(self.tr("Name of the pattern"))
        self.description = QPlainTextEdit(pattern.description if pattern else "")
        self.description.setPlaceholderText(
            self.tr("What it looks like, when it tends to happen, what it protects (optional)")
        )
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(110)
        self.error = error_label()
        self.add(text_label(self.tr("Name"), "field-label"))
        self.add(self.name)
        self.add(text_label(self.tr("Description"), "field-label"))
        self.add(self.description)
        self.add(self.error)
        self.cancel_button = button(self.tr("Cancel"))
        self.save_button = button(
            self.tr("Add pattern") if pattern is None else self.tr("Save"), "primary"
        )
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        self.name.returnPressed.connect(self._save)
        self.set_buttons([], [self.cancel_button, self.save_button])
        self.save_button.setDefault(True)
        self.name.setFocus()

    def chosen_name(self) -> str:
        return self.name.text().strip()

    def chosen_description(self) -> str:
        return self.description.toPlainText().strip()

    def _save(self) -> None:
        if not self.chosen_name():
            show_error(self.error, self.tr("Give the pattern a name."))
            self.name.setFocus()
            return
        self.accept()


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return translated(text, disambiguation, n)


def delete_pattern_dialog(pattern: Pattern, occurrences: int, parent: QWidget) -> ConfirmDialog:
    lead = plural(
        occurrences,
        _tr("“%1” and the one time you noted it will be deleted for good."),
        _tr("“%1” and the %n times you noted it will be deleted for good.", "", occurrences),
    )
    if occurrences == 0:
        lead = _tr("“%1” will be deleted for good.")
    lead = (
        lead.replace("%1", pattern.name)
        + " "
        + _tr(
            "This cannot be undone. If it simply isn't happening any more, you could mark it "
            "resolved instead and keep its history."
        )
    )
    return ConfirmDialog(_tr("Delete this pattern?"), lead, _tr("Delete for good"), parent)


def delete_occurrence_dialog(parent: QWidget) -> ConfirmDialog:
    return ConfirmDialog(
        _tr("Delete this occurrence?"),
        _tr(
            "This time will be taken out of the pattern's history for good. Any entry it "
            "was noted from stays in your journal."
        ),
        _tr("Delete"),
        parent,
    )
