"""One practice on the Practices page: today's state with one click to mark it done, the
current and longest streak, 30-day adherence and the heat map."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from afterglow.core.practices import DAILY, Practice, PracticeKind
from afterglow.ui.practices.heat_map import HeatMap
from afterglow.ui.practices.overview import PracticeOverview
from afterglow.ui.theme import set_role
from afterglow.ui.widgets.page import button, text_label


def schedule_words(practice: Practice) -> str:
    if practice.schedule == DAILY:
        return QCoreApplication.translate("Practices", "Every day")
    locale = QLocale()
    return ", ".join(
        locale.dayName(day + 1, QLocale.FormatType.ShortFormat) for day in sorted(practice.weekdays)
    )


def target_words(practice: Practice) -> str:
    if practice.target is None or practice.kind is PracticeKind.CHECK:
        return ""
    amount = QLocale().toString(practice.target, "g", 6)
    return f"{amount} {practice.unit}".strip()


def streak_words(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("Practices", "1 day")
    return QCoreApplication.translate("Practices", "%1 days").replace("%1", str(days))


def adherence_words(done: int, scheduled: int) -> str:
    if scheduled == 0:
        return QCoreApplication.translate("Practices", "Not started yet")
    share = round(100 * done / scheduled)
    return (
        QCoreApplication.translate("Practices", "%1% (%2 of %3 days)")
        .replace("%1", str(share))
        .replace("%2", str(done))
        .replace("%3", str(scheduled))
    )


class PracticeCard(QFrame):
    """Signals carry the practice's id."""

    done_requested = Signal(str, bool)  # id, done
    open_requested = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    active_changed = Signal(str, bool)

    def __init__(self, overview: PracticeOverview, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        set_role(self, "card")
        practice = overview.practice
        self.practice_id = practice.id
        self.overview = overview
        self.setAccessibleName(practice.name)

        self.name = text_label(practice.name, "card-heading")
        details = " · ".join(w for w in (schedule_words(practice), target_words(practice)) if w)
        self.details = text_label(details, "muted")
        self.switch = QCheckBox(self.tr("On"))
        self.switch.setAccessibleName(self.tr("%1 on").replace("%1", practice.name))
        self.switch.setChecked(practice.active)
        self.switch.toggled.connect(lambda on: self.active_changed.emit(practice.id, on))
        heading = QHBoxLayout()
        heading.addWidget(self.name, 1)
        heading.addWidget(self.switch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.details)

        self.state = text_label("", None)
        self.done_button = button("", None if overview.done_today else "primary")
        self.done_button.clicked.connect(
            lambda: self.done_requested.emit(practice.id, not overview.done_today)
        )
        self.open_button = button(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(practice.id))
        self.edit_button = button(self.tr("Edit…"), "link")
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(practice.id))
        self.delete_button = button(self.tr("Delete…"), "link")
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(practice.id))
        today_row = QHBoxLayout()
        today_row.addWidget(self.state, 1)
        today_row.addWidget(self.done_button)
        today_row.addWidget(self.open_button)

        stats = overview.stats
        self.current_streak = text_label(
            self.tr("Current streak: %1").replace("%1", streak_words(stats.streaks.current)),
            wrap=False,
        )
        self.longest_streak = text_label(
            self.tr("Longest: %1").replace("%1", streak_words(stats.streaks.longest)),
            "muted",
            wrap=False,
        )
        self.adherence = text_label(
            self.tr("Last 30 days: %1").replace(
                "%1", adherence_words(stats.adherence.done, stats.adherence.scheduled)
            ),
            "muted",
            wrap=False,
        )
        stats_row = QHBoxLayout()
        stats_row.setSpacing(18)
        for label in (self.current_streak, self.longest_streak, self.adherence):
            stats_row.addWidget(label)
        stats_row.addStretch(1)
        self.heat_map = HeatMap()
        self.heat_map.show_days(overview.days, today)
        own_row = QHBoxLayout()
        own_row.addStretch(1)
        own_row.addWidget(self.edit_button)
        own_row.addWidget(self.delete_button)

        self.active_part = QWidget()
        inner = QVBoxLayout(self.active_part)
        inner.setContentsMargins(0, 4, 0, 0)
        inner.setSpacing(10)
        inner.addLayout(today_row)
        inner.addLayout(stats_row)
        inner.addWidget(self.heat_map)
        inner.addWidget(self.heat_map.summary)
        layout.addWidget(self.active_part)
        layout.addLayout(own_row)
        self.active_part.setVisible(practice.active)
        self.edit_button.setVisible(practice.builtin is None)
        self.delete_button.setVisible(practice.builtin is None)
        self._show_today(overview, today)

    def _show_today(self, overview: PracticeOverview, today: date) -> None:
        practice = overview.practice
        if not practice.is_scheduled(today):
            self.state.setText(self.tr("Not planned for today, rest easy."))
        elif overview.done_today:
            self.state.setText(self.tr("Done today."))
        else:
            self.state.setText(self.tr("Not done yet today."))
        if overview.done_today:
            self.done_button.setText(self.tr("Undo"))
        else:
            self.done_button.setText(self.tr("Mark done"))
        self.done_button.setAccessibleName(f"{self.done_button.text()}: {practice.name}")
