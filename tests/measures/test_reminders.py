"""Offering a questionnaire again once 14 days have passed."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from afterglow.measures import REPEAT_EVERY, Instrument, Measure, repeat_due

TZ = timezone(timedelta(hours=1))
ID = "5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10"


def taken(instrument: Instrument, day: str, hour: int = 9) -> Measure:
    moment = datetime.combine(date.fromisoformat(day), datetime.min.time(), TZ)
    answers = (0,) * instrument.item_count
    return Measure(ID, instrument, moment.replace(hour=hour, minute=30), answers)


def test_due_fourteen_days_after_the_latest_not_thirteen():
    measures = [taken(Instrument.PHQ9, "2025-03-01"), taken(Instrument.PHQ9, "2025-03-10")]

    assert REPEAT_EVERY.days == 14
    assert repeat_due(measures, date(2025, 3, 23)) == ()  # 13 days after 3/10
    assert repeat_due(measures, date(2025, 3, 24)) == (Instrument.PHQ9,)  # 14 days


def test_each_instrument_is_due_on_its_own():
    measures = [taken(Instrument.GAD7, "2025-03-01"), taken(Instrument.PHQ9, "2025-03-10")]

    assert repeat_due(measures, date(2025, 3, 15)) == (Instrument.GAD7,)
    assert repeat_due(measures, date(2025, 3, 30)) == (Instrument.PHQ9, Instrument.GAD7)


def test_a_questionnaire_never_taken_is_never_pushed():
    assert repeat_due([], date(2025, 3, 30)) == ()


def test_a_different_interval_can_be_chosen():
    measures = [taken(Instrument.GAD7, "2025-03-01")]

    assert repeat_due(measures, date(2025, 3, 8), every=timedelta(days=7)) == (Instrument.GAD7,)


def test_days_are_counted_where_the_measure_was_taken():
    # 00:30 on 3/2 at UTC+1 is still 3/1 at UTC; where it was taken, it is 3/2.
    measures = [taken(Instrument.GAD7, "2025-03-02", hour=0)]

    assert repeat_due(measures, date(2025, 3, 15)) == ()
    assert repeat_due(measures, date(2025, 3, 16)) == (Instrument.GAD7,)
