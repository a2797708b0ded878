"""Quitting for real, in its own process with Qt's event loop running: File → Quit
(Ctrl+Q) and the tray's Quit both close the window first, so when the last words cannot
be saved the app stays open and asks, and quits only once told to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROGRAM = """
import sys
from dataclasses import replace
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from afterglow.app import build
from afterglow.core.errors import StorageError
from afterglow.vault.kdf import KdfParams, KdfPolicy
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault

PASSPHRASE = "willow harbour morning lantern"
policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
folder = Path(sys.argv[1])
Vault(folder, policy).create(PASSPHRASE)[0].lock()
disk = {"full": False}

class FullDiskJournal:
    def __init__(self, journal):
        self._journal = journal
    def __getattr__(self, name):
        return getattr(self._journal, name)
    def add(self, **fields):
        if disk["full"]:
            raise StorageError("The disk is full.")
        return self._journal.add(**fields)

def services(unlocked):
    real = journal_services(unlocked.database)
    return replace(real, journal=FullDiskJournal(real.journal))

qt = QApplication([])
desktop = build(qt, folder, policy, desktop_integration=False, make_services=services)
qt.aboutToQuit.connect(desktop.shut_down)
qt.aboutToQuit.connect(lambda: print("quitting", flush=True))
window = desktop.window
window.show()

def asked(when):
    question = window.quit_question
    shown = question is not None and question.isVisible()
    print(when, "open" if window.isVisible() else "closed", "asked" if shown else "-", flush=True)
    return question

def unlock():
    page = window.unlock.unlock_page
    page.field.edit.setText(PASSPHRASE)
    page.unlock_button.click()
    wait(lambda: desktop.session.is_open and not desktop.runner.busy, ctrl_q)

def ctrl_q():
    desktop.shell.views["journal"].editor.body.setPlainText("Words at risk")
    disk["full"] = True
    window.menus.quit_action.trigger()
    QTimer.singleShot(300, tray_quit)

def tray_quit():
    asked("ctrl+q:").cancel_button.click()
    qt.quit()  # what the tray's Quit does
    QTimer.singleShot(300, quit_without)

def quit_without():
    asked("tray:").confirm_button.click()

def wait(done, then):
    QTimer.singleShot(20, lambda: then() if done() else wait(done, then))

QTimer.singleShot(0, unlock)
QTimer.singleShot(20000, lambda: (print("timed out", flush=True), qt.exit(3)))
sys.exit(qt.exec())
"""


def test_ctrl_q_and_the_trays_quit_ask_before_losing_unsaved_words(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(tmp_path / "journal")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert result.stdout.splitlines() == ["ctrl+q: open asked", "tray: open asked", "quitting"]
    assert "Traceback" not in result.stderr
    assert "Words at risk" not in result.stdout + result.stderr
