"""The composition root: `afterglow.app.main` starts the app and stops it cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from afterglow.app import build_window
from afterglow.ui.settings import GEOMETRY
from tests.ui.conftest import PASSPHRASE

# Runs in its own process: main() hardens the process (umask, no core dumps) and names
# the application, which must not leak into the test process.
PROGRAM = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from afterglow import app as desktop
from afterglow.vault.kdf import KdfParams, KdfPolicy

policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
qt = QApplication([])

def look_and_quit():
    shown = [w.windowTitle() for w in qt.topLevelWidgets() if w.isVisible()]
    print("shown:", shown, qt.applicationName(), qt.organizationName())
    qt.quit()

QTimer.singleShot(300, look_and_quit)
sys.exit(desktop.main(Path(sys.argv[1]), policy))
"""


def run_app(program: str, folder: Path, **env: str) -> list[str]:
    """The lines `program` printed, run offscreen in a process of its own on the journal
    in `folder`, once it has exited cleanly."""
    result = subprocess.run(
        [sys.executable, "-c", program, str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    return result.stdout.splitlines()


def test_main_shows_the_window_and_quits_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    assert "shown: ['Afterglow'] Afterglow Afterglow" in run_app(PROGRAM, folder)
    assert not folder.exists()  # nothing is written before the person sets up a journal
    settings = tmp_path / "xdg" / "config" / "Afterglow" / "Afterglow.ini"
    assert settings.exists()
    assert QSettings(str(settings), QSettings.Format.IniFormat).allKeys() == [GEOMETRY]


# Watches for the window to be shown, then for its sections, which are built after it.
SECTIONS_AFTER = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from afterglow import app as desktop
from afterglow.ui.main_window import MainWindow
from afterglow.vault.kdf import KdfParams, KdfPolicy

policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
qt = QApplication([])
seen = []

def look():
    windows = [w for w in qt.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows:
        try:
            shell = windows[0].shell
        except RuntimeError:
            seen.append("window without sections")
        else:
            seen.append("sections: " + ",".join(sorted(shell.views)))
            print("\\n".join(dict.fromkeys(seen)))
            qt.quit()
            return
    QTimer.singleShot(20, look)

QTimer.singleShot(0, look)
sys.exit(desktop.main(Path(sys.argv[1]), policy))
"""


def test_the_sections_are_built_once_the_window_shows(tmp_path: Path) -> None:
    lines = run_app(SECTIONS_AFTER, tmp_path / "journal")
    assert lines[0] == "window without sections"
    assert lines[-1].startswith("sections: ") and "journal" in lines[-1]
    assert "patterns" in lines[-1] and "today" in lines[-1]


# Lists, at the unlock window's first paint and again once everything is built, which of
# the modules that have no part in the unlock screen are loaded.
FIRST_PAINT = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

LATER = (
    "cryptography", "PySide6.QtNetwork", "PySide6.QtCharts", "afterglow.core.reminders",
    "afterglow.ui.first_run", "afterglow.ui.recovery_key", "afterglow.ui.settings_dialog",
    "afterglow.ui.help.shortcuts", "afterglow.ui.tray", "afterglow.ui.journal.journal_view",
    "afterglow.ui.journal.draft", "afterglow.core.entries", "afterglow.vault.services",
)
qt = QApplication([])

def loaded(when):
    print(when, sorted(name for name in LATER if name in sys.modules), flush=True)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched.window(), QMainWindow):
            qt.removeEventFilter(self)
            loaded("first paint:")
            QTimer.singleShot(4000, lambda: (loaded("built:"), qt.quit()))
        return False

probe = FirstPaint()
qt.installEventFilter(probe)
from afterglow import app as desktop
from afterglow.vault.kdf import KdfParams, KdfPolicy

policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
sys.exit(desktop.main(Path(sys.argv[1]), policy))
"""


def test_the_unlock_window_paints_before_what_it_does_not_need_is_loaded(
    tmp_path: Path, journal_folder: Path, existing_journal: str
) -> None:
    first, built = run_app(FIRST_PAINT, journal_folder, XDG_RUNTIME_DIR=str(tmp_path))[:2]
    assert first == "first paint: []"
    # Reminders, the tray and the sections come right after; the rest when first used.
    assert built.startswith("built: ")
    for later in ("afterglow.core.reminders", "afterglow.ui.tray", "afterglow.vault.services"):
        assert later in built


def test_a_journal_opened_before_the_sections_are_built_finishes_them_first(
    qapp, qtbot, journal_folder, fast_policy, settings_store, existing_journal
) -> None:
    first = build_window(
        qapp, journal_folder, fast_policy, settings_store=settings_store, desktop_integration=False
    )
    first.window.build_sections_with(first.finish)
    assert first.build_step()  # only the first part, so far
    first.window.show()
    page = first.window.unlock.unlock_page
    page.field.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(first.session.opened):
        page.unlock_button.click()
    desktop = first.finish()
    try:
        assert not first.build_step()
        assert desktop.window.pages.currentWidget() is desktop.shell
        assert {"journal", "today", "patterns", "practices", "share"} <= set(desktop.shell.views)
    finally:
        desktop.shut_down()
        desktop.window.close()
        desktop.window.deleteLater()
        qapp.processEvents()
