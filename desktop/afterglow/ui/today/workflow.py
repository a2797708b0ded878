"""The integration sections (Today, Sessions, Insights, Actions) built together, and
connected to each other, to the Journal and to the shell.

`app.py` makes one `IntegrationSections`, adds its `views` to the shell's, and calls
`attach(shell)` once the shell exists; nothing here reaches for the app on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from afterglow.core.entries import Entry
from afterglow.ui.actions.actions_view import ActionsView
from afterglow.ui.insights.insights_view import InsightsView
from afterglow.ui.journal.draft import DraftContent
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.sessions.sessions_view import SessionsView
from afterglow.ui.shell import JournalShell
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.today.today_view import TodayView


class IntegrationSections(QObject):
    """Owns nothing but the wiring: each view follows the section contract on its own."""

    def __init__(
        self,
        runner: TaskRunner,
        colors: Callable[[], Colors],
        journal: JournalView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.today = TodayView(runner)
        self.sessions = SessionsView(runner, colors)
        self.insights = InsightsView(runner, colors)
        self.actions = ActionsView(runner, colors)
        self._shell: JournalShell | None = None

    @property
    def views(self) -> dict[str, QWidget]:
        """The section views, by the keys of `ui.sections`."""
        return {
            "today": self.today,
            "sessions": self.sessions,
            "insights": self.insights,
            "actions": self.actions,
        }

    def attach(self, shell: JournalShell) -> None:
        self._shell = shell
        for view in (self.today, self.sessions, self.insights, self.actions):
            view.notice.connect(shell.show_notice)
        journal = self.journal
        # Writing in the Journal: from a prompt, a guide or a check-in, or an entry to read.
        self.today.entry_start_requested.connect(self.start_entry)
        self.sessions.entry_start_requested.connect(self.start_entry)
        self.today.entry_requested.connect(self.open_entry)
        self.sessions.entry_requested.connect(self.open_entry)
        self.insights.entry_requested.connect(self.open_entry)
        self.today.note_saved.connect(self._note_saved)
        journal.prompts_requested.connect(self.today.open_prompts)
        journal.editor.insight_requested.connect(self.insights.keep_passage)
        # Between the integration sections.
        self.sessions.insights_requested.connect(self.show_session_insights)
        self.insights.session_requested.connect(self.show_session)
        self.insights.action_requested.connect(self.show_action)
        self.actions.insight_requested.connect(self.show_insight)

    # -- going places -----------------------------------------------------------------

    def _show(self, key: str) -> None:
        if self._shell is not None:
            self._shell.show_section(key)

    def start_entry(self, content: DraftContent) -> None:
        self._show("journal")
        self.journal.start_entry(content)

    def open_entry(self, entry_id: str, passage: tuple[int, int] | None = None) -> None:
        self._show("journal")
        self.journal.open_entry(entry_id, passage)

    def show_session(self, session_id: str) -> None:
        self.sessions.show_session(session_id)
        self._show("sessions")

    def show_session_insights(self, session_id: str) -> None:
        self.insights.filter_session(session_id)
        self._show("insights")

    def show_insight(self, insight_id: str) -> None:
        self.insights.show_insight(insight_id)
        self._show("insights")

    def show_action(self, action_id: str) -> None:
        self.actions.select(action_id)
        self._show("actions")

    def _note_saved(self, entry: Entry) -> None:
        self.journal.model.upsert(entry)
