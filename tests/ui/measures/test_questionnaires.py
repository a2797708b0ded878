"""The PHQ-9 and GAD-7: standard items and answers, the score and band after submitting,
crisis resources the moment PHQ-9 item 9 is answered above zero (and never for the
GAD-7), the repeat reminder, history and deleting one."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.measures import Instrument, Measure
from afterglow.measures import ANSWER_SCALE, CRISIS_RESOURCES, GAD7, PHQ9
from afterglow.ui.measures.measures_page import MeasuresPage
from afterglow.ui.measures.questionnaire_form import QuestionnaireForm
from afterglow.vault.services import JournalServices
from tests.ui.flows import wait_idle
from tests.ui.patterns.conftest import WithServices, days_ago, open_patterns


def open_measures(desktop: DesktopApp, qtbot: QtBot) -> MeasuresPage:
    view = open_patterns(desktop, qtbot)
    view.show_measures()
    wait_idle(desktop, qtbot)
    return view.measures


def answer(form: QuestionnaireForm, answers: list[int]) -> None:
    """Answers the first items, as many as there are answers given."""
    for row, value in zip(form.rows, answers, strict=False):
        row.choose(value)


@pytest.fixture
def page(existing_journal: str, desktop: DesktopApp, qtbot: QtBot) -> MeasuresPage:
    return open_measures(desktop, qtbot)


def test_the_phq9_form_has_the_standard_wording(page: MeasuresPage) -> None:
    form = page.start(Instrument.PHQ9)
    assert form.stem.text() == PHQ9.stem
    assert [row.question.text() for row in form.rows] == [
        f"{n}.  {item}" for n, item in enumerate(PHQ9.items, start=1)
    ]
    for row in form.rows:
        assert [b.text() for b in row.buttons] == [c.label for c in ANSWER_SCALE]


def test_a_phq9_shows_its_score_and_band_once_submitted(
    page: MeasuresPage, desktop: DesktopApp, with_services: WithServices, qtbot: QtBot
) -> None:
    form = page.start(Instrument.PHQ9)
    assert not page.submit_button.isEnabled()
    answer(form, [1, 1, 1, 1, 1, 1, 1, 0])
    assert page.progress.text() == "8 of 9 answered"
    assert not page.submit_button.isEnabled()
    form.rows[8].choose(0)
    assert page.submit_button.isEnabled()
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.pages.currentWidget() is page.result_page)
    assert page.result_score.text() == "Your PHQ-9 score is 7 out of 27, in the mild range."
    assert page.result_crisis.isHidden()
    assert "0\u20134 minimal" in page.result_bands.text()
    assert "not a diagnosis" in page.result_note.text()
    qtbot.waitUntil(lambda: page.history.rowCount() == 1)
    desktop.window.lock()
    stored = with_services(lambda services: services.measures.history())
    assert [(m.instrument, m.answers) for m in stored] == [
        (Instrument.PHQ9, (1, 1, 1, 1, 1, 1, 1, 0, 0))
    ]


@pytest.mark.parametrize(
    ("answers", "sentence"),
    [
        ([2] * 7, "Your GAD-7 score is 14 out of 21, in the moderate range."),
        ([3] * 7, "Your GAD-7 score is 21 out of 21, in the severe range."),
        ([0] * 7, "Your GAD-7 score is 0 out of 21, in the minimal range."),
    ],
)
def test_a_gad7_shows_its_score_and_band(
    answers: list[int], sentence: str, page: MeasuresPage, qtbot: QtBot
) -> None:
    form = page.start(Instrument.GAD7)
    assert [row.question.text()[4:] for row in form.rows] == list(GAD7.items)
    answer(form, answers)
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.pages.currentWidget() is page.result_page)
    assert page.result_score.text() == sentence
    assert page.result_crisis.isHidden()


def test_item_9_above_zero_shows_crisis_resources_at_once(page: MeasuresPage, qtbot: QtBot) -> None:
    form = page.start(Instrument.PHQ9)
    form.rows[8].choose(0)
    assert not form.shows_crisis_resources()
    form.rows[8].choose(1)  # before anything is submitted, or the rest answered
    assert form.shows_crisis_resources()
    panel = form.crisis
    assert panel.title.text() == CRISIS_RESOURCES.title
    assert "not monitored by anyone" in panel.privacy.text()
    assert "nothing is sent anywhere" in panel.privacy.text()
    assert "emergency" in " ".join(step.text() for step in panel.steps)
    assert "not monitored by anyone" in panel.accessibleDescription()
    assert panel.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert all(step.focusPolicy() == Qt.FocusPolicy.StrongFocus for step in panel.steps)
    # Calm, not alarming: the accent colours, not the error red.
    assert "#A2362A" not in panel.styleSheet() and "#F2A596" not in panel.styleSheet()

    form.rows[8].choose(0)  # a changed answer takes it away again
    assert not form.shows_crisis_resources()
    form.rows[8].choose(3)
    assert form.shows_crisis_resources()
    answer(form, [0, 0, 0, 0, 0, 0, 0, 0, 3])
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.pages.currentWidget() is page.result_page)
    assert not page.result_crisis.isHidden()
    assert "not monitored by anyone" in page.result_crisis.text


def test_the_gad7_never_shows_crisis_resources(page: MeasuresPage, qtbot: QtBot) -> None:
    form = page.start(Instrument.GAD7)
    answer(form, [3] * 7)
    assert not form.shows_crisis_resources()
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.pages.currentWidget() is page.result_page)
    assert page.result_crisis.isHidden()


def test_answers_can_be_given_with_the_keyboard(page: MeasuresPage, qtbot: QtBot) -> None:
    form = page.start(Instrument.PHQ9)
    first = form.rows[0].buttons[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert form.rows[0].answer() == 0
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert form.rows[0].answer() == 1
    assert QApplication.focusWidget() is form.rows[0].buttons[1]
    last = form.rows[8].buttons[0]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Space)
    assert form.rows[8].answer() == 0
    assert not form.shows_crisis_resources()
    qtbot.keyClick(last, Qt.Key.Key_Right)
    assert form.rows[8].answer() == 1
    assert form.shows_crisis_resources()


def test_history_lists_what_was_taken_and_one_can_be_deleted(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    def write(services: JournalServices) -> None:
        for days, answers in ((30, [2] * 9), (15, [1] * 9)):
            when = datetime.combine(days_ago(days), time(9)).astimezone()
            services.measures.take(Instrument.PHQ9, answers, when)
        services.measures.take(
            Instrument.GAD7, [1] * 7, datetime.combine(days_ago(3), time(9)).astimezone()
        )

    with_services(write)
    page = open_measures(desktop, qtbot)
    qtbot.waitUntil(lambda: page.history.rowCount() == 3)
    assert [page.history.data(page.history.index(r)) for r in range(3)] == [
        "GAD-7: 7 of 21, mild",
        "PHQ-9: 9 of 27, mild",
        "PHQ-9: 18 of 27, moderately severe",
    ]
    # A gentle offer to repeat only what is two weeks old, never pushed otherwise.
    assert not page.repeat_lines[Instrument.PHQ9].isHidden()
    assert page.repeat_lines[Instrument.PHQ9].text() == (
        "It's been two weeks — would you like to repeat the PHQ-9?"
    )
    assert page.repeat_lines[Instrument.GAD7].isHidden()
    assert set(page.scores.series) == {Instrument.PHQ9, Instrument.GAD7}
    assert [p.y() for p in page.scores.series[Instrument.PHQ9].points()] == [18, 9]
    assert page.scores.summary.text().startswith("Your latest PHQ-9 was 9 (mild) on")

    page.select_row(2)
    dialog = page.delete_selected()
    assert dialog is not None
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: page.history.rowCount() == 2)
    desktop.window.lock()
    left: list[Measure] = with_services(lambda services: services.measures.history())
    assert sorted(sum(m.answers) for m in left) == [7, 9]


def test_the_repeat_line_takes_that_questionnaire_again(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    when = datetime.combine(days_ago(20), time(9)).astimezone()
    with_services(lambda services: services.measures.take(Instrument.GAD7, [1] * 7, when))
    page = open_measures(desktop, qtbot)
    qtbot.waitUntil(lambda: not page.repeat_lines[Instrument.GAD7].isHidden())
    page.repeat_lines[Instrument.GAD7].click()
    assert page.form is not None and page.form.instrument is Instrument.GAD7


def test_locking_drops_answers_scores_and_history(
    page: MeasuresPage, desktop: DesktopApp, qtbot: QtBot
) -> None:
    form = page.start(Instrument.PHQ9)
    answer(form, [1] * 9)
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.history.rowCount() == 1)
    page.start(Instrument.PHQ9).rows[8].choose(2)
    desktop.window.lock()
    assert page.form is None
    assert page.history.rowCount() == 0
    assert page.result_score.text() == ""
    assert page.pages.currentWidget() is page.home
    assert page.scores.view.chart().series() == []
