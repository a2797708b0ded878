"""The periods the overview offers, and the period before each that mood is compared to."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from afterglow.ui.patterns.ranges import (
    RangeChoice,
    RangeSelector,
    previous_span,
    span_of,
)
from afterglow.ui.theme import LIGHT

TODAY = date(2026, 3, 1)


def test_each_choice_ends_today_and_covers_its_days() -> None:
    assert span_of(RangeChoice.LAST_30_DAYS, TODAY) == (date(2026, 1, 31), TODAY)
    assert span_of(RangeChoice.LAST_3_MONTHS, TODAY) == (date(2025, 12, 1), TODAY)
    assert span_of(RangeChoice.LAST_12_MONTHS, TODAY) == (date(2025, 3, 2), TODAY)
    assert span_of(RangeChoice.EVERYTHING, TODAY) == (None, None)


def test_a_custom_range_given_backwards_is_put_the_right_way_round() -> None:
    custom = (date(2026, 2, 10), date(2026, 1, 5))
    assert span_of(RangeChoice.CUSTOM, TODAY, custom) == (date(2026, 1, 5), date(2026, 2, 10))


def test_the_period_before_has_as_many_days() -> None:
    assert previous_span(date(2026, 1, 31), TODAY) == (date(2026, 1, 1), date(2026, 1, 30))
    assert previous_span(None, TODAY) is None
    assert previous_span(None, None) is None


def test_the_dates_show_only_for_a_custom_range(qtbot: QtBot) -> None:
    selector = RangeSelector(lambda: LIGHT, lambda: TODAY)
    qtbot.addWidget(selector)
    selector.show()
    assert selector.since.isHidden() and selector.until.isHidden()
    with qtbot.waitSignal(selector.changed):
        selector.set_choice(RangeChoice.CUSTOM)
    assert not selector.since.isHidden() and not selector.until.isHidden()
    assert selector.span() == (date(2026, 1, 31), TODAY)  # starts from the last 30 days
    with qtbot.waitSignal(selector.changed):
        selector.set_custom(date(2025, 6, 1), date(2025, 6, 30))
    assert selector.span() == (date(2025, 6, 1), date(2025, 6, 30))
    selector.reset()
    assert selector.current() is RangeChoice.LAST_30_DAYS
