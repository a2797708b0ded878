"""The composition root: `afterglow.app.main` starts the app and stops it cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from afterglow.ui.settings import GEOMETRY

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


def test_main_shows_the_window_and_quits_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    folder = tmp_path / "journal"
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "shown: ['Afterglow'] Afterglow Afterglow" in result.stdout
    assert "Traceback" not in result.stderr
    assert not folder.exists()  # nothing is written before the person sets up a journal
    settings = tmp_path / "xdg" / "config" / "Afterglow" / "Afterglow.ini"
    assert settings.exists()
    assert QSettings(str(settings), QSettings.Format.IniFormat).allKeys() == [GEOMETRY]
