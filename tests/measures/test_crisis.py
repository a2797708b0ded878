"""A non-zero answer to PHQ-9 item 9 shows crisis resources; nothing else does."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from afterglow.measures import (
    CRISIS_RESOURCES,
    Instrument,
    Measure,
    needs_crisis_resources,
    self_harm_item_answered,
)

TAKEN = datetime(2025, 3, 2, 9, tzinfo=timezone(timedelta(hours=1)))
ID = "5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10"


def phq9(item_9: int, others: int = 0) -> Measure:
    return Measure(ID, Instrument.PHQ9, TAKEN, (others,) * 8 + (item_9,))


@pytest.mark.parametrize("answer", [1, 2, 3])
def test_any_non_zero_item_9_needs_crisis_resources(answer: int):
    assert needs_crisis_resources(phq9(answer))


def test_item_9_at_zero_does_not_even_with_the_highest_other_answers():
    assert not needs_crisis_resources(phq9(0, others=3))


def test_a_gad7_never_does():
    assert not needs_crisis_resources(Measure(ID, Instrument.GAD7, TAKEN, (3,) * 7))


def test_a_form_still_being_filled_in_is_checked_as_soon_as_item_9_is_answered():
    assert self_harm_item_answered(Instrument.PHQ9, [None] * 8 + [1])
    assert not self_harm_item_answered(Instrument.PHQ9, [3] * 8 + [None])
    assert not self_harm_item_answered(Instrument.PHQ9, [3] * 5)


def test_the_text_says_nobody_is_monitoring_and_nothing_is_sent():
    text = CRISIS_RESOURCES.text

    assert "not monitored by anyone" in text
    assert "nothing is sent anywhere" in text
    assert "no one will be alerted" in text


def test_the_text_says_how_to_reach_help_now():
    text = CRISIS_RESOURCES.text

    assert "local emergency number" in text
    for number in ("112", "911", "999", "988", "116 123", "findahelpline.com"):
        assert number in text
    assert "Samaritans" in text


def test_the_text_gives_no_medical_or_dosing_advice():
    words = CRISIS_RESOURCES.text.lower()

    for advice in ("dose", "dosing", "mg", "medication", "ketamine", "stop taking", "increase"):
        assert advice not in words


def test_the_text_joins_every_part():
    text = CRISIS_RESOURCES.text

    assert text.startswith(CRISIS_RESOURCES.title)
    assert CRISIS_RESOURCES.opening in text
    assert all(step in text for step in CRISIS_RESOURCES.steps)
    assert text.endswith(CRISIS_RESOURCES.privacy)
