"""Repeated measurements and their summaries: median, p95 and p99.

Comparisons run in the same process, interleaved (A B B A …), so that a machine that
slows down or warms up during the run affects both sides alike.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


def now() -> float:
    """Seconds on the system-wide monotonic clock, comparable between processes."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0 to 100), interpolating between the nearest ranks."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class Samples:
    """Measurements of one thing, in seconds (or bytes, for memory)."""

    values: tuple[float, ...]

    @property
    def runs(self) -> int:
        return len(self.values)

    @property
    def median(self) -> float:
        return percentile(self.values, 50)

    @property
    def p95(self) -> float:
        return percentile(self.values, 95)

    @property
    def p99(self) -> float:
        return percentile(self.values, 99)

    def __add__(self, other: Samples) -> Samples:
        return Samples(self.values + other.values)


def timed(fn: Callable[[], object]) -> float:
    """How long one call takes, with the garbage collector held off during it."""
    gc.disable()
    try:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    finally:
        gc.enable()


def repeat(fn: Callable[[], object], runs: int, warmup: int = 1) -> Samples:
    for _ in range(warmup):
        fn()
    return Samples(tuple(timed(fn) for _ in range(runs)))


def alternate(
    sides: Mapping[str, Callable[[], object]], runs: int, warmup: int = 1
) -> dict[str, Samples]:
    """Runs every side `runs` times, interleaved and mirrored (A B, B A, A B, …)."""
    names = list(sides)
    for _ in range(warmup):
        for name in names:
            sides[name]()
    results: dict[str, list[float]] = {name: [] for name in names}
    for i in range(runs):
        for name in names if i % 2 == 0 else reversed(names):
            results[name].append(timed(sides[name]))
    return {name: Samples(tuple(values)) for name, values in results.items()}
