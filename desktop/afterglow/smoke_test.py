"""`afterglow --smoke-test`: the installed or packaged app checks itself on a throw-away
journal, offscreen, so a build can prove that what it built starts and works.

It builds the real app with `afterglow.app.build`, creates a journal in a temporary
folder, writes an entry through the services, finds it with full-text search, locks,
checks that the words on disk are encrypted, unlocks again, and quits. It also touches the
parts a package can lose: the icon files, zxcvbn's word lists and the age encryption.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO, TypeVar

from afterglow.core.errors import AfterglowError, JournalLocked
from afterglow.vault.kdf import KdfParams, KdfPolicy

# Cheap key derivation: the journal lives for a second and holds nothing of anyone's.
SMOKE_TEST_POLICY = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
PASSPHRASE = "quiet harbour lantern morning smoke"
# A word no real entry holds, to search for and to look for in the encrypted files.
MARKER = "smoketestmarigold"
STEP_TIMEOUT_MS = 30_000

T = TypeVar("T")


class SmokeTestFailed(Exception):
    """One check did not pass; the message says which, as the end of a sentence."""


def run_smoke_test(out: TextIO, err: TextIO) -> int:
    """Runs every check; prints one line and returns 0, or one sentence on `err` and 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="afterglow-smoke-test-") as name:
            folder = Path(name)
            with _private_user_folders(folder):
                _check_app(folder)
    except SmokeTestFailed as failure:
        print(f"afterglow: the smoke test failed: {failure}", file=err)
        return 1
    except Exception as exc:  # a broken package: name the cause, there is no journal text
        detail = f"{type(exc).__name__}: {exc}".rstrip(": ")
        print(f"afterglow: the smoke test failed unexpectedly ({detail}).", file=err)
        return 1
    print("afterglow: smoke test passed.", file=out)
    return 0


@contextmanager
def _private_user_folders(folder: Path) -> Iterator[None]:
    """Points the per-user folders at `folder`, so the test leaves nothing in the real ones."""
    names = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        private = folder / "user" / name.lower()
        private.mkdir(parents=True, mode=0o700)
        os.environ[name] = str(private)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _check_app(folder: Path) -> None:
    # Qt and the app load here, after QT_QPA_PLATFORM is settled.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from afterglow.app import build
    from afterglow.ui.icons import app_icon, icon_path

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    _check_support_files(icon_path() is not None and not app_icon().isNull())

    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    journal_folder = folder / "journal"
    desktop = build(
        app, journal_folder, SMOKE_TEST_POLICY, settings_store=store, desktop_integration=False
    )
    try:
        desktop.window.show()
        app.processEvents()
        runner = desktop.runner
        # Every job counts, the views' own loading included, not only the ones below.
        failures: list[AfterglowError] = []
        runner.failed.connect(lambda _task, error: failures.append(error))

        journal, _recovery = _on_worker(
            runner, lambda: desktop.vault.create(PASSPHRASE), "creating a journal"
        )
        desktop.session.open(journal)
        services = desktop.session.services
        if services is None:
            raise SmokeTestFailed("the new journal did not open.")
        written = _on_worker(
            runner,
            lambda: services.journal.add(
                title="Smoke test", body=f"The {MARKER} by the window, after the session."
            ),
            "writing an entry",
        )
        _expect_found(
            _on_worker(runner, lambda: services.journal.search(MARKER), "searching"), written.id
        )

        _expect_no_failures(failures)
        desktop.window.lock()
        if desktop.session.is_open or desktop.window.pages.currentWidget() is not (
            desktop.window.unlock
        ):
            raise SmokeTestFailed("the journal did not lock.")
        _check_encrypted_on_disk(journal_folder)

        again = _on_worker(runner, lambda: desktop.vault.unlock(PASSPHRASE), "unlocking again")
        desktop.session.open(again)
        reopened = desktop.session.services
        if reopened is None:
            raise SmokeTestFailed("the journal did not open again after locking.")
        _expect_found(
            _on_worker(runner, lambda: reopened.journal.search(MARKER), "searching again"),
            written.id,
        )
        _expect_no_failures(failures)
        desktop.window.lock()
    finally:
        desktop.shut_down()
        desktop.window.close()
        desktop.window.deleteLater()
        app.processEvents()


def _check_support_files(icon_found: bool) -> None:
    """What a package most easily leaves out: data files and native libraries."""
    from afterglow.bundle.crypto import ForTherapists, decrypt_with_identities, encrypt
    from afterglow.bundle.identity import TherapistIdentity
    from afterglow.core.passphrase import assess

    if not icon_found:
        raise SmokeTestFailed("the app icon is missing from the installed files.")
    if assess(PASSPHRASE).score < 3:  # zxcvbn without its word lists would not know
        raise SmokeTestFailed("the passphrase strength meter gave a wrong score.")
    identity = TherapistIdentity.generate()
    sealed = encrypt(MARKER.encode(), ForTherapists([identity.public_key]))
    if decrypt_with_identities(sealed, [identity]) != MARKER.encode():
        raise SmokeTestFailed("age encryption did not give back what it was given.")


def _on_worker(runner: Any, job: Callable[[], T], doing: str) -> T:
    """Runs `job` on the app's task runner and waits for it, as the views do."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: Any) -> None:
        outcome["error"] = error
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    runner.run(job, on_done=done, on_error=failed)
    timer.start(STEP_TIMEOUT_MS)
    if not outcome:
        loop.exec()
    timer.stop()
    if "error" in outcome:
        raise SmokeTestFailed(f"{doing} failed: {outcome['error'].message.rstrip('.')}.")
    if "result" not in outcome:
        raise SmokeTestFailed(f"{doing} took longer than {STEP_TIMEOUT_MS // 1000} seconds.")
    result: T = outcome["result"]
    return result


def _expect_found(hits: list[Any], entry_id: str) -> None:
    if [hit.entry.id for hit in hits] != [entry_id]:
        raise SmokeTestFailed("searching did not find the entry just written.")


def _expect_no_failures(failures: list[AfterglowError]) -> None:
    # A job still running when the journal locks finds it locked; that is no failure.
    for error in failures:
        if not isinstance(error, JournalLocked):
            first_sentence = error.message.split(". ")[0].rstrip(".")
            raise SmokeTestFailed(f"a background task failed: {first_sentence}.")


def _check_encrypted_on_disk(journal_folder: Path) -> None:
    for path in journal_folder.rglob("*"):
        if path.is_file() and MARKER.encode() in path.read_bytes():
            raise SmokeTestFailed(f"{path.name} holds the entry's words unencrypted.")
