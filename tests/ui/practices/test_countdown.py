"""The cold-shower countdown completes at zero, and only then."""

from __future__ import annotations

import pytest

from afterglow.ui.practices.countdown import Countdown


@pytest.fixture
def countdown(qtbot, clock) -> Countdown:
    widget = Countdown(clock)
    qtbot.addWidget(widget)
    widget.resize(400, 440)
    widget.show()
    return widget


def test_the_numerals_count_down_from_thirty(countdown, clock):
    assert countdown.dial.numerals == "30"
    countdown.main_button.click()
    assert countdown.timer.isActive()
    clock.advance(11.2)
    countdown.tick()
    assert countdown.dial.numerals == "19"
    assert countdown.dial.accessibleDescription() == "19, Breathe slowly"


def test_it_completes_after_thirty_seconds_and_not_before(countdown, clock, qtbot):
    countdown.start()
    with qtbot.assertNotEmitted(countdown.completed):
        clock.advance(29.9)
        countdown.tick()
    assert not countdown.message.isVisibleTo(countdown)
    clock.advance(0.1)
    with qtbot.waitSignal(countdown.completed, timeout=0) as signal:
        countdown.tick()
    assert signal.args == [30]
    assert countdown.message.text() == "That was 30 seconds. Well done."
    assert countdown.message.isVisibleTo(countdown)
    assert not countdown.timer.isActive()
    with qtbot.assertNotEmitted(countdown.completed):
        countdown.tick()


def test_pause_holds_the_time(countdown, clock):
    countdown.start()
    clock.advance(10)
    countdown.main_button.click()
    assert countdown.main_button.text() == "Resume"
    assert not countdown.timer.isActive()
    clock.advance(100)
    countdown.tick()
    assert countdown.dial.numerals == "20"


def test_reset_starts_over_without_completing(countdown, clock, qtbot):
    countdown.start()
    clock.advance(25)
    with qtbot.assertNotEmitted(countdown.completed):
        countdown.reset_button.click()
        clock.advance(30)
        countdown.tick()
    assert countdown.dial.numerals == "30"
    assert countdown.main_button.text() == "Start"


def test_it_can_be_done_again_after_completing(countdown, clock, qtbot):
    countdown.start()
    clock.advance(30)
    countdown.tick()
    countdown.main_button.click()  # "Start again"
    assert countdown.dial.numerals == "30"
    clock.advance(30)
    with qtbot.waitSignal(countdown.completed, timeout=0):
        countdown.tick()


def test_a_longer_countdown_shows_minutes_and_seconds(qtbot, clock):
    widget = Countdown(clock, seconds=90)
    qtbot.addWidget(widget)
    assert widget.dial.numerals == "1:30"
