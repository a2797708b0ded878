"""Paced breathing: phases and their boundaries, the shape's size, and a timed session."""

from itertools import pairwise

import pytest

from afterglow.core.breathing import (
    BOX,
    COHERENT,
    FOUR_SEVEN_EIGHT,
    PATTERNS,
    BreathingPattern,
    BreathingSession,
    PhaseName,
    Step,
    pattern_by_key,
    phase_at,
)
from afterglow.core.practice_timers import TimerState

IN, HOLD, OUT, HOLD_AFTER_OUT = (
    PhaseName.IN,
    PhaseName.HOLD,
    PhaseName.OUT,
    PhaseName.HOLD_AFTER_OUT,
)


class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def names_and_lengths(pattern: BreathingPattern) -> list[tuple[PhaseName, float]]:
    return [(step.name, step.seconds) for step in pattern.steps]


def test_the_three_patterns_have_their_phases_in_order():
    assert names_and_lengths(BOX) == [(IN, 4), (HOLD, 4), (OUT, 4), (HOLD_AFTER_OUT, 4)]
    assert names_and_lengths(FOUR_SEVEN_EIGHT) == [(IN, 4), (HOLD, 7), (OUT, 8)]
    assert names_and_lengths(COHERENT) == [(IN, 5.5), (OUT, 5.5)]
    assert [p.cycle_seconds for p in PATTERNS] == [16, 19, 11]
    assert COHERENT.breaths_per_minute == pytest.approx(5.4545, abs=1e-3)


def test_patterns_are_found_by_their_stored_key():
    assert pattern_by_key("4-7-8") is FOUR_SEVEN_EIGHT
    with pytest.raises(KeyError):
        pattern_by_key("unknown")


@pytest.mark.parametrize(
    ("elapsed", "name", "into", "cycle"),
    [
        (0, IN, 0, 0),
        (3.999, IN, 3.999, 0),
        (4, HOLD, 0, 0),
        (4 + 7, OUT, 0, 0),
        (4 + 7 + 7.5, OUT, 7.5, 0),
        (19, IN, 0, 1),
        (19 * 3 + 5, HOLD, 1, 3),
    ],
)
def test_four_seven_eight_boundaries(elapsed, name, into, cycle):
    phase, _size, breath = phase_at(FOUR_SEVEN_EIGHT, elapsed)
    assert phase.name is name
    assert phase.seconds_into_phase == pytest.approx(into)
    assert breath == cycle


def test_box_breathing_walks_through_four_equal_phases_and_wraps():
    seen = [phase_at(BOX, t).phase.name for t in (0, 4, 8, 12, 16)]
    assert seen == [IN, HOLD, OUT, HOLD_AFTER_OUT, IN]
    assert phase_at(BOX, 16).cycle == 1
    assert phase_at(BOX, 15.9).cycle == 0
    assert all(phase_at(BOX, t).phase.phase_length == 4 for t in (0, 5, 9, 13))


def test_coherent_breathing_switches_on_the_half_second():
    assert phase_at(COHERENT, 5.4).phase.name is IN
    assert phase_at(COHERENT, 5.5).phase.name is OUT
    assert phase_at(COHERENT, 10.99).phase.name is OUT
    assert phase_at(COHERENT, 11).phase.name is IN
    assert phase_at(COHERENT, 11).cycle == 1
    assert phase_at(COHERENT, 8.25).phase.seconds_left == pytest.approx(2.75)


def test_a_boundary_reached_by_adding_up_clock_readings_is_the_boundary():
    elapsed = sum([0.1] * 110)  # 10.999999999999979, not 11
    moment = phase_at(COHERENT, elapsed)
    assert (moment.phase.name, moment.cycle) == (IN, 1)
    assert moment.phase.seconds_into_phase == 0


def test_the_shape_grows_breathing_in_and_shrinks_breathing_out():
    for pattern in PATTERNS:
        start = 0.0
        for step in pattern.steps:
            times = [start + step.seconds * i / 50 for i in range(50)]
            sizes = [phase_at(pattern, t).size for t in times]
            if step.name is IN:
                assert sizes[0] == 0 and sizes == sorted(sizes) and sizes[-1] > 0.99
            elif step.name is OUT:
                assert sizes[0] == 1 and sizes == sorted(sizes, reverse=True)
                assert sizes[-1] < 0.01
            elif step.name is HOLD:
                assert set(sizes) == {1.0}
            else:
                assert set(sizes) == {0.0}
            start += step.seconds


def test_the_size_is_continuous_across_the_cycle():
    for pattern in PATTERNS:
        ticks = [i / 60 for i in range(int(pattern.cycle_seconds * 60) * 2)]
        sizes = [phase_at(pattern, t).size for t in ticks]
        assert max(abs(a - b) for a, b in pairwise(sizes)) < 0.03


def test_negative_or_endless_times_are_refused():
    with pytest.raises(ValueError):
        phase_at(BOX, -0.1)
    with pytest.raises(ValueError):
        phase_at(BOX, float("nan"))
    with pytest.raises(ValueError):
        BreathingPattern("empty", ())
    with pytest.raises(ValueError):
        BreathingPattern("zero", (Step(IN, 0),))


# ---- session --------------------------------------------------------------------------


def test_a_session_follows_the_breath_as_the_clock_moves():
    clock = FakeClock()
    session = BreathingSession(FOUR_SEVEN_EIGHT, clock=clock)
    assert session.state is TimerState.READY
    assert session.target_minutes == 10
    session.start()
    clock.advance(5)
    assert session.moment().phase.name is HOLD
    clock.advance(7)
    assert session.moment().phase.name is OUT


def test_a_pause_leaves_its_time_out_and_holds_the_breath_still():
    clock = FakeClock()
    session = BreathingSession(BOX, clock=clock)
    session.start()
    clock.advance(30)
    session.pause()
    before = session.moment()
    clock.advance(500)
    assert session.elapsed() == 30
    assert session.moment() == before
    session.resume()
    clock.advance(10)
    assert session.elapsed() == 40
    assert session.state is TimerState.RUNNING


def test_stopping_early_reports_the_minutes_breathed():
    clock = FakeClock()
    session = BreathingSession(clock=clock)
    session.start()
    clock.advance(6 * 60 + 20)
    spent = session.stop()
    assert spent.minutes == 6.3
    assert not spent.reached_target
    assert session.state is TimerState.STOPPED
    clock.advance(60)
    assert session.elapsed() == 6 * 60 + 20


def test_the_session_finishes_by_itself_at_its_target():
    clock = FakeClock()
    session = BreathingSession(COHERENT, target_minutes=10, clock=clock)
    session.start()
    clock.advance(599.9)
    assert session.state is TimerState.RUNNING
    clock.advance(0.2)
    assert session.state is TimerState.FINISHED
    clock.advance(100)
    assert session.elapsed() == 600
    spent = session.time_spent()
    assert (spent.minutes, spent.reached_target) == (10.0, True)
    assert session.stop() == spent
    assert session.state is TimerState.FINISHED


def test_time_paused_does_not_bring_the_end_closer():
    clock = FakeClock()
    session = BreathingSession(target_minutes=1, clock=clock)
    session.start()
    clock.advance(50)
    session.pause()
    clock.advance(3600)
    session.resume()
    clock.advance(9.99)
    assert session.state is TimerState.RUNNING
    clock.advance(0.01)
    assert session.state is TimerState.FINISHED


def test_the_pattern_is_chosen_before_starting():
    clock = FakeClock()
    session = BreathingSession(clock=clock)
    session.pattern = COHERENT
    session.start()
    with pytest.raises(RuntimeError):
        session.pattern = BOX
    session.reset()
    session.pattern = BOX
    assert session.pattern is BOX
