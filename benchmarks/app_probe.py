"""The desktop app measured from outside, in a process of its own (offscreen).

`python -m benchmarks.app_probe unlock|typing|memory DATA_DIR …` builds the app exactly as
`afterglow.app.build` does, drives it the way a person would (typing the passphrase,
pressing keys in the editor) and prints one JSON object of measurements. Nothing in
`afterglow.ui` is changed or subclassed; paints are observed with event filters.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from afterglow import app as desktop
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.settings import AppSettings
from afterglow.vault import kdf
from afterglow.vault import vault as vault_module
from afterglow.vault.kdf import STANDARD_POLICY
from benchmarks.timing import now

TIMEOUT_S = 60.0
# Letters in about the proportions of English, and the space bar.
KEYS = (*(Qt.Key(ord(ch)) for ch in "ETAOINSHRDLU"), Qt.Key.Key_Space, Qt.Key.Key_Space)


class PaintWatch(QObject):
    """Calls `done(time)` once, just after `widget` has painted while `ready()` holds."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool]) -> None:
        super().__init__(widget)
        self._ready = ready
        self._done: Callable[[float], None] | None = None
        widget.installEventFilter(self)

    def arm(self, done: Callable[[float], None]) -> None:
        self._done = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._done is not None and self._ready():
            done, self._done = self._done, None
            # A zero timer fires after this paint has finished and been flushed.
            QTimer.singleShot(0, lambda: done(now()))
        return False


class KdfClock:
    """Records when each passphrase derivation ends, by wrapping the vault's `derive_key`."""

    def __init__(self) -> None:
        self.spans: list[tuple[float, float]] = []
        original = kdf.derive_key

        def timed(*args: Any, **kwargs: Any) -> bytearray:
            start = now()
            try:
                return original(*args, **kwargs)
            finally:
                self.spans.append((start, now()))

        # `Vault.unlock` looks the function up in its module's namespace on every call.
        vars(vault_module)["derive_key"] = timed


def wait_until(app: QApplication, condition: Callable[[], bool], what: str) -> None:
    deadline = now() + TIMEOUT_S
    while not condition():
        if now() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        app.processEvents()
        QTest.qWait(1)


def build_app(data_dir: Path) -> tuple[QApplication, desktop.DesktopApp]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    # Someone who writes every day left the app on the Journal section last time.
    AppSettings(settings).last_section = "journal"
    built = desktop.build(
        app,
        data_dir,
        STANDARD_POLICY,
        settings_store=settings,
        idle_timeout_ms=3_600_000,
        desktop_integration=False,
    )
    built.window.resize(1100, 740)
    built.window.show()
    return app, built


def unlock_and_wait_for_list(
    app: QApplication, built: desktop.DesktopApp, passphrase: str, kdf: KdfClock
) -> tuple[float, float]:
    """Types the passphrase and waits for the entry list; (derivation s, key ready → list s)."""
    view = built.window.findChild(JournalView)
    assert view is not None
    painted: list[float] = []
    watch = PaintWatch(view.list.viewport(), lambda: view.model.rowCount() > 0)
    watch.arm(painted.append)
    page = built.window.unlock.unlock_page
    page.field.edit.setText(passphrase)
    page.submitted.emit()
    wait_until(app, lambda: bool(painted), "the journal list to paint")
    start, key_ready = kdf.spans[-1]
    watch.deleteLater()
    return key_ready - start, painted[0] - key_ready


def probe_unlock(data_dir: Path, passphrase: str, runs: int) -> dict[str, Any]:
    kdf = KdfClock()
    app, built = build_app(data_dir)
    wait_until(app, built.window.unlock.isVisible, "the unlock screen")
    derivations, to_list = [], []
    for _ in range(runs):
        derived, listed = unlock_and_wait_for_list(app, built, passphrase, kdf)
        derivations.append(derived)
        to_list.append(listed)
        # The other views' loads and the daily backup finish before the next lock.
        wait_until(app, lambda: not built.runner.busy, "the views to finish loading")
        built.window.lock()
        wait_until(app, built.window.unlock.isVisible, "the unlock screen after locking")
    built.shut_down()
    return {"kdf_s": derivations, "key_ready_to_list_s": to_list}


def probe_typing(data_dir: Path, passphrase: str, entry_id: str, keys: int) -> dict[str, Any]:
    """Key press to repaint in the editor, typing in bursts so autosave runs in between."""
    app, built = build_app(data_dir)
    wait_until(app, built.window.unlock.isVisible, "the unlock screen")
    unlock_and_wait_for_list(app, built, passphrase, KdfClock())
    view = built.window.findChild(JournalView)
    assert view is not None
    editor = view.editor
    view.open_entry(entry_id)
    wait_until(app, lambda: editor.entry_id == entry_id, "the long entry to open")
    body = editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.document().characterCount() // 2)
    body.setTextCursor(cursor)
    wait_until(app, lambda: not editor.autosave.is_saving, "a quiet editor")

    rng = random.Random(11)
    latencies: list[float] = []
    while_saving: list[float] = []
    painted: list[float] = []
    watch = PaintWatch(body.viewport(), lambda: True)
    for i in range(keys):
        # Bursts of 8 to 20 keys at a typist's pace; each pause lets autosave start, and
        # the next burst begins while it is still writing the 5,000 words.
        pause = 1.03 if i % rng.randint(8, 20) == 0 and i else rng.uniform(0.07, 0.22)
        QTest.qWait(int(pause * 1000))
        saving = editor.autosave._in_flight is not None  # read only, to label the sample
        painted.clear()
        watch.arm(painted.append)
        start = now()
        QTest.keyClick(body, rng.choice(KEYS))
        wait_until(app, lambda: bool(painted), "the editor to repaint")
        latencies.append(painted[0] - start)
        if saving:
            while_saving.append(painted[0] - start)
    wait_until(app, lambda: not editor.autosave.is_saving, "the last save")
    built.shut_down()
    return {"latency_s": latencies, "while_saving_s": while_saving}


def peak_rss_bytes() -> int:
    """The process's peak resident memory since it started (or since the last reset)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def reset_peak_rss() -> bool:
    """Starts the peak over (Linux); False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def probe_memory(data_dir: Path, passphrase: str, entry_id: str, word: str) -> dict[str, Any]:
    """Peak memory with the journal open: the list scrolled deep, a search, an entry open."""
    app, built = build_app(data_dir)
    wait_until(app, built.window.unlock.isVisible, "the unlock screen")
    at_unlock_screen = peak_rss_bytes()
    unlock_and_wait_for_list(app, built, passphrase, KdfClock())
    with_derivation = peak_rss_bytes()
    # Argon2id takes its 256 MiB for half a second and gives it back; what follows is
    # the journal itself.
    wait_until(app, lambda: not built.runner.busy, "the views to finish loading")
    reset = reset_peak_rss()
    view = built.window.findChild(JournalView)
    assert view is not None
    for _ in range(20):
        view.list.scrollToBottom()
        wait_until(app, lambda: not view.model.is_loading, "a page of entries")
        app.processEvents()
    view.search.field.setText(word)
    view.search.search_now()
    wait_until(app, lambda: view.search.model.rowCount() > 0, "search results")
    view.open_entry(entry_id)
    wait_until(app, lambda: view.editor.entry_id == entry_id, "the long entry to open")
    QTest.qWait(300)
    rows = view.model.rowCount()
    built.shut_down()
    return {
        "peak_rss_bytes": peak_rss_bytes() if reset else None,
        "peak_with_derivation_bytes": max(with_derivation, peak_rss_bytes()),
        "at_unlock_screen_bytes": at_unlock_screen,
        "entries_listed": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("probe", choices=("unlock", "typing", "memory"))
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--passphrase-file", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entry-id", default="")
    parser.add_argument("--word", default="felt")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    passphrase = args.passphrase_file.read_text().rstrip("\n")
    if args.probe == "unlock":
        result = probe_unlock(args.data_dir, passphrase, args.runs)
    elif args.probe == "typing":
        result = probe_typing(args.data_dir, passphrase, args.entry_id, args.runs)
    else:
        result = probe_memory(args.data_dir, passphrase, args.entry_id, args.word)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
