"""PHQ-9 and GAD-7 totals and severity bands at every boundary; bad answers refused."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterglow.core.errors import UsageError
from afterglow.measures import (
    Instrument,
    InvalidMeasure,
    Measure,
    Severity,
    score,
    score_answers,
    severity,
    validate_measure,
)

TAKEN = datetime(2025, 3, 2, 9, tzinfo=timezone(timedelta(hours=1)))
ID = "5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10"


def answers_totalling(total: int, items: int) -> tuple[int, ...]:
    """Answers in item order that add up to `total`: as many 3s as fit, then the rest."""
    threes, rest = divmod(total, 3)
    answers = [3] * threes + ([rest] if rest else [])
    return tuple(answers + [0] * (items - len(answers)))


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, Severity.MINIMAL),
        (4, Severity.MINIMAL),
        (5, Severity.MILD),
        (9, Severity.MILD),
        (10, Severity.MODERATE),
        (14, Severity.MODERATE),
        (15, Severity.MODERATELY_SEVERE),
        (19, Severity.MODERATELY_SEVERE),
        (20, Severity.SEVERE),
        (27, Severity.SEVERE),
    ],
)
def test_phq9_bands_at_every_boundary(total: int, band: Severity):
    result = score_answers(Instrument.PHQ9, answers_totalling(total, 9))

    assert (result.total, result.severity, result.highest_possible) == (total, band, 27)


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, Severity.MINIMAL),
        (4, Severity.MINIMAL),
        (5, Severity.MILD),
        (9, Severity.MILD),
        (10, Severity.MODERATE),
        (14, Severity.MODERATE),
        (15, Severity.SEVERE),
        (21, Severity.SEVERE),
    ],
)
def test_gad7_bands_at_every_boundary(total: int, band: Severity):
    result = score_answers(Instrument.GAD7, answers_totalling(total, 7))

    assert (result.total, result.severity, result.highest_possible) == (total, band, 21)


def test_a_score_is_the_sum_of_the_answers():
    # 1 + 1 + 2 + 1 + 0 + 1 + 1 + 0 + 0 = 7: mild.
    measure = Measure(ID, Instrument.PHQ9, TAKEN, (1, 1, 2, 1, 0, 1, 1, 0, 0))

    assert (score(measure).total, score(measure).severity) == (7, Severity.MILD)


def test_moderately_severe_reads_as_words():
    assert Severity.MODERATELY_SEVERE.label == "moderately severe"
    assert Severity.MODERATELY_SEVERE.value == "moderately_severe"


@pytest.mark.parametrize(
    ("instrument", "answers"),
    [
        (Instrument.PHQ9, (0,) * 8),  # one short
        (Instrument.PHQ9, (0,) * 10),  # one too many
        (Instrument.GAD7, (0,) * 9),  # a PHQ-9's worth
        (Instrument.GAD7, ()),
        (Instrument.GAD7, (0, 1, 2, 3, 4, 0, 0)),  # 4 is off the scale
        (Instrument.GAD7, (0, 1, 2, 3, -1, 0, 0)),
        (Instrument.GAD7, (0, 1, 2, 3, True, 0, 0)),  # a boolean is not an answer
        (Instrument.GAD7, (0, 1, 2, 3, 1.0, 0, 0)),
        (Instrument.GAD7, (0, 1, 2, 3, None, 0, 0)),  # unanswered
        (Instrument.GAD7, (0, 1, 2, 3, "1", 0, 0)),
    ],
)
def test_incomplete_or_off_scale_answers_are_refused(instrument, answers):
    with pytest.raises(InvalidMeasure) as refused:
        score_answers(instrument, answers)

    assert isinstance(refused.value, UsageError)
    assert refused.value.message.startswith("The measure's answers must")
    assert refused.value.message.endswith(".")


def test_a_total_no_questionnaire_can_give_has_no_band():
    with pytest.raises(InvalidMeasure):
        severity(Instrument.GAD7, 22)
    with pytest.raises(InvalidMeasure):
        severity(Instrument.PHQ9, -1)


def test_a_valid_measure_passes_validation_unchanged():
    measure = Measure(ID, Instrument.GAD7, TAKEN, (3, 3, 3, 3, 3, 3, 3))

    assert validate_measure(measure) is measure


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": "nope"}, "id"),
        ({"instrument": "bdi"}, "instrument"),
        ({"taken_at": TAKEN.replace(tzinfo=None)}, "taken_at"),
        ({"answers": [0] * 7}, "answers"),  # a list, not the record's tuple
        ({"answers": (0,) * 6}, "answers"),
    ],
)
def test_a_broken_measure_is_refused_naming_the_field(changes, field):
    fields = {"id": ID, "instrument": Instrument.GAD7, "taken_at": TAKEN, "answers": (0,) * 7}
    fields.update(changes)

    with pytest.raises(InvalidMeasure) as refused:
        validate_measure(Measure(**fields))

    assert refused.value.field == field


@given(st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_every_complete_phq9_has_a_total_within_its_band(answers):
    result = score_answers(Instrument.PHQ9, answers)

    band = next(b for b in _bands(Instrument.PHQ9) if b.severity is result.severity)
    assert band.lowest <= result.total == sum(answers) <= band.highest


def _bands(instrument):
    from afterglow.measures import questionnaire

    return questionnaire(instrument).bands
