"""Writing an insight directly, or editing one: its words, tags, star, and the session it
came from if any."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from afterglow.core.errors import AfterglowError
from afterglow.core.insight import MAX_TEXT_LENGTH, Insight
from afterglow.core.insights import Insights
from afterglow.core.session import Session
from afterglow.ui.insights.wording import insight_problem
from afterglow.ui.journal.tag_editor import TagEditor
from afterglow.ui.sessions.wording import short_day
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error, text_label


class InsightDialog(FormDialog):
    """Saves through the task runner and closes once saved; `saved(Insight)` then."""

    saved = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        insights: Insights,
        sessions: list[Session],
        *,
        insight: Insight | None = None,
        session_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit the insight") if insight else self.tr("Write an insight"),
            self.tr("Something you understood, in your own words. It can be small."),
            parent,
        )
        self._runner = runner
        self._insights = insights
        self._insight = insight
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setPlaceholderText(self.tr("I don't have to earn rest."))
        self.text.setAccessibleName(self.tr("The insight"))
        self.text.setFixedHeight(110)
        self.add(self.text)
        self.tags = TagEditor(self.tr("Add a tag"), self.tr("Tags"))
        self.add(self.tags)
        self.starred = QCheckBox(self.tr("Star it: one to come back to"))
        self.add(self.starred)
        self.session = ChoiceBox(self.tr("The session it came from"))
        self.session.addItem(self.tr("Not from a particular session"), None)
        for session in sessions:
            self.session.addItem(
                self.tr("From your session on %1").replace("%1", short_day(session.local_date)),
                session.id,
            )
        self.add(text_label(self.tr("Where it came from"), "field-label", wrap=False))
        self.add(self.session)
        self.error = error_label()
        self.add(self.error)
        self.cancel_button = button(self.tr("Cancel"))
        self.save_button = button(self.tr("Save"), "primary")
        self.set_buttons([], [self.cancel_button, self.save_button])
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.submit)

        chosen = insight.session_id if insight is not None else session_id
        if chosen is not None and self.session.findData(chosen) < 0:
            self.session.addItem(self.tr("From a session"), chosen)
        self.session.setCurrentIndex(max(self.session.findData(chosen), 0))
        if insight is not None:
            self.text.setPlainText(insight.text)
            self.tags.set_tags(insight.tags)
            self.starred.setChecked(insight.starred)
        self.text.setFocus()

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        typed = self.tags.field.text().strip().strip(",")
        if typed and self.tags.add(typed):
            self.tags.field.setText("")
        if not text or len(text) > MAX_TEXT_LENGTH:
            show_error(
                self.error,
                self.tr("Write the insight in a few words, at most %1 characters.").replace(
                    "%1", f"{MAX_TEXT_LENGTH:,}"
                ),
            )
            self.text.setFocus()
            return
        insights, stored = self._insights, self._insight
        tags, starred = self.tags.tags(), self.starred.isChecked()
        data = self.session.currentData()
        session_id = str(data) if data else None

        def save() -> Insight:
            if stored is None:
                return insights.add(text, session_id=session_id, tags=tags, starred=starred)
            return insights.update(
                replace(stored, text=text, tags=tags, starred=starred, session_id=session_id)
            )

        self.save_button.setEnabled(False)
        self._runner.run(save, on_done=self._saved, on_error=self._not_saved)

    def _saved(self, insight: Insight) -> None:
        self.saved.emit(insight)
        self.accept()

    def _not_saved(self, error: AfterglowError) -> None:
        self.save_button.setEnabled(True)
        show_error(self.error, insight_problem(error))
