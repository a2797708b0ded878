"""Screenshots of Help (the keyboard shortcuts window and About Afterglow) and of the demo
journal's unlock screen with its passphrase shown, light and dark.

Usage: QT_QPA_PLATFORM=offscreen python scripts/shots_help.py docs/screenshots
(`scripts/screenshots.py` calls `help_shots` too, on a demo journal of its own.)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from afterglow.demo.launch import DEMO_PASSPHRASE, SETTINGS_FILE, create_demo_journal, open_demo
from afterglow.ui.settings import AppSettings, ThemeChoice

SIZE = (1100, 740)


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)


def save(app: QApplication, widget: QWidget, out: Path) -> None:
    for _ in range(5):
        app.processEvents()
    if not widget.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    print(out)


def help_shots(app: QApplication, theme: ThemeChoice, outdir: Path, scratch: Path) -> None:
    """The demo's unlock screen, then the shortcuts window and About over the open journal."""
    folder = scratch / f"help-demo-{theme}"
    folder.mkdir()
    create_demo_journal(folder)
    AppSettings(QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)).theme = theme
    desktop = open_demo(app, folder)
    window = desktop.window
    window.resize(*SIZE)
    window.show()
    try:
        save(app, window, outdir / f"demo-unlock-{theme}.png")
        page = window.unlock.unlock_page
        page.field.edit.setText(DEMO_PASSPHRASE)
        page.unlock_button.click()
        wait_until(app, lambda: window.pages.currentWidget() is desktop.shell)
        desktop.shell.show_section("journal")
        wait_until(app, lambda: not desktop.runner.busy)

        shortcuts = window.help_menu.show_shortcuts()
        shortcuts.resize(560, 1000)  # the whole list, for the picture
        save(app, shortcuts, outdir / f"shortcuts-{theme}.png")
        shortcuts.reject()

        about = window.help_menu.show_about()
        about.adjustSize()
        save(app, about, outdir / f"about-{theme}.png")
        about.reject()
    finally:
        window.hide()
        desktop.shut_down()
        window.deleteLater()
        app.processEvents()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication([argv[0]])
    app.setApplicationName("Afterglow")
    with tempfile.TemporaryDirectory(prefix="afterglow-help-shots-") as scratch:
        for theme in ("light", "dark"):
            help_shots(app, theme, outdir, Path(scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
