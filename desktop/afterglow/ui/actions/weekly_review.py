"""The weekly review: "What did I do about my insights this week?"

It shows what was done this week, walks the open actions one at a time (done, still
working on it, let it go, or skip), then lists insights that have no action yet, each
with a way to add one. Every change goes through the task runner as it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.action import Action, ActionStatus
from afterglow.core.actions import WeeklyReview, week_containing
from afterglow.core.errors import AfterglowError
from afterglow.core.insight import Insight
from afterglow.ui.actions.action_dialog import ActionDialog
from afterglow.ui.actions.wording import action_problem, due_words, kind_name, status_name
from afterglow.ui.journal.wording import plural, qdate
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.page import button, error_label, show_error, text_label
from afterglow.vault.services import JournalServices


@dataclass(frozen=True)
class ReviewData:
    """The week's review, with the insights its actions came from."""

    review: WeeklyReview
    insights: dict[str, Insight] = field(default_factory=dict)

    @property
    def walk(self) -> tuple[Action, ...]:
        return self.review.in_progress + self.review.open


def read_review(services: JournalServices, today: date) -> ReviewData:
    """Runs on the worker."""
    review = services.actions.weekly_review(week_containing(today))
    wanted = {a.insight_id for a in review.in_progress + review.open if a.insight_id}
    found = {i: services.insights.get(i) for i in wanted if services.insights.exists(i)}
    return ReviewData(review, found)


def week_words(review: WeeklyReview) -> str:
    locale = QLocale()
    start, end = qdate(review.week_start), qdate(review.week_end)
    return f"{locale.toString(start, 'd MMM')} \u2013 {locale.toString(end, 'd MMM yyyy')}"


class WeeklyReviewDialog(QDialog):
    """Non-blocking (open it with `open()`); closed with every other dialog on lock."""

    changed = Signal()  # an action's status changed, or one was added

    def __init__(
        self,
        runner: TaskRunner,
        services: JournalServices,
        colors: Callable[[], Colors],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly review"))
        self.setModal(True)
        self.setMinimumWidth(560)
        self._runner = runner
        self._services = services
        self._colors = colors
        self._today = today
        self._data: ReviewData | None = None
        self._position = 0
        self._counts = {"done": 0, "working": 0, "dropped": 0, "skipped": 0}
        self.action_dialog: ActionDialog | None = None

        self.title = text_label(self.tr("What did I do about my insights this week?"), "title")
        self.week = text_label("", "lead")
        self.pages = QStackedWidget()
        self.intro = self._intro_page()
        self.walk = self._walk_page()
        self.waiting = self._waiting_page()
        self.end = self._end_page()
        for page in (self.intro, self.walk, self.waiting, self.end):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 24)
        outer.setSpacing(10)
        outer.addWidget(self.title)
        outer.addWidget(self.week)
        outer.addSpacing(6)
        outer.addWidget(self.pages, 1)
        self.pages.setCurrentWidget(self.intro)
        self.begin_button.setEnabled(False)
        self.load()

    # -- pages ------------------------------------------------------------------------

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        return page, layout

    def _buttons(
        self, layout: QVBoxLayout, leading: list[QWidget], trailing: list[QWidget]
    ) -> None:
        row = QHBoxLayout()
        row.setSpacing(10)
        for widget in leading:
            row.addWidget(widget)
        row.addStretch(1)
        for widget in trailing:
            row.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(row)

    def _intro_page(self) -> QWidget:
        page, layout = self._page()
        self.done_summary = text_label("", None)
        self.done_list = text_label("", "muted")
        self.open_summary = text_label("", None)
        layout.addWidget(self.done_summary)
        layout.addWidget(self.done_list)
        layout.addWidget(self.open_summary)
        self.close_button = button(self.tr("Not now"))
        self.begin_button = button(self.tr("Begin"), "primary")
        self.close_button.clicked.connect(self.reject)
        self.begin_button.clicked.connect(self.begin)
        self._buttons(layout, [self.close_button], [self.begin_button])
        return page

    def _walk_page(self) -> QWidget:
        page, layout = self._page()
        self.position_label = text_label("", "muted", wrap=False)
        card = QFrame()
        set_role(card, "card")
        self.action_text = text_label("", "heading")
        self.action_details = text_label("", "muted")
        self.action_insight = text_label("", "muted")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(18, 14, 18, 14)
        card_layout.setSpacing(6)
        card_layout.addWidget(self.action_text)
        card_layout.addWidget(self.action_details)
        card_layout.addWidget(self.action_insight)
        self.walk_error = error_label()
        layout.addWidget(self.position_label)
        layout.addWidget(card)
        layout.addWidget(self.walk_error)
        self.done_button = button(self.tr("Done"), "primary")
        self.working_button = button(self.tr("Still working on it"))
        self.drop_button = button(self.tr("Let it go"))
        self.drop_button.setToolTip(self.tr("Drop it: not every action needs doing."))
        self.skip_button = button(self.tr("Skip"), "quiet")
        self.done_button.clicked.connect(lambda: self.answer(ActionStatus.DONE))
        self.working_button.clicked.connect(lambda: self.answer(ActionStatus.IN_PROGRESS))
        self.drop_button.clicked.connect(lambda: self.answer(ActionStatus.DROPPED))
        self.skip_button.clicked.connect(lambda: self.answer(None))
        self._buttons(
            layout,
            [self.skip_button],
            [self.drop_button, self.working_button, self.done_button],
        )
        return page

    def _waiting_page(self) -> QWidget:
        page, layout = self._page()
        layout.addWidget(text_label(self.tr("Insights without an action yet"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Not every insight needs one. If something could change because of one "
                    "of these, you can add it now."
                ),
                "muted",
            )
        )
        self.waiting_rows = QVBoxLayout()
        self.waiting_rows.setSpacing(8)
        layout.addLayout(self.waiting_rows)
        self.add_buttons: list[QPushButton] = []
        self.waiting_next = button(self.tr("Finish"), "primary")
        self.waiting_next.clicked.connect(self.finish)
        self._buttons(layout, [], [self.waiting_next])
        return page

    def _end_page(self) -> QWidget:
        page, layout = self._page()
        self.end_summary = text_label("", None)
        layout.addWidget(text_label(self.tr("That's the week."), "heading"))
        layout.addWidget(self.end_summary)
        self.end_button = button(self.tr("Close"), "primary")
        self.end_button.clicked.connect(self.accept)
        self._buttons(layout, [], [self.end_button])
        return page

    # -- loading ----------------------------------------------------------------------

    @property
    def data(self) -> ReviewData | None:
        return self._data

    def load(self) -> None:
        services, today = self._services, self._today()
        self._runner.run(
            lambda: read_review(services, today),
            on_done=self._arrived,
            on_error=lambda error: show_error(self.walk_error, error.message),
        )

    def _arrived(self, data: ReviewData) -> None:
        self._data = data
        review = data.review
        self.week.setText(self.tr("The week of %1").replace("%1", week_words(review)))
        done = len(review.done_this_week)
        self.done_summary.setText(
            plural(
                done,
                self.tr("You finished one action this week."),
                self.tr("You finished %n actions this week.", "", done),
            )
            if done
            else self.tr("No actions were finished this week, and that's all right.")
        )
        self.done_list.setText("\n".join(f"\u2713  {a.text}" for a in review.done_this_week))
        self.done_list.setVisible(bool(done))
        walk = len(data.walk)
        if walk:
            self.open_summary.setText(
                plural(
                    walk,
                    self.tr("One action is still open. Let's look at it together."),
                    self.tr("%n actions are still open. Let's look at each one.", "", walk),
                )
            )
        else:
            self.open_summary.setText(self.tr("Nothing is left open."))
        self.begin_button.setEnabled(True)

    # -- walking ----------------------------------------------------------------------

    @property
    def walk_position(self) -> int:
        """How many actions the walk has passed."""
        return self._position

    def begin(self) -> None:
        self._position = 0
        self._show_current()

    def current(self) -> Action | None:
        if self._data is None or self._position >= len(self._data.walk):
            return None
        return self._data.walk[self._position]

    def _show_current(self) -> None:
        action = self.current()
        if action is None:
            self._show_waiting()
            return
        assert self._data is not None
        show_error(self.walk_error, "")
        self.position_label.setText(
            self.tr("Action %1 of %2")
            .replace("%1", str(self._position + 1))
            .replace("%2", str(len(self._data.walk)))
        )
        self.action_text.setText(action.text)
        parts = [status_name(action.status), kind_name(action.kind)]
        due = due_words(action.due, self._today())
        if due:
            parts.append(due)
        self.action_details.setText(" · ".join(parts))
        insight = self._data.insights.get(action.insight_id or "")
        self.action_insight.setText(
            self.tr("From your insight: “%1”").replace("%1", " ".join(insight.text.split()))
            if insight
            else ""
        )
        self.action_insight.setVisible(insight is not None)
        self._enable_answers(True)
        self.pages.setCurrentWidget(self.walk)
        self.done_button.setFocus()

    def answer(self, status: ActionStatus | None) -> None:
        """Done, still working on it, let it go; None skips it."""
        action = self.current()
        if action is None:
            return
        if status is None or status == action.status:
            self._counts["skipped" if status is None else "working"] += 1
            self._next()
            return
        self._enable_answers(False)
        actions = self._services.actions
        self._runner.run(
            lambda: actions.set_status(action.id, status),
            on_done=lambda _action: self._answered(status),
            on_error=self._not_answered,
        )

    def _answered(self, status: ActionStatus) -> None:
        key = {
            ActionStatus.DONE: "done",
            ActionStatus.IN_PROGRESS: "working",
            ActionStatus.DROPPED: "dropped",
        }[status]
        self._counts[key] += 1
        self.changed.emit()
        self._next()

    def _not_answered(self, error: AfterglowError) -> None:
        self._enable_answers(True)
        show_error(self.walk_error, action_problem(error))

    def _next(self) -> None:
        self._position += 1
        self._show_current()

    def _enable_answers(self, enabled: bool) -> None:
        for widget in (self.done_button, self.working_button, self.drop_button, self.skip_button):
            widget.setEnabled(enabled)

    # -- insights waiting, and the end ------------------------------------------------

    def _show_waiting(self) -> None:
        data = self._data
        if data is None or not data.review.insights_without_actions:
            self.finish()
            return
        while self.waiting_rows.count():
            item = self.waiting_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.add_buttons = []
        for insight in data.review.insights_without_actions[:8]:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(10)
            words = text_label("\u201c" + " ".join(insight.text.split()) + "\u201d")
            line.addWidget(words, 1)
            add = button(self.tr("Add an action"), "quiet")
            add.clicked.connect(
                lambda _c=False, insight=insight, add=add: self.add_action(insight, add)
            )
            line.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
            self.waiting_rows.addWidget(row)
            self.add_buttons.append(add)
        self.pages.setCurrentWidget(self.waiting)

    def add_action(self, insight: Insight, source: QPushButton | None = None) -> ActionDialog:
        dialog = ActionDialog(
            self._runner,
            self._services.actions,
            self._colors,
            insight=insight,
            today=self._today,
            parent=self,
        )

        def added(_action: Action) -> None:
            self.changed.emit()
            if source is not None:
                source.setText(self.tr("Added \u2713"))
                source.setEnabled(False)

        dialog.saved.connect(added)
        dialog.finished.connect(dialog.deleteLater)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def finish(self) -> None:
        counts = self._counts
        parts = []
        if counts["done"]:
            parts.append(self.tr("done: %1").replace("%1", str(counts["done"])))
        if counts["working"]:
            parts.append(self.tr("still working on: %1").replace("%1", str(counts["working"])))
        if counts["dropped"]:
            parts.append(self.tr("let go: %1").replace("%1", str(counts["dropped"])))
        summary = self.tr("Thank you for looking.")
        if parts:
            summary = self.tr("Actions %1. Thank you for looking.").replace("%1", ", ".join(parts))
        self.end_summary.setText(summary)
        self.pages.setCurrentWidget(self.end)
