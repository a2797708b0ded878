"""Check-in questionnaires: take a PHQ-9 or GAD-7, see the score and its band, look back
over earlier ones and delete any. Optional and never pushed; a quiet line offers a repeat
when two weeks have passed since the last one of a kind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.errors import AfterglowError
from afterglow.core.measures import Instrument, Measure
from afterglow.core.measures_service import Measures
from afterglow.measures import needs_crisis_resources, questionnaire, score
from afterglow.ui.journal.wording import long_date
from afterglow.ui.measures.crisis_panel import CrisisPanel
from afterglow.ui.measures.history import (
    ROW_HEIGHT,
    HistoryDelegate,
    HistoryModel,
    ScoresCard,
    Taken,
    row_text,
    taken,
)
from afterglow.ui.measures.questionnaire_form import QuestionnaireForm
from afterglow.ui.measures.wording import (
    band_text,
    instrument_about,
    instrument_name,
    not_a_diagnosis,
    repeat_line,
    score_sentence,
)
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors, scaled
from afterglow.ui.widgets.dialog import ConfirmDialog
from afterglow.ui.widgets.page import button, text_label

History = tuple[list[Measure], tuple[Instrument, ...]]


def read_history(measures: Measures) -> History:
    """Every measure, newest first, and which questionnaires are due again (worker)."""
    return measures.history(), measures.repeat_due()


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setAccessibleName(QCoreApplication.translate("MeasuresPage", "Questionnaires"))
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class MeasuresPage(QWidget):
    """Home (take one, history, chart), the form, and the result, in one stack."""

    notice = Signal(str)
    loaded = Signal()
    saved = Signal(object)  # Measure

    def __init__(
        self, runner: TaskRunner, colors: Callable[[], Colors], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._colors = colors
        self._measures: Measures | None = None
        self._generation = 0
        self.due: tuple[Instrument, ...] = ()
        self.form: QuestionnaireForm | None = None
        self.dialog: ConfirmDialog | None = None

        # -- home ---------------------------------------------------------------------
        home = QWidget()
        column = QVBoxLayout(home)
        column.setContentsMargins(0, 0, 12, 16)
        column.setSpacing(12)
        column.addWidget(
            text_label(
                self.tr(
                    "Two short questionnaires used in many clinics, both about the last two "
                    "weeks. They are optional, and for you: a way to notice change over time. "
                    "A score is not a diagnosis, and Afterglow never gives medical advice."
                ),
                "lead",
            )
        )
        self.repeat_lines: dict[Instrument, QPushButton] = {}
        for instrument in Instrument:
            line = button(repeat_line(instrument), "link")
            line.clicked.connect(lambda _c=False, i=instrument: self.start(i))
            line.hide()
            self.repeat_lines[instrument] = line
            column.addWidget(line)
        self.start_buttons: dict[Instrument, QPushButton] = {}
        starts = QHBoxLayout()
        starts.setSpacing(10)
        for instrument in Instrument:
            start = button(
                self.tr("Take the %1 (%2)")
                .replace("%1", instrument_name(instrument))
                .replace("%2", instrument_about(instrument))
            )
            start.clicked.connect(lambda _c=False, i=instrument: self.start(i))
            self.start_buttons[instrument] = start
            starts.addWidget(start)
        starts.addStretch(1)
        column.addLayout(starts)
        self.scores = ScoresCard(colors)
        column.addWidget(self.scores)
        history_heading = QHBoxLayout()
        history_heading.addWidget(text_label(self.tr("Taken before"), "heading", wrap=False))
        history_heading.addStretch(1)
        self.delete_button = button(self.tr("Delete…"), "quiet")
        self.delete_button.setAccessibleName(self.tr("Delete the questionnaire chosen"))
        history_heading.addWidget(self.delete_button)
        column.addLayout(history_heading)
        self.history = HistoryModel(self)
        self.list = QListView()
        self.list.setObjectName("EntryList")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setModel(self.history)
        self.list.setItemDelegate(HistoryDelegate(colors, parent=self.list))
        self.list.setAccessibleName(self.tr("Questionnaires taken, newest first"))
        # The page scrolls, not the list: it is as tall as its rows.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.history_empty = text_label(self.tr("None taken yet."), "muted")
        column.addWidget(self.history_empty)
        column.addWidget(self.list)
        column.addStretch(1)
        self.home = _scrolling(home)

        # -- the form -----------------------------------------------------------------
        self.form_holder = QVBoxLayout()
        form_page = QWidget()
        form_column = QVBoxLayout(form_page)
        form_column.setContentsMargins(0, 0, 12, 16)
        form_column.setSpacing(12)
        form_column.addLayout(self.form_holder)
        self.progress = text_label("", "muted")
        self.cancel_button = button(self.tr("Cancel"))
        self.submit_button = button(self.tr("See my score"), "primary")
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.progress)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.cancel_button)
        form_buttons.addWidget(self.submit_button)
        form_column.addLayout(form_buttons)
        form_column.addStretch(1)
        self.form_page = _scrolling(form_page)

        # -- the result ---------------------------------------------------------------
        result_page = QWidget()
        result_column = QVBoxLayout(result_page)
        result_column.setContentsMargins(0, 0, 12, 16)
        result_column.setSpacing(12)
        self.result_title = text_label("", "title")
        self.result_score = text_label("", "heading")
        self.result_score.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result_score.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.result_bands = text_label("", "muted")
        self.result_note = text_label(not_a_diagnosis(), "lead")
        self.result_crisis = CrisisPanel(colors)
        self.done_button = button(self.tr("Done"), "primary")
        result_column.addWidget(self.result_title)
        result_column.addWidget(self.result_score)
        result_column.addWidget(self.result_bands)
        result_column.addWidget(self.result_crisis)
        result_column.addWidget(self.result_note)
        result_column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        result_column.addStretch(1)
        self.result_page = _scrolling(result_page)

        self.pages = QStackedWidget()
        for page in (self.home, self.form_page, self.result_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.cancel_button.clicked.connect(self.show_home)
        self.submit_button.clicked.connect(self.submit)
        self.done_button.clicked.connect(self.show_home)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self._show_history()

    # -- the journal ------------------------------------------------------------------

    def open_journal(self, measures: Measures) -> None:
        self._measures = measures

    def clear(self) -> None:
        """Forgets answers, scores and history (on lock)."""
        self._measures = None
        self._generation += 1
        self.close_dialog()
        self._drop_form()
        self.history.clear()
        self.scores.clear()
        self.due = ()
        self.result_score.clear()
        self.result_title.clear()
        self.result_crisis.hide()
        for line in self.repeat_lines.values():
            line.hide()
        self.pages.setCurrentWidget(self.home)
        self._show_history()

    def close_dialog(self) -> None:
        dialog = self.dialog
        self.dialog = None
        if dialog is not None:
            dialog.done(0)
            dialog.deleteLater()

    def apply_colors(self) -> None:
        if self.form is not None:
            self.form.apply_colors()
        self.result_crisis.apply_colors()
        self.scores.show_rows(self.history.rows())
        self.list.viewport().update()

    def load(self) -> None:
        measures = self._measures
        if measures is None:
            return
        self._generation += 1
        generation = self._generation
        self._runner.run(
            lambda: read_history(measures),
            on_done=lambda result: self._arrived(generation, result),
            on_error=self._failed,
        )

    # -- taking one -------------------------------------------------------------------

    def start(self, instrument: Instrument) -> QuestionnaireForm:
        self._drop_form()
        form = QuestionnaireForm(instrument, self._colors)
        form.changed.connect(self._form_changed)
        form.crisis.revealed.connect(lambda: QTimer.singleShot(0, self._show_crisis))
        self.form_holder.addWidget(form)
        self.form = form
        self._form_changed()
        self.pages.setCurrentWidget(self.form_page)
        self.form_page.verticalScrollBar().setValue(0)
        form.rows[0].buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return form

    def submit(self) -> None:
        form, measures = self.form, self._measures
        if form is None or measures is None or not form.is_complete():
            return
        instrument = form.instrument
        answers = [a for a in form.answers() if a is not None]
        self.submit_button.setEnabled(False)
        self._runner.run(
            lambda: measures.take(instrument, answers),
            on_done=self._taken,
            on_error=self._not_taken,
        )

    def show_home(self) -> None:
        self._drop_form()
        self.pages.setCurrentWidget(self.home)

    def delete_selected(self) -> ConfirmDialog | None:
        index = self.list.currentIndex()
        if not index.isValid() or self._measures is None:
            return None
        row = self.history.row_at(index.row())
        self.close_dialog()
        dialog = ConfirmDialog(
            self.tr("Delete this questionnaire?"),
            self.tr("%1, taken on %2, will be deleted for good. This cannot be undone.")
            .replace("%1", row_text(row))
            .replace("%2", long_date(row.measure.taken_at.date())),
            self.tr("Delete for good"),
            self.window(),
        )
        measure_id = row.measure.id
        dialog.accepted.connect(lambda: self._delete(measure_id))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.history.index(row))

    # -- internals --------------------------------------------------------------------

    def _dialog_closed(self, dialog: ConfirmDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()

    def _delete(self, measure_id: str) -> None:
        measures = self._measures
        if measures is None:
            return
        self._runner.run(
            lambda: measures.delete(measure_id),
            on_done=lambda _r: self._deleted(),
            on_error=self._failed,
        )

    def _deleted(self) -> None:
        self.notice.emit(self.tr("Deleted."))
        self.load()

    def _drop_form(self) -> None:
        form = self.form
        self.form = None
        if form is not None:
            form.reset()
            self.form_holder.removeWidget(form)
            form.hide()
            form.deleteLater()
        self.submit_button.setEnabled(False)
        self.progress.clear()

    def _show_crisis(self) -> None:
        """Scrolls the resources into view the moment they appear under item 9."""
        if self.form is not None and not self.form.crisis.isHidden():
            self.form_page.ensureWidgetVisible(self.form.crisis, 0, 24)

    def _form_changed(self) -> None:
        form = self.form
        if form is None:
            return
        total = len(form.rows)
        done = form.answered_count()
        self.progress.setText(
            self.tr("%1 of %2 answered").replace("%1", str(done)).replace("%2", str(total))
        )
        self.submit_button.setEnabled(form.is_complete())

    def _taken(self, measure: Measure) -> None:
        result = score(measure)
        self._drop_form()
        self.result_title.setText(instrument_name(measure.instrument))
        sentence = score_sentence(result)
        self.result_score.setText(sentence)
        self.result_score.setAccessibleName(sentence)
        self.result_bands.setText(
            self.tr("The published ranges: %1.").replace(
                "%1", band_text(questionnaire(measure.instrument))
            )
        )
        self.result_crisis.setVisible(needs_crisis_resources(measure))
        self.pages.setCurrentWidget(self.result_page)
        self.result_page.verticalScrollBar().setValue(0)
        self.result_score.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(measure)
        self.load()

    def _not_taken(self, error: AfterglowError) -> None:
        self.submit_button.setEnabled(self.form is not None and self.form.is_complete())
        self.notice.emit(error.message)

    def _arrived(self, generation: int, result: History) -> None:
        if generation != self._generation:
            return
        measures, due = result
        rows: list[Taken] = taken(measures)
        self.history.set_rows(rows)
        self.scores.show_rows(rows)
        self.due = due
        for instrument, line in self.repeat_lines.items():
            line.setVisible(instrument in due)
        self._show_history()
        self.loaded.emit()

    def _failed(self, error: AfterglowError) -> None:
        self.notice.emit(error.message)

    def _show_history(self) -> None:
        has_rows = self.history.rowCount() > 0
        row = scaled(ROW_HEIGHT, self.list.font())
        self.list.setFixedHeight(self.history.rowCount() * row + 8)
        self.list.setVisible(has_rows)
        self.history_empty.setVisible(not has_rows)
        self.delete_button.setVisible(has_rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.list.currentIndex().isValid())
