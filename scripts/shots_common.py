"""What every screenshot script shares: a throwaway journal with cheap key derivation, the
app built on it in one theme, waiting for the app to settle, and saving a widget as a PNG.

Nothing here touches the real journal or settings: every journal, settings file and
export lives in the temporary folder the caller passes in.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from afterglow.app import DesktopApp, build
from afterglow.ui.settings import AppSettings, ThemeChoice
from afterglow.vault.kdf import KdfParams, KdfPolicy
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import Vault

CHEAP_POLICY = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
PASSPHRASE = "willow harbour morning lantern"
THEMES: tuple[ThemeChoice, ...] = ("light", "dark")

# (app, theme, folder for the PNGs, scratch folder): what each script's shots take.
Shots = Callable[[QApplication, ThemeChoice, Path, Path], None]


def settle(app: QApplication, rounds: int = 8) -> None:
    """Lets queued layout and paint events run, so a grab shows the finished frame."""
    for _ in range(rounds):
        app.processEvents()


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)


def wait_idle(
    app: QApplication, desktop: DesktopApp, done: Callable[[], bool] = lambda: True
) -> None:
    """Waits until the app's background work is over and `done()` holds."""
    wait_until(app, lambda: not desktop.runner.busy and done())
    settle(app)


def run_in_background(app: QApplication, desktop: DesktopApp, job: Callable[[], object]) -> object:
    """Runs `job` on the app's task runner (where the open journal's services may be
    used) and returns its result once the runner is idle again."""
    results: list[object] = []
    desktop.runner.run(job, on_done=results.append)
    wait_until(app, lambda: bool(results) and not desktop.runner.busy)
    return results[0]


def save(app: QApplication, widget: QWidget, out: Path) -> None:
    settle(app)
    if not widget.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    print(out)


def new_journal(folder: Path, write: Callable[[JournalServices], None] | None = None) -> None:
    """Creates a journal in `folder` with the shared passphrase, optionally fills it
    through its services, and locks it again."""
    unlocked, _recovery_key = Vault(folder, CHEAP_POLICY).create(PASSPHRASE)
    try:
        if write is not None:
            write(journal_services(unlocked.database))
    finally:
        unlocked.lock()


def themed_settings(path: Path, theme: ThemeChoice) -> QSettings:
    """A settings file of the shots' own, set to `theme`."""
    store = QSettings(str(path), QSettings.Format.IniFormat)
    AppSettings(store).theme = theme
    return store


def build_app(app: QApplication, folder: Path, settings: Path, theme: ThemeChoice) -> DesktopApp:
    """The desktop app on the journal in `folder` (made or not yet), in `theme`."""
    store = themed_settings(settings, theme)
    return build(app, folder, CHEAP_POLICY, settings_store=store, desktop_integration=False)


@contextmanager
def shown(app: QApplication, desktop: DesktopApp, size: tuple[int, int]) -> Iterator[DesktopApp]:
    """Shows the app's window at `size`; closes the app and its window afterwards."""
    window = desktop.window
    window.resize(*size)
    window.show()
    try:
        yield desktop
    finally:
        window.hide()
        desktop.shut_down()
        window.deleteLater()
        settle(app)


def unlock(app: QApplication, desktop: DesktopApp, passphrase: str = PASSPHRASE) -> None:
    """Types the passphrase on the unlock screen and waits for the journal to open."""
    window = desktop.window
    page = window.unlock.unlock_page
    page.field.edit.setText(passphrase)
    page.unlock_button.click()
    wait_until(app, lambda: window.pages.currentWidget() is desktop.shell)


@contextmanager
def open_journal(
    app: QApplication, name: str, theme: ThemeChoice, scratch: Path, size: tuple[int, int]
) -> Iterator[DesktopApp]:
    """The app shown and unlocked on the journal `scratch/<name>-journal-<theme>`, which
    the caller has made with `new_journal`; its settings sit beside it."""
    folder = scratch / f"{name}-journal-{theme}"
    desktop = build_app(app, folder, scratch / f"{name}-settings-{theme}.ini", theme)
    with shown(app, desktop, size):
        unlock(app, desktop)
        yield desktop


def shots_main(argv: list[str], usage: str, *shots: Shots) -> int:
    """A script's `main`: `python scripts/<script>.py OUTDIR` renders `shots` in both
    themes into OUTDIR, each on journals of its own in one temporary folder."""
    if len(argv) != 2:
        print(usage, file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication([argv[0]])
    app.setApplicationName("Afterglow")
    with tempfile.TemporaryDirectory(prefix="afterglow-screenshots-") as scratch:
        for theme in THEMES:
            for shoot in shots:
                shoot(app, theme, outdir, Path(scratch))
    return 0
