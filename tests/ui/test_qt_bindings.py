"""The Qt bindings themselves: a build that drops references to None crashes the app."""

from __future__ import annotations

import os
import subprocess
import sys

# Thousands of calls to a Qt method returning nothing, as a few minutes of use make.
# PySide6 6.12.0 on Python 3.11 loses a reference to None on each, until Python aborts.
PROGRAM = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(20_000):
    label.setVisible(False)
print("alive")
"""


def test_calling_qt_many_times_does_not_crash_python() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0 and result.stdout.strip() == "alive", (
        "These Qt bindings lose references to None (PySide6 6.12.0 on Python < 3.12); "
        "install another PySide6 version.\n" + result.stderr[-500:]
    )
