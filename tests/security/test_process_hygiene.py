"""The running app, as `afterglow.app.main` starts it: no core dumps, not dumpable, a
private umask, and every file a session makes (WAL, SHM, backups, bundles, exports)
readable by its owner only. Settings hold only allow-listed keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings

from afterglow.ui.settings import ALLOWED_KEYS

# Runs in its own process: main() hardens the process, which must not leak into pytest.
# The scenario runs inside the app's event loop once the window is up, and reports what
# it saw as JSON on stdout.
PROGRAM = textwrap.dedent(
    """
    import json, os, resource, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from afterglow import app as desktop
    from afterglow.bundle import save_bundle
    from afterglow.interchange.exporters import exporter_named
    from afterglow.vault.hygiene import PR_GET_DUMPABLE, _libc
    from afterglow.vault.kdf import KdfParams, KdfPolicy

    policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    qt = QApplication([])
    built = []
    real_build = desktop.build_window  # what main() builds: the window, then the sections

    def build(*args, **kwargs):
        built.append(real_build(*args, **kwargs))
        return built[-1]

    desktop.build_window = build

    def modes(root):
        return {
            str(p.relative_to(root)): oct(p.stat().st_mode & 0o777)
            for p in [root, *sorted(root.rglob("*"))]
        }

    def settle(app):
        while app.runner.busy:
            qt.processEvents()

    def scenario():
        app = built[0]
        mask = os.umask(0)
        os.umask(mask)
        report = {
            "core": resource.getrlimit(resource.RLIMIT_CORE),
            "dumpable": _libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0),
            "umask": oct(mask),
        }
        journal, _key = app.vault.create("hygiene is part of privacy")
        app.session.open(journal)  # as the first-run pages do; the daily backup starts
        settle(app)
        services = app.session.services
        for n in range(20):
            services.journal.add(title=f"entry {n}", body="words " * 200, tags=["walk"])
        journal.backup()
        out.mkdir()
        contents = services.whole_journal.contents()
        now = datetime.now(UTC)
        exporter_named("json").export(contents, out / "journal.json", now)
        exporter_named("markdown").export(contents, out / "markdown", now)
        save_bundle(b"age-encrypted bytes stand in here", out / "bundle.zip.age")
        report["unlocked"] = modes(folder)  # the WAL and its index exist while unlocked
        report["out"] = modes(out)
        app.window.lock()
        report["locked"] = modes(folder)
        print(json.dumps(report), flush=True)
        qt.quit()

    QTimer.singleShot(0, scenario)
    sys.exit(desktop.main(folder, policy))
    """
)


def test_the_running_app_is_hardened_and_keeps_every_file_private(tmp_path: Path) -> None:
    folder, out = tmp_path / "journal", tmp_path / "exports"
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(folder), str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.splitlines()[-1])

    assert report["core"] == [0, 0]  # no core dumps
    assert report["dumpable"] == 0  # no core dumps, no ptrace by other processes of ours
    assert report["umask"] == "0o77"

    unlocked = report["unlocked"]
    assert {"journal.db", "journal.db-wal", "journal.db-shm", "vault.json", "backups"} <= set(
        unlocked
    )
    backups = [name for name in unlocked if name.startswith("backups/")]
    assert len(backups) == 2  # the daily one made on unlocking, and one asked for
    exported = report["out"]
    assert {"journal.json", "markdown", "bundle.zip.age"} <= set(exported)
    assert any(name.startswith("markdown/") for name in exported)
    for listing in (unlocked, report["locked"], exported):
        for name, mode in listing.items():
            is_dir = name in (".", "backups", "markdown")
            assert mode == ("0o700" if is_dir else "0o600"), f"{name} is {mode}"

    settings = tmp_path / "xdg" / "config" / "Afterglow" / "Afterglow.ini"
    keys = QSettings(str(settings), QSettings.Format.IniFormat).allKeys()
    assert keys and set(keys) <= ALLOWED_KEYS
