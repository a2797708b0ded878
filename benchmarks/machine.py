"""What the benchmarks ran on, for the results' heading."""

from __future__ import annotations

import os
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def _first(path: str, key: str) -> str | None:
    file = Path(path)
    if not file.exists():
        return None
    for line in file.read_text().splitlines():
        if line.startswith(key):
            return line.split(":", 1)[1].strip()
    return None


def describe() -> dict[str, Any]:
    from PySide6 import QtCore

    from afterglow.vault.database import check_driver

    memory_kib = _first("/proc/meminfo", "MemTotal")
    return {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": _first("/proc/cpuinfo", "model name") or platform.processor() or "unknown CPU",
        "cores": os.cpu_count(),
        "memory_gib": round(int(memory_kib.split()[0]) / 2**20) if memory_kib else None,
        "os": platform.platform(terse=True),
        "python": platform.python_version(),
        "sqlcipher": check_driver(),
        "qt": QtCore.qVersion(),
    }
