"""Locking: Ctrl+L, the idle timer, system sleep and screen lock; what a lock clears."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.ui.icons import app_icon
from afterglow.ui.locking import IdleTimer, SystemLockSignals
from afterglow.ui.tray import TrayIcon
from tests.ui.flows import unlock


def assert_locked(desktop: DesktopApp) -> None:
    assert not desktop.session.is_open
    assert desktop.window.pages.currentWidget() is desktop.window.unlock
    assert desktop.window.unlock.currentWidget() is desktop.window.unlock.unlock_page
    assert not desktop.idle.is_running
    assert desktop.window.windowTitle() == "Afterglow"


def test_ctrl_l_locks_and_shows_the_unlock_screen(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    unlock(desktop, qtbot)
    journal = desktop.session.journal
    assert journal is not None
    window = desktop.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    with qtbot.waitSignal(desktop.session.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert_locked(desktop)
    assert journal.is_locked


def test_the_lock_button_locks(existing_journal: str, desktop: DesktopApp, qtbot: QtBot) -> None:
    unlock(desktop, qtbot)
    with qtbot.waitSignal(desktop.session.locked):
        desktop.shell.lock_button.click()
    assert_locked(desktop)


def test_the_file_menu_reaches_the_journal_only_while_it_is_open(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    window = desktop.window
    titles = [action.text() for action in window.menus.file.actions() if action.text()]
    assert titles[-3:] == ["Settings…", "Lock", "Quit"]
    assert not window.lock_action.isEnabled() and not window.settings_action.isEnabled()
    assert window.menus.quit_action.isEnabled()

    unlock(desktop, qtbot)
    assert window.lock_action.isEnabled() and window.settings_action.isEnabled()
    window.settings_action.trigger()
    assert window.settings_dialog is not None and window.settings_dialog.isVisible()

    with qtbot.waitSignal(desktop.session.locked):
        window.lock_action.trigger()
    assert_locked(desktop)
    assert window.settings_dialog is None
    assert not window.lock_action.isEnabled() and not window.settings_action.isEnabled()


def test_the_idle_timer_locks_and_clears_every_view_and_undo_stack(
    existing_journal: str,
    make_desktop: Callable[..., DesktopApp],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cleared: list[str] = []
    desktop = make_desktop(idle_timeout_ms=30)
    for key, view in desktop.shell.views.items():

        def clear_and_note(view: QWidget = view, key: str = key, clear=view.clear) -> None:
            clear()
            cleared.append(key)

        monkeypatch.setattr(view, "clear", clear_and_note)
    unlock(desktop, qtbot)
    stack = QUndoStack(desktop.shell.undo_group)
    desktop.shell.undo_group.addStack(stack)
    stack.push(QUndoCommand("an edit"))
    desktop.shell.show_notice("Backed up.")

    with qtbot.waitSignal(desktop.session.locked, timeout=5000):
        pass

    assert_locked(desktop)
    assert sorted(cleared) == sorted(desktop.shell.views)
    assert stack.count() == 0
    assert desktop.shell.notice.isHidden()


def test_activity_restarts_the_idle_timer(qapp: QApplication, qtbot: QtBot) -> None:
    timer = IdleTimer(10_000)
    target = QObject()
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    timer.eventFilter(target, key)
    assert not timer.is_running  # activity does not start a stopped timer

    timer.start()
    qtbot.waitUntil(lambda: timer._timer.remainingTime() < 9_980)
    timer.eventFilter(target, key)
    assert timer._timer.remainingTime() > 9_980
    paint = QEvent(QEvent.Type.Paint)
    qtbot.waitUntil(lambda: timer._timer.remainingTime() < 9_980)
    timer.eventFilter(target, paint)
    assert timer._timer.remainingTime() < 9_980  # painting is not activity
    timer.stop()


def test_the_idle_timer_does_not_run_while_locked(
    existing_journal: str, make_desktop: Callable[..., DesktopApp], qtbot: QtBot
) -> None:
    # Long enough that it cannot fire during the test, however busy the machine.
    desktop = make_desktop(idle_timeout_ms=60_000)
    assert not desktop.idle.is_running
    unlock(desktop, qtbot)
    assert desktop.idle.is_running
    with qtbot.waitSignal(desktop.session.locked):
        desktop.window.lock()
    assert not desktop.idle.is_running


def test_locking_closes_open_dialogs(
    existing_journal: str, desktop: DesktopApp, qtbot: QtBot
) -> None:
    unlock(desktop, qtbot)
    settings = desktop.window.open_settings()
    assert settings is not None
    recovery = settings.new_recovery_key()
    qtbot.waitExposed(recovery)

    desktop.window.lock()

    assert not settings.isVisible()
    assert not recovery.isVisible()
    assert desktop.window.settings_dialog is None


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A session bus of our own, so the test never talks to the desktop's real one."""
    daemon = shutil.which("dbus-daemon")
    assert daemon is not None, "dbus-daemon is missing; `make test` installs it"
    with subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        try:
            assert process.stdout is not None
            yield process.stdout.readline().strip()
        finally:
            QDBusConnection.disconnectFromBus("afterglow-test-listener")
            QDBusConnection.disconnectFromBus("afterglow-test-screensaver")
            process.terminate()
            process.wait(10)


def test_a_screen_lock_reported_on_d_bus_asks_to_lock(
    qapp: QApplication, qtbot: QtBot, private_bus: str
) -> None:
    listener = QDBusConnection.connectToBus(private_bus, "afterglow-test-listener")
    screensaver = QDBusConnection.connectToBus(private_bus, "afterglow-test-screensaver")
    assert screensaver.registerService("org.freedesktop.ScreenSaver")
    signals = SystemLockSignals(None, listener)
    assert "org.freedesktop.ScreenSaver" in signals.watching

    def announce(active: bool) -> None:
        message = QDBusMessage.createSignal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
        )
        message.setArguments([active])
        assert screensaver.send(message)

    with qtbot.waitSignal(signals.lock_requested, timeout=5000):
        announce(True)
    with qtbot.assertNotEmitted(signals.lock_requested, wait=100):
        announce(False)


def test_tray_offers_lock_only_while_open(qapp: QApplication, qtbot: QtBot) -> None:
    tray = TrayIcon(app_icon())
    assert tray.toolTip() == "Afterglow"
    assert not tray.lock_action.isEnabled()
    tray.set_locked(False)
    with qtbot.waitSignal(tray.lock_requested):
        tray.lock_action.trigger()
    with qtbot.waitSignal(tray.quit_requested):
        tray.quit_action.trigger()
    tray.deleteLater()


def test_missing_buses_are_skipped_quietly(qapp: QApplication) -> None:
    signals = SystemLockSignals(None, None)
    assert signals.watching == []
    unconnected = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "afterglow-nobus")
    try:
        assert SystemLockSignals(unconnected, unconnected).watching == []
    finally:
        QDBusConnection.disconnectFromBus("afterglow-nobus")
