"""The cold-shower countdown and the journaling writing timer, on a fake clock."""

import pytest

from afterglow.core.practice_timers import (
    Countdown,
    Stopwatch,
    TimerState,
    TimeSpent,
    WritingTimer,
)


class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self, start: float = 500.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_stopwatch_counts_only_while_running(clock):
    watch = Stopwatch(clock)
    clock.advance(5)
    assert watch.elapsed() == 0
    watch.start()
    clock.advance(3)
    watch.start()  # a second start changes nothing
    clock.advance(2)
    watch.pause()
    clock.advance(100)
    assert watch.elapsed() == 5
    watch.reset()
    assert watch.elapsed() == 0


# ---- countdown ------------------------------------------------------------------------


def test_the_countdown_reaches_zero_only_after_thirty_seconds(clock):
    countdown = Countdown(clock=clock)
    countdown.start()
    for _ in range(29):
        clock.advance(1)
        assert not countdown.completed
    assert countdown.remaining() == 1
    assert countdown.remaining_display() == 1
    clock.advance(0.999)
    assert not countdown.completed
    clock.advance(0.001)
    assert countdown.completed
    assert countdown.remaining() == 0
    assert countdown.state is TimerState.FINISHED


def test_the_countdown_shows_whole_seconds_counting_down(clock):
    countdown = Countdown(clock=clock)
    assert countdown.remaining_display() == 30
    countdown.start()
    clock.advance(0.4)
    assert countdown.remaining_display() == 30
    clock.advance(0.6)
    assert countdown.remaining_display() == 29


def test_a_paused_countdown_waits(clock):
    countdown = Countdown(clock=clock)
    countdown.start()
    clock.advance(20)
    countdown.pause()
    clock.advance(600)
    assert countdown.remaining() == 10
    assert not countdown.completed
    countdown.resume()
    clock.advance(10)
    assert countdown.completed


def test_a_reset_starts_over_and_forgets_the_time(clock):
    countdown = Countdown(clock=clock)
    countdown.start()
    clock.advance(25)
    countdown.reset()
    assert countdown.state is TimerState.READY
    assert countdown.remaining() == 30
    clock.advance(30)
    assert not countdown.completed
    countdown.start()
    clock.advance(30)
    assert countdown.completed
    countdown.reset()
    assert not countdown.completed


def test_stopping_early_is_not_completed(clock):
    countdown = Countdown(clock=clock)
    countdown.start()
    clock.advance(12.5)
    spent = countdown.stop()
    assert spent == TimeSpent(12.5, reached_target=False)
    assert spent.whole_seconds == 12
    assert not countdown.completed
    countdown.start()  # a stopped countdown needs a reset first
    assert countdown.state is TimerState.STOPPED


def test_a_finished_countdown_reports_its_full_length(clock):
    countdown = Countdown(45, clock=clock)
    countdown.start()
    clock.advance(300)
    assert countdown.time_spent() == TimeSpent(45, reached_target=True)


def test_a_countdown_needs_a_positive_length(clock):
    for bad in (0, -5, float("inf")):
        with pytest.raises(ValueError):
            Countdown(bad, clock=clock)


# ---- writing timer --------------------------------------------------------------------


def test_writing_counts_while_typing(clock):
    timer = WritingTimer(clock=clock)
    timer.start()
    for _ in range(10):
        clock.advance(30)
        timer.keystroke()
    assert timer.elapsed() == 300
    assert timer.minutes_written() == 5
    assert timer.counting


def test_writing_stops_counting_a_minute_after_the_last_keystroke(clock):
    timer = WritingTimer(idle_after=60, clock=clock)
    timer.keystroke()  # the first keystroke starts it
    assert timer.running
    clock.advance(45)
    assert timer.elapsed() == 45 and not timer.idle
    clock.advance(15)
    assert timer.idle and not timer.counting
    clock.advance(20 * 60)  # made tea
    assert timer.elapsed() == 60
    timer.keystroke()
    clock.advance(10)
    assert timer.elapsed() == 70
    assert timer.counting


def test_writing_can_count_all_the_time_it_runs(clock):
    timer = WritingTimer(idle_after=None, clock=clock)
    assert timer.idle_after is None
    timer.start()
    clock.advance(15 * 60)
    assert timer.minutes_written() == 15
    assert not timer.idle


def test_writing_reaches_its_target_and_keeps_counting(clock):
    timer = WritingTimer(target_minutes=20, clock=clock)
    timer.start()
    for _ in range(19 * 2):
        clock.advance(30)
        timer.keystroke()
    assert not timer.reached_target
    for _ in range(2 * 3):
        clock.advance(30)
        timer.keystroke()
    assert timer.reached_target
    spent = timer.stop()
    assert spent == TimeSpent(22 * 60, reached_target=True)
    assert spent.minutes == 22


def test_a_paused_writing_timer_ignores_the_clock_until_typing_resumes(clock):
    timer = WritingTimer(clock=clock)
    timer.start()
    clock.advance(40)
    timer.pause()
    clock.advance(40)
    assert timer.elapsed() == 40
    assert not timer.running and not timer.idle
    timer.keystroke()
    clock.advance(20)
    assert timer.elapsed() == 60
    timer.reset()
    assert timer.elapsed() == 0 and not timer.running


def test_a_writing_timer_refuses_nonsense_settings(clock):
    with pytest.raises(ValueError):
        WritingTimer(0, clock=clock)
    with pytest.raises(ValueError):
        WritingTimer(idle_after=0, clock=clock)
