"""The scenarios: each takes a cached journal and settings and returns result rows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """How hard to measure: `runs` repeats per measurement; `quick` trims the slow ones."""

    runs: int = 7
    quick: bool = False
    seed: int = 0
