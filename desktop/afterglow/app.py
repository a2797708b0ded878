"""The composition root: the one place that builds the app's objects and wires them together."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication, QUndoGroup
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from afterglow.core.errors import EnvironmentProblem
from afterglow.ui.icons import app_icon
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.journal_commands import JournalCommands
from afterglow.ui.locking import MINUTE_MS, IdleTimer, SystemLockSignals
from afterglow.ui.main_window import MainWindow
from afterglow.ui.patterns.patterns_view import PatternsView
from afterglow.ui.practices.practices_view import PracticesView
from afterglow.ui.practices.reminders import ReminderClock
from afterglow.ui.recovery_key import CLIPBOARD_CLEAR_MS, SecretClipboard
from afterglow.ui.sections import sections
from afterglow.ui.session import JournalSession, ServicesFactory
from afterglow.ui.settings import AppSettings
from afterglow.ui.sharing.pdf import ReportPdf
from afterglow.ui.sharing.share_view import ShareView
from afterglow.ui.shell import JournalShell
from afterglow.ui.single_instance import SingleInstance
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Appearance
from afterglow.ui.therapist.opener import BundleDrop, BundleOpener
from afterglow.ui.today.workflow import IntegrationSections
from afterglow.ui.tray import TrayIcon
from afterglow.vault.database import check_driver
from afterglow.vault.hygiene import harden_process
from afterglow.vault.kdf import STANDARD_POLICY, KdfPolicy
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import UnlockedVault, Vault

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
        self.window.shut_down()
        self.runner.shutdown()
        self.app.removeEventFilter(self.idle)
        if self.tray is not None:
            self.tray.hide()


def services_for(journal: UnlockedVault) -> JournalServices:
    """The services the views work with, over the journal just unlocked."""
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
    app.installEventFilter(idle)
    clipboard = SecretClipboard(QGuiApplication.clipboard(), clipboard_clear_ms, app)

    section_list = sections()
    undo_group = QUndoGroup(app)
    journal_view = JournalView(runner, lambda: appearance.colors)
    appearance.changed.connect(lambda _scheme: journal_view.set_colors(appearance.colors))
    views: dict[str, QWidget] = {"journal": journal_view}
    integration = IntegrationSections(runner, lambda: appearance.colors, journal_view, app)
    views.update(integration.views)  # Today, Sessions, Insights and Actions
    patterns_view = PatternsView(runner, lambda: appearance.colors)
    appearance.changed.connect(lambda _scheme: patterns_view.set_colors(appearance.colors))
    views["patterns"] = patterns_view
    practices_view = PracticesView(runner)
    views["practices"] = practices_view
    integration.today.add_card(practices_view.today_card)
    share_view = ShareView(runner, clipboard, lambda: appearance.colors, ReportPdf())
    views["share"] = share_view
    shell = JournalShell(section_list, views, settings, undo_group)
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
    window = MainWindow(session, runner, settings, appearance, idle, clipboard, shell)
    JournalCommands(window, window.menus, shell, journal_view, integration.today, section_list)
    bundles = _offer_bundle_opening(window, BundleOpener(runner, session, window))
    share_view.open_bundle_requested.connect(bundles.ask_for_file)

    system_signals: SystemLockSignals | None = None
    tray: TrayIcon | None = None
    if desktop_integration:
        system_signals = SystemLockSignals(
            QDBusConnection.systemBus(), QDBusConnection.sessionBus(), app
        )
        system_signals.lock_requested.connect(window.lock)
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = TrayIcon(app_icon(), app)
            icon.lock_requested.connect(window.lock)
            icon.quit_requested.connect(app.quit)
            icon.show_requested.connect(lambda: _bring_forward(window))
            session.opened.connect(lambda _journal: icon.set_locked(False))
            session.locked.connect(lambda: icon.set_locked(True))
            icon.show()
            tray = icon
    reminders = ReminderClock(settings.reminders, parent=window)
    session.opened.connect(lambda _journal: reminders.unlocked())
    session.opened.connect(lambda _journal: _follow_check_ins(reminders, runner, session))
    window.reminders_changed.connect(reminders.schedule)
    session.locked.connect(reminders.locked)
    practices_view.loaded.connect(
        lambda: reminders.follow_practices(o.practice for o in practices_view.overviews)
    )
    if tray is not None:
        reminders.notify.connect(tray.showMessage)
    reminders.schedule()

    return DesktopApp(
        app=app,
        vault=vault,
        settings=settings,
        runner=runner,
        appearance=appearance,
        session=session,
        idle=idle,
        clipboard=clipboard,
        shell=shell,
        window=window,
        bundles=bundles,
        system_signals=system_signals,
        tray=tray,
    )


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


def main(data_folder: Path, kdf_policy: KdfPolicy = STANDARD_POLICY) -> int:
    """Runs the desktop app on the journal in `data_folder`; returns the exit code."""
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
        QMessageBox.critical(None, APP_NAME, problem.message)
        return 1
    instance = SingleInstance(data_folder, app)
    if not instance.claim():
        return 0  # the window already open on this journal was brought forward
    desktop = build(app, data_folder, kdf_policy)
    instance.activated.connect(lambda: _bring_forward(desktop.window))
    app.aboutToQuit.connect(desktop.shut_down)
    app.aboutToQuit.connect(instance.release)
    desktop.window.show()
    return app.exec()
