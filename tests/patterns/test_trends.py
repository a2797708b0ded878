"""Occurrences of a pattern by month, and the rising / falling / flat trend.

Slopes worked out with the least-squares formula slope = sum((x - x̄)(y - ȳ)) / sum((x - x̄)²)
for months x = 0, 1, 2, …
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from afterglow.patterns import (
    FLAT_SHARE,
    FLAT_SLOPE,
    MIN_TREND_MONTHS,
    TREND_MONTHS,
    MonthCount,
    Trend,
    pattern_trend,
)
from afterglow.patterns.trends import classify, last_complete_month, slope

from .records import d, occurrences, pattern

TODAY = d("2025-07-15")  # July is in progress: the trend looks at January to June


def monthly(p, counts: dict[str, int]) -> list:
    """`count` occurrences on the 10th, 11th, … of each month "YYYY-MM"."""
    found = []
    for month, count in counts.items():
        first = date.fromisoformat(f"{month}-10")
        found += occurrences(p, *(first + timedelta(days=n) for n in range(count)))
    return found


def six_months(*counts: int) -> dict[str, int]:
    return {f"2025-{m:02d}": c for m, c in zip(range(1, 7), counts, strict=True)}


def test_the_thresholds_are_documented_constants():
    assert (TREND_MONTHS, MIN_TREND_MONTHS) == (6, 3)
    assert (str(FLAT_SLOPE), str(FLAT_SHARE)) == ("1/4", "1/10")


def test_rising():
    p = pattern(d("2025-01-02"))

    result = pattern_trend(p, monthly(p, six_months(0, 0, 1, 1, 2, 2)), TODAY)

    # x̄ = 2.5, ȳ = 1: sum = (-2.5)(-1) + (-1.5)(-1) + 0 + 0 + (1.5)(1) + (2.5)(1) = 8;
    # sum of squares 17.5; slope = 8 / 17.5 = 16/35 ≈ 0.46 ≥ max(0.25, 0.1 * 1).
    assert result.trend is Trend.RISING
    assert result.slope == 16 / 35
    assert result.months_judged == 6


def test_falling():
    p = pattern(d("2025-01-02"))

    result = pattern_trend(p, monthly(p, six_months(2, 2, 1, 1, 0, 0)), TODAY)

    assert result.trend is Trend.FALLING
    assert result.slope == -16 / 35


def test_flat_when_the_change_is_small():
    p = pattern(d("2025-01-02"))

    result = pattern_trend(p, monthly(p, six_months(1, 1, 1, 1, 1, 2)), TODAY)

    # As sum((x - x̄)(y - ȳ)) = sum((x - x̄)y): (-2.5 - 1.5 - 0.5 + 0.5 + 1.5) * 1 + 2.5 * 2
    # = 2.5; slope = 2.5 / 17.5 = 1/7 ≈ 0.14 < max(0.25, 0.1 * 7/6).
    assert result.trend is Trend.FLAT
    assert result.slope == 1 / 7


def test_a_slope_exactly_on_the_threshold_counts_as_a_change():
    # Seven months, weights x - x̄ = -3..3: slope = (1·2 + 2·1 + 3·1) / 28 = 7/28 = 1/4.
    assert classify([0, 0, 0, 0, 2, 1, 1]) == (Trend.RISING, Fraction(1, 4))
    # One fewer: (1·1 + 2·1 + 3·1) / 28 = 6/28, just under a quarter.
    assert classify([0, 0, 0, 0, 1, 1, 1]) == (Trend.FLAT, Fraction(3, 14))


def test_a_frequent_pattern_needs_a_bigger_change():
    # Mean 10 a month, so the threshold is 0.1 * 10 = 1 a month.
    # [9, 10, 10, 11]: (-1.5·-1 + -0.5·0 + 0.5·0 + 1.5·1) / 5 = 3/5 -> flat, though ≥ 0.25.
    assert classify([9, 10, 10, 11]) == (Trend.FLAT, Fraction(3, 5))
    # [8, 11, 9, 12]: (-1.5·-2 + -0.5·1 + 0.5·-1 + 1.5·2) / 5 = 5/5 = 1 -> rising, on the line.
    assert classify([8, 11, 9, 12]) == (Trend.RISING, Fraction(1))


def test_fewer_than_three_complete_months_is_flat_whatever_the_counts():
    p = pattern(d("2025-05-03"))  # May and June are complete; July is in progress

    result = pattern_trend(p, monthly(p, {"2025-05": 0, "2025-06": 9}), TODAY)

    assert (result.trend, result.slope, result.months_judged) == (Trend.FLAT, None, 2)


def test_three_complete_months_are_enough():
    p = pattern(d("2025-04-03"))

    result = pattern_trend(p, monthly(p, {"2025-04": 0, "2025-05": 1, "2025-06": 2}), TODAY)

    # (2 - 0) / 2 = 1 a month.
    assert (result.trend, result.slope, result.months_judged) == (Trend.RISING, 1.0, 3)


def test_the_month_in_progress_is_shown_but_not_judged():
    p = pattern(d("2025-01-02"))
    counts = six_months(1, 1, 1, 1, 1, 1) | {"2025-07": 5}

    result = pattern_trend(p, monthly(p, counts), TODAY)

    assert result.trend is Trend.FLAT
    assert result.by_month[-1] == MonthCount("2025-07", 5)


def test_on_the_last_day_of_a_month_that_month_is_complete():
    assert last_complete_month(d("2025-06-30")) == d("2025-06-01")
    assert last_complete_month(d("2025-06-29")) == d("2025-05-01")
    assert last_complete_month(d("2024-12-31")) == d("2024-12-01")
    assert last_complete_month(d("2025-01-01")) == d("2024-12-01")


def test_only_the_last_six_complete_months_are_judged():
    p = pattern(d("2024-11-01"))
    # November and December were busy; January to June are flat at 1.
    counts = {"2024-11": 9, "2024-12": 9} | six_months(1, 1, 1, 1, 1, 1)

    result = pattern_trend(p, monthly(p, counts), TODAY)

    assert (result.trend, result.slope, result.months_judged) == (Trend.FLAT, 0.0, 6)


def test_months_run_without_gaps_from_the_pattern_s_first_month_to_today():
    p = pattern(d("2025-03-20"))
    found = monthly(p, {"2025-02": 1, "2025-05": 2})  # an occurrence before it was named

    result = pattern_trend(p, found, TODAY)

    assert result.by_month == (
        MonthCount("2025-02", 1),
        MonthCount("2025-03", 0),
        MonthCount("2025-04", 0),
        MonthCount("2025-05", 2),
        MonthCount("2025-06", 0),
        MonthCount("2025-07", 0),
    )


def test_other_patterns_later_occurrences_and_days_before_since_are_left_out():
    p, other = pattern(d("2025-01-02")), pattern(d("2025-01-02"), "Snapping")
    found = monthly(p, {"2025-02": 1, "2025-03": 2, "2025-08": 4}) + monthly(other, {"2025-03": 7})

    result = pattern_trend(p, found, TODAY, since=d("2025-03-01"))

    assert [(m.month, m.count) for m in result.by_month] == [
        ("2025-03", 2),
        ("2025-04", 0),
        ("2025-05", 0),
        ("2025-06", 0),
        ("2025-07", 0),
    ]


def test_slope_of_a_straight_line_is_its_step():
    assert slope([1, 3, 5, 7]) == 2
    assert slope([4, 4]) == 0
