"""One named pattern: what it is, how often it has shown up month by month and which way
that is going, and every time it was noted, with ways to add, edit and delete them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from afterglow.core.errors import AfterglowError
from afterglow.core.patterns import Occurrence, Pattern, PatternStatus
from afterglow.core.patterns_service import Patterns
from afterglow.patterns import PatternTrend
from afterglow.ui.journal.wording import plural
from afterglow.ui.patterns.cards import ChartCard
from afterglow.ui.patterns.chart_theme import category_labels
from afterglow.ui.patterns.frequency_card import month_label
from afterglow.ui.patterns.occurrence_dialog import OccurrenceDialog, OccurrenceDraft
from afterglow.ui.patterns.occurrence_list import OccurrenceDelegate, OccurrenceListModel
from afterglow.ui.patterns.pattern_dialogs import (
    PatternDialog,
    delete_occurrence_dialog,
    delete_pattern_dialog,
)
from afterglow.ui.patterns.wording import trend_sentence
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.widgets.dialog import ConfirmDialog
from afterglow.ui.widgets.list_detail import RowList
from afterglow.ui.widgets.page import button, text_label

D = TypeVar("D", OccurrenceDialog, PatternDialog, ConfirmDialog)

CHART_MONTHS = 12
MOST_LABELS = 12


@dataclass(frozen=True)
class PatternDetails:
    pattern: Pattern
    trend: PatternTrend
    occurrences: int


def pattern_details(patterns: Patterns, pattern_id: str) -> PatternDetails:
    """Read on the worker: the pattern, its trend as of today and how often it was noted."""
    return PatternDetails(
        patterns.get(pattern_id), patterns.trend(pattern_id), patterns.occurrence_count(pattern_id)
    )


class OccurrencesCard(ChartCard):
    """Times noted each month, as bars, with the trend in words beside them."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Over time"), colors, parent)

    def show_details(self, details: PatternDetails) -> None:
        trend = details.trend
        months = trend.by_month[-CHART_MONTHS:]
        this_month = months[-1].count if months else 0
        total = details.occurrences
        if total == 0:
            counted = self.tr("Nothing noted yet.")
        else:
            counted = plural(
                total, self.tr("Noted once so far."), self.tr("Noted %n times so far.", "", total)
            )
            if this_month == 0:
                counted += " " + self.tr("Not yet this month.")
            else:
                counted += " " + plural(
                    this_month,
                    self.tr("Once this month."),
                    self.tr("%n times this month.", "", this_month),
                )
        self.set_summary(f"{counted} {trend_sentence(trend)}")
        c = self._colors()
        chart = self.fresh_chart()
        bars = QBarSet(self.tr("Times noted"))
        bars.setColor(QColor(c.accent))
        bars.setBorderColor(QColor(c.accent))
        bars.append([float(m.count) for m in months])
        series = QBarSeries()
        series.setBarWidth(0.45)
        series.append(bars)
        chart.addSeries(series)
        years = {m.month[:4] for m in months}
        x_axis = QBarCategoryAxis()
        labels = [month_label(m.month, len(years) > 1) for m in months]
        x_axis.append(category_labels(labels, MOST_LABELS) or [""])
        y_axis = QValueAxis()
        y_axis.setRange(0, max(max((m.count for m in months), default=0) + 1, 4))
        y_axis.setLabelFormat("%d")
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.finish_chart(chart)


class PatternPage(QWidget):
    """`changed` after anything about the pattern or its occurrences was saved."""

    changed = Signal()
    deleted = Signal(str)
    notice = Signal(str)
    entry_requested = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._colors = colors
        self._patterns: Patterns | None = None
        self._reading = 0
        self.details: PatternDetails | None = None
        self.dialog: OccurrenceDialog | PatternDialog | ConfirmDialog | None = None

        self.name = text_label("", "title")
        self.status = text_label(self.tr("Resolved"), "badge", wrap=False)
        self.status.hide()
        self.description = text_label("", "lead")
        self.note_button = button(self.tr("Note a time it happened"), "primary")
        self.edit_button = button(self.tr("Edit…"), "quiet")
        self.resolve_button = button(self.tr("Mark resolved"), "quiet")
        self.delete_button = button(self.tr("Delete…"), "quiet")
        self.card = OccurrencesCard(colors)

        self.model = OccurrenceListModel(runner, parent=self)
        self.list = RowList(self.model, self.tr("Times it was noted, newest first"))
        self.list.setItemDelegate(OccurrenceDelegate(colors, parent=self.list))
        self.list.setMinimumHeight(200)
        self.empty = text_label(
            self.tr(
                "Nothing noted yet. When it shows up, note it here, or from a journal entry "
                "with “This is a pattern…”."
            ),
            "empty",
        )
        self.edit_occurrence_button = button(self.tr("Edit…"), "quiet")
        self.edit_occurrence_button.setAccessibleName(self.tr("Edit the time chosen"))
        self.delete_occurrence_button = button(self.tr("Delete…"), "quiet")
        self.delete_occurrence_button.setAccessibleName(self.tr("Delete the time chosen"))

        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(self.name, 1)
        heading.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.note_button)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.resolve_button)
        actions.addWidget(self.delete_button)
        list_heading = QHBoxLayout()
        list_heading.addWidget(text_label(self.tr("Each time"), "heading", wrap=False))
        list_heading.addStretch(1)
        list_heading.addWidget(self.edit_occurrence_button)
        list_heading.addWidget(self.delete_occurrence_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 0, 8)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.description)
        layout.addLayout(actions)
        layout.addWidget(self.card)
        layout.addLayout(list_heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)

        self.note_button.clicked.connect(lambda: self.note_occurrence())
        self.edit_button.clicked.connect(lambda: self.edit_pattern())
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(lambda: self.delete_pattern())
        self.edit_occurrence_button.clicked.connect(lambda: self.edit_occurrence())
        self.delete_occurrence_button.clicked.connect(lambda: self.delete_occurrence())
        self.list.doubleClicked.connect(lambda _index: self.edit_occurrence())
        self.list.activated.connect(lambda _index: self.edit_occurrence())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_list)
        self.model.rowsInserted.connect(self._update_list)
        self.model.page_loaded.connect(self._update_list)
        self.model.load_failed.connect(self.notice)
        self._update_list()

    # -- showing a pattern ------------------------------------------------------------

    @property
    def pattern(self) -> Pattern | None:
        return self.details.pattern if self.details else None

    def open_patterns(self, patterns: Patterns) -> None:
        self._patterns = patterns

    def show_pattern(self, pattern_id: str) -> None:
        patterns = self._patterns
        if patterns is None:
            return
        self._reading += 1
        reading = self._reading
        self._runner.run(
            lambda: pattern_details(patterns, pattern_id),
            on_done=lambda details: self._shown(reading, details),
            on_error=self._failed,
        )
        if self.model.pattern_id != pattern_id:
            self.model.show_occurrences(patterns, pattern_id)

    def refresh(self) -> None:
        pattern = self.pattern
        if pattern is not None:
            self.show_pattern(pattern.id)
            self.model.reload()

    def clear(self) -> None:
        self._patterns = None
        self._reading += 1
        self.details = None
        self.close_dialog()
        self.model.clear()
        self.card.clear()
        self.name.clear()
        self.description.clear()
        self.status.hide()

    def close_dialog(self) -> None:
        dialog = self.dialog
        self.dialog = None
        if dialog is not None:
            if isinstance(dialog, OccurrenceDialog):
                dialog.clear_text()
            dialog.done(0)
            dialog.deleteLater()

    def apply_colors(self) -> None:
        if self.details is not None:
            self.card.show_details(self.details)
        self.list.viewport().update()

    def _shown(self, reading: int, details: PatternDetails) -> None:
        if reading != self._reading:
            return
        self.details = details
        pattern = details.pattern
        resolved = pattern.status is PatternStatus.RESOLVED
        self.name.setText(pattern.name)
        self.name.setAccessibleName(pattern.name)
        self.description.setText(pattern.description)
        self.description.setVisible(bool(pattern.description))
        self.status.setVisible(resolved)
        self.resolve_button.setText(
            self.tr("Active again") if resolved else self.tr("Mark resolved")
        )
        self.resolve_button.setAccessibleName(self.resolve_button.text())
        self.resolve_button.setToolTip(
            self.tr("Follow this pattern again")
            if resolved
            else self.tr("It isn't happening any more; its history stays")
        )
        self.card.show_details(details)

    # -- the pattern ------------------------------------------------------------------

    def edit_pattern(self) -> PatternDialog | None:
        pattern = self.pattern
        if pattern is None:
            return None
        dialog = PatternDialog(pattern, self.window())

        def save() -> None:
            # Read here, on this thread, while the dialog still exists; the write runs later.
            changed = Pattern(
                pattern.id,
                dialog.chosen_name(),
                dialog.chosen_description(),
                pattern.created_at,
                pattern.status,
            )
            self._write(lambda p: p.update(changed), self.tr("Saved."))

        dialog.accepted.connect(save)
        return self._open(dialog)

    def toggle_resolved(self) -> None:
        pattern = self.pattern
        if pattern is None:
            return
        if pattern.status is PatternStatus.RESOLVED:
            self._write(lambda p: p.reactivate(pattern.id), self.tr("Following it again."))
        else:
            self._write(
                lambda p: p.resolve(pattern.id),
                self.tr("Marked resolved. Its history stays here."),
            )

    def delete_pattern(self) -> ConfirmDialog | None:
        details = self.details
        if details is None:
            return None
        pattern_id = details.pattern.id
        dialog = delete_pattern_dialog(details.pattern, details.occurrences, self.window())
        dialog.accepted.connect(lambda: self._delete_pattern(pattern_id))
        return self._open(dialog)

    def _delete_pattern(self, pattern_id: str) -> None:
        patterns = self._patterns
        if patterns is None:
            return
        self._runner.run(
            lambda: patterns.delete(pattern_id),
            on_done=lambda _count: self._pattern_deleted(pattern_id),
            on_error=self._failed,
        )

    def _pattern_deleted(self, pattern_id: str) -> None:
        self.details = None
        self.model.clear()
        self.notice.emit(self.tr("The pattern was deleted."))
        self.deleted.emit(pattern_id)

    # -- occurrences ------------------------------------------------------------------

    def note_occurrence(self) -> OccurrenceDialog | None:
        pattern = self.pattern
        if pattern is None:
            return None
        dialog = OccurrenceDialog(self._colors, pattern=pattern, parent=self.window())
        dialog.accepted.connect(lambda: self._log(dialog.draft()))
        return self._open(dialog)

    def selected_occurrence(self) -> Occurrence | None:
        index = self.list.currentIndex()
        selected = self.list.selectionModel().isSelected(index) if index.isValid() else False
        return self.model.occurrence_at(index.row()) if selected else None

    def edit_occurrence(self) -> OccurrenceDialog | None:
        occurrence = self.selected_occurrence()
        if occurrence is None:
            return None
        dialog = OccurrenceDialog(self._colors, occurrence=occurrence, parent=self.window())
        dialog.accepted.connect(lambda: self._update_occurrence(occurrence, dialog.draft()))
        dialog.open_entry_requested.connect(self.entry_requested)
        return self._open(dialog)

    def delete_occurrence(self) -> ConfirmDialog | None:
        occurrence = self.selected_occurrence()
        if occurrence is None:
            return None
        dialog = delete_occurrence_dialog(self.window())
        dialog.accepted.connect(
            lambda: self._write(lambda p: p.delete_occurrence(occurrence.id), self.tr("Deleted."))
        )
        return self._open(dialog)

    def _log(self, draft: OccurrenceDraft) -> None:
        pattern_id = draft.pattern_id
        if pattern_id is None:
            return
        self._write(
            lambda p: p.log_occurrence(
                pattern_id,
                occurred_at=draft.occurred_at,
                entry_id=draft.entry_id,
                trigger=draft.trigger,
                response=draft.response,
                alternative=draft.alternative,
                intensity=draft.intensity,
            ),
            self.tr("Noted."),
        )

    def _update_occurrence(self, occurrence: Occurrence, draft: OccurrenceDraft) -> None:
        edited = Occurrence(
            id=occurrence.id,
            pattern_id=occurrence.pattern_id,
            entry_id=occurrence.entry_id,
            occurred_at=draft.occurred_at,
            trigger=draft.trigger,
            response=draft.response,
            alternative=draft.alternative,
            intensity=draft.intensity,
        )
        self._write(lambda p: p.update_occurrence(edited), self.tr("Saved."))

    # -- internals --------------------------------------------------------------------

    def _open(self, dialog: D) -> D:
        self.close_dialog()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()

    def _write(self, change: Callable[[Patterns], object], said: str) -> None:
        patterns = self._patterns
        if patterns is None:
            return
        self._runner.run(
            lambda: change(patterns),
            on_done=lambda _result: self._written(said),
            on_error=self._failed,
        )

    def _written(self, said: str) -> None:
        self.refresh()
        self.notice.emit(said)
        self.changed.emit()

    def _failed(self, error: AfterglowError) -> None:
        self.notice.emit(error.message)

    def _update_list(self, *_args: object) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows and not self.model.is_loading)
        self.list.setVisible(has_rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_occurrence() is not None
        self.edit_occurrence_button.setEnabled(chosen)
        self.delete_occurrence_button.setEnabled(chosen)

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.selectionModel().select(
            index, self.list.selectionModel().SelectionFlag.ClearAndSelect
        )
