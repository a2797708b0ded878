"""The patterns overview: a period to look at, the charts with their sentences, and the
entries behind whichever point was chosen.

The journal is read and analysed on the task runner (about a second for 50,000 entries);
the charts stay as they were, with a quiet progress line, until the new results arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.errors import AfterglowError
from afterglow.core.journal import Journal
from afterglow.core.patterns_overview import PatternsOverview
from afterglow.core.patterns_service import Patterns
from afterglow.patterns import ItemKind
from afterglow.ui.patterns.cards import ChartCard, Entries, PointQuery
from afterglow.ui.patterns.digest import PatternsDigest, digest
from afterglow.ui.patterns.entries_panel import PANEL_WIDTH, EntriesPanel
from afterglow.ui.patterns.frequency_card import FrequencyCard
from afterglow.ui.patterns.mood_card import MoodCard
from afterglow.ui.patterns.pairs_card import PairsCard
from afterglow.ui.patterns.practices_card import PracticeMoodCard, PracticesCard
from afterglow.ui.patterns.ranges import RangeChoice, RangeSelector, previous_span
from afterglow.ui.patterns.sessions_card import SessionsCard
from afterglow.ui.patterns.trends_card import TrendsCard
from afterglow.ui.patterns.wording import period_words
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.busy import BusyIndicator
from afterglow.ui.widgets.page import text_label

# Loading takes a moment on a large journal; a progress line only for work this long.
BUSY_AFTER_MS = 300


class OverviewPage(QWidget):
    """`load()` reads the chosen period again; `loaded` fires when the charts are drawn."""

    loaded = Signal()
    entry_chosen = Signal(str)
    notice = Signal(str)

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
        self._today = today
        self._overview: PatternsOverview | None = None
        self._patterns: Patterns | None = None
        self._journal: Journal | None = None
        self._generation = 0
        self._finding = 0
        self.digest: PatternsDigest | None = None
        self.loading = False

        self.range = RangeSelector(colors, today)
        self.busy = BusyIndicator()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(
            lambda: self.busy.start(self.tr("Looking through your journal…"))
        )
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(text_label(self.tr("Showing"), "muted", wrap=False))
        top.addWidget(self.range)
        top.addStretch(1)

        self.empty = text_label(
            self.tr(
                "Nothing to show for this period yet. As you write, with a mood, tags or "
                "feelings, what recurs will show here."
            ),
            "empty",
        )
        self.empty.hide()
        self.mood = MoodCard(colors)
        self.tags = FrequencyCard(ItemKind.TAG, colors)
        self.emotions = FrequencyCard(ItemKind.EMOTION, colors)
        self.sessions = SessionsCard(colors)
        self.practices = PracticesCard(colors)
        self.practice_mood = PracticeMoodCard(colors)
        self.pairs = PairsCard(colors)
        self.trends = TrendsCard(colors)
        self.cards: list[ChartCard] = [
            self.mood,
            self.tags,
            self.emotions,
            self.sessions,
            self.practices,
            self.practice_mood,
            self.pairs,
            self.trends,
        ]

        column = QWidget()
        cards = QVBoxLayout(column)
        cards.setContentsMargins(0, 0, 12, 16)
        cards.setSpacing(14)
        cards.addWidget(self.empty)
        for card in self.cards:
            cards.addWidget(card)
            card.point_chosen.connect(self.find_entries)
        cards.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Patterns overview"))
        self.scroll_area.setWidget(column)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.panel = EntriesPanel(runner, colors)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.addWidget(self.panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setHandleWidth(12)
        self.splitter.setStyleSheet("QSplitter::handle { background: transparent; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.splitter, 1)

        self.range.changed.connect(self._range_changed)
        self.panel.entry_chosen.connect(self.entry_chosen)
        self._show_cards(False)

    # -- the journal ------------------------------------------------------------------

    def open_journal(
        self, overview: PatternsOverview, patterns: Patterns, journal: Journal
    ) -> None:
        self._overview = overview
        self._patterns = patterns
        self._journal = journal

    def clear(self) -> None:
        """Forgets every number, chart and entry (on lock)."""
        self._overview = None
        self._patterns = None
        self._journal = None
        self._generation += 1
        self._finding += 1
        self.digest = None
        self._stop_busy()
        self.panel.clear()
        for card in self.cards:
            card.clear()
        self.range.reset()
        self._show_cards(False)
        self.empty.hide()

    def load(self) -> None:
        """Reads and analyses the period chosen, on the task runner."""
        overview, patterns = self._overview, self._patterns
        if overview is None or patterns is None:
            return
        since, until = self.range.span()
        before = previous_span(since, until)
        today = self._today()
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._busy_timer.start()
        self._runner.run(
            lambda: digest(overview, patterns, since, until, today, before),
            on_done=lambda result: self._arrived(generation, result),
            on_error=lambda error: self._failed(generation, error),
        )

    def apply_colors(self) -> None:
        """Redraws every chart in the current theme."""
        self.range.apply_colors()
        if self.digest is not None:
            self._draw(self.digest)
        self.panel.list.viewport().update()

    # -- entries behind a point -------------------------------------------------------

    def find_entries(self, query: PointQuery) -> None:
        """Lists the entries behind a chosen point in the side panel."""
        found = self.digest
        journal = self._journal
        if found is None or journal is None:
            return
        self._finding += 1
        finding = self._finding
        self._open_panel()
        self.panel.show_finding(query.title)
        self._runner.run(
            lambda: query.find(found.entries()),
            on_done=lambda result: self._found(finding, query.title, journal, result),
            on_error=lambda error: self._not_found(finding, error),
        )

    def _found(self, finding: int, title: str, journal: Journal, entries: Entries) -> None:
        if finding != self._finding or self._journal is None:
            return
        self.panel.show_entries(title, journal, entries)

    def _not_found(self, finding: int, error: AfterglowError) -> None:
        if finding == self._finding:
            self.panel.count.setText(error.message)

    def _open_panel(self) -> None:
        if self.panel.isHidden():
            width = self.splitter.width()
            self.splitter.setSizes([max(width - PANEL_WIDTH, 300), PANEL_WIDTH])

    # -- internals --------------------------------------------------------------------

    def _range_changed(self) -> None:
        choice = self.range.current()
        by_week = choice in (RangeChoice.LAST_30_DAYS, RangeChoice.LAST_3_MONTHS)
        for card in (self.tags, self.emotions):
            card.set_by_week(by_week)
        self.load()

    def _arrived(self, generation: int, result: PatternsDigest) -> None:
        if generation != self._generation:
            return
        self._stop_busy()
        self.digest = result
        self._draw(result)
        self.loaded.emit()

    def _failed(self, generation: int, error: AfterglowError) -> None:
        if generation != self._generation:
            return
        self._stop_busy()
        self.notice.emit(error.message)

    def _stop_busy(self) -> None:
        self.loading = False
        self._busy_timer.stop()
        self.busy.stop()

    def _draw(self, result: PatternsDigest) -> None:
        period = period_words(self.range.current())
        written = not result.is_empty
        self.empty.setVisible(not written)
        self.mood.show_digest(result, period)
        self.tags.show_frequencies(result.tags)
        self.emotions.show_frequencies(result.emotions)
        self.pairs.show_pairs(result.pairs)
        for card in (self.mood, self.tags, self.emotions, self.pairs):
            card.setVisible(written)
        self.sessions.show_digest(result)
        self.sessions.setVisible(bool(result.sessions))
        self.practices.show_digest(result)
        self.practice_mood.show_digest(result)
        self.practices.setVisible(bool(result.practices))
        self.practice_mood.setVisible(bool(result.practices) and written)
        self.trends.show_digest(result, period)
        self.trends.setVisible(bool(result.trends))

    def _show_cards(self, shown: bool) -> None:
        for card in self.cards:
            card.setVisible(shown)
