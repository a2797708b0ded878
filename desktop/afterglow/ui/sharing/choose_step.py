"""Step 1 of sharing: which entries (dates, a session and the month after it, tags, or one
by one), what else goes with them, and which entries marked private, if any, may go too."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from afterglow.bundle.selection import SHARED_KINDS
from afterglow.core.entries import Entry
from afterglow.core.session import Session
from afterglow.ui.journal.tag_editor import TagEditor
from afterglow.ui.journal.wording import long_date, pydate, qdate
from afterglow.ui.sharing.choice import INTEGRATION_DAYS, Scope, ShareChoice, Survey
from afterglow.ui.sharing.entry_choices import EntryChoiceList, EntryChoiceModel
from afterglow.ui.sharing.parts import Segments, card
from afterglow.ui.sharing.ticks import TickBox
from afterglow.ui.sharing.wording import (
    counts_in_words,
    kind_label,
    private_left_out,
    private_shared,
)
from afterglow.ui.theme import Colors, set_role
from afterglow.ui.widgets.calm_calendar import CalmCalendar
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.page import button, text_label

DEFAULT_DAYS = 30


class ChooseStep(QWidget):
    """Emits `changed` whenever the choice changes; the flow then asks the journal what it
    takes and hands the answer back through `show_survey`."""

    changed = Signal()
    wants_sessions = Signal()
    wants_entries = Signal()
    wants_known_tags = Signal()

    def __init__(
        self,
        colors: Callable[[], Colors],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._colors = colors
        self._today = today
        self._sessions: dict[str, date] = {}
        self._quiet = False

        title = text_label(self.tr("Choose what to share"), "title")
        lead = text_label(
            self.tr(
                "Only what you choose here goes into the bundle, and you will see all of it "
                "before anything is made. Nothing is sent anywhere: you get one encrypted "
                "file to pass on yourself."
            ),
            "lead",
        )

        # -- which entries -----------------------------------------------------------------
        entries_card, entries = card(self.tr("Which entries"))
        self.scope = Segments(
            [
                (Scope.DATES, self.tr("Between two dates")),
                (Scope.SESSION, self.tr("A session and the month after")),
                (Scope.TAGS, self.tr("By tag")),
                (Scope.ENTRIES, self.tr("One by one")),
            ],
            self.tr("How to choose entries"),
        )
        entries.addWidget(self.scope)

        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 4, 0, 0)
        dates_row.setSpacing(8)
        self.since = self._date_edit(self.tr("From"))
        self.until = self._date_edit(self.tr("To"))
        dates_row.addWidget(text_label(self.tr("From"), "muted", wrap=False))
        dates_row.addWidget(self.since)
        dates_row.addWidget(text_label(self.tr("to"), "muted", wrap=False))
        dates_row.addWidget(self.until)
        dates_row.addStretch(1)

        session = QWidget()
        session_column = QVBoxLayout(session)
        session_column.setContentsMargins(0, 4, 0, 0)
        session_column.setSpacing(6)
        self.session = ChoiceBox(self.tr("Session"))
        self.session.setMinimumWidth(320)
        self.session_note = text_label("", "muted")
        session_row = QHBoxLayout()
        session_row.addWidget(self.session)
        session_row.addStretch(1)
        session_column.addLayout(session_row)
        session_column.addWidget(self.session_note)

        tags = QWidget()
        tags_column = QVBoxLayout(tags)
        tags_column.setContentsMargins(0, 4, 0, 0)
        tags_column.setSpacing(6)
        self.tags = TagEditor(self.tr("Add a tag"), self.tr("Entries with any of these tags"))
        tags_column.addWidget(self.tags)
        self.tag_problem = text_label("", "error-text")
        self.tag_problem.hide()
        tags_column.addWidget(self.tag_problem)
        tags_column.addWidget(text_label(self.tr("Entries with any of these tags."), "muted"))

        one_by_one = QWidget()
        pick_column = QVBoxLayout(one_by_one)
        pick_column.setContentsMargins(0, 4, 0, 0)
        pick_column.setSpacing(6)
        self.picked = EntryChoiceModel(self)
        self.picked_list = EntryChoiceList(self.picked, self.tr("Entries to share"))
        self.picked_list.setMinimumHeight(240)
        pick_column.addWidget(self.picked_list)
        self.picked_note = text_label(self.tr("Tick the entries to share."), "muted")
        pick_column.addWidget(self.picked_note)

        self._scope_widgets = {
            Scope.DATES: dates,
            Scope.SESSION: session,
            Scope.TAGS: tags,
            Scope.ENTRIES: one_by_one,
        }
        # Shown one at a time; not a stacked widget, which would be as tall as the tallest.
        for widget in self._scope_widgets.values():
            entries.addWidget(widget)

        # -- what else ----------------------------------------------------------------------
        also_card, also = card(self.tr("Also include"))
        also.addWidget(
            text_label(
                self.tr("From the same days, or linked to the entries you share."),
                "muted",
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.include: dict[str, TickBox] = {}
        for i, kind in enumerate(SHARED_KINDS):
            box = TickBox(kind_label(kind))
            box.setChecked(True)
            self.include[kind] = box
            grid.addWidget(box, i // 3, i % 3)
        also.addLayout(grid)

        # -- entries marked private ---------------------------------------------------------
        self.private_note = text_label("", "muted")
        self.private_button = button(self.tr("Choose any of them to share…"), "link")
        self.private_button.setCheckable(True)
        private_row = QHBoxLayout()
        private_row.setSpacing(10)
        private_row.addWidget(self.private_note, 1)
        private_row.addWidget(self.private_button, 0, Qt.AlignmentFlag.AlignTop)
        entries.addLayout(private_row)
        self.private = EntryChoiceModel(self)
        self.private_list = EntryChoiceList(self.private, self.tr("Entries marked private"))
        self.private_list.fit_rows(6)
        self.private_explained = text_label(
            self.tr(
                "You marked these private. Tick one only if you want your therapist to "
                "read it; it stays private in your journal."
            ),
            "muted",
        )
        entries.addWidget(self.private_explained)
        entries.addWidget(self.private_list)

        # What the choice takes; the flow shows it beside its Next button.
        self.summary = text_label("", "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(lead)
        layout.addSpacing(4)
        layout.addWidget(entries_card)
        layout.addWidget(also_card)
        layout.addStretch(1)

        self.scope.chosen.connect(self._scope_chosen)
        self.since.dateChanged.connect(self._changed)
        self.until.dateChanged.connect(self._changed)
        self.session.currentIndexChanged.connect(self._session_chosen)
        self.tags.changed.connect(self._changed)
        self.tags.changed.connect(self.tag_problem.hide)
        self.tags.problem.connect(self._tag_problem)
        self.tags.wants_known_tags.connect(self.wants_known_tags)
        self.picked.ticked_changed.connect(self._changed)
        self.private.ticked_changed.connect(self._changed)
        self.private_button.toggled.connect(self._show_private)
        for box in self.include.values():
            box.toggled.connect(self._changed)
        self.reset()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        set_role(edit, "property")
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setCalendarWidget(CalmCalendar(self._colors))
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumWidth(140)
        return edit

    # -- state ------------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the last month of entries, with everything else included."""
        self._quiet = True
        try:
            today = self._today()
            self.scope.choose(Scope.DATES)
            self._show_scope(Scope.DATES)
            self.since.setDate(qdate(today - timedelta(days=DEFAULT_DAYS)))
            self.until.setDate(qdate(today))
            self.tags.clear()
            for box in self.include.values():
                box.setChecked(True)
            self.private_button.setChecked(False)
        finally:
            self._quiet = False
        self.forget()

    def forget(self) -> None:
        """Drops every entry and session shown (on lock, or before a new choice)."""
        self._quiet = True
        try:
            self.picked.forget()
            self.private.forget()
            self.session.clear()
            self._sessions.clear()
            self.session_note.clear()
            self.tags.set_known_tags([])
        finally:
            self._quiet = False
        self.show_survey(None)

    def choice(self) -> ShareChoice:
        scope = Scope(self.scope.current)
        session_day = self._sessions.get(str(self.session.currentData() or ""))
        private = self.private.ticked() if scope is not Scope.ENTRIES else ()
        return ShareChoice(
            scope=scope,
            since=pydate(self.since.date()),
            until=pydate(self.until.date()),
            session_day=session_day,
            tags=self.tags.tags(),
            entry_ids=self.picked.ticked(),
            private_ids=frozenset(private),
            left_out=tuple(kind for kind, box in self.include.items() if not box.isChecked()),
        )

    def set_sessions(self, sessions: Sequence[Session]) -> None:
        """The sessions to choose from, newest first."""
        self._quiet = True
        try:
            chosen = self.session.currentData()
            self.session.clear()
            self._sessions.clear()
            days = [s.local_date for s in sessions]
            for session in sessions:
                label = long_date(session.local_date)
                if days.count(session.local_date) > 1:
                    label += " · " + session.started_at.strftime("%H:%M")
                self.session.addItem(label, session.id)
                self._sessions[session.id] = session.local_date
            if not sessions:
                self.session.addItem(self.tr("No sessions recorded yet"), "")
            index = self.session.findData(chosen)
            self.session.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False
        self._session_chosen()

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Every entry outside the Trash, newest first, for choosing one by one."""
        self.picked.show(entries, self.picked.ticked())

    def set_known_tags(self, names: Iterable[str]) -> None:
        self.tags.set_known_tags(names)

    def show_survey(self, survey: Survey | None, problem: str = "") -> None:
        """What the choice takes, or why it takes nothing."""
        if survey is None:
            self.summary.setText(problem or self.tr("Looking in your journal…"))
            self._show_private_part(0, 0, [])
            return
        preview = survey.preview
        if preview.is_empty:
            self.summary.setText(
                problem or self.tr("Nothing in your journal matches this choice yet.")
            )
        else:
            self.summary.setText(
                self.tr("The bundle will hold %1.").replace("%1", counts_in_words(preview.counts))
            )
        if survey.choice.scope is Scope.ENTRIES:
            self._show_private_part(0, survey.private_shared, [])
        else:
            self._show_private_part(
                survey.private_left_out, survey.private_shared, survey.private_entries
            )

    def _show_private_part(self, left_out: int, shared: int, entries: Sequence[Entry]) -> None:
        notes = []
        if shared:
            notes.append(private_shared(shared))
        if left_out:
            notes.append(private_left_out(left_out))
        self.private_note.setText(" ".join(notes))
        self.private_note.setVisible(bool(notes))
        offered = bool(entries)
        self.private_button.setVisible(offered)
        if offered:
            ids = [entry.id for entry in entries]
            if [entry.id for entry in self.private.entries()] != ids:
                self._quiet = True
                try:
                    self.private.show(entries, self.private.ticked())
                finally:
                    self._quiet = False
        else:
            self.private_button.setChecked(False)
        self._show_private(self.private_button.isChecked() and offered)

    def _show_private(self, shown: bool) -> None:
        self.private_list.setVisible(shown)
        self.private_explained.setVisible(shown)

    # -- reacting -------------------------------------------------------------------------

    def _scope_chosen(self, key: str) -> None:
        scope = Scope(key)
        self._show_scope(scope)
        if scope is Scope.SESSION:
            self.wants_sessions.emit()
        elif scope is Scope.ENTRIES:
            self.wants_entries.emit()
        elif scope is Scope.TAGS:
            self.wants_known_tags.emit()
        self._changed()

    def _show_scope(self, scope: Scope) -> None:
        for key, widget in self._scope_widgets.items():
            widget.setVisible(key is scope)

    def _session_chosen(self) -> None:
        day = self._sessions.get(str(self.session.currentData() or ""))
        if day is None:
            self.session_note.clear()
        else:
            end = day + timedelta(days=INTEGRATION_DAYS)
            self.session_note.setText(
                self.tr("Entries from %1 to %2, with the session itself.")
                .replace("%1", long_date(day))
                .replace("%2", long_date(end))
            )
        self._changed()

    def _tag_problem(self, message: str) -> None:
        self.tag_problem.setText(message)
        self.tag_problem.show()

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()
