"""Scoring a PHQ-9 or GAD-7: the total of the answers and its published severity band."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from afterglow.core.measures import Instrument, InvalidMeasure, Measure, check_answers
from afterglow.measures.instruments import Severity, questionnaire


@dataclass(frozen=True)
class MeasureScore:
    """The total of a completed questionnaire, out of `highest_possible`, and its band."""

    instrument: Instrument
    total: int
    highest_possible: int
    severity: Severity


def score_answers(instrument: Instrument, answers: Sequence[int]) -> MeasureScore:
    """Scores answers given in item order; raises `InvalidMeasure` for a wrong count or an
    answer outside 0 to 3 (an incomplete questionnaire has no score)."""
    checked = check_answers(instrument, answers)
    total = sum(checked)
    return MeasureScore(
        instrument=instrument,
        total=total,
        highest_possible=questionnaire(instrument).highest_score,
        severity=severity(instrument, total),
    )


def score(measure: Measure) -> MeasureScore:
    """Scores a stored measure; raises `InvalidMeasure` if its answers are incomplete."""
    return score_answers(measure.instrument, measure.answers)


def severity(instrument: Instrument, total: int) -> Severity:
    """The published severity band of a total score; raises `InvalidMeasure` if the total
    is not a possible score of that questionnaire."""
    for band in questionnaire(instrument).bands:
        if band.lowest <= total <= band.highest:
            return band.severity
    raise InvalidMeasure("score", f"must be from 0 to {questionnaire(instrument).highest_score}")
