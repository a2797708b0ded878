"""The breathing pacer follows the fake clock, pauses its animation, and reports minutes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from afterglow.core.practice_timers import TimerState
from afterglow.ui.practices.pacer import BreathingPacer


@pytest.fixture
def pacer(qtbot, clock) -> BreathingPacer:
    widget = BreathingPacer(clock)
    qtbot.addWidget(widget)
    widget.resize(480, 520)
    widget.show()
    return widget


def test_the_phase_words_follow_the_breath(pacer, clock):
    pacer.start()
    assert pacer.canvas.headline == "Breathe in"
    assert pacer.canvas.detail == "4 seconds"
    clock.advance(3.5)
    pacer.tick()
    assert pacer.canvas.detail == "1 second"
    clock.advance(0.5)
    pacer.tick()
    assert pacer.canvas.headline == "Hold"
    clock.advance(4)
    pacer.tick()
    assert pacer.canvas.headline == "Breathe out"
    clock.advance(4)
    pacer.tick()
    assert pacer.canvas.headline == "Hold"
    assert pacer.canvas.breath_size == 0


def test_the_phase_is_told_to_screen_readers_once_per_phase(pacer, clock):
    pacer.start()
    assert pacer.canvas.accessibleName() == "Breathing guide"
    assert pacer.canvas.accessibleDescription() == "Breathe in, 4 seconds"
    clock.advance(2)
    pacer.tick()
    assert pacer.canvas.accessibleDescription() == "Breathe in, 4 seconds"
    clock.advance(2)
    pacer.tick()
    assert pacer.canvas.accessibleDescription() == "Hold, 4 seconds"


def test_a_chosen_pattern_sets_the_rhythm(pacer, clock):
    pacer.set_pattern("4-7-8")
    pacer.start()
    clock.advance(4)
    pacer.tick()
    assert (pacer.canvas.headline, pacer.canvas.detail) == ("Hold", "7 seconds")
    assert not pacer.pattern_box.isEnabled()


def test_the_circle_grows_while_breathing_in(pacer, clock):
    pacer.set_pattern("coherent")
    pacer.start()
    sizes = []
    for _ in range(5):
        clock.advance(1)
        pacer.tick()
        sizes.append(pacer.canvas.breath_size)
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


def test_pause_stops_the_animation_and_the_clock(pacer, clock):
    pacer.start()
    assert pacer.timer.isActive()
    clock.advance(30)
    pause_button = pacer.main_button  # the main button pauses while running
    assert pause_button.text() == "Pause"
    pause_button.click()
    assert pacer.session.state is TimerState.PAUSED
    assert not pacer.timer.isActive()
    assert pacer.canvas.headline == "Paused"
    clock.advance(300)
    pacer.tick()
    assert pacer.total_label.text() == "0:30 of 10:00"
    pacer.main_button.click()
    assert pacer.timer.isActive()
    assert pacer.main_button.text() == "Pause"


def test_reaching_the_target_emits_completed_with_the_minutes(pacer, clock, qtbot):
    pacer.start()
    clock.advance(10 * 60)
    with qtbot.waitSignal(pacer.completed, timeout=0) as signal:
        pacer.tick()
    assert signal.args == [10.0]
    assert pacer.canvas.headline == "Well done"
    assert not pacer.timer.isActive()
    with qtbot.assertNotEmitted(pacer.completed):
        clock.advance(60)
        pacer.tick()


def test_stopping_early_reports_the_minutes_breathed(pacer, clock, qtbot):
    pacer.start()
    clock.advance(4 * 60 + 30)
    with qtbot.waitSignal(pacer.completed, timeout=0) as signal:
        qtbot.mouseClick(pacer.stop_button, Qt.MouseButton.LeftButton)
    assert signal.args == [4.5]
    assert pacer.main_button.text() == "Start again"
    assert not pacer.stop_button.isEnabled()


def test_a_start_and_stop_straight_away_logs_nothing(pacer, clock, qtbot):
    pacer.start()
    clock.advance(2)
    with qtbot.assertNotEmitted(pacer.completed):
        pacer.stop()


def test_starting_again_begins_a_new_session(pacer, clock, qtbot):
    pacer.start()
    clock.advance(120)
    pacer.stop()
    pacer.main_button.click()
    assert pacer.session.state is TimerState.RUNNING
    assert pacer.session.elapsed() == 0
    clock.advance(60)
    with qtbot.waitSignal(pacer.completed, timeout=0) as signal:
        pacer.stop()
    assert signal.args == [1.0]


def test_a_hidden_pacer_stops_repainting_but_keeps_time(pacer, clock):
    pacer.start()
    pacer.hide()
    assert not pacer.timer.isActive()
    clock.advance(20)
    pacer.show()
    assert pacer.timer.isActive()
    assert pacer.total_label.text() == "0:20 of 10:00"


def test_screen_readers_hear_pauses_and_endings_too(pacer, clock):
    assert pacer.canvas.accessibleDescription() == "Ready, 10 minutes"
    pacer.start()
    clock.advance(90)
    pacer.pause()
    assert pacer.canvas.accessibleDescription() == "Paused, Resume when ready"
    pacer.stop()
    assert pacer.canvas.accessibleDescription() == "Rest a moment, 1 minute of breathing"
