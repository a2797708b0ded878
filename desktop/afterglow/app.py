"""The composition root: the one place that builds the app's objects and wires them together."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from afterglow.core.errors import EnvironmentProblem
from afterglow.ui.icons import app_icon
from afterglow.ui.locking import MINUTE_MS, IdleTimer
from afterglow.ui.main_window import MainWindow
from afterglow.ui.secret_clipboard import CLIPBOARD_CLEAR_MS, SecretClipboard
from afterglow.ui.session import JournalSession, ServicesFactory
from afterglow.ui.settings import AppSettings
from afterglow.ui.single_instance import SingleInstance
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Appearance
from afterglow.ui.therapist.opener import BundleDrop, BundleOpener
from afterglow.vault.database import check_driver
from afterglow.vault.hygiene import harden_process
from afterglow.vault.kdf import STANDARD_POLICY, KdfPolicy
from afterglow.vault.vault import UnlockedVault, Vault

if TYPE_CHECKING:
    # Built after the window shows (see `_desktop_integration` and `_sections_in_steps`).
    from afterglow.ui.locking import SystemLockSignals
    from afterglow.ui.practices.reminders import ReminderClock
    from afterglow.ui.shell import JournalShell
    from afterglow.ui.tray import TrayIcon
    from afterglow.vault.services import JournalServices

APP_NAME = "Afterglow"


@dataclass
class DesktopApp:
    """Everything `build` made, so that `main`, tests and the screenshot script share it."""

    app: QApplication
    vault: Vault
    settings: AppSettings
    runner: TaskRunner
    appearance: Appearance
    session: JournalSession
    idle: IdleTimer
    clipboard: SecretClipboard
    shell: JournalShell
    window: MainWindow
    bundles: BundleOpener
    system_signals: SystemLockSignals | None
    tray: TrayIcon | None

    def shut_down(self) -> None:
        """Locks, forgets secrets and stops the worker thread. Safe to call twice."""
        _shut_down(self)


def services_for(journal: UnlockedVault) -> JournalServices:
    """The services the views work with, over the journal just unlocked."""
    from afterglow.vault.services import journal_services

    return journal_services(journal.database)


def default_settings_store() -> QSettings:
    """An ini file in the user's config folder, so it can be inspected in plain text."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def build(
    app: QApplication,
    data_folder: Path,
    kdf_policy: KdfPolicy = STANDARD_POLICY,
    *,
    settings_store: QSettings | None = None,
    idle_timeout_ms: int | None = None,
    clipboard_clear_ms: int = CLIPBOARD_CLEAR_MS,
    desktop_integration: bool = True,
    make_services: ServicesFactory = services_for,
) -> DesktopApp:
    """Builds the app around the journal in `data_folder`, without showing anything.

    `idle_timeout_ms` overrides the auto-lock setting (tests use a tiny one);
    `desktop_integration` connects to D-Bus and the tray where they exist;
    `make_services` builds the services over an unlocked journal (tests may wrap them).
    """
    return build_window(
        app,
        data_folder,
        kdf_policy,
        settings_store=settings_store,
        idle_timeout_ms=idle_timeout_ms,
        clipboard_clear_ms=clipboard_clear_ms,
        desktop_integration=desktop_integration,
        make_services=make_services,
    ).finish()


@dataclass
class WindowFirst:
    """The window with its first-run or unlock screen and everything it needs, before the
    sections of the open journal exist: `main` shows it, then `finish` builds the rest
    (the tray, system lock signals and reminders first, then the sections)."""

    app: QApplication
    vault: Vault
    settings: AppSettings
    runner: TaskRunner
    appearance: Appearance
    session: JournalSession
    idle: IdleTimer
    clipboard: SecretClipboard
    window: MainWindow
    bundles: BundleOpener
    desktop_integration: bool
    system_signals: SystemLockSignals | None = None
    tray: TrayIcon | None = None
    reminders: ReminderClock | None = None
    _steps: Generator[None, None, JournalShell] | None = field(default=None, repr=False)
    _finished: DesktopApp | None = field(default=None, repr=False)

    def shut_down(self) -> None:
        """As `DesktopApp.shut_down`, whether or not the sections were built."""
        _shut_down(self)

    def build_step(self) -> bool:
        """Builds the next part of the sections behind the window; False once all are."""
        if self._finished is not None:
            return False
        if self._steps is None:
            self._steps = _sections_in_steps(self)
        try:
            next(self._steps)
        except StopIteration as built:
            self._finished = DesktopApp(
                app=self.app,
                vault=self.vault,
                settings=self.settings,
                runner=self.runner,
                appearance=self.appearance,
                session=self.session,
                idle=self.idle,
                clipboard=self.clipboard,
                shell=built.value,
                window=self.window,
                bundles=self.bundles,
                system_signals=self.system_signals,
                tray=self.tray,
            )
            return False
        return True

    def finish(self) -> DesktopApp:
        """Builds whatever is left of the sections and returns the whole app."""
        while self.build_step():
            pass
        assert self._finished is not None
        return self._finished


def build_window(
    app: QApplication,
    data_folder: Path,
    kdf_policy: KdfPolicy = STANDARD_POLICY,
    *,
    settings_store: QSettings | None = None,
    idle_timeout_ms: int | None = None,
    clipboard_clear_ms: int = CLIPBOARD_CLEAR_MS,
    desktop_integration: bool = True,
    make_services: ServicesFactory = services_for,
) -> WindowFirst:
    """The part of `build` the first-run or unlock screen needs; see `build`."""
    settings = AppSettings(
        settings_store if settings_store is not None else default_settings_store()
    )
    appearance = Appearance(app, settings.theme)
    runner = TaskRunner(app)
    vault = Vault(data_folder, kdf_policy)
    session = JournalSession(vault, runner, make_services, app)
    idle = IdleTimer(
        idle_timeout_ms if idle_timeout_ms is not None else settings.idle_minutes * MINUTE_MS,
        app,
    )
    clipboard = SecretClipboard(QGuiApplication.clipboard(), clipboard_clear_ms, app)

    window = MainWindow(session, runner, settings, appearance, idle, clipboard, None)
    bundles = _offer_bundle_opening(window, BundleOpener(runner, session, window))
    return WindowFirst(
        app=app,
        vault=vault,
        settings=settings,
        runner=runner,
        appearance=appearance,
        session=session,
        idle=idle,
        clipboard=clipboard,
        window=window,
        bundles=bundles,
        desktop_integration=desktop_integration,
    )


def _desktop_integration(first: WindowFirst) -> None:
    """The tray icon, the desktop's lock and sleep signals (with `desktop_integration`) and
    reminders: none of them shows in the window, so they come just after it has painted."""
    from PySide6.QtDBus import QDBusConnection
    from PySide6.QtWidgets import QSystemTrayIcon

    from afterglow.ui.locking import SystemLockSignals
    from afterglow.ui.practices.reminders import ReminderClock
    from afterglow.ui.tray import TrayIcon

    app, window, session, runner = first.app, first.window, first.session, first.runner
    if first.desktop_integration:
        first.system_signals = SystemLockSignals(
            QDBusConnection.systemBus(), QDBusConnection.sessionBus(), app
        )
        first.system_signals.lock_requested.connect(window.lock)
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = TrayIcon(app_icon(), app)
            icon.lock_requested.connect(window.lock)
            icon.quit_requested.connect(app.quit)
            icon.show_requested.connect(lambda: _bring_forward(window))
            session.opened.connect(lambda _journal: icon.set_locked(False))
            session.locked.connect(lambda: icon.set_locked(True))
            icon.set_locked(session.journal is None)
            icon.show()
            first.tray = icon
    reminders = ReminderClock(first.settings.reminders, parent=window)
    session.opened.connect(lambda _journal: reminders.unlocked())
    session.opened.connect(lambda _journal: _follow_check_ins(reminders, runner, session))
    window.reminders_changed.connect(reminders.schedule)
    session.locked.connect(reminders.locked)
    if first.tray is not None:
        reminders.notify.connect(first.tray.showMessage)
    reminders.schedule()
    if session.journal is not None:  # opened before this ran: catch up
        reminders.unlocked()
        _follow_check_ins(reminders, runner, session)
    first.reminders = reminders


def _sections_in_steps(first: WindowFirst) -> Generator[None, None, JournalShell]:
    """Every section of the open journal, wired to each other and put behind the window;
    pausing (`yield`) after each part that takes a while, so the app can keep the unlock
    screen answering between them.

    Imported here, not at the top: the sections (and QtCharts) take longer to import and
    build than the unlock screen takes to show, and nothing in them shows before unlocking.
    """
    _desktop_integration(first)
    yield

    from PySide6.QtGui import QUndoGroup

    from afterglow.ui.journal.journal_view import JournalView
    from afterglow.ui.sections import sections

    yield
    app, runner, appearance = first.app, first.runner, first.appearance
    window, reminders = first.window, first.reminders
    assert reminders is not None
    section_list = sections()
    undo_group = QUndoGroup(app)
    journal_view = JournalView(runner, lambda: appearance.colors)
    appearance.changed.connect(lambda _scheme: journal_view.set_colors(appearance.colors))
    views: dict[str, QWidget] = {"journal": journal_view}
    yield

    from afterglow.ui.today.workflow import IntegrationSections

    integration = IntegrationSections(runner, lambda: appearance.colors, journal_view, app)
    views.update(integration.views)  # Today, Sessions, Insights and Actions
    yield

    from afterglow.ui.patterns.patterns_view import PatternsView

    patterns_view = PatternsView(runner, lambda: appearance.colors)
    appearance.changed.connect(lambda _scheme: patterns_view.set_colors(appearance.colors))
    views["patterns"] = patterns_view
    yield

    from afterglow.ui.practices.practices_view import PracticesView

    practices_view = PracticesView(runner)
    views["practices"] = practices_view
    integration.today.add_card(practices_view.today_card)
    yield

    from afterglow.ui.sharing.pdf import ReportPdf
    from afterglow.ui.sharing.share_view import ShareView

    share_view = ShareView(runner, first.clipboard, lambda: appearance.colors, ReportPdf())
    views["share"] = share_view
    yield

    from afterglow.ui.journal_commands import JournalCommands
    from afterglow.ui.shell import JournalShell

    # Made inside the window's page stack, where it will stay: put there later, the whole
    # tree would be styled a second time (about 0.13 s).
    shell = JournalShell(section_list, views, first.settings, undo_group, window.pages)
    yield

    integration.attach(shell)
    journal_view.notice.connect(shell.show_notice)
    patterns_view.notice.connect(shell.show_notice)
    patterns_view.entry_requested.connect(integration.open_entry)
    practices_view.notice.connect(shell.show_notice)
    practices_view.entry_requested.connect(integration.open_entry)
    practices_view.shown_section.connect(lambda: shell.show_section("practices"))
    journal_view.editor.pattern_requested.connect(patterns_view.log_from_entry)
    journal_view.editor.add_to_footer(practices_view.writing_timer)
    journal_view.editor.typed.connect(practices_view.typed_in_journal)
    share_view.notice.connect(shell.show_notice)
    window.attach_shell(shell)
    JournalCommands(window, window.menus, shell, journal_view, integration.today, section_list)
    share_view.open_bundle_requested.connect(first.bundles.ask_for_file)
    practices_view.loaded.connect(
        lambda: reminders.follow_practices(o.practice for o in practices_view.overviews)
    )
    return shell


def _shut_down(parts: DesktopApp | WindowFirst) -> None:
    parts.window.shut_down()
    parts.runner.shutdown()
    parts.idle.stop()
    if parts.tray is not None:
        parts.tray.hide()


def _offer_bundle_opening(window: MainWindow, bundles: BundleOpener) -> BundleOpener:
    """Bundles open from File → "Open bundle…" (Ctrl+O), from a file dropped on the window, and
    from a link on the welcome and unlock pages, so opening one needs no journal."""
    window.menus.file.insertAction(window.settings_action, bundles.open_action())
    window.menus.file.insertSeparator(window.settings_action)
    window.setAcceptDrops(True)
    window.installEventFilter(BundleDrop(bundles, window))
    bundles.add_link_to(window.unlock.unlock_page)
    if window.first_run is not None:
        bundles.add_link_to(window.first_run.welcome)
    return bundles


def _follow_check_ins(
    reminders: ReminderClock, runner: TaskRunner, session: JournalSession
) -> None:
    services = session.services
    if services is not None:
        reminders.follow_check_ins(runner, services)


def _bring_forward(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def start_qt() -> QApplication | None:
    """Hardens the process and makes the QApplication, named and with its icon; None (after
    saying why) when the database driver this app needs is missing."""
    harden_process()
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    # The desktop entry's name (resources/afterglow.desktop), which Wayland matches the window
    # to; Flatpak installs the entry under the app id instead.
    QGuiApplication.setDesktopFileName(os.environ.get("FLATPAK_ID", "afterglow"))
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setWindowIcon(app_icon())
    try:
        check_driver()
    except EnvironmentProblem as problem:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, problem.message)
        return None
    return app


def main(data_folder: Path, kdf_policy: KdfPolicy = STANDARD_POLICY) -> int:
    """Runs the desktop app on the journal in `data_folder`; returns the exit code."""
    app = start_qt()
    if app is None:
        return 1
    instance = SingleInstance(data_folder, app)
    if not instance.claim():
        return 0  # the window already open on this journal was brought forward
    first = build_window(app, data_folder, kdf_policy)
    instance.activated.connect(lambda: _bring_forward(first.window))
    app.aboutToQuit.connect(first.shut_down)
    app.aboutToQuit.connect(instance.release)
    # Once the first-run or unlock screen has painted, the app starts answering later
    # starts and builds the rest (the tray, reminders, then the sections) a part at a
    # time with the event loop turning in between, so the screen shows sooner and answers
    # typing meanwhile; a journal opened before they are all built finishes them first.
    first.window.build_sections_with(first.finish)
    _FirstPaint(first.window, lambda: _after_first_paint(instance, first))
    first.window.show()
    return app.exec()


def _after_first_paint(instance: SingleInstance, first: WindowFirst) -> None:
    instance.listen()
    _keep_building(first)


def _keep_building(first: WindowFirst) -> None:
    if first.build_step():
        QTimer.singleShot(0, lambda: _keep_building(first))


class _FirstPaint(QObject):
    """Calls `then` once `window` has painted and the event loop has turned once more.

    It watches the window alone: a filter on the whole application would make PySide
    look up a Python type for every kind of object it sees, before the first paint.
    """

    def __init__(self, window: MainWindow, then: Callable[[], object]):
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._then))
        return False
