"""Recording a session: every field is saved as typed, the dose stays optional and
neutral, moods can be left unset, and what cannot be saved is said calmly."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.errors import InvalidSession
from afterglow.core.session import Route
from afterglow.ui.sessions.session_form import parse_dose, parse_time
from afterglow.ui.sessions.sessions_view import SessionsView
from tests.ui.flows import wait_idle
from tests.ui.today.workflow import WithServices, open_section


def open_sessions(desktop: DesktopApp, qtbot: QtBot) -> SessionsView:
    view = open_section(desktop, qtbot, "sessions")
    assert isinstance(view, SessionsView)
    return view


def test_the_form_saves_every_field(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_sessions(desktop, qtbot)
    view.record_button.click()
    form = view.form
    assert view.pages.currentWidget() is form

    form.day.setDate(QDate(2025, 2, 28))
    form.time.setText("14:30")
    form.route.setCurrentIndex(form.route.findData(Route.SUBLINGUAL.value))
    form.dose.setText("37,5")
    for field, text in (
        (form.setting, "At home, curtains drawn"),
        (form.provider, "Dr. Okafor's practice"),
        (form.support_person, "Sam"),
        (form.music, "Rain, then cello"),
    ):
        qtbot.keyClicks(field, text)
    form.intention.setPlainText("Meet the tiredness.")
    form.notes.setPlainText("Onset soft.\nPeak: the house with open windows.")
    form.body_sensations.setPlainText("Warm hands.")
    form.mood_before.value_actions[3].trigger()
    form.mood_after.value_actions[8].trigger()
    form.tags.add("Family")
    qtbot.keyClicks(form.tags.field, "rest")  # typed, not yet confirmed with Enter

    form.save_button.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.arc_page)
    wait_idle(desktop, qtbot)

    desktop.window.lock()
    (session,) = with_services(lambda services: services.sessions.list())
    assert session.started_at.replace(tzinfo=None) == datetime(2025, 2, 28, 14, 30)
    assert session.started_at.utcoffset() is not None
    assert session.route == Route.SUBLINGUAL
    assert session.dose_mg == 37.5
    assert (session.setting, session.provider, session.support_person, session.music) == (
        "At home, curtains drawn",
        "Dr. Okafor's practice",
        "Sam",
        "Rain, then cello",
    )
    assert session.intention == "Meet the tiredness."
    assert session.notes == "Onset soft.\nPeak: the house with open windows."
    assert session.body_sensations == "Warm hands."
    assert (session.mood_before, session.mood_after) == (3, 8)
    assert session.tags == ("family", "rest")


def test_moods_may_be_left_unset_and_zero_is_an_answer(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_sessions(desktop, qtbot)
    view.record_session()
    view.form.mood_after.value_actions[0].trigger()
    view.form.save_button.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.arc_page)

    desktop.window.lock()
    (session,) = with_services(lambda services: services.sessions.list())
    assert (session.mood_before, session.mood_after, session.dose_mg) == (None, 0, None)


@pytest.mark.parametrize("typed", ["lots", "0", "-5", "5000", "1e9", "nan"])
def test_a_dose_that_cannot_be_a_dose_is_refused_calmly(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot, typed: str
) -> None:
    view = open_sessions(desktop, qtbot)
    view.record_session()
    view.form.dose.setText(typed)

    view.form.save_button.click()
    wait_idle(desktop, qtbot)

    assert view.pages.currentWidget() is view.form
    assert view.form.error.isVisible()
    message = view.form.error.text()
    assert "milligrams" in message and "leave it empty" in message
    assert "should" not in message and "recommend" not in message  # no advice, ever
    desktop.window.lock()
    assert with_services(lambda services: services.sessions.list()) == []


def test_a_time_that_is_not_a_time_is_refused(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_sessions(desktop, qtbot)
    view.record_session()
    view.form.time.setText("25:00")
    view.form.save_button.click()
    assert view.form.error.isVisible() and "time" in view.form.error.text()
    assert view.pages.currentWidget() is view.form


def test_editing_a_session_keeps_its_time_and_offset_unless_changed(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    elsewhere = timezone(timedelta(hours=-5))
    started = datetime(2025, 3, 1, 9, 0, tzinfo=elsewhere)
    stored = with_services(
        lambda services: services.sessions.add(started_at=started, route=Route.IV, mood_before=4)
    )
    view = open_sessions(desktop, qtbot)
    view.show_session(stored.id)
    qtbot.waitUntil(lambda: view.arc_page.session is not None)

    view.arc_page.edit_button.click()
    assert view.form.heading.text() == "Edit the session"
    assert view.form.time.text() == "09:00"
    view.form.support_person.setText("Maya")
    view.form.save_button.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.arc_page)
    wait_idle(desktop, qtbot)

    desktop.window.lock()
    (session,) = with_services(lambda services: services.sessions.list())
    assert session.started_at == started and session.started_at.utcoffset() == timedelta(hours=-5)
    assert (session.support_person, session.mood_before) == ("Maya", 4)


def test_typed_doses_and_times_are_read_as_people_write_them() -> None:
    assert parse_dose("") is None
    assert parse_dose(" 50 mg ") == 50.0
    assert parse_dose("37,5") == 37.5
    with pytest.raises(InvalidSession):
        parse_dose("fifty")
    assert parse_time("9:05") is not None and parse_time("21.45") is not None
    assert parse_time("24:00") is None and parse_time("noon") is None


def test_the_form_forgets_everything_on_lock(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_sessions(desktop, qtbot)
    view.record_session()
    qtbot.keyClicks(view.form.setting, "A secret place")
    qtbot.keyClicks(view.form.notes, "Something private")

    desktop.window.lock()

    assert view.form.setting.text() == "" and not view.form.setting.isUndoAvailable()
    assert view.form.notes.toPlainText() == ""
    assert not view.form.notes.document().isUndoAvailable()
    assert view.pages.currentWidget() is view.list_page
    assert view.arc_page.session is None
