"""A self-report measure someone took (DESIGN §4 `measures`) and the rules its answers keep.

The questionnaires themselves (wording, scoring, severity bands, crisis resources) live in
`afterglow.measures`; this module is only the record, so storage depends on nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from afterglow.core.errors import InvalidRecord
from afterglow.core.record_rules import check_id, check_time

LOWEST_ANSWER = 0
HIGHEST_ANSWER = 3


class InvalidMeasure(InvalidRecord):
    what = "measure"


class Instrument(StrEnum):
    PHQ9 = "phq9"
    GAD7 = "gad7"

    @property
    def item_count(self) -> int:
        return _ITEM_COUNTS[self]


_ITEM_COUNTS = {Instrument.PHQ9: 9, Instrument.GAD7: 7}


@dataclass(frozen=True)
class Measure:
    """One completed questionnaire: an answer from 0 to 3 for every item, in item order."""

    id: str
    instrument: Instrument
    taken_at: datetime
    answers: tuple[int, ...]


def check_answers(instrument: Instrument, answers: object) -> tuple[int, ...]:
    """The answers as a tuple if there is one from 0 to 3 for every item; raises otherwise."""
    if not isinstance(answers, tuple | list) or len(answers) != instrument.item_count:
        raise InvalidMeasure("answers", f"must be {instrument.item_count} answers")
    if not all(
        isinstance(a, int) and not isinstance(a, bool) and LOWEST_ANSWER <= a <= HIGHEST_ANSWER
        for a in answers
    ):
        raise InvalidMeasure(
            "answers", f"must each be a whole number from {LOWEST_ANSWER} to {HIGHEST_ANSWER}"
        )
    return tuple(answers)


def validate_measure(measure: Measure) -> Measure:
    """Returns the measure unchanged if it keeps every rule; raises `InvalidMeasure`."""
    check_id(InvalidMeasure, "id", measure.id, optional=False)
    if not isinstance(measure.instrument, Instrument):
        raise InvalidMeasure("instrument", "must be one of " + ", ".join(Instrument))
    check_time(InvalidMeasure, "taken_at", measure.taken_at, optional=False)
    if not isinstance(measure.answers, tuple):
        raise InvalidMeasure("answers", "must be a list of whole numbers")
    check_answers(measure.instrument, measure.answers)
    return measure
