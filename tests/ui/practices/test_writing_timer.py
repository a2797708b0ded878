"""The writing timer beside the editor counts typing minutes and reports them."""

from __future__ import annotations

import pytest

from afterglow.ui.practices.writing_timer import WritingTimer


@pytest.fixture
def timer(qtbot, clock) -> WritingTimer:
    widget = WritingTimer(clock)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_for(timer: WritingTimer, clock, minutes: int) -> None:
    for _ in range(minutes * 6):
        clock.advance(10)
        timer.keystroke()


def test_it_counts_minutes_while_typing(timer, clock):
    assert timer.minutes_label.text() == "0 of 20 min"
    timer.keystroke()
    assert timer.timer.isActive()
    type_for(timer, clock, 7)
    timer.tick()
    assert timer.minutes_label.text() == "7 of 20 min"
    assert timer.state_label.text() == "writing"
    assert timer.accessibleDescription() == "7 minutes written, writing"


def test_it_pauses_itself_a_minute_after_the_last_keystroke(timer, clock):
    timer.keystroke()
    type_for(timer, clock, 3)
    clock.advance(10 * 60)
    timer.tick()
    assert timer.minutes_label.text() == "4 of 20 min"
    assert timer.state_label.text() == "paused · type to go on"
    assert not timer.dot.counting
    timer.keystroke()
    assert timer.dot.counting


def test_meeting_the_target_is_told_once(timer, clock, qtbot):
    timer.keystroke()
    with qtbot.waitSignal(timer.target_reached, timeout=0):
        type_for(timer, clock, 20)
        timer.tick()
    assert timer.state_label.text() == "done for today"
    with qtbot.assertNotEmitted(timer.target_reached):
        type_for(timer, clock, 1)
        timer.tick()


def test_finishing_reports_the_minutes_written_and_starts_over(timer, clock, qtbot):
    timer.keystroke()
    type_for(timer, clock, 12)
    clock.advance(30)
    with qtbot.waitSignal(timer.completed, timeout=0) as signal:
        timer.finish()
    assert signal.args == [12.5]
    assert timer.minutes_label.text() == "0 of 20 min"
    assert not timer.timer.isActive()


def test_finishing_without_writing_reports_nothing(timer, qtbot):
    with qtbot.assertNotEmitted(timer.completed):
        timer.finish()


def test_it_can_count_all_the_time_it_runs(qtbot, clock):
    widget = WritingTimer(clock, idle_after=None)
    qtbot.addWidget(widget)
    widget.start()
    clock.advance(5 * 60)
    widget.tick()
    assert widget.minutes_label.text() == "5 of 20 min"
