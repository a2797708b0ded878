"""The benchmark suite runs end to end at its smallest size and writes a well-formed
table and JSON. No timing is asserted: CI machines vary; `make bench` measures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = {
    "cold start: process start to unlock window",
    "search: single word",
    "search: two words",
    "search: phrase",
    "search: prefix",
    "unlock: key derivation (Argon2id, 256 MiB)",
    "unlock: key ready to journal list painted",
    "typing: key press to repaint",
    "memory: peak including key derivation",
    "analytics: whole journal",
    "bundle: create",
    "bundle: open",
    "backup",
}


def test_the_suite_runs_at_the_smallest_size_and_writes_its_table(tmp_path: Path) -> None:
    out = tmp_path / "results"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--sizes",
            "1000",
            "--runs",
            "2",
            "--quick",
            "--out",
            str(out),
            "--cache",
            str(tmp_path / "cache"),
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]

    report = json.loads((out / "latest.json").read_text())
    assert report["problems"] == []
    assert {"cpu", "cores", "python", "sqlcipher", "qt"} <= report["machine"].keys()
    rows = report["results"]
    assert {row["scenario"] for row in rows} >= SCENARIOS
    for row in rows:
        assert row["runs"] >= 1
        assert 0 < row["median"] <= row["p95"] <= row["p99"], row
        assert row["unit"] in ("ms", "MB")
        assert row["met"] in (True, False, None)
    searches = [row for row in rows if row["scenario"].startswith("search:")]
    for row in searches:
        assert row["peer"] == "plain SQLite" and row["ratio"] > 0
        assert row["size"] == 1000

    table = (out / "latest.md").read_text()
    assert "| Scenario | Size | Median | p95 | Peer (median) | Ratio | Target | Met |" in table
    assert table.count("\n| search: ") == 4
