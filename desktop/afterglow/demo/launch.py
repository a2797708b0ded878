"""Opens the demo journal in the desktop app, the way `make demo` does.

The journal is made afresh in a temporary folder with a quick key derivation (it holds
nothing private), its passphrase is shown on the unlock screen, the app's settings for
the demo live in the same folder, and the folder is removed when the app quits. Like
`afterglow.app`, this is a composition root, so it may use Qt.
"""

from __future__ import annotations

import shutil
import signal
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from afterglow.app import DesktopApp, build, start_qt
from afterglow.demo.writer import DEFAULT_SEED, write_demo_journal
from afterglow.vault.kdf import KdfParams, KdfPolicy
from afterglow.vault.vault import Vault

DEMO_PASSPHRASE = "quiet harbour demo"
# 16 MiB and one pass: opens at once. Far below what a real journal uses, on purpose.
DEMO_POLICY = KdfPolicy(
    floor=KdfParams(memory_kib=16 * 1024, iterations=1, lanes=1),
    memory_kib=16 * 1024,
    lanes=1,
    target_seconds=0.0,
)
JOURNAL_FOLDER = "journal"
SETTINGS_FILE = "settings.ini"


def create_demo_journal(
    folder: Path, *, seed: int = DEFAULT_SEED, now: datetime | None = None
) -> Path:
    """Creates the demo journal in `folder` (locked again afterwards); returns its folder."""
    journal_folder = folder / JOURNAL_FOLDER
    journal, _recovery_key = Vault(journal_folder, DEMO_POLICY).create(DEMO_PASSPHRASE)
    try:
        write_demo_journal(journal.database, seed=seed, now=now)
    finally:
        journal.lock()
    return journal_folder


def demo_hint() -> str:
    return QCoreApplication.translate("Demo", "Demo journal — passphrase: %1").replace(
        "%1", DEMO_PASSPHRASE
    )


def open_demo(app: QApplication, folder: Path) -> DesktopApp:
    """Builds the app on the demo journal in `folder`, with the passphrase on show.

    No tray icon, reminders through it, or locking with the screen: it is a look around,
    and it should not sit beside a real Afterglow in the tray.
    """
    store = QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)
    desktop = build(
        app, folder / JOURNAL_FOLDER, DEMO_POLICY, settings_store=store, desktop_integration=False
    )
    desktop.window.unlock.show_hint(demo_hint())
    return desktop


def main() -> int:
    """Makes the demo journal, runs the app on it, and removes it on the way out."""
    app = start_qt()
    if app is None:
        return 1
    folder = Path(tempfile.mkdtemp(prefix="afterglow-demo-"))
    try:
        create_demo_journal(folder)
        desktop = open_demo(app, folder)
        app.aboutToQuit.connect(desktop.shut_down)
        # Ctrl+C in the terminal quits like closing the window; the timer lets Python see it.
        signal.signal(signal.SIGINT, lambda _signal, _frame: app.quit())
        wake = QTimer(app)
        wake.timeout.connect(lambda: None)
        wake.start(250)
        desktop.window.show()
        return app.exec()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
