"""Paced breathing: the patterns, where in a breath a moment falls, and a timed session.

`phase_at` is a pure function of the time since the start, so a pacer can repaint at any
rate and always show the same breath. Phases are half-open: a phase that starts at 4 s
owns t = 4 exactly, and the one before it ends just before. Times within a nanosecond of a
boundary count as the boundary, so adding up float clock readings never shows a sliver of
the phase that just ended.

The shape's size goes from 0 (smallest) to 1 (largest): it grows through "in", stays full
through "hold", shrinks through "out" and stays small through "hold after out". Growing
and shrinking follow a half cosine, which starts and ends softly, as a breath does.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from afterglow.core.practice_timers import MonotonicClock, TargetTimer, TimerState

BREATHWORK_MINUTES = 10.0
_EPSILON = 1e-9


class PhaseName(StrEnum):
    IN = "in"
    HOLD = "hold"  # after breathing in, lungs full
    OUT = "out"
    HOLD_AFTER_OUT = "hold_after_out"  # after breathing out, lungs empty


@dataclass(frozen=True)
class Step:
    """One phase of a pattern and how many seconds it lasts."""

    name: PhaseName
    seconds: float


@dataclass(frozen=True)
class BreathingPattern:
    """A repeating sequence of phases. `key` is stable and can be stored in settings."""

    key: str
    steps: tuple[Step, ...]

    def __post_init__(self) -> None:
        if not self.steps or any(
            not (math.isfinite(s.seconds) and s.seconds > 0) for s in self.steps
        ):
            raise ValueError("a pattern needs phases of a positive length")

    @property
    def cycle_seconds(self) -> float:
        return math.fsum(step.seconds for step in self.steps)

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_seconds


BOX = BreathingPattern(
    "box",
    (
        Step(PhaseName.IN, 4),
        Step(PhaseName.HOLD, 4),
        Step(PhaseName.OUT, 4),
        Step(PhaseName.HOLD_AFTER_OUT, 4),
    ),
)
FOUR_SEVEN_EIGHT = BreathingPattern(
    "4-7-8", (Step(PhaseName.IN, 4), Step(PhaseName.HOLD, 7), Step(PhaseName.OUT, 8))
)
COHERENT = BreathingPattern("coherent", (Step(PhaseName.IN, 5.5), Step(PhaseName.OUT, 5.5)))

PATTERNS: tuple[BreathingPattern, ...] = (BOX, FOUR_SEVEN_EIGHT, COHERENT)


def pattern_by_key(key: str) -> BreathingPattern:
    """The pattern stored as `key`; raises KeyError for one Afterglow does not know."""
    for pattern in PATTERNS:
        if pattern.key == key:
            return pattern
    raise KeyError(key)


@dataclass(frozen=True)
class Phase:
    name: PhaseName
    seconds_into_phase: float
    phase_length: float

    @property
    def seconds_left(self) -> float:
        return self.phase_length - self.seconds_into_phase

    @property
    def fraction(self) -> float:
        """How far through the phase, 0 at its start and approaching 1 at its end."""
        return self.seconds_into_phase / self.phase_length


class BreathMoment(NamedTuple):
    """Where a moment falls: the phase, the shape's size (0..1) and which breath (from 0)."""

    phase: Phase
    size: float
    cycle: int


def phase_at(pattern: BreathingPattern, elapsed_seconds: float) -> BreathMoment:
    """The phase, shape size and breath number `elapsed_seconds` after starting."""
    if not math.isfinite(elapsed_seconds) or elapsed_seconds < 0:
        raise ValueError("elapsed time must be a finite number of seconds, 0 or more")
    cycle_length = pattern.cycle_seconds
    cycle, into_cycle = divmod(elapsed_seconds, cycle_length)
    if cycle_length - into_cycle < _EPSILON:
        cycle, into_cycle = cycle + 1, 0.0
    start = 0.0
    for index, step in enumerate(pattern.steps):
        end = start + step.seconds
        last = index == len(pattern.steps) - 1
        if into_cycle < end - _EPSILON or last:
            into = max(0.0, into_cycle - start)
            phase = Phase(step.name, into, step.seconds)
            return BreathMoment(phase, shape_size(phase), int(cycle))
        start = end
    raise AssertionError("unreachable: the last step always matches")  # pragma: no cover


def shape_size(phase: Phase) -> float:
    """The shape's size in a phase: see the module's note."""
    eased = (1.0 - math.cos(math.pi * min(1.0, phase.fraction))) / 2.0
    if phase.name is PhaseName.IN:
        return eased
    if phase.name is PhaseName.OUT:
        return 1.0 - eased
    return 1.0 if phase.name is PhaseName.HOLD else 0.0


class BreathingSession(TargetTimer):
    """A breathing session of `target_minutes` (10 by default) with one pattern.

    States as `TargetTimer`: start, pause, resume, stop; reaching the target finishes it by
    itself. The time counted leaves out pauses, and the breath carries on after a pause
    from where it stopped. `time_spent()` (or the value `stop()` returns) gives the
    minutes for the practice log. The pattern can be changed only before starting.
    """

    def __init__(
        self,
        pattern: BreathingPattern = BOX,
        target_minutes: float = BREATHWORK_MINUTES,
        clock: MonotonicClock = time.monotonic,
    ) -> None:
        super().__init__(target_minutes * 60.0, clock)
        self._pattern = pattern

    @property
    def pattern(self) -> BreathingPattern:
        return self._pattern

    @pattern.setter
    def pattern(self, pattern: BreathingPattern) -> None:
        if self.state is not TimerState.READY:
            raise RuntimeError("the pattern can change only before a session starts")
        self._pattern = pattern

    @property
    def target_minutes(self) -> float:
        return self.target_seconds / 60.0

    def moment(self) -> BreathMoment:
        """The breath at the current elapsed time (held still while paused or ended)."""
        return phase_at(self._pattern, self.elapsed())
