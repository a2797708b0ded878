"""The desktop app, each measurement in fresh processes under the offscreen platform:
cold start, unlock (derivation, then key ready to the list painted), typing, memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.journals import ROOT, CachedJournal
from benchmarks.results import Result, Target
from benchmarks.scenarios import Settings
from benchmarks.timing import Samples, now

# Runs in the child: creates the QApplication first only to watch for the first paint,
# then starts the app exactly as the `afterglow` command does.
COLD_START = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


class FirstPaint(QObject):
    window = None
    seen = False

    def eventFilter(self, watched, event):
        if self.window is None:
            # Only the window is watched once it exists: a filter on the whole application
            # makes PySide look up a Python type for every kind of Qt object it is shown
            # (about 140 kinds, 18 ms here), which the app does not do before its first paint.
            if isinstance(watched, QMainWindow):
                self.window = watched
                app.removeEventFilter(self)
                watched.installEventFilter(self)
        elif not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(time.clock_gettime(time.CLOCK_MONOTONIC), flush=True)
        app.quit()


probe = FirstPaint()
app.installEventFilter(probe)
from afterglow.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "gui"]))
"""


def child_environment(config_home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(config_home),
        "PYTHONPATH": os.pathsep.join([str(ROOT.parent), os.environ.get("PYTHONPATH", "")]),
    }


def cold_start(journal: CachedJournal, settings: Settings) -> Result:
    """Process start to the unlock window's first paint."""
    values = []
    with tempfile.TemporaryDirectory() as config:
        env = child_environment(Path(config))
        for i in range(settings.runs + 1):
            start = now()
            done = subprocess.run(
                [sys.executable, "-c", COLD_START, str(journal.data_dir)],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=True,
            )
            painted = float(done.stdout.strip().splitlines()[-1])
            if i:  # the first run only warms the disk cache
                values.append(painted - start)
    return Result(
        "cold start: process start to unlock window",
        None,
        Samples(tuple(values)),
        targets=(Target("median", 350.0, "<= 350 ms"),),
    )


def probe(args: list[str], scratch: Path, journal: CachedJournal) -> dict[str, Any]:
    env = child_environment(scratch / "config")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.app_probe",
            *args[:1],
            str(scratch / "afterglow"),
            "--passphrase-file",
            str(journal.passphrase_file),
            *args[1:],
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the {args[0]} probe failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def unlock(journal: CachedJournal, scratch: Path, settings: Settings) -> list[Result]:
    measured = probe(["unlock", "--runs", str(settings.runs)], scratch, journal)
    to_list = Samples(tuple(measured["key_ready_to_list_s"]))
    targets = (Target("median", 250.0, "<= 250 ms"),) if journal.size >= 50_000 else ()
    return [
        Result(
            "unlock: key derivation (Argon2id, 256 MiB)",
            journal.size,
            Samples(tuple(measured["kdf_s"])),
            note="deliberately slow",
        ),
        Result("unlock: key ready to journal list painted", journal.size, to_list, targets=targets),
    ]


def typing(journal: CachedJournal, scratch: Path, settings: Settings) -> list[Result]:
    long_entry = journal.synthetic.entries[-1]
    keys = 24 if settings.quick else 240
    measured = probe(
        ["typing", "--runs", str(keys), "--entry-id", long_entry["id"]], scratch, journal
    )
    words = len(long_entry["body"].split())
    rows = [
        Result(
            "typing: key press to repaint",
            journal.size,
            Samples(tuple(measured["latency_s"])),
            targets=(Target("p99", 16.0, "p99 <= 16 ms"),),
            note=f"{words:,}-word entry, autosave on",
            show_p99=True,
        )
    ]
    if measured["while_saving_s"]:
        rows.append(
            Result(
                "typing: keys pressed while a save runs",
                journal.size,
                Samples(tuple(measured["while_saving_s"])),
                targets=(Target("p99", 16.0, "p99 <= 16 ms"),),
                show_p99=True,
            )
        )
    return rows


def memory(journal: CachedJournal, scratch: Path, settings: Settings) -> list[Result]:
    long_entry = journal.synthetic.entries[-1]
    measured = probe(["memory", "--entry-id", long_entry["id"]], scratch, journal)
    targets = (Target("median", 250.0, "<= 250 MB"),) if journal.size >= 50_000 else ()
    rows = []
    if measured["peak_rss_bytes"] is not None:
        rows.append(
            Result(
                "memory: peak with the journal open",
                journal.size,
                Samples((float(measured["peak_rss_bytes"]),)),
                unit="MB",
                targets=targets,
                note=f"{measured['entries_listed']:,} entries listed, a search, the long entry",
            )
        )
    rows.append(
        Result(
            "memory: peak including key derivation",
            journal.size,
            Samples((float(measured["peak_with_derivation_bytes"]),)),
            unit="MB",
            note="Argon2id holds 256 MiB for under a second",
        )
    )
    return rows
