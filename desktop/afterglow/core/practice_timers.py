"""Timers for timed practices: a countdown (the cold shower) and a writing timer (journaling).

Everything reads time from an injected monotonic clock (seconds as a float, such as
`time.monotonic`), so the rules are tested with a fake clock and no waiting. Nothing here
runs by itself: callers ask for the state when they repaint, and finishing is noticed
then ("settled" lazily), at the moment the clock says it happened.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

MonotonicClock = Callable[[], float]

COLD_SHOWER_SECONDS = 30.0
JOURNALING_MINUTES = 20.0
# A writing timer stops counting this long after the last keystroke (see `WritingTimer`).
WRITING_IDLE_SECONDS = 60.0


class TimerState(StrEnum):
    READY = "ready"  # not started, or reset
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached its target or zero by itself
    STOPPED = "stopped"  # ended early by the person


@dataclass(frozen=True)
class TimeSpent:
    """What a timed practice adds up to, for a practice log's `amount`."""

    seconds: float
    reached_target: bool

    @property
    def minutes(self) -> float:
        """Minutes to one decimal place, the precision a practice log shows."""
        return round(self.seconds / 60.0, 1)

    @property
    def whole_seconds(self) -> int:
        return math.floor(self.seconds + 1e-9)


class Stopwatch:
    """Running time that leaves out pauses. The building block of the timers here."""

    def __init__(self, clock: MonotonicClock = time.monotonic) -> None:
        self._clock = clock
        self._banked = 0.0
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        """Starts or resumes counting; does nothing while already counting."""
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._banked += max(0.0, self._clock() - self._since)
            self._since = None

    def reset(self) -> None:
        self._banked = 0.0
        self._since = None

    def elapsed(self) -> float:
        if self._since is None:
            return self._banked
        return self._banked + max(0.0, self._clock() - self._since)


class TargetTimer:
    """Counts up towards a target, with pauses; finishes by itself on reaching the target.

    The shared state machine of `Countdown` and the breathing session:
    READY → start → RUNNING ⇄ pause/resume ⇄ PAUSED; RUNNING reaches the target → FINISHED;
    stop from RUNNING or PAUSED → STOPPED; reset from anywhere → READY.
    """

    def __init__(self, target_seconds: float, clock: MonotonicClock = time.monotonic) -> None:
        if not (math.isfinite(target_seconds) and target_seconds > 0):
            raise ValueError("the target must be a positive number of seconds")
        self._target = float(target_seconds)
        self._watch = Stopwatch(clock)
        self._state = TimerState.READY

    @property
    def target_seconds(self) -> float:
        return self._target

    @property
    def state(self) -> TimerState:
        self._settle()
        return self._state

    def start(self) -> None:
        """Starts from READY, or resumes from PAUSED; otherwise does nothing."""
        if self.state in (TimerState.READY, TimerState.PAUSED):
            self._watch.start()
            self._state = TimerState.RUNNING

    def pause(self) -> None:
        if self.state is TimerState.RUNNING:
            self._watch.pause()
            self._state = TimerState.PAUSED

    def resume(self) -> None:
        if self.state is TimerState.PAUSED:
            self.start()

    def stop(self) -> TimeSpent:
        """Ends the timer early (or confirms it finished) and says how much time it counted."""
        if self.state in (TimerState.RUNNING, TimerState.PAUSED):
            self._watch.pause()
            self._state = TimerState.STOPPED
        return self.time_spent()

    def reset(self) -> None:
        self._watch.reset()
        self._state = TimerState.READY

    def elapsed(self) -> float:
        """Seconds counted, pauses left out, never beyond the target."""
        self._settle()
        return min(self._watch.elapsed(), self._target)

    def remaining(self) -> float:
        return self._target - self.elapsed()

    def time_spent(self) -> TimeSpent:
        elapsed = self.elapsed()
        return TimeSpent(elapsed, self._state is TimerState.FINISHED)

    def _settle(self) -> None:
        if self._state is TimerState.RUNNING and self._watch.elapsed() >= self._target:
            self._watch.pause()
            self._state = TimerState.FINISHED


class Countdown(TargetTimer):
    """A countdown such as the cold shower's 30 seconds.

    It is `completed` only once it has reached zero by itself; pausing, resetting or
    stopping early never counts as completed.
    """

    def __init__(
        self, seconds: float = COLD_SHOWER_SECONDS, clock: MonotonicClock = time.monotonic
    ) -> None:
        super().__init__(seconds, clock)

    @property
    def completed(self) -> bool:
        return self.state is TimerState.FINISHED

    def remaining_display(self) -> int:
        """Whole seconds to show: 30 until a full second has passed, 1 until the very end."""
        return math.ceil(self.remaining() - 1e-9)


class WritingTimer:
    """Counts the minutes spent writing, for the journaling practice (20 minutes a day).

    With `idle_after` set (60 seconds by default) it counts only while the person is
    writing: every `keystroke()` marks activity, and time after the last keystroke counts
    for at most `idle_after` seconds — a pause to think counts, a walk away does not. The
    timer is then *idle*; the next keystroke carries on counting from that moment. With
    `idle_after=None` it counts all the time it runs, like a stopwatch.

    A keystroke before `start()` starts it, so an editor only needs to report keystrokes.
    It keeps counting past the target; `reached_target` says when the target is met.
    """

    def __init__(
        self,
        target_minutes: float = JOURNALING_MINUTES,
        *,
        idle_after: float | None = WRITING_IDLE_SECONDS,
        clock: MonotonicClock = time.monotonic,
    ) -> None:
        if not (math.isfinite(target_minutes) and target_minutes > 0):
            raise ValueError("the target must be a positive number of minutes")
        if idle_after is not None and not (math.isfinite(idle_after) and idle_after > 0):
            raise ValueError("idle_after must be a positive number of seconds, or None")
        self._target = target_minutes * 60.0
        self._idle_after = math.inf if idle_after is None else float(idle_after)
        self._clock = clock
        self._counted = 0.0
        self._last_activity: float | None = None  # None while not running

    @property
    def target_minutes(self) -> float:
        return self._target / 60.0

    @property
    def idle_after(self) -> float | None:
        return None if math.isinf(self._idle_after) else self._idle_after

    @property
    def running(self) -> bool:
        """Started and not paused; it may still be idle."""
        return self._last_activity is not None

    @property
    def idle(self) -> bool:
        """Running, but no keystroke for `idle_after` seconds, so not counting."""
        if self._last_activity is None:
            return False
        return self._clock() - self._last_activity >= self._idle_after

    @property
    def counting(self) -> bool:
        return self.running and not self.idle

    def start(self) -> None:
        """Starts or resumes counting; starting counts as activity."""
        if self._last_activity is None:
            self._last_activity = self._clock()

    def keystroke(self) -> None:
        now = self._clock()
        if self._last_activity is None:
            self._last_activity = now
            return
        self._counted += self._since(self._last_activity, now)
        self._last_activity = now

    def pause(self) -> None:
        if self._last_activity is not None:
            self._counted += self._since(self._last_activity, self._clock())
            self._last_activity = None

    def stop(self) -> TimeSpent:
        """Pauses and says how much writing time was counted."""
        self.pause()
        return self.time_spent()

    def reset(self) -> None:
        self._counted = 0.0
        self._last_activity = None

    def elapsed(self) -> float:
        """Seconds of writing counted so far."""
        if self._last_activity is None:
            return self._counted
        return self._counted + self._since(self._last_activity, self._clock())

    def minutes_written(self) -> float:
        return self.time_spent().minutes

    @property
    def reached_target(self) -> bool:
        return self.elapsed() >= self._target

    def time_spent(self) -> TimeSpent:
        elapsed = self.elapsed()
        return TimeSpent(elapsed, elapsed >= self._target)

    def _since(self, then: float, now: float) -> float:
        return min(max(0.0, now - then), self._idle_after)
