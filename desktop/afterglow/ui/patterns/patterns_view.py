"""The Patterns section: the overview of charts, named patterns, and the check-in
questionnaires, each a page behind a row of tabs.

Follows the section contract (`open_journal`, `flush`, `clear`). Whatever page shows is
read again each time the section comes into view, since entries change elsewhere; all
reading and writing goes through the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from afterglow.core.entries import Entry
from afterglow.core.errors import AfterglowError
from afterglow.core.patterns import Occurrence, Pattern, PatternStatus
from afterglow.core.patterns_service import Patterns
from afterglow.ui.measures.measures_page import MeasuresPage
from afterglow.ui.patterns.named_patterns import NamedPatternsPage
from afterglow.ui.patterns.occurrence_dialog import OccurrenceDialog, OccurrenceDraft
from afterglow.ui.patterns.overview_page import OverviewPage
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.page import button, text_label
from afterglow.vault.services import JournalServices


@dataclass(frozen=True)
class Noted:
    pattern: Pattern
    occurrence: Occurrence


def note_from_entry(patterns: Patterns, draft: OccurrenceDraft) -> Noted:
    """Names the new pattern if one was typed, then notes the occurrence (worker)."""
    if draft.pattern_id is None:
        pattern = patterns.add(draft.new_name)
    else:
        pattern = patterns.get(draft.pattern_id)
    occurrence = patterns.log_occurrence(
        pattern.id,
        occurred_at=draft.occurred_at,
        entry_id=draft.entry_id,
        trigger=draft.trigger,
        response=draft.response,
        alternative=draft.alternative,
        intensity=draft.intensity,
    )
    return Noted(pattern, occurrence)


class PatternsView(QWidget):
    """`entry_requested(id)` asks the app to open an entry in the Journal."""

    notice = Signal(str)
    entry_requested = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._colors = colors
        self._services: JournalServices | None = None
        self._asking = 0
        self.dialog: OccurrenceDialog | None = None

        self.overview = OverviewPage(runner, colors, today)
        self.named = NamedPatternsPage(runner, colors)
        self.measures = MeasuresPage(runner, colors)
        self.pages = QStackedWidget()
        for page in (self.overview, self.named, self.measures):
            self.pages.addWidget(page)

        self.overview_tab = button(self.tr("Overview"), "quiet")
        self.named_tab = button(self.tr("Named patterns"), "quiet")
        self.measures_tab = button(self.tr("Check-in questionnaires"), "quiet")
        self.tabs = QButtonGroup(self)
        heading = QHBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(text_label(self.tr("Patterns"), "heading", wrap=False))
        heading.addSpacing(16)
        for tab, page in (
            (self.overview_tab, self.overview),
            (self.named_tab, self.named),
            (self.measures_tab, self.measures),
        ):
            tab.setCheckable(True)
            self.tabs.addButton(tab)
            heading.addWidget(tab)
            tab.toggled.connect(lambda on, page=page: self._tab_toggled(on, page))
        heading.addStretch(1)
        self.overview_tab.setChecked(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(self.pages, 1)

        for page in (self.overview, self.named, self.measures):
            page.notice.connect(self.notice)
        self.overview.entry_chosen.connect(self.entry_requested)
        self.named.entry_requested.connect(self.entry_requested)

    # -- the section contract ---------------------------------------------------------

    def open_journal(self, services: JournalServices) -> None:
        self._services = services
        self.overview.open_journal(services.overview, services.patterns, services.journal)
        self.named.open_journal(services.patterns)
        self.measures.open_journal(services.measures)
        if self.isVisible():
            self.refresh()

    def flush(self) -> None:
        """Nothing is kept unsaved here: every change is written when it is made."""

    def clear(self) -> None:
        self._services = None
        self._asking += 1
        self.close_dialog()
        self.overview.clear()
        self.named.clear()
        self.measures.clear()
        self.overview_tab.setChecked(True)

    def set_colors(self, _colors: Colors) -> None:
        """Redraws in a new theme (charts take their colours when drawn)."""
        self.overview.apply_colors()
        self.named.apply_colors()
        self.measures.apply_colors()

    # -- what the person does ---------------------------------------------------------

    def show_overview(self) -> None:
        self.overview_tab.setChecked(True)

    def show_named_patterns(self, pattern_id: str | None = None) -> None:
        self.named_tab.setChecked(True)
        if pattern_id is not None:
            self.named.show_pattern(pattern_id)

    def show_measures(self) -> None:
        self.measures_tab.setChecked(True)

    def refresh(self) -> None:
        """Reads the page showing again."""
        page = self.pages.currentWidget()
        if page is self.overview:
            self.overview.load()
        elif page is self.named:
            self.named.load()
        elif page is self.measures:
            self.measures.load()

    def log_from_entry(self, entry_id: str) -> None:
        """ "This is a pattern…" from the Journal: asks which pattern, filled in with the entry."""
        services = self._services
        if services is None:
            return
        self._asking += 1
        asking = self._asking
        journal, patterns = services.journal, services.patterns
        self._runner.run(
            lambda: (journal.get(entry_id), patterns.list(PatternStatus.ACTIVE)),
            on_done=lambda found: self._ask(asking, *found),
            on_error=self._failed,
        )

    def close_dialog(self) -> None:
        dialog = self.dialog
        self.dialog = None
        if dialog is not None:
            dialog.clear_text()
            dialog.done(0)
            dialog.deleteLater()
        self.named.close_dialog()
        self.measures.close_dialog()

    # -- internals --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def _tab_toggled(self, on: bool, page: QWidget) -> None:
        if on:
            self.pages.setCurrentWidget(page)
            self.refresh()

    def _ask(self, asking: int, entry: Entry, patterns: list[Pattern]) -> None:
        if asking != self._asking or self._services is None:
            return
        self.close_dialog()
        dialog = OccurrenceDialog(
            self._colors, patterns=patterns, entry=entry, parent=self.window()
        )
        dialog.accepted.connect(lambda: self._note(dialog.draft()))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: OccurrenceDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()

    def _note(self, draft: OccurrenceDraft) -> None:
        services = self._services
        if services is None:
            return
        patterns = services.patterns
        self._runner.run(
            lambda: note_from_entry(patterns, draft), on_done=self._noted, on_error=self._failed
        )

    def _noted(self, noted: Noted) -> None:
        self.notice.emit(
            self.tr("Noted as a time “%1” showed up.").replace("%1", noted.pattern.name)
        )
        if self.isVisible():
            self.refresh()

    def _failed(self, error: AfterglowError) -> None:
        self.notice.emit(error.message)
