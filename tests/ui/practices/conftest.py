"""A fake monotonic clock for the practice widgets: tests move time, never wait for it."""

from __future__ import annotations

import pytest


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


from tests.ui.today.workflow import with_services  # noqa: E402

__all__ = ["FakeClock", "with_services"]
