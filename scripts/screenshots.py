"""Renders the desktop app's main screens to PNG files, in the light and the dark theme.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py docs/screenshots

Works on a throwaway journal in a temporary folder with cheap key derivation; nothing
touches the real journal or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from afterglow.app import DesktopApp, build
from afterglow.ui.settings import AppSettings, ThemeChoice
from afterglow.vault.kdf import KdfParams, KdfPolicy

CHEAP_POLICY = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
WINDOW_SIZE = (1100, 740)
PASSPHRASE = "willow harbour morning lantern"


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(app: QApplication, widget: QWidget, out: Path) -> None:
    settle(app)
    if not widget.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    print(out)


def shoot(app: QApplication, theme: ThemeChoice, outdir: Path, scratch: Path) -> None:
    store = QSettings(str(scratch / f"settings-{theme}.ini"), QSettings.Format.IniFormat)
    AppSettings(store).theme = theme
    desktop: DesktopApp = build(
        app,
        scratch / f"journal-{theme}",
        CHEAP_POLICY,
        settings_store=store,
        desktop_integration=False,
    )
    window = desktop.window
    window.resize(*WINDOW_SIZE)
    window.show()
    flow = window.first_run
    assert flow is not None
    try:
        save(app, window, outdir / f"first-run-{theme}.png")

        flow.welcome.start_button.click()
        flow.choose.form.passphrase_field.edit.setText(PASSPHRASE)
        flow.choose.form.confirm_field.edit.setText(PASSPHRASE)
        flow.choose.form.confirm_field.setFocus()
        save(app, window, outdir / f"passphrase-{theme}.png")

        flow.choose.continue_button.click()
        wait_until(app, lambda: flow.currentWidget() is flow.key_page)
        save(app, window, outdir / f"recovery-key-{theme}.png")

        last_group = flow.key_page.last_group
        flow.key_page.continue_button.click()
        flow.check.field.setText(last_group)
        save(app, window, outdir / f"recovery-check-{theme}.png")
        flow.check.continue_button.click()
        wait_until(app, lambda: window.pages.currentWidget() is desktop.shell)
        desktop.shell.show_section("today")
        wait_until(app, lambda: not desktop.runner.busy)
        save(app, window, outdir / f"main-{theme}.png")

        dialog = window.open_settings()
        assert dialog is not None
        wait_until(app, lambda: not desktop.runner.busy)
        dialog.resize(660, 880)  # the offscreen screen is small; show the whole dialog
        save(app, dialog, outdir / f"settings-{theme}.png")
        dialog.accept()

        window.lock()
        save(app, window, outdir / f"unlock-{theme}.png")

        page = window.unlock.unlock_page
        page.field.edit.setText("not my passphrase")
        page.unlock_button.click()
        wait_until(app, lambda: not page.error.isHidden())
        page.field.edit.deselect()
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        save(app, window, outdir / f"unlock-error-{theme}.png")
    finally:
        window.hide()
        desktop.shut_down()
        window.deleteLater()
        settle(app)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication([argv[0]])
    app.setApplicationName("Afterglow")
    with tempfile.TemporaryDirectory(prefix="afterglow-screenshots-") as scratch:
        for theme in ("light", "dark"):
            shoot(app, theme, outdir, Path(scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
