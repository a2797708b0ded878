"""One instance per journal: a second app brings the first forward, a second command is
refused with one clear sentence, and never are there two writers."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from afterglow.ui.single_instance import socket_path
from afterglow.vault.kdf import KdfParams, KdfPolicy
from afterglow.vault.vault import Vault

APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from afterglow import app as desktop
    from afterglow.vault.kdf import KdfParams, KdfPolicy

    policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
    qt = QApplication([])

    def brought_forward(window):
        print("brought forward", window.isVisible(), flush=True)

    def running():
        shown = [w.windowTitle() for w in qt.topLevelWidgets() if w.isVisible()]
        print("running", shown, flush=True)

    desktop._bring_forward = brought_forward
    QTimer.singleShot(0, running)
    QTimer.singleShot(int(sys.argv[2]), qt.quit)
    sys.exit(desktop.main(Path(sys.argv[1]), policy))
    """
)


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def start_app(folder: Path, quit_after_ms: int = 30_000) -> subprocess.Popen[str]:
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(folder), str(quit_after_ms)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env(),
    )
    assert app.stdout is not None
    line = app.stdout.readline()
    assert line.startswith("running ['Afterglow']"), line + app.stderr.read()[-2000:]  # type: ignore[union-attr]
    return app


def stop(app: subprocess.Popen[str]) -> None:
    """Ends an app if still running and closes its pipes."""
    if app.poll() is None:
        app.kill()
    app.communicate()


def run_app(folder: Path, quit_after_ms: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", APP, str(folder), str(quit_after_ms)],
        capture_output=True,
        text=True,
        env=env(),
        timeout=60,
    )


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short runtime folder, as /run/user/UID is: socket paths stop at 107 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="ag-", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_second_app_on_the_same_journal_brings_the_first_forward_and_exits(tmp_path, runtime_dir):
    folder = tmp_path / "a journal called Private Diary"
    first = start_app(folder)
    try:
        # The socket: in the runtime folder, private, named by a hash of the path. It
        # opens once the window has painted, a moment after the app runs.
        path = socket_path(folder)
        assert path.parent == runtime_dir
        assert path.name.startswith("afterglow-") and "Diary" not in path.name
        deadline = time.monotonic() + 20
        while not path.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert path.exists(), sorted(os.listdir(runtime_dir))
        assert path.stat().st_mode & 0o077 == 0

        second = run_app(folder, quit_after_ms=20_000)
        assert second.returncode == 0, second.stderr[-2000:]
        assert second.stdout == ""  # it never built or showed a window of its own
        assert second.stderr == ""
        assert first.stdout is not None
        assert first.stdout.readline() == "brought forward True\n"

        # Killed outright, the first app leaves its socket behind; the next start
        # sees no one answering there and opens its own window.
        os.kill(first.pid, signal.SIGKILL)
        stop(first)
        assert path.exists()
        again = run_app(folder, quit_after_ms=300)
        assert again.returncode == 0, again.stderr[-2000:]
        assert again.stdout.startswith("running ['Afterglow']")
    finally:
        stop(first)


def test_each_journal_has_its_own_socket(tmp_path):
    one, two = socket_path(tmp_path / "one"), socket_path(tmp_path / "two")
    assert one != two and one.parent == two.parent
    assert socket_path(tmp_path / "one" / ".." / "one") == one


# The command line derives keys with the standard policy, whose floor refuses the cheap
# test headers: this journal is made at that floor (256 MiB, two passes).
FLOOR_POLICY = KdfPolicy(
    floor=KdfParams(256 * 1024, 2, 1), memory_kib=256 * 1024, lanes=1, target_seconds=0.0
)
PASSPHRASE = "a journal open in one place only"
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from afterglow.vault.kdf import STANDARD_POLICY
    from afterglow.vault.vault import Vault
    unlocked = Vault(Path(sys.argv[1]), STANDARD_POLICY).unlock(sys.argv[2])
    print("unlocked", flush=True)
    sys.stdin.read()
    unlocked.lock()
    """
)


def test_a_second_command_on_an_unlocked_journal_is_refused_in_one_sentence(tmp_path):
    folder = tmp_path / "journal"
    unlocked, _ = Vault(folder, FLOOR_POLICY).create(PASSPHRASE)
    unlocked.lock()
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    verify = [
        sys.executable,
        "-m",
        "afterglow",
        "--data-dir",
        str(folder),
        "--passphrase-file",
        str(passphrase_file),
        "verify",
    ]
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline() == "unlocked\n"
        refused = subprocess.run(verify, capture_output=True, text=True, timeout=60)
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert refused.stderr == (
        "afterglow: This journal is open in another Afterglow window or command; "
        "close that first.\n"
    )
