"""The Practices section and Today's practices card: switching built-ins on, own
practices, one-click done, progress shown as the services count it, the pacer and the
gratitude list logging, and nothing left on screen after locking."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.core.entries import EntryKind
from afterglow.core.practices import BuiltinPractice, PracticeKind
from afterglow.core.store import EntryFilter
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.practices.heat_map import DayState
from afterglow.ui.practices.practices_view import PracticesView
from afterglow.vault.services import JournalServices
from tests.ui.flows import wait_idle
from tests.ui.practices.conftest import FakeClock
from tests.ui.today.workflow import WithServices, live_services, open_section

TODAY = date.today()


def open_practices(desktop: DesktopApp, qtbot: QtBot) -> PracticesView:
    view = open_section(desktop, qtbot, "practices")
    assert isinstance(view, PracticesView)
    qtbot.waitUntil(lambda: bool(view.cards))
    return view


def builtin_id(view: PracticesView, builtin: BuiltinPractice) -> str:
    return next(o.practice.id for o in view.overviews if o.practice.builtin is builtin)


def reload(view: PracticesView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.loaded):
        pass


def switch_on(view: PracticesView, qtbot: QtBot, builtin: BuiltinPractice) -> str:
    practice_id = builtin_id(view, builtin)
    with qtbot.waitSignal(view.loaded):
        view.cards[practice_id].switch.setChecked(True)
    return practice_id


def test_built_ins_are_listed_off_and_switching_one_on_is_kept(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, with_services: WithServices
) -> None:
    view = open_practices(desktop, qtbot)

    assert {o.practice.builtin for o in view.overviews} == set(BuiltinPractice)
    assert not any(card.switch.isChecked() for card in view.cards.values())
    breathwork = switch_on(view, qtbot, BuiltinPractice.BREATHWORK)

    assert view.cards[breathwork].switch.isChecked()
    qtbot.waitUntil(view.cards[breathwork].active_part.isVisible)
    desktop.window.lock()
    stored = with_services(lambda s: s.practices.get(breathwork))
    assert stored.active


def test_an_own_practice_is_added_changed_and_deleted_after_asking(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_practices(desktop, qtbot)
    dialog = view.edit_practice(None)
    qtbot.waitExposed(dialog)
    # Every day's box shows its whole name: none is squeezed to fit a narrow dialog.
    for box in dialog.weekdays:
        assert box.width() >= box.sizeHint().width(), box.text()
    dialog.name.setText("Walk by the canal")
    dialog.kind.setCurrentIndex(dialog.kind.findData(PracticeKind.COUNT.value))
    dialog.target.setValue(3000)
    dialog.unit.setText("steps")
    dialog.weekdays[0].setChecked(True)
    dialog.weekdays[4].setChecked(True)
    with qtbot.waitSignal(view.loaded):
        dialog.save_button.click()

    services = live_services(desktop, qtbot)
    (own,) = [p for p in services.practices.list() if p.builtin is None]
    assert (own.name, own.kind, own.target, own.unit, own.schedule) == (
        "Walk by the canal",
        PracticeKind.COUNT,
        3000.0,
        "steps",
        "mon,fri",
    )
    qtbot.waitUntil(view.cards[own.id].edit_button.isVisible)

    dialog = view.edit_practice(own)
    dialog.name.setText("Walk")
    dialog.daily.setChecked(True)
    with qtbot.waitSignal(view.loaded):
        dialog.save_button.click()
    changed = live_services(desktop, qtbot).practices.get(own.id)
    assert (changed.name, changed.schedule) == ("Walk", "daily")

    services.practices.log(own.id, TODAY, amount=4000)
    view.delete_practice(own.id)
    qtbot.waitUntil(lambda: view.confirm is not None)
    assert view.confirm is not None
    delete = next(
        b
        for b in view.confirm.buttons()
        if view.confirm.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
    )
    with qtbot.waitSignal(view.loaded):
        delete.click()
    assert not live_services(desktop, qtbot).practices.exists(own.id)
    assert own.id not in view.cards


def test_one_click_marks_today_done(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_practices(desktop, qtbot)
    cold = switch_on(view, qtbot, BuiltinPractice.COLD_SHOWER)

    with qtbot.waitSignal(view.loaded):
        view.cards[cold].done_button.click()

    log = live_services(desktop, qtbot).practices.log_on(cold, TODAY)
    assert log is not None and log.done
    assert view.cards[cold].done_button.text() == "Undo"


def a_month_of_breathwork(services: JournalServices) -> str:
    """Breathwork on, done on the last 5 days before today and on 3 days a fortnight ago."""
    services.practices.ensure_builtins(active=(BuiltinPractice.BREATHWORK,))
    (practice,) = [p for p in services.practices.list() if p.active]
    for days in (1, 2, 3, 4, 5, 14, 15, 16):
        services.practices.log(practice.id, TODAY - timedelta(days=days), amount=10)
    return practice.id


def test_streaks_adherence_and_heat_map_are_the_services_own(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    practice_id = with_services(a_month_of_breathwork)
    stats = with_services(lambda s: s.practices.stats(practice_id, TODAY))
    view = open_practices(desktop, qtbot)
    card = view.cards[practice_id]

    assert stats.streaks.current == 5
    assert card.current_streak.text() == "Current streak: 5 days"
    assert card.longest_streak.text() == f"Longest: {stats.streaks.longest} days"
    done, scheduled = stats.adherence.done, stats.adherence.scheduled
    share = round(100 * done / scheduled)
    assert card.adherence.text() == f"Last 30 days: {share}% ({done} of {scheduled} days)"
    grid = card.heat_map.grid
    assert grid.state(TODAY - timedelta(days=1)) is DayState.DONE
    assert grid.state(TODAY - timedelta(days=6)) is DayState.MISSED
    assert grid.state(TODAY) is DayState.OPEN
    assert grid.state(TODAY + timedelta(days=1)) is DayState.AHEAD
    assert "Done on 8 of" in card.heat_map.accessibleDescription()


def test_the_pacer_logs_the_minutes_breathed(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot, clock: FakeClock
) -> None:
    view = open_practices(desktop, qtbot)
    breathwork = switch_on(view, qtbot, BuiltinPractice.BREATHWORK)
    view.clock = clock
    page = view.open_practice(breathwork)
    assert page is not None and page.pacer is not None

    page.pacer.start()
    clock.advance(4 * 60)
    page.pacer.tick()
    with qtbot.waitSignal(view.loaded):
        page.pacer.stop()

    log = live_services(desktop, qtbot).practices.log_on(breathwork, TODAY)
    assert log is not None and log.amount == 4.0 and not log.done  # 10 minutes is the aim


def test_the_gratitude_list_is_saved_and_turned_into_an_entry(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    view = open_practices(desktop, qtbot)
    gratitude = switch_on(view, qtbot, BuiltinPractice.GRATITUDE)
    page = view.open_practice(gratitude)
    assert page is not None and len(page.items) == 10
    for field, text in zip(page.items, ("Morning light", "Maya's call", "Warm tea"), strict=False):
        field.setText(text)

    with qtbot.waitSignal(view.entry_requested) as opened:
        page.entry_button.click()

    services = live_services(desktop, qtbot)
    log = services.practices.log_on(gratitude, TODAY)
    assert log is not None and log.items == ("Morning light", "Maya's call", "Warm tea")
    assert not log.done  # ten things is the aim; three still count as a list
    (entry,) = services.journal.list(EntryFilter(kinds=(EntryKind.GRATITUDE,)))
    assert opened.args == [entry.id]
    assert entry.body == "- Morning light\n- Maya's call\n- Warm tea\n"


def test_today_shows_the_practices_due_and_completes_one(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    practice_id = with_services(a_month_of_breathwork)
    open_section(desktop, qtbot, "today")
    view = desktop.shell.views["practices"]
    assert isinstance(view, PracticesView)
    card = view.today_card
    qtbot.waitUntil(lambda: practice_id in card.done_buttons)
    qtbot.waitUntil(card.card.isVisible)

    with qtbot.waitSignal(view.loaded):
        card.done_buttons[practice_id].click()

    log = live_services(desktop, qtbot).practices.log_on(practice_id, TODAY)
    assert log is not None and log.done and log.amount is None
    assert card.done_buttons[practice_id].text() == "Undo"


def test_locking_clears_the_practices_and_the_today_card(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    practice_id = with_services(a_month_of_breathwork)
    view = open_practices(desktop, qtbot)
    assert view.open_practice(practice_id) is not None

    desktop.window.lock()
    wait_idle(desktop, qtbot)

    assert view.overviews == [] and view.cards == {} and view.page is None
    assert view.stack.currentIndex() == 0
    assert view.today_card.due == () and view.today_card.done_buttons == {}


def type_in_journal(desktop: DesktopApp, qtbot: QtBot, clock: FakeClock, minutes: int) -> None:
    """Types a few words every 30 seconds of fake time, as someone writing steadily."""
    journal = open_section(desktop, qtbot, "journal")
    assert isinstance(journal, JournalView)
    for _ in range(minutes * 2):
        qtbot.keyClicks(journal.editor.body, "and then ")
        clock.advance(30)
    qtbot.keyClicks(journal.editor.body, ".")


def test_writing_in_the_journal_is_logged_to_journaling_on_lock(
    existing_journal: str,
    desktop: DesktopApp,
    qtbot: QtBot,
    clock: FakeClock,
    with_services: WithServices,
) -> None:
    view = open_practices(desktop, qtbot)
    journaling = switch_on(view, qtbot, BuiltinPractice.JOURNALING)
    view.clock = clock
    assert not view.writing_timer.isHidden()

    type_in_journal(desktop, qtbot, clock, minutes=12)
    view.writing_timer.tick()  # what its one-second refresh would show
    assert view.writing_timer.minutes_label.text() == "12 of 20 min"
    desktop.window.lock()

    log = with_services(lambda s: s.practices.log_on(journaling, TODAY))
    assert log is not None and log.amount == 12.0 and not log.done


def test_a_second_stretch_of_writing_adds_to_the_day(
    existing_journal: str,
    desktop: DesktopApp,
    qtbot: QtBot,
    clock: FakeClock,
    with_services: WithServices,
) -> None:
    view = open_practices(desktop, qtbot)
    journaling = switch_on(view, qtbot, BuiltinPractice.JOURNALING)
    view.clock = clock
    type_in_journal(desktop, qtbot, clock, minutes=12)
    with qtbot.waitSignal(view.loaded):
        view.writing_timer.finish()  # the writing is over: logged on the worker
    type_in_journal(desktop, qtbot, clock, minutes=9)
    desktop.window.lock()

    log = with_services(lambda s: s.practices.log_on(journaling, TODAY))
    assert log is not None and log.amount == 21.0 and log.done


def test_writing_counts_for_nothing_while_journaling_is_off(
    existing_journal: str,
    desktop: DesktopApp,
    qtbot: QtBot,
    clock: FakeClock,
    with_services: WithServices,
) -> None:
    view = open_practices(desktop, qtbot)
    journaling = builtin_id(view, BuiltinPractice.JOURNALING)
    view.clock = clock
    assert view.writing_timer.isHidden()
    type_in_journal(desktop, qtbot, clock, minutes=5)
    desktop.window.lock()

    assert with_services(lambda s: s.practices.log_on(journaling, TODAY)) is None
