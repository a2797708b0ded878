"""When to offer a questionnaire again: both are about the last two weeks, so every 14 days."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from afterglow.core.measures import Instrument, Measure

REPEAT_EVERY = timedelta(days=14)


def repeat_due(
    measures: Iterable[Measure], today: date, every: timedelta = REPEAT_EVERY
) -> tuple[Instrument, ...]:
    """The instruments to offer again today, in `Instrument` order.

    Only questionnaires the person has taken before are offered (measures are optional and
    never pushed); one is due when its latest answer was taken `every` or more days ago,
    counting calendar days in the offset it was taken in.
    """
    latest: dict[Instrument, date] = {}
    for measure in measures:
        day = measure.taken_at.date()
        if day > latest.get(measure.instrument, date.min):
            latest[measure.instrument] = day
    return tuple(
        instrument
        for instrument in Instrument
        if instrument in latest and today - latest[instrument] >= every
    )
